"""The shipped kernel set: WGSL sources plus the manifest that says how to call each one.

A manifest entry lists, per kernel, its storage buffers (name, dtype, shape as
expressions of symbolic sizes, whether it is written), its scalar arguments
(in uniform-buffer order, each an expression of those sizes), the grid as
expressions, and the fixed workgroup size.  Expressions are tiny Python-syntax
integer formulas produced by our TVM build; we check them with `ast` before
compiling, so a tampered manifest cannot run arbitrary code.
"""

from __future__ import annotations

import ast
import json
import struct
from dataclasses import dataclass
from importlib import resources
from types import CodeType

_ALLOWED = (
    ast.Expression, ast.BinOp, ast.Name, ast.Load, ast.Constant, ast.Call,
    ast.Add, ast.Sub, ast.Mult, ast.FloorDiv, ast.Mod, ast.UnaryOp, ast.USub,
)
_FUNCS = {"min": min, "max": max}
_STRUCT = {"i32": "i", "u32": "I", "f32": "f"}


def compile_expr(text: str) -> CodeType:
    """Compile a manifest expression, allowing only integer arithmetic and min/max."""
    tree = ast.parse(text, mode="eval")
    for node in ast.walk(tree):
        if not isinstance(node, _ALLOWED):
            raise ValueError(f"kernel manifest: unsupported expression {text!r}")
        if isinstance(node, ast.Call) and not (isinstance(node.func, ast.Name) and node.func.id in _FUNCS):
            raise ValueError(f"kernel manifest: unsupported call in {text!r}")
    return compile(tree, "<manifest>", "eval")


def evaluate(code: CodeType, sizes: dict[str, int | float]) -> int | float:
    return eval(code, {"__builtins__": {}}, {**_FUNCS, **sizes})  # noqa: S307 - checked by compile_expr


@dataclass(frozen=True)
class BufferParam:
    name: str
    dtype: str
    shape: tuple[str, ...]
    write: bool


@dataclass(frozen=True)
class KernelSpec:
    name: str
    wgsl: str
    entry_point: str
    buffers: tuple[BufferParam, ...]
    scalar_names: tuple[str, ...]
    scalar_codes: tuple[CodeType, ...]
    uniform_format: str  # struct format of the scalars plus the trailing packGridDimX
    sizes: tuple[str, ...]
    grid_codes: tuple[CodeType, CodeType, CodeType]
    workgroup_size: tuple[int, int, int]
    features: tuple[str, ...]


def _spec(name: str, entry: dict, wgsl: str) -> KernelSpec:
    return KernelSpec(
        name=name,
        wgsl=wgsl,
        entry_point=entry["entry_point"],
        buffers=tuple(BufferParam(b["name"], b["dtype"], tuple(b["shape"]), b["write"]) for b in entry["buffers"]),
        scalar_names=tuple(s["name"] for s in entry["scalars"]),
        scalar_codes=tuple(compile_expr(s["value"]) for s in entry["scalars"]),
        uniform_format="<" + "".join(_STRUCT[s["dtype"]] for s in entry["scalars"]) + "I",
        sizes=tuple(entry["sizes"]),
        grid_codes=tuple(compile_expr(g) for g in entry["grid"]),  # type: ignore[arg-type]
        workgroup_size=tuple(entry["workgroup_size"]),  # type: ignore[arg-type]
        features=tuple(entry["features"]),
    )


def load_kernel_set() -> dict[str, KernelSpec]:
    """Read the manifest and WGSL files shipped in `webllm_py/kernels/`."""
    folder = resources.files("webllm_py.kernels")
    manifest = json.loads((folder / "manifest.json").read_text())
    return {
        name: _spec(name, entry, (folder / entry["wgsl"]).read_text())
        for name, entry in manifest["kernels"].items()
    }


def bind_sizes(spec: KernelSpec, shapes: dict[str, tuple[int, ...]], scalars: dict[str, int | float]) -> dict[str, int | float]:
    """Infer symbolic sizes from the tensors' shapes (as TVM's packed API does) and check them."""
    sizes: dict[str, int | float] = dict(scalars)
    for param in spec.buffers:
        shape = shapes[param.name]
        if len(shape) != len(param.shape):
            raise ValueError(f"{spec.name}: {param.name} must have {len(param.shape)} dims, got shape {shape}")
        for dim, expr in zip(shape, param.shape):
            if expr.isidentifier():
                if sizes.setdefault(expr, dim) != dim:
                    raise ValueError(f"{spec.name}: {param.name} has {expr}={dim}, but elsewhere {expr}={sizes[expr]}")
    missing = [s for s in spec.sizes if s not in sizes]
    if missing:
        raise ValueError(f"{spec.name}: missing scalar arguments {missing}")
    for param in spec.buffers:
        for dim, expr in zip(shapes[param.name], param.shape):
            if not expr.isidentifier() and evaluate(compile_expr(expr), sizes) != dim:
                raise ValueError(f"{spec.name}: {param.name} dim {expr} should be {evaluate(compile_expr(expr), sizes)}, got {dim}")
    return sizes


def pack_uniforms(spec: KernelSpec, sizes: dict[str, int | float], grid_x: int) -> bytes:
    """The uniform block: every scalar in kernel order, then packGridDimX.

    TVM's guard returns when the linear block id is `> packGridDimX`, so we pass
    the last valid id (grid_x - 1) to keep folded grids from running one extra block.
    """
    values = [evaluate(c, sizes) for c in spec.scalar_codes]
    return struct.pack(spec.uniform_format, *values, grid_x - 1)
