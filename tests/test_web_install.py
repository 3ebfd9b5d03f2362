"""Install like a user: micropip 0.9.0 on Pyodide 0.27.7 installs webllm-py *by name* from the local
PEP 503 index that pyodide_packages/build.py writes (jinja2 and a pure-Python MarkupSafe come from
it too), then the installed package generates, in Node with WebGPU from Dawn on SwiftShader."""

from __future__ import annotations

import json
import zipfile

import pytest

from pyodide_harness import SWIFTSHADER_ICD, PyodideRuntime
from web_demo import cpython_greedy, demo_server, web_dist  # noqa: F401

PROMPT, MAX_TOKENS = "Once upon a time", 20

INSTALL = """
import time, micropip
began = time.perf_counter()
await micropip.install("webllm-py", index_urls=[{index!r}])
install_s = time.perf_counter() - began
packages = {{p.name.lower(): [p.version, p.source] for p in micropip.list().values()}}

from webllm_py.engine import MLCEngine
engine = MLCEngine()
await engine.reload("stories260K")
reply = await engine.chat.completions.create(messages=[{{"role": "user", "content": {prompt!r}}}],
                                             max_tokens={max_tokens}, temperature=0)
import webllm_py, sys
result = {{"install_s": install_s, "packages": packages, "text": reply.choices[0].message.content,
          "module": webllm_py.__file__, "python": sys.version}}
"""


@pytest.fixture(scope="module")
def pyodide027(web_dist):
    runtime = PyodideRuntime("node027", "pyodide027_node_runner.mjs", [str(web_dist / "pyodide")],
                             env={"VK_ICD_FILENAMES": SWIFTSHADER_ICD})
    try:
        runtime.start()
        yield runtime
    finally:
        runtime.close()


def test_index_is_pep503_with_pure_python_wheels(web_dist):
    simple = web_dist / "simple"
    assert sorted(p.name for p in simple.iterdir() if p.is_dir()) == ["jinja2", "markupsafe", "webllm-py"]
    for project in ("jinja2", "markupsafe", "webllm-py"):
        (wheel,) = (simple / project).glob("*.whl")
        assert wheel.name.endswith("-py3-none-any.whl")
        assert not any(n.endswith((".so", ".c")) for n in zipfile.ZipFile(wheel).namelist())
        assert f'href="/simple/{project}/{wheel.name}#sha256=' in (simple / project / "index.html").read_text()
    lock = json.loads((web_dist / "pyodide" / "pyodide-lock.json").read_text())
    assert lock["info"]["version"] == "0.27.7" and sorted(lock["packages"]) == ["micropip", "packaging"]


def test_micropip_installs_by_name_then_generates(pyodide027, demo_server):
    assert pyodide027.info["pyodide"] == "0.27.7"
    result = pyodide027.run(INSTALL.format(index=f"{demo_server.url}/simple/{{package_name}}/", prompt=PROMPT,
                                           max_tokens=MAX_TOKENS), timeout=300)
    assert result["python"].startswith("3.12")
    assert result["packages"]["webllm-py"][0] == "0.1.0"
    assert result["packages"]["jinja2"][0] == "3.1.6"
    assert result["packages"]["markupsafe"][0] == "3.0.4"
    assert "site-packages/webllm_py" in result["module"]  # the installed wheel, not a mounted checkout
    fetched = [path for _, path, status, _ in demo_server.requested(lambda p: p.startswith("/simple/"))
               if status == 200]
    for page in ("/simple/webllm-py/", "/simple/jinja2/", "/simple/markupsafe/"):
        assert page in fetched
    assert result["text"] == cpython_greedy(PROMPT, MAX_TOKENS)
