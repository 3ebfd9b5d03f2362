"""The shipped WGSL is exactly what the TVM build produces, and the manifest is self-consistent."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from webllm_py.gpu.kernels import compile_expr, load_kernel_set

REPO = Path(__file__).resolve().parents[1]


def test_shipped_kernels_match_the_build():
    out = subprocess.run([sys.executable, "kernels/build.py", "--check"], cwd=REPO, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr + out.stdout


def test_manifest_entries_are_complete():
    kernels = load_kernel_set()
    assert {"embed", "rms_norm", "gemv", "matmul", "rope_qkv", "attention", "silu_mul", "argmax"} <= set(kernels)
    for spec in kernels.values():
        assert f"fn {spec.entry_point}(" in spec.wgsl
        assert spec.wgsl.count("var<storage") == len(spec.buffers)
        assert all(0 < n <= 256 for n in spec.workgroup_size)


def test_manifest_expressions_cannot_run_code():
    for bad in ("__import__('os')", "open('x')", "(1).__class__", "[x for x in y]", "a if b else c"):
        try:
            compile_expr(bad)
        except (ValueError, SyntaxError):
            continue
        raise AssertionError(f"accepted {bad!r}")
