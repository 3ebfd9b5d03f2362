"""WebGPU in CPython through `wgpu` (wgpu-native: Vulkan, Metal, D3D12).

A replayed step (`Device.replay`) is encoded and submitted through wgpu-native's C functions
(`wgpu.backends.wgpu_native._ffi.lib`, the cffi library wgpu-py itself calls), not through
wgpu-py's methods: measured here (2-core CPU, lavapipe), set_pipeline + set_bind_group +
dispatch_workgroups cost ~6 us per dispatch through wgpu-py (each call wraps error capture, and
set_bind_group allocates a cffi array) and ~0.8 us as direct cffi calls; the uniform write, the
encoder, the pass, the token's copy and `finish` of an empty pass ~76 us through wgpu-py's objects
and ~57 us direct (the rest is wgpu-native's own).  The direct calls skip wgpu-py's error capture
per call, so a step's first replay goes through wgpu-py's checked methods: a step that fails
validation raises there, and later replays encode the same, valid, commands.  What wgpu-native
reports while a replay is encoded (a lost device) is collected once for the whole step and
raised before the submit: wgpu-native aborts the process on a failed submit.
"""

from __future__ import annotations

import os
import struct
import tempfile
import time
from contextlib import contextmanager
from typing import Any, Awaitable, Callable, Iterator

import wgpu
from wgpu.backends.wgpu_native._api import error_handler
from wgpu.backends.wgpu_native._ffi import ffi, lib

from .device import (
    BIND_GROUP_CACHE,
    MAX_DISPATCHES,
    UNIFORM_SLOT,
    Batch,
    BindGroupCache,
    Device,
    DeviceLostError,
    Step,
)

_LIMITS = (
    "max-storage-buffer-binding-size",
    "max-buffer-size",
    "max-compute-workgroup-storage-size",
    "max-compute-invocations-per-workgroup",
    "max-storage-buffers-per-shader-stage",
)


