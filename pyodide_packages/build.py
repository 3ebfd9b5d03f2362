"""Build the pure-Python `webllm-py` wheel that browsers install with micropip.

    python pyodide_packages/build.py      # -> pyodide_packages/dist/webllm_py-<version>-py3-none-any.whl

The wheel must stay pure Python (tag py3-none-any) with the compiled WGSL kernels,
their manifest and the embedded default model inside, so `micropip.install` works
in any Pyodide without TVM or a compiler.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DIST = HERE / "dist"


def build_wheel() -> Path:
    DIST.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", tmp,
                        str(HERE.parent)], check=True)
        (wheel,) = Path(tmp).glob("webllm_py-*.whl")
        target = DIST / wheel.name
        wheel.replace(target)
    return target


if __name__ == "__main__":
    print(build_wheel())
