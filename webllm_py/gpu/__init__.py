"""GPU runtime: the compiled kernel set and one device interface with two backends."""

from __future__ import annotations

import sys

from .device import BufferTooLargeError, Device, DeviceLostError, ReleasedTensorError, Tensor

__all__ = ["BufferTooLargeError", "Device", "DeviceLostError", "ReleasedTensorError", "Tensor", "request_device"]


async def request_device() -> Device:
    """The WebGPU device of the browser under Pyodide, else a native one through `wgpu`."""
    if sys.platform == "emscripten":
        from .backend_js import request_js_device

        return await request_js_device()
    from .backend_wgpu import request_wgpu_device

    return request_wgpu_device()
