"""The Pyodide fixtures work: Python 3.14 in Node (Dawn) and Chromium, WebGPU, files, errors."""

import hashlib
import os
import signal
import threading

import pytest
from pyodide_harness import REPO, SHARED_DATA, PyodideError, PyodideHarnessError, PyodideTimeout


def test_python_inside(pyodide_runtime):
    result = pyodide_runtime.run(
        "import sys\n"
        "result = {'version': list(sys.version_info[:2]), 'platform': sys.platform,\n"
        "          'on_path': '/project' in sys.path}\n"
    )
    assert result == {"version": [3, 14], "platform": "emscripten", "on_path": True}


WEBGPU_DOUBLE = """
import js
from pyodide.ffi import jsnull, to_js

def obj(value):
    return to_js(value, dict_converter=js.Object.fromEntries)

n = 1000
values = [i * 0.5 - 100.0 for i in range(n)]
adapter = await js.navigator.gpu.requestAdapter()
device = await adapter.requestDevice()
device.pushErrorScope("validation")
usage = js.GPUBufferUsage
data = device.createBuffer(obj({"size": n * 4,
                                "usage": usage.STORAGE | usage.COPY_SRC | usage.COPY_DST}))
device.queue.writeBuffer(data, 0, js.Float32Array.new(to_js(values)))
readback = device.createBuffer(obj({"size": n * 4, "usage": usage.MAP_READ | usage.COPY_DST}))
module = device.createShaderModule(obj({"code": '''
@group(0) @binding(0) var<storage, read_write> data: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) id: vec3<u32>) {
  if (id.x < arrayLength(&data)) { data[id.x] = data[id.x] * 2.0; }
}
'''}))
pipeline = device.createComputePipeline(
    obj({"layout": "auto", "compute": {"module": module, "entryPoint": "main"}}))
bind_group = device.createBindGroup(obj({
    "layout": pipeline.getBindGroupLayout(0),
    "entries": [{"binding": 0, "resource": {"buffer": data}}]}))
encoder = device.createCommandEncoder()
compute = encoder.beginComputePass()
compute.setPipeline(pipeline)
compute.setBindGroup(0, bind_group)
compute.dispatchWorkgroups((n + 63) // 64)
compute.end()
encoder.copyBufferToBuffer(data, 0, readback, 0, n * 4)
device.queue.submit(to_js([encoder.finish()]))
await readback.mapAsync(js.GPUMapMode.READ)
out = js.Float32Array.new(readback.getMappedRange()).to_py().tolist()
readback.unmap()
error = await device.popErrorScope()
device.destroy()
result = {
    "ok": out == [2 * v for v in values],
    "first": out[:3],
    "error": None if error is jsnull else str(error.message),
    "globals": [hasattr(js, name) for name in ("GPUBufferUsage", "GPUMapMode", "GPUShaderStage")],
}
"""


def test_webgpu_compute_dispatch_and_readback(pyodide_runtime):
    result = pyodide_runtime.run(WEBGPU_DOUBLE, timeout=120)
    assert result == {"ok": True, "first": [-200.0, -199.0, -198.0], "error": None,
                      "globals": [True, True, True]}


def test_data_files(pyodide_runtime):
    files = ["text/UTF-8-demo.txt", "tokenizers/hf_gpt2/merges.txt"]
    result = pyodide_runtime.run(
        "import hashlib\n"
        f"result = [hashlib.sha256(open('/data/' + f, 'rb').read()).hexdigest() for f in {files!r}]\n",
        data_files=files,
    )
    assert result == [hashlib.sha256((SHARED_DATA / f).read_bytes()).hexdigest() for f in files]


def test_data_files_are_checked_on_the_host(pyodide_runtime):
    with pytest.raises(FileNotFoundError):
        pyodide_runtime.run("result = 1", data_files=["no/such/file.txt"])
    with pytest.raises(ValueError):
        pyodide_runtime.run("result = 1", data_files=["../notes/ENVIRONMENT.md"])


def test_python_exception_is_pyodide_error(pyodide_runtime):
    with pytest.raises(PyodideError) as info:
        pyodide_runtime.run("def divide(a, b):\n    return a / b\n\nresult = divide(1, 0)\n")
    text = info.value.traceback
    assert text.startswith("Traceback (most recent call last):")
    assert "in divide" in text and "return a / b" in text
    assert text.rstrip().endswith("ZeroDivisionError: division by zero")


def test_fresh_globals_and_json_result(pyodide_runtime):
    assert pyodide_runtime.run("leftover = 1\nresult = (1, 'a', None, {'k': 2.5})") == [
        1, "a", None, {"k": 2.5}]
    assert pyodide_runtime.run("result = 'leftover' in globals()") is False
    assert pyodide_runtime.run("x = 1") is None
    with pytest.raises(PyodideError, match="not JSON serializable"):
        pyodide_runtime.run("result = object()")


def test_project_modules_import(pyodide_runtime):
    code = "import webllm_py, webllm_py.gpu.kernels as k\nresult = [webllm_py.__file__, len(k.load_kernel_set()) > 0]\n"
    assert pyodide_runtime.run(code) == ["/project/webllm_py/__init__.py", True]


def test_timeout_kills_and_the_next_call_restarts(pyodide_runtime):
    starts = pyodide_runtime.starts
    with pytest.raises(PyodideTimeout):
        pyodide_runtime.run("while True:\n    pass\n", timeout=2)
    assert not pyodide_runtime.alive
    assert pyodide_runtime.run("result = 6 * 7") == 42
    assert pyodide_runtime.starts == starts + 1


def test_crash_during_a_call_raises_and_the_next_call_restarts(pyodide_runtime):
    threading.Timer(1.0, os.killpg, (pyodide_runtime.pid, signal.SIGKILL)).start()
    with pytest.raises(PyodideHarnessError, match="exited"):
        pyodide_runtime.run("import asyncio\nawait asyncio.sleep(60)", timeout=30)
    assert pyodide_runtime.run("result = 'back'") == "back"
