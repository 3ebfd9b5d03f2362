"""WebGPU in the browser (or Node + Dawn) through Pyodide's `js` module.

Every Python->JS call crosses the FFI, so a batch is encoded by one small
JavaScript function: Python hands it the list of (pipeline, bind group, grid)
indices once per submit instead of making three calls per dispatch.
"""

from __future__ import annotations

from typing import Any

import js  # type: ignore[import-not-found]
from pyodide.ffi import create_proxy, to_js  # type: ignore[import-not-found]

from .device import BIND_GROUP_CACHE, MAX_DISPATCHES, UNIFORM_SLOT, Batch, BindGroupCache, Device

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
    device.queue.submit([encoder.finish()]);
    """,
)


def _js(obj: Any) -> Any:
    return to_js(obj, dict_converter=js.Object.fromEntries)


class JsDevice(Device):
    def __init__(self, adapter: Any, device: Any, description: str):
        self._device = device
        self._queue = device.queue
        features = frozenset(device.features.values()) if hasattr(device.features, "values") else frozenset()
        limits = {name: int(getattr(device.limits, name)) for name in (*_LIMITS, "maxComputeWorkgroupsPerDimension")}
        super().__init__(features, limits, description)
        self._uniforms = device.createBuffer(
            _js({"size": MAX_DISPATCHES * UNIFORM_SLOT, "usage": js.GPUBufferUsage.UNIFORM | js.GPUBufferUsage.COPY_DST})
        )
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

    def _destroy_buffer(self, buffer: Any) -> None:
        buffer.destroy()

    def _forget_bind_groups(self, buffer_id: int) -> None:
        self._group_index.forget(buffer_id)

    def _write_buffer(self, buffer: Any, offset: int, data: bytes | memoryview) -> None:
        self._queue.writeBuffer(buffer, offset, to_js(memoryview(data)))

    async def _read_buffer(self, buffer: Any, nbytes: int) -> bytes:
        size = (nbytes + 3) // 4 * 4
        staging = self._device.createBuffer(_js({"size": size, "usage": js.GPUBufferUsage.MAP_READ | js.GPUBufferUsage.COPY_DST}))
        encoder = self._device.createCommandEncoder()
        encoder.copyBufferToBuffer(buffer, 0, staging, 0, size)
        self._queue.submit(_js([encoder.finish()]))
        await staging.mapAsync(js.GPUMapMode.READ)
        data = js.Uint8Array.new(staging.getMappedRange()).to_bytes()
        staging.unmap()
        staging.destroy()
        return data[:nbytes]

    def _pipeline(self, name: str) -> int:
        if name not in self._pipeline_index:
            spec = self.kernels[name]
            entries = [
                {"binding": i, "visibility": js.GPUShaderStage.COMPUTE, "buffer": {"type": "storage" if b.write else "read-only-storage"}}
                for i, b in enumerate(spec.buffers)
            ]
            entries.append({"binding": len(spec.buffers), "visibility": js.GPUShaderStage.COMPUTE, "buffer": {"type": "uniform"}})
            layout = self._device.createBindGroupLayout(_js({"entries": entries}))
            module = self._device.createShaderModule(_js({"code": spec.wgsl, "label": name}))
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

    def _submit(self, batch: Batch) -> None:
        self._queue.writeBuffer(self._uniforms, 0, to_js(batch.uniform_bytes))
        ops: list[int] = []
        for name, key, (x, y, z), buffers in batch.ops:
            pipeline = self._pipeline(name)
            ops += (pipeline, self._bind_group(key, pipeline, buffers), x, y, z)
        _ENCODE(self._device, self._pipelines, self._groups, to_js(ops))


async def request_js_device() -> JsDevice:
    gpu = getattr(js.navigator, "gpu", None)
    if gpu is None:
        raise RuntimeError("WebGPU is not available in this browser (navigator.gpu is undefined)")
    adapter = await gpu.requestAdapter(_js({"powerPreference": "high-performance"}))
    if adapter is None:
        raise RuntimeError("WebGPU found no GPU adapter")
    wanted = [f for f in ("shader-f16", "subgroups") if adapter.features.has(f)]
    limits = {name: getattr(adapter.limits, name) for name in _LIMITS}
    device = await adapter.requestDevice(_js({"requiredFeatures": wanted, "requiredLimits": limits}))
    info = getattr(adapter, "info", None)
    description = f"WebGPU: {info.vendor} {info.architecture} {info.description}".strip() if info else "WebGPU"
    return JsDevice(adapter, device, description)