class WgpuDevice(Device):
    def __init__(self, adapter: Any):
        wanted = {"shader-f16", "subgroup", "timestamp-query"} & set(adapter.features)
        limits = {k: adapter.limits[k] for k in _LIMITS}
        self._device = adapter.request_device_sync(required_features=sorted(wanted), required_limits=limits)
        self._queue = self._device.queue
        camel = {k.replace("-", " ").title().replace(" ", ""): v for k, v in self._device.limits.items()}
        camel = {k[0].lower() + k[1:]: v for k, v in camel.items()}
        info = adapter.info
        super().__init__(frozenset(self._device.features), camel, f"wgpu {info['backend_type']}: {info['device']}")
        scalars = wgpu.BufferUsage.STORAGE if self.scalar_binding == "read-only-storage" else wgpu.BufferUsage.UNIFORM
        self._scalar_usage = scalars | wgpu.BufferUsage.COPY_DST
        self._uniforms = self._device.create_buffer(size=MAX_DISPATCHES * UNIFORM_SLOT, usage=self._scalar_usage)
        self._pipelines: dict[str, tuple[Any, Any]] = {}
        self._bind_groups = BindGroupCache(BIND_GROUP_CACHE)
        self._fence: Any = None  # a 4-byte buffer whose read-back waits for the GPU (`wait`)

    def _create_buffer(self, nbytes: int, label: str) -> Any:
        usage = wgpu.BufferUsage.STORAGE | wgpu.BufferUsage.COPY_SRC | wgpu.BufferUsage.COPY_DST
        return self._device.create_buffer(size=nbytes, usage=usage, label=label)

    def _create_staging(self, nbytes: int) -> Any:
        return self._device.create_buffer(size=nbytes, usage=wgpu.BufferUsage.MAP_READ | wgpu.BufferUsage.COPY_DST)

    def _destroy_buffer(self, buffer: Any) -> None:
        buffer.destroy()

    def _forget_bind_groups(self, buffer_id: int) -> None:
        self._bind_groups.forget(buffer_id)

    def check_lost(self) -> str | None:
        if self.lost is None:  # no callback tells wgpu-py of a loss: try to make a buffer
            try:
                with self._backend_call:
                    self._device.create_buffer(size=4, usage=wgpu.BufferUsage.COPY_DST).destroy()
            except DeviceLostError:
                pass
        return self.lost

    def _loss_reason(self, error: Exception) -> str | None:
        # wgpu-native reports no loss to Python (wgpu-py 0.32 leaves `GPUDevice.lost` unimplemented);
        # every call on a lost device fails validation with this cause instead.
        return "wgpu: parent device is lost" if "device is lost" in str(error).lower() else None

    def _write_buffer(self, buffer: Any, offset: int, data: bytes | memoryview) -> None:
        self._queue.write_buffer(buffer, offset, data)

    def _start_read(self, buffer: Any, nbytes: int) -> Callable[[], Awaitable[bytes]]:
        encoder = self._device.create_command_encoder()
        finish = self._copy_out(encoder, buffer, nbytes)
        commands = encoder.finish()
        t = time.perf_counter()
        self._queue.submit([commands])
        self.counters.submit_seconds += time.perf_counter() - t
        return finish

    def _copy_out(self, encoder: Any, buffer: Any, nbytes: int) -> Callable[[], Awaitable[bytes]]:
        """Encode a copy of the buffer's first bytes to a staging buffer; what reads it."""
        staging = self._staging.take(nbytes)
        encoder.copy_buffer_to_buffer(buffer, 0, staging, 0, staging.size)
        return self._reader(staging, nbytes)

    def _reader(self, staging: Any, nbytes: int) -> Callable[[], Awaitable[bytes]]:
        """What waits for a copy into `staging` and gives its first bytes (and the buffer back)."""

        async def finish() -> bytes:
            staging.map_sync(wgpu.MapMode.READ)  # waits for the copy (wgpu-native polls until the queue is done)
            data = bytes(staging.read_mapped())[:nbytes]
            staging.unmap()
            self._staging.give(staging.size, staging)
            return data

        return finish

    def _pipeline(self, name: str) -> tuple[Any, Any]:
        if name not in self._pipelines:
            spec = self.kernels[name]
            entries = [
                {
                    "binding": i,
                    "visibility": wgpu.ShaderStage.COMPUTE,
                    "buffer": {"type": "storage" if b.write else "read-only-storage"},
                }
                for i, b in enumerate(spec.buffers)
            ]
            entries.append({"binding": len(spec.buffers), "visibility": wgpu.ShaderStage.COMPUTE, "buffer": {"type": self.scalar_binding}})
            layout = self._device.create_bind_group_layout(entries=entries)
            pipeline = self._device.create_compute_pipeline(
                layout=self._device.create_pipeline_layout(bind_group_layouts=[layout]),
                compute={"module": self._device.create_shader_module(code=self.shader_code(spec), label=name), "entry_point": spec.entry_point},
                label=name,
            )
            self._pipelines[name] = (pipeline, layout)
        return self._pipelines[name]

    def _bind_group(self, key: tuple, layout: Any, buffers: tuple) -> Any:
        def make() -> Any:
            slot = key[2]
            entries = [{"binding": i, "resource": {"buffer": b, "offset": 0, "size": b.size}} for i, b in enumerate(buffers)]
            entries.append({"binding": len(buffers), "resource": {"buffer": self._uniforms, "offset": slot * UNIFORM_SLOT, "size": UNIFORM_SLOT}})
            return self._device.create_bind_group(layout=layout, entries=entries)

        return self._bind_groups.get(key, make)

    def wait(self) -> None:
        """Block until the GPU has run every dispatch so far (CPython only: a browser cannot block).

        For progress reports of work that the GPU, not the host, takes long over."""
        self.flush()
        if self._fence is None:
            self._fence = self._create_buffer(4, "fence")
        self._queue.read_buffer(self._fence, 0, 4)  # a copy queued after all of it: done when it is

    def _submit(self, batch: Batch) -> float:
        self._queue.write_buffer(self._uniforms, 0, batch.uniform_bytes)
        encoder = self._device.create_command_encoder()
        cpass = encoder.begin_compute_pass()
        current = None
        for name, key, (x, y, z), buffers in batch.ops:
            pipeline, layout = self._pipeline(name)
            if pipeline is not current:
                cpass.set_pipeline(pipeline)
                current = pipeline
            cpass.set_bind_group(0, self._bind_group(key, layout, buffers))
            cpass.dispatch_workgroups(x, y, z)
        cpass.end()
        commands = encoder.finish()
        t = time.perf_counter()
        self._queue.submit([commands])
        return time.perf_counter() - t

    def _submit_timed(self, batch: Batch) -> Callable[[], Awaitable[list[float]]]:
        n = len(batch.ops)
        queries = self._device.create_query_set(type="timestamp", count=2 * n)
        resolved = self._device.create_buffer(size=16 * n, usage=wgpu.BufferUsage.QUERY_RESOLVE | wgpu.BufferUsage.COPY_SRC)
        self._queue.write_buffer(self._uniforms, 0, batch.uniform_bytes)
        encoder = self._device.create_command_encoder()
        for i, (name, key, (x, y, z), buffers) in enumerate(batch.ops):
            pipeline, layout = self._pipeline(name)
            cpass = encoder.begin_compute_pass(timestamp_writes={
                "query_set": queries, "beginning_of_pass_write_index": 2 * i, "end_of_pass_write_index": 2 * i + 1})
            cpass.set_pipeline(pipeline)
            cpass.set_bind_group(0, self._bind_group(key, layout, buffers))
            cpass.dispatch_workgroups(x, y, z)
            cpass.end()
        encoder.resolve_query_set(queries, 0, 2 * n, resolved, 0)
        read = self._copy_out(encoder, resolved, 16 * n)
        self._queue.submit([encoder.finish()])

        async def finish() -> list[float]:
            ticks = struct.unpack(f"<{2 * n}Q", await read())  # nanoseconds
            queries.destroy()
            resolved.destroy()
            return [(end - begin) / 1e6 for begin, end in zip(ticks[::2], ticks[1::2])]

        return finish

    # ---- replayed steps --------------------------------------------------------------
    def _make_step(self, step: Step) -> "_NativeStep":
        uniforms = step.uniform_bytes()
        buffer = self._device.create_buffer(size=len(uniforms), usage=self._scalar_usage, label="step uniforms")
        self._queue.write_buffer(buffer, 0, uniforms)
        pipelines, groups = [], []
        for slot, op in zip(step.slot_of, step.ops):
            pipeline, layout = self._pipeline(op.kernel)
            entries = [{"binding": i, "resource": {"buffer": t.buffer, "offset": 0, "size": t.buffer.size}}
                       for i, t in enumerate(op.tensors)]
            entries.append({"binding": len(op.tensors),
                            "resource": {"buffer": buffer, "offset": slot * UNIFORM_SLOT, "size": UNIFORM_SLOT}})
            pipelines.append(pipeline)
            groups.append(self._device.create_bind_group(layout=layout, entries=entries))
        return _NativeStep(buffer, uniforms, pipelines, groups, step)

    def _replay(self, step: Step, pos: int, token: int,
                read: tuple[Any, int] | None) -> tuple[float, Callable[[], Awaitable[bytes]] | None]:
        native: _NativeStep = step.backend
        head = native.head
        for word in step.pos_words:
            head[word] = pos
        if token >= 0:
            native.token[0] = token
        if not native.checked:  # the first replay: wgpu-py's checked calls raise on any validation error
            return self._replay_checked(step, native, token, read)
        queue = self._queue._internal
        error_handler.capture("replay")  # what wgpu-native reports from here to the submit
        try:
            if step.head_slots:
                lib.wgpuQueueWriteBuffer(queue, native.uniform_buffer._internal, 0, native.head_data, native.head_nbytes)
            if token >= 0:
                lib.wgpuQueueWriteBuffer(queue, native.input, 0, native.token_data, 4)
            encoder = lib.wgpuDeviceCreateCommandEncoder(self._device._internal, ffi.NULL)
            cpass = lib.wgpuCommandEncoderBeginComputePass(encoder, ffi.NULL)
            native.encode(cpass)
            lib.wgpuComputePassEncoderEnd(cpass)
            lib.wgpuComputePassEncoderRelease(cpass)
            finish = None
            if read is not None:
                buffer, nbytes = read
                staging = self._staging.take(nbytes)
                lib.wgpuCommandEncoderCopyBufferToBuffer(encoder, buffer._internal, 0, staging._internal, 0,
                                                         staging.size)
                finish = self._reader(staging, nbytes)
            native.commands_out[0] = lib.wgpuCommandEncoderFinish(encoder, ffi.NULL)
            lib.wgpuCommandEncoderRelease(encoder)
        finally:
            error = error_handler.release("replay")
        if error is not None:
            lib.wgpuCommandBufferRelease(native.commands_out[0])
            raise wgpu.GPUError(error[1])
        t = time.perf_counter()
        lib.wgpuQueueSubmit(queue, 1, native.commands_out)
        seconds = time.perf_counter() - t
        lib.wgpuCommandBufferRelease(native.commands_out[0])
        return seconds, finish

    def _replay_checked(self, step: Step, native: "_NativeStep", token: int,
                        read: tuple[Any, int] | None) -> tuple[float, Callable[[], Awaitable[bytes]] | None]:
        if step.head_slots:
            self._queue.write_buffer(native.uniform_buffer, 0, native.head)
        if token >= 0:
            self._queue.write_buffer(step.input.buffer, 0, native.token)
        encoder = self._device.create_command_encoder()
        cpass = encoder.begin_compute_pass()
        for pipeline, group, (x, y, z) in zip(native.pipelines, native.groups, native.grids):
            cpass.set_pipeline(pipeline)
            cpass.set_bind_group(0, group)
            cpass.dispatch_workgroups(x, y, z)
        cpass.end()
        finish = None if read is None else self._copy_out(encoder, *read)
        commands = encoder.finish()
        t = time.perf_counter()
        self._queue.submit([commands])
        native.checked = True
        return time.perf_counter() - t, finish

    def _release_step(self, step: Step) -> None:
        step.backend.uniform_buffer.destroy()


