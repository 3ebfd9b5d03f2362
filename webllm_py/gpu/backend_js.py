"""WebGPU in the browser (or Node + Dawn) through Pyodide's `js` module.

Every Python->JS call crosses the FFI, so a batch is encoded by one small
JavaScript function: Python hands it the list of (pipeline, bind group, grid)
indices once per submit instead of making three calls per dispatch.  A replayed
step (`Device.replay`) is one JavaScript closure made when the step is compiled; it
holds the step's pipelines, bind groups, grids and uniforms, and patches pos0, writes
the token, encodes and submits in ONE call from Python.
"""

from __future__ import annotations

from typing import Any, Awaitable, Callable

import js  # type: ignore[import-not-found]
from pyodide.ffi import create_proxy, to_js  # type: ignore[import-not-found]

from .device import BIND_GROUP_CACHE, MAX_DISPATCHES, UNIFORM_SLOT, Batch, BindGroupCache, Device, Step

_LIMITS = (
    "maxStorageBufferBindingSize",
    "maxBufferSize",
    "maxComputeWorkgroupStorageSize",
    "maxComputeInvocationsPerWorkgroup",
    "maxStorageBuffersPerShaderStage",
)

_ENCODE = js.Function.new(
    "device",
    "pipelines",
    "groups",
    "ops",
    """
    const encoder = device.createCommandEncoder();
    const pass = encoder.beginComputePass();
    for (let i = 0; i < ops.length; i += 5) {
      pass.setPipeline(pipelines[ops[i]]);
      pass.setBindGroup(0, groups[ops[i + 1]]);
      pass.dispatchWorkgroups(ops[i + 2], ops[i + 3], ops[i + 4]);
    }
    pass.end();
    const commands = encoder.finish();
    const t = performance.now();
    device.queue.submit([commands]);
    return (performance.now() - t) / 1000;
    """,
)

# Encodes a copy of a buffer's first bytes to a staging buffer (of the device's `StagingPool`) and
# returns a function that, once the encoder is submitted, maps it: a promise of the bytes (a
# Uint8Array); the staging buffer is unmapped, for the next read.
_COPY_OUT = """(encoder, buffer, staging, nbytes) => {
  encoder.copyBufferToBuffer(buffer, 0, staging, 0, staging.size);
  return () => staging.mapAsync(GPUMapMode.READ).then(() => {
    const data = new Uint8Array(staging.getMappedRange(), 0, nbytes).slice();
    staging.unmap();
    return data;
  });
}"""

# (device, buffer, staging, bytes) -> [seconds inside queue.submit, what maps the copy (see _COPY_OUT)]
_READ = js.Function.new("device", "buffer", "staging", "nbytes", """
    const encoder = device.createCommandEncoder();
    const map = (COPY_OUT)(encoder, buffer, staging, nbytes);
    const commands = encoder.finish();
    const t = performance.now();
    device.queue.submit([commands]);
    const seconds = (performance.now() - t) / 1000;
    return [seconds, map];
""".replace("COPY_OUT", _COPY_OUT))

