"""The wheel a browser installs is pure Python, needs only pure-Python jinja2, and carries the kernels and the default model."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "pyodide_packages"))
from build import build_wheel  # noqa: E402


def test_wheel_is_pure_python_with_kernels_and_default_model():
    wheel = build_wheel()
    assert wheel.name.endswith("-py3-none-any.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "webllm_py/kernels/manifest.json" in names
    assert "webllm_py/kernels/attention.wgsl" in names
    assert "webllm_py/assets/stories260K/stories260K.bin" in names
    assert "webllm_py/tokenizer/__init__.py" in names
    assert not any(n.endswith((".so", ".pyd")) or n.startswith(("kernels/", "tests/")) for n in names)
    package = Path(__file__).resolve().parents[1] / "webllm_py"
    modules = {str(p.relative_to(package.parent)) for p in package.rglob("*.py")}
    assert {n for n in names if n.endswith(".py")} == modules  # none missing, none left from an older build
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("METADATA"))).decode()
    requires = [line for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    runtime = [line for line in requires if "extra ==" not in line]
    assert runtime == ["Requires-Dist: jinja2>=3.1.6"]  # pure Python; everything else is an optional extra
