"""Compile one TensorIR PrimFunc to WGSL plus the manifest entry our runtime needs.

TVM's WebGPU codegen gives us the shader and a little `func_info` JSON, but the
grid size lives in the host-side call that TVM would normally run itself.  We
lower the function the way `tvm.compile` does, find that `call_ffi_kernel` in
the host code, and turn its launch arguments into small integer expressions
over the symbolic shape variables, which the Python runtime evaluates at
dispatch time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import tvm
from tvm import tirx
from tvm.tirx.build import split_host_device_mods

TARGET = tvm.target.Target({"kind": "webgpu", "host": "llvm"})
# For kernels that need the `subgroups` feature: TVM then writes `enable subgroups;` (Dawn needs it).
SUBGROUP_TARGET = tvm.target.Target({"kind": "webgpu", "host": "llvm", "supports_subgroups": True})

_DTYPES = {"int32": "i32", "uint32": "u32", "float32": "f32", "float16": "f16"}


@dataclass
class CompiledKernel:
    name: str
    wgsl: str
    manifest: dict[str, Any]


def _walk(node, visit) -> None:
    """Visit every statement and expression under `node` (TVM 0.27 exposes no TIR visitor)."""
    visit(node)
    for attr in ("seq", "body", "then_case", "else_case", "value", "args"):
        child = getattr(node, attr, None)
        if child is None or isinstance(child, str):
            continue
        if type(child).__name__ == "Array":
            for c in child:
                _walk(c, visit)
        else:
            _walk(child, visit)


def expr_to_text(e, lets: dict[str, Any]) -> str:
    """Render an integer TIR expression as Python-syntax text the runtime can evaluate.

    `lets` maps host-side temporaries (common subexpressions) to their values;
    any other variable is one of the kernel's symbolic sizes.
    """
    kind = type(e).__name__
    if kind == "IntImm":
        return str(int(e.value))
    if kind == "Var":
        name = e.name
        return expr_to_text(lets[name], lets) if name in lets else name
    if kind == "Cast":
        return expr_to_text(e.value, lets)
    binary = {"Add": "+", "Sub": "-", "Mul": "*", "FloorDiv": "//", "FloorMod": "%"}
    if kind in binary:
        return f"({expr_to_text(e.a, lets)} {binary[kind]} {expr_to_text(e.b, lets)})"
    if kind in ("Min", "Max"):
        return f"{kind.lower()}({expr_to_text(e.a, lets)}, {expr_to_text(e.b, lets)})"
    raise NotImplementedError(f"grid expression node {kind}: {e}")


def _symbolic_inputs(func: tirx.PrimFunc) -> set[str]:
    """Names the caller supplies: scalar parameters and the variables in buffer shapes."""
    names = set()
    for p in func.params:
        shape = getattr(p, "shape", None)  # buffer parameters carry their shape in TVM 0.27
        if shape is None:
            names.add(p.name)
            continue
        for dim in shape:
            if type(dim).__name__ == "Var":
                names.add(dim.name)
    return names


def compile_kernel(name: str, func: tirx.PrimFunc, features: tuple[str, ...] = ()) -> CompiledKernel:
    """Build `func` for WebGPU and describe how to call it."""
    target = SUBGROUP_TARGET if "subgroups" in features else TARGET
    func = func.with_attr("global_symbol", name)
    mod = tvm.IRModule({name: func})
    mod = tirx.transform.BindTarget(target)(mod)
    pipeline, _, finalize_device = tirx.get_default_tir_pipeline(target)
    host_mod, device_mods = split_host_device_mods(pipeline(mod))
    lib = tvm.compile(mod, target=target)
    (webgpu,) = [m for m in lib.mod.imports if m.kind == "webgpu"]
    wgsl = webgpu.inspect_source("wgsl")
    info = json.loads(webgpu.inspect_source("func_info"))
    if len(info) != 1:
        raise ValueError(f"{name}: expected one device kernel, TVM made {sorted(info)}; split the schedule")
    (kernel_name, kinfo), = info.items()

    (device_mod,) = device_mods.values()
    device_func = device_mod[kernel_name]
    params = [p.name for p in device_func.params]

    sizes = _symbolic_inputs(func)
    lets: dict[str, Any] = {}
    calls = []

    def visit(node):
        if type(node).__name__ == "Bind" and node.var.name not in sizes:
            lets[node.var.name] = node.value
        if type(node).__name__ == "Call" and getattr(node.op, "name", "") == "tirx.call_ffi_kernel":
            calls.append(node)

    for f in host_mod.functions.values():
        _walk(f.body, visit)
    (call,) = calls
    args = list(call.args)[1:]
    n_params = len(kinfo["arg_types"])
    param_values = args[:n_params]
    launch_args = args[n_params:]
    tags = [t for t in kinfo["launch_param_tags"] if not t.startswith("paramWriteAccess")]
    write = json.loads(next(t for t in kinfo["launch_param_tags"] if t.startswith("paramWriteAccess"))[len("paramWriteAccess:"):])
    grid = ["1", "1", "1"]
    workgroup = [1, 1, 1]
    for tag, value in zip(tags, launch_args):
        axis = "xyz".index(tag[-1])
        if tag.startswith("blockIdx"):
            grid[axis] = expr_to_text(value, lets)
        elif tag.startswith("threadIdx"):
            workgroup[axis] = int(value.value)
        else:
            raise NotImplementedError(f"{name}: launch tag {tag}")

    shapes = {p.name: p for p in func.params if getattr(p, "shape", None) is not None}
    buffers, scalars = [], []
    for i, (pname, atype) in enumerate(zip(params, kinfo["arg_types"])):
        if atype == "handle":
            bname = pname.removesuffix("_ptr")
            param = shapes[bname]
            buffers.append({
                "name": bname,
                "dtype": str(param.dtype),
                "shape": [expr_to_text(dim, {}) for dim in param.shape],
                "write": bool(write[len(buffers)]),
            })
        else:
            value = expr_to_text(param_values[i], lets)
            scalars.append({"name": pname, "dtype": _DTYPES[atype], "value": value})
    manifest = {
        "wgsl": f"{name}.wgsl",
        "entry_point": kernel_name,
        "buffers": buffers,
        "sizes": sorted(sizes),
        "scalars": scalars,
        "grid": grid,
        "workgroup_size": workgroup,
        "features": list(features),
    }
    return CompiledKernel(name, wgsl, manifest)