# (device, pipelines, groups, ops, staging) -> what maps the times: a promise of each dispatch's
# milliseconds on the GPU (a Float64Array), each dispatch in a compute pass of its own between two
# timestamps; `staging` holds 16 bytes per dispatch.
_ENCODE_TIMED = js.Function.new("device", "pipelines", "groups", "ops", "staging", """
    const n = ops.length / 5;
    const queries = device.createQuerySet({type: 'timestamp', count: 2 * n});
    const resolved = device.createBuffer({size: 16 * n, usage: GPUBufferUsage.QUERY_RESOLVE | GPUBufferUsage.COPY_SRC});
    const encoder = device.createCommandEncoder();
    for (let i = 0; i < n; i++) {
      const pass = encoder.beginComputePass({timestampWrites: {
        querySet: queries, beginningOfPassWriteIndex: 2 * i, endOfPassWriteIndex: 2 * i + 1}});
      pass.setPipeline(pipelines[ops[5 * i]]);
      pass.setBindGroup(0, groups[ops[5 * i + 1]]);
      pass.dispatchWorkgroups(ops[5 * i + 2], ops[5 * i + 3], ops[5 * i + 4]);
      pass.end();
    }
    encoder.resolveQuerySet(queries, 0, 2 * n, resolved, 0);
    const map = (COPY_OUT)(encoder, resolved, staging, 16 * n);
    device.queue.submit([encoder.finish()]);
    return () => map().then((bytes) => {
      queries.destroy();
      resolved.destroy();
      const ticks = new BigUint64Array(bytes.buffer, bytes.byteOffset, 2 * n);  // nanoseconds
      const ms = new Float64Array(n);
      for (let i = 0; i < n; i++) ms[i] = Number(ticks[2 * i + 1] - ticks[2 * i]) / 1e6;
      return ms;
    });
""".replace("COPY_OUT", _COPY_OUT))
# (device, pipelines, groups, grids: Int32Array, uniforms: Uint8Array, posWords: Int32Array, headBytes,
#  uniformBuffer, input) -> replay(pos, token or -1, buffer to read or null, staging buffer, its bytes)
#  -> [seconds inside queue.submit, what maps the read copy (see _COPY_OUT) or null]
# A dispatch of one row of workgroups passes only x: Dawn's binding converts each argument.
_MAKE_STEP = js.Function.new(
    "device",
    "pipelines",
    "groups",
    "grids",
    "uniforms",
    "posWords",
    "headBytes",
    "uniformBuffer",
    "input",
    """
    const words = new Int32Array(uniforms.buffer, uniforms.byteOffset, uniforms.byteLength / 4);
    const head = new Uint8Array(uniforms.buffer, uniforms.byteOffset, headBytes);
    const token = new Int32Array(1);
    const n = pipelines.length;
    const copyOut = (COPY_OUT);
    return (pos, tok, readBuffer, staging, readBytes) => {
      for (let i = 0; i < posWords.length; i++) words[posWords[i]] = pos;
      if (headBytes) device.queue.writeBuffer(uniformBuffer, 0, head);
      if (tok >= 0) { token[0] = tok; device.queue.writeBuffer(input, 0, token); }
      const encoder = device.createCommandEncoder();
      const pass = encoder.beginComputePass();
      let current = null;
      for (let i = 0; i < n; i++) {
        if (pipelines[i] !== current) { current = pipelines[i]; pass.setPipeline(current); }
        pass.setBindGroup(0, groups[i]);
        const y = grids[3 * i + 1], z = grids[3 * i + 2];
        if (y === 1 && z === 1) pass.dispatchWorkgroups(grids[3 * i]);
        else pass.dispatchWorkgroups(grids[3 * i], y, z);
      }
      pass.end();
      const map = readBuffer ? copyOut(encoder, readBuffer, staging, readBytes) : null;
      const commands = encoder.finish();
      const t = performance.now();
      device.queue.submit([commands]);
      const seconds = (performance.now() - t) / 1000;
      return [seconds, map];
    };
    """.replace("COPY_OUT", _COPY_OUT),
)


def _js(obj: Any) -> Any:
    return to_js(obj, dict_converter=js.Object.fromEntries)