class _NativeStep:
    """A step's wgpu objects, and the raw handles and pointers that `_replay` passes to wgpu-native."""

    def __init__(self, uniform_buffer: Any, uniforms: bytearray, pipelines: list, groups: list, step: Step):
        self.uniform_buffer = uniform_buffer
        self.head = memoryview(uniforms)[:step.head_slots * UNIFORM_SLOT].cast("i")  # the slots holding pos0
        self.head_data, self.head_nbytes = ffi.from_buffer(uniforms), self.head.nbytes
        self.token = memoryview(bytearray(4)).cast("i")
        self.token_data = ffi.from_buffer(self.token)
        self.input = step.input.buffer._internal
        self.commands_out = ffi.new("WGPUCommandBuffer[1]")
        self.pipelines, self.groups = pipelines, groups  # kept: the raw handles live as long as these
        self.grids = [op.grid for op in step.ops]
        self.checked = False
        # (pipeline or None when unchanged, group, x, y, z) per dispatch
        previous = None
        self.commands = []
        for pipeline, group, (x, y, z) in zip(pipelines, groups, self.grids):
            self.commands.append((pipeline._internal if pipeline is not previous else None, group._internal, x, y, z))
            previous = pipeline

    def encode(self, cpass: Any) -> None:
        set_pipeline, set_group = lib.wgpuComputePassEncoderSetPipeline, lib.wgpuComputePassEncoderSetBindGroup
        dispatch, null = lib.wgpuComputePassEncoderDispatchWorkgroups, ffi.NULL
        for pipeline, group, x, y, z in self.commands:
            if pipeline is not None:
                set_pipeline(cpass, pipeline)
            set_group(cpass, 0, group, 0, null)
            dispatch(cpass, x, y, z)


