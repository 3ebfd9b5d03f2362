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
from typing import Callable

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
    uniforms: struct.Struct  # the scalars in kernel order, then packGridDimX
    sizes: tuple[str, ...]
    workgroup_size: tuple[int, int, int]
    features: tuple[str, ...]
    # plan(*buffer_shapes, scalars) -> (scalar values..., grid_x, grid_y, grid_z)
    plan: Callable[..., tuple]


class ShapeError(ValueError):
    """Tensors passed to a kernel disagree with its signature."""


def _plan_function(name: str, entry: dict) -> Callable[..., tuple]:
    """Generate one Python function that binds sizes from shapes, checks them, and evaluates
    every scalar and grid expression: a dispatch then costs one call, not dozens of evals.

    Only identifiers and expressions that `compile_expr` accepted reach the generated source.
    """
    params = [f"_s{i}" for i in range(len(entry["buffers"]))]
    body, bound, checks = [], set(), []
    for var, b in zip(params, entry["buffers"]):
        body.append(f"    if len({var}) != {len(b['shape'])}: _fail({b['name']!r}, {var})")
        for i, dim in enumerate(b["shape"]):
            compile_expr(dim)
            if dim.isidentifier() and dim not in bound:
                body.append(f"    {dim} = {var}[{i}]")
                bound.add(dim)
            else:
                checks.append(f"    if {var}[{i}] != ({dim}): _fail({b['name']!r}, {var})")
    for size in entry["sizes"]:
        if size not in bound:
            body.append(f"    {size} = _scalars[{size!r}]")
    values = [s["value"] for s in entry["scalars"]] + list(entry["grid"])
    for v in values:
        compile_expr(v)
    source = "\n".join([f"def plan({', '.join(params)}, _scalars):", *body, *checks,
                        f"    return ({', '.join(values)},)"])
    scope: dict = {**_FUNCS, "_fail": _shape_failure(name, entry)}
    exec(compile(source, f"<plan {name}>", "exec"), scope)  # noqa: S102 - built from validated expressions
    return scope["plan"]


def _shape_failure(name: str, entry: dict) -> Callable[[str, tuple], None]:
    def fail(buffer: str, shape: tuple) -> None:
        want = next(b["shape"] for b in entry["buffers"] if b["name"] == buffer)
        raise ShapeError(f"{name}: {buffer} has shape {shape}, which does not fit [{', '.join(want)}]")
    return fail


def _spec(name: str, entry: dict, wgsl: str) -> KernelSpec:
    return KernelSpec(
        name=name,
        wgsl=wgsl,
        entry_point=entry["entry_point"],
        buffers=tuple(BufferParam(b["name"], b["dtype"], tuple(b["shape"]), b["write"]) for b in entry["buffers"]),
        scalar_names=tuple(s["name"] for s in entry["scalars"]),
        uniforms=struct.Struct("<" + "".join(_STRUCT[s["dtype"]] for s in entry["scalars"]) + "I"),
        sizes=tuple(entry["sizes"]),
        workgroup_size=tuple(entry["workgroup_size"]),  # type: ignore[arg-type]
        features=tuple(entry["features"]),
        plan=_plan_function(name, entry),
    )


def load_kernel_set() -> dict[str, KernelSpec]:
    """Read the manifest and WGSL files shipped in `webllm_py/kernels/`."""
    folder = resources.files("webllm_py.kernels")
    manifest = json.loads((folder / "manifest.json").read_text())
    return {
        name: _spec(name, entry, (folder / entry["wgsl"]).read_text())
        for name, entry in manifest["kernels"].items()
    }