class JsDevice(Device):
    def __init__(self, adapter: Any, device: Any, description: str):
        self._device = device
        self._queue = device.queue
        features = frozenset(f for f in device.features)  # a setlike: iterable, but without .values in Pyodide
        limits = {name: int(getattr(device.limits, name)) for name in (*_LIMITS, "maxComputeWorkgroupsPerDimension")}
        info = getattr(adapter, "info", None)
        for name in ("subgroupMinSize", "subgroupMaxSize"):  # GPUAdapterInfo's, for quantization.fixed_subgroup_size
            if hasattr(info, name):
                limits[name] = int(getattr(info, name))
        super().__init__(features, limits, description)
        scalars = js.GPUBufferUsage.STORAGE if self.scalar_binding == "read-only-storage" else js.GPUBufferUsage.UNIFORM
        self._scalar_usage = scalars | js.GPUBufferUsage.COPY_DST
        self._uniforms = device.createBuffer(_js({"size": MAX_DISPATCHES * UNIFORM_SLOT, "usage": self._scalar_usage}))
        self._pipeline_index: dict[str, int] = {}
        self._layouts: list[Any] = []
        self._pipelines = js.Array.new()
        # Bind groups live in a JS array that `_ENCODE` indexes; the cache holds their indices,
        # and a dropped group's index is reused.
        self._group_index = BindGroupCache(BIND_GROUP_CACHE, self._free_group)
        self._free_indices: list[int] = []
        self._groups = js.Array.new()
        self._on_lost = create_proxy(self._lost)  # kept: the promise calls it
        device.lost.then(self._on_lost)

    def _lost(self, info: Any) -> None:
        self.lost = f"{info.reason}: {info.message}"

    def _free_group(self, index: int) -> None:
        self._groups[index] = None
        self._free_indices.append(index)

    def _create_buffer(self, nbytes: int, label: str) -> Any:
        usage = js.GPUBufferUsage.STORAGE | js.GPUBufferUsage.COPY_SRC | js.GPUBufferUsage.COPY_DST
        return self._device.createBuffer(_js({"size": nbytes, "usage": usage, "label": label}))

    def _create_staging(self, nbytes: int) -> Any:
        usage = js.GPUBufferUsage.MAP_READ | js.GPUBufferUsage.COPY_DST
        return self._device.createBuffer(_js({"size": nbytes, "usage": usage, "label": "staging"}))

    def _destroy_buffer(self, buffer: Any) -> None:
        buffer.destroy()

    def _forget_bind_groups(self, buffer_id: int) -> None:
        self._group_index.forget(buffer_id)

    def _write_buffer(self, buffer: Any, offset: int, data: bytes | memoryview) -> None:
        self._queue.writeBuffer(buffer, offset, to_js(memoryview(data)))

    def _start_read(self, buffer: Any, nbytes: int) -> Callable[[], Awaitable[bytes]]:
        staging = self._staging.take(nbytes)
        submitted = _READ(self._device, buffer, staging, nbytes)
        self.counters.submit_seconds += submitted[0]
        return self._reader(submitted[1], staging)

    def _pipeline(self, name: str) -> int:
        if name not in self._pipeline_index:
            spec = self.kernels[name]
            entries = [
                {"binding": i, "visibility": js.GPUShaderStage.COMPUTE, "buffer": {"type": "storage" if b.write else "read-only-storage"}}
                for i, b in enumerate(spec.buffers)
            ]
            entries.append({"binding": len(spec.buffers), "visibility": js.GPUShaderStage.COMPUTE, "buffer": {"type": self.scalar_binding}})
            layout = self._device.createBindGroupLayout(_js({"entries": entries}))
            module = self._device.createShaderModule(_js({"code": self.shader_code(spec), "label": name}))
            pipeline = self._device.createComputePipeline(
                _js({
                    "layout": self._device.createPipelineLayout(_js({"bindGroupLayouts": [layout]})),
                    "compute": {"module": module, "entryPoint": spec.entry_point},
                    "label": name,
                })
            )
            self._pipeline_index[name] = len(self._layouts)
            self._layouts.append(layout)
            self._pipelines.push(pipeline)
        return self._pipeline_index[name]

    def _bind_group(self, key: tuple, pipeline: int, buffers: tuple) -> int:
        def make() -> int:
            slot = key[2]
            entries = [{"binding": i, "resource": {"buffer": b}} for i, b in enumerate(buffers)]
            entries.append(
                {"binding": len(buffers), "resource": {"buffer": self._uniforms, "offset": slot * UNIFORM_SLOT, "size": UNIFORM_SLOT}}
            )
            group = self._device.createBindGroup(_js({"layout": self._layouts[pipeline], "entries": entries}))
            if self._free_indices:
                index = self._free_indices.pop()
                self._groups[index] = group
                return index
            self._groups.push(group)
            return len(self._groups) - 1

        return self._group_index.get(key, make)

    def _batch_ops(self, batch: Batch) -> Any:
        """Write the batch's uniforms; its dispatches as the flat (pipeline, group, x, y, z) list
        that `_ENCODE` and `_ENCODE_TIMED` read."""
        self._queue.writeBuffer(self._uniforms, 0, to_js(batch.uniform_bytes))
        ops: list[int] = []
        for name, key, (x, y, z), buffers in batch.ops:
            pipeline = self._pipeline(name)
            ops += (pipeline, self._bind_group(key, pipeline, buffers), x, y, z)
        return to_js(ops)

    def _submit(self, batch: Batch) -> float:
        return _ENCODE(self._device, self._pipelines, self._groups, self._batch_ops(batch))

    def _submit_timed(self, batch: Batch) -> Callable[[], Awaitable[list[float]]]:
        staging = self._staging.take(16 * len(batch.ops))
        times = _ENCODE_TIMED(self._device, self._pipelines, self._groups, self._batch_ops(batch), staging)

        async def finish() -> list[float]:
            ms = list((await times()).to_py())
            self._staging.give(staging.size, staging)
            return ms

        return finish

    # ---- replayed steps --------------------------------------------------------------
    def _make_step(self, step: Step) -> Any:
        uniforms = step.uniform_bytes()
        buffer = self._device.createBuffer(_js({"size": len(uniforms), "label": "step uniforms", "usage": self._scalar_usage}))
        data = js.Uint8Array.new(len(uniforms))
        data.assign(memoryview(uniforms))
        self._queue.writeBuffer(buffer, 0, data)
        pipelines, groups, grids = js.Array.new(), js.Array.new(), []
        for slot, op in zip(step.slot_of, step.ops):
            index = self._pipeline(op.kernel)
            entries = [{"binding": i, "resource": {"buffer": t.buffer}} for i, t in enumerate(op.tensors)]
            entries.append({"binding": len(op.tensors),
                            "resource": {"buffer": buffer, "offset": slot * UNIFORM_SLOT, "size": UNIFORM_SLOT}})
            pipelines.push(self._pipelines[index])
            groups.push(self._device.createBindGroup(_js({"layout": self._layouts[index], "entries": entries})))
            grids += op.grid
        replay = _MAKE_STEP(self._device, pipelines, groups, js.Int32Array.new(to_js(grids)), data,
                            js.Int32Array.new(to_js(step.pos_words)), step.head_slots * UNIFORM_SLOT, buffer,
                            step.input.buffer)
        return replay, buffer

    def _replay(self, step: Step, pos: int, token: int,
                read: tuple[Any, int] | None) -> tuple[float, Callable[[], Awaitable[bytes]] | None]:
        if read is None:
            return step.backend[0](pos, token, None, None, 0)[0], None
        buffer, nbytes = read
        staging = self._staging.take(nbytes)
        submitted = step.backend[0](pos, token, buffer, staging, nbytes)  # indexed: unpacking costs more
        return submitted[0], self._reader(submitted[1], staging)

    def _reader(self, mapped: Any, staging: Any) -> Callable[[], Awaitable[bytes]]:
        """What maps a `_COPY_OUT` staging buffer, awaits its bytes and gives the buffer back.
        Mapping starts only when the read is awaited (as natively): under Node, Dawn's mapAsync
        right after a submit cost ~20 ms of host time per token (llama-16l-tiny, SwiftShader,
        2 busy cores)."""

        async def finish() -> bytes:
            data = (await mapped()).to_bytes()
            self._staging.give(staging.size, staging)
            return data

        return finish

    def _release_step(self, step: Step) -> None:
        """Destroy the step's uniform buffer; its closure and bind groups are JavaScript objects
        that the garbage collector takes once `step.backend` no longer refers to them."""
        _, buffer = step.backend
        buffer.destroy()


async def request_js_device() -> JsDevice:
    gpu = getattr(js.navigator, "gpu", None)
    if gpu is None:
        raise RuntimeError("WebGPU is not available in this browser (navigator.gpu is undefined)")
    adapter = await gpu.requestAdapter(_js({"powerPreference": "high-performance"}))
    if adapter is None:
        raise RuntimeError("WebGPU found no GPU adapter")
    wanted = [f for f in ("shader-f16", "subgroups", "timestamp-query") if adapter.features.has(f)]
    limits = {name: getattr(adapter.limits, name) for name in _LIMITS}
    device = await adapter.requestDevice(_js({"requiredFeatures": wanted, "requiredLimits": limits}))
    info = getattr(adapter, "info", None)
    description = f"WebGPU: {info.vendor} {info.architecture} {info.description}".strip() if info else "WebGPU"
    return JsDevice(adapter, device, description)
