"""WebGPU in CPython through `wgpu` (wgpu-native: Vulkan, Metal, D3D12)."""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from typing import Any, Iterator

import wgpu

from .device import BIND_GROUP_CACHE, MAX_DISPATCHES, UNIFORM_SLOT, Batch, BindGroupCache, Device, DeviceLostError

_LIMITS = (
    "max-storage-buffer-binding-size",
    "max-buffer-size",
    "max-compute-workgroup-storage-size",
    "max-compute-invocations-per-workgroup",
    "max-storage-buffers-per-shader-stage",
)


class WgpuDevice(Device):
    def __init__(self, adapter: Any):
        wanted = {"shader-f16", "subgroup"} & set(adapter.features)
        limits = {k: adapter.limits[k] for k in _LIMITS}
        self._device = adapter.request_device_sync(required_features=sorted(wanted), required_limits=limits)
        self._queue = self._device.queue
        camel = {k.replace("-", " ").title().replace(" ", ""): v for k, v in self._device.limits.items()}
        camel = {k[0].lower() + k[1:]: v for k, v in camel.items()}
        info = adapter.info
        super().__init__(frozenset(self._device.features), camel, f"wgpu {info['backend_type']}: {info['device']}")
        self._uniforms = self._device.create_buffer(
            size=MAX_DISPATCHES * UNIFORM_SLOT, usage=wgpu.BufferUsage.UNIFORM | wgpu.BufferUsage.COPY_DST
        )
        self._pipelines: dict[str, tuple[Any, Any]] = {}
        self._bind_groups = BindGroupCache(BIND_GROUP_CACHE)
        self._fence: Any = None  # a 4-byte buffer whose read-back waits for the GPU (`wait`)

    def _create_buffer(self, nbytes: int, label: str) -> Any:
        usage = wgpu.BufferUsage.STORAGE | wgpu.BufferUsage.COPY_SRC | wgpu.BufferUsage.COPY_DST
        return self._device.create_buffer(size=nbytes, usage=usage, label=label)

    def _destroy_buffer(self, buffer: Any) -> None:
        buffer.destroy()

    def _forget_bind_groups(self, buffer_id: int) -> None:
        self._bind_groups.forget(buffer_id)

    def check_lost(self) -> str | None:
        if self.lost is None:  # no callback tells wgpu-py of a loss: try to make a buffer
            try:
                with self._backend_call():
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

    async def _read_buffer(self, buffer: Any, nbytes: int) -> bytes:
        return bytes(self._queue.read_buffer(buffer, 0, (nbytes + 3) // 4 * 4))[:nbytes]

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
            entries.append({"binding": len(spec.buffers), "visibility": wgpu.ShaderStage.COMPUTE, "buffer": {"type": "uniform"}})
            layout = self._device.create_bind_group_layout(entries=entries)
            pipeline = self._device.create_compute_pipeline(
                layout=self._device.create_pipeline_layout(bind_group_layouts=[layout]),
                compute={"module": self._device.create_shader_module(code=spec.wgsl, label=name), "entry_point": spec.entry_point},
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

    def _submit(self, batch: Batch) -> None:
        self._queue.write_buffer(self._uniforms, 0, batch.uniform_bytes)
        encoder = self._device.create_command_encoder()
        cpass = encoder.begin_compute_pass()
        for name, key, (x, y, z), buffers in batch.ops:
            pipeline, layout = self._pipeline(name)
            cpass.set_pipeline(pipeline)
            cpass.set_bind_group(0, self._bind_group(key, layout, buffers))
            cpass.dispatch_workgroups(x, y, z)
        cpass.end()
        self._queue.submit([encoder.finish()])


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