@contextmanager
def _runtime_dir() -> Iterator[None]:
    """An empty private XDG_RUNTIME_DIR while the Vulkan instance is made, when none valid is set.

    Mesa's implicit Vulkan layer VK_LAYER_MESA_device_select asks libwayland for a compositor
    (`wl_display_connect`) to find the default GPU; without XDG_RUNTIME_DIR libwayland prints
    "error: XDG_RUNTIME_DIR is invalid or not set in the environment." on stderr, twice, though
    nothing is wrong: a session without that folder has no compositor.  An empty folder holds no
    compositor socket either, so the layer picks the same device, silently.
    """
    before = os.environ.get("XDG_RUNTIME_DIR")
    if before and os.path.isabs(before):  # libwayland's test of a valid one
        yield
        return
    with tempfile.TemporaryDirectory(prefix="webllm-py-runtime-") as folder:  # mode 0700, as XDG asks
        os.environ["XDG_RUNTIME_DIR"] = folder
        try:
            yield
        finally:
            if before is None:
                del os.environ["XDG_RUNTIME_DIR"]
            else:
                os.environ["XDG_RUNTIME_DIR"] = before


def request_wgpu_device(power_preference: str = "high-performance") -> WgpuDevice:
    with _runtime_dir():
        adapter = wgpu.gpu.request_adapter_sync(power_preference=power_preference)
    if adapter is None:
        raise RuntimeError("wgpu found no GPU adapter (install a Vulkan driver, e.g. mesa-vulkan-drivers)")
    return WgpuDevice(adapter)
