"""Compile every kernel to WGSL and write them, with a manifest, into the package.

    python kernels/build.py            # (re)write webllm_py/kernels/
    python kernels/build.py --check    # fail if the shipped files differ from a fresh build

The shipped output is what browsers and CPython load; nobody needs TVM at run time.

This folder is not an importable top-level package: the name `kernels` belongs to PyPI's
`kernels`, which transformers imports, and a `kernels/__init__.py` here would shadow it for
anything run from the repository root.  The build imports the sibling sources under the
private package name `webllm_kernel_sources` instead.
"""

from __future__ import annotations

import argparse
import json
import sys
import types
from pathlib import Path

import tvm

SOURCES = Path(__file__).resolve().parent
OUT_DIR = SOURCES.parent / "webllm_py" / "kernels"


def _register_sources(name: str = "webllm_kernel_sources") -> None:
    """Make this folder importable as a package of its own name (its modules import each other relatively)."""
    if str(SOURCES) in sys.path:  # `python kernels/build.py` puts this folder first on sys.path
        sys.path.remove(str(SOURCES))
    package = types.ModuleType(name)
    package.__path__ = [str(SOURCES)]
    sys.modules[name] = package


_register_sources()
from webllm_kernel_sources import (  # noqa: E402
    attention, decode_attention, elementwise, ggml, linear, norm, quantized, rope, sampling)
from webllm_kernel_sources.compile import compile_kernel  # noqa: E402

SUBGROUP_KERNELS = quantized.subgroup_gemv_kernels()  # compiled with the `subgroups` feature

KERNELS = {
    "embed": elementwise.embed,
    "rms_norm": norm.rms_norm(accumulate=False),
    "rms_norm_add": norm.rms_norm(accumulate=True),
    "head_rms_norm": norm.head_rms_norm,
    "layer_norm": norm.layer_norm,
    **linear.gemv_kernels(),  # gemv[_vec4][_prologue][_bias][_add]: fused norms / activations (kernels/prologue.py)
    "matmul": linear.matmul(accumulate=False),
    "matmul_add": linear.matmul(accumulate=True),
    "rope_qkv": rope.rope_qkv,
    "attention": attention.attention,
    "decode_attention": decode_attention.decode_attention(qk_norm=False),
    "decode_attention_qk_norm": decode_attention.decode_attention(qk_norm=True),
    "attention_merge": decode_attention.attention_merge,
    "silu_mul": elementwise.silu_mul,
    "gelu_mul": elementwise.gelu_mul,
    "gelu_act": elementwise.gelu_act,
    "add_bias": elementwise.add_bias,
    "add": elementwise.add,
    "softcap": elementwise.softcap,
    "argmax": sampling.argmax,
    "apply_logit_processors": sampling.apply_logit_processors,
    "apply_token_mask": sampling.apply_token_mask,
    "top_candidates": sampling.top_candidates,
    "top_candidates_merge": sampling.top_candidates_merge,
    "fill_uniform": elementwise.fill_uniform,
    # group-quantized weights (q4f32_1 / q4f16_1): f32 or f16 scales
    **quantized.gemv_kernels(),  # q4_gemv[_tall][_prologue][_bias][_add]_{f32,f16}
    **SUBGROUP_KERNELS,  # q4_gemv_sg32[_prologue][_bias][_add]_{f32,f16}
    "q4_matmul_f32": quantized.matmul(accumulate=False, scale_dtype="float32"),
    "q4_matmul_add_f32": quantized.matmul(accumulate=True, scale_dtype="float32"),
    "q4_embed_f32": quantized.embed(scale_dtype="float32"),
    "q4_matmul_f16": quantized.matmul(accumulate=False, scale_dtype="float16"),
    "q4_matmul_add_f16": quantized.matmul(accumulate=True, scale_dtype="float16"),
    "q4_embed_f16": quantized.embed(scale_dtype="float16"),
    "fill_bits": quantized.fill_bits,
    # GGUF (GGML) block formats: ggml_{gemv[_prologue][_bias][_add],matmul,matmul_add,embed}_{f16,...,q6_k}
    **ggml.kernels(),
}


def build() -> dict[str, str]:
    """Return {file name: contents} for the whole kernel set."""
    files: dict[str, str] = {}
    manifest = {"tvm_version": tvm.__version__, "kernels": {}}
    for name, func in KERNELS.items():
        kernel = compile_kernel(name, func, ("subgroups",) if name in SUBGROUP_KERNELS else ())
        files[kernel.manifest["wgsl"]] = kernel.wgsl
        manifest["kernels"][name] = kernel.manifest
    files["manifest.json"] = json.dumps(manifest, indent=1, sort_keys=True) + "\n"
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare with the shipped files instead of writing")
    args = parser.parse_args(argv)
    files = build()
    if args.check:
        shipped = {p.name: p.read_text() for p in OUT_DIR.glob("*") if p.suffix in (".wgsl", ".json")}
        stale = sorted(set(files) ^ set(shipped) | {f for f in files if shipped.get(f) != files[f]})
        if stale:
            print("shipped kernels differ from the build:", ", ".join(stale), file=sys.stderr)
            return 1
        print(f"{len(files)} shipped kernel files match the build")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for old in OUT_DIR.glob("*.wgsl"):
        if old.name not in files:
            old.unlink()
    for fname, text in files.items():
        (OUT_DIR / fname).write_text(text)
    print(f"wrote {len(files)} files to {OUT_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
