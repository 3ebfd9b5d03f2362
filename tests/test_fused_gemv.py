"""Fused GEMVs (kernels/prologue.py) against numpy, for every weight format: the input's RMSNorm,
LayerNorm, gated activation (SwiGLU, GeGLU erf/tanh) or GELU applied inside the GEMV, with and
without a bias and accumulation, as the models call them (one token = one row of a wider x),
and matrices split into row blocks (each block's workgroups recompute the norm's statistics).
Also: the dense float32x4 GEMV and its scalar fallback, which adapters get the subgroup-reduction
q4 GEMVs (and that reduction's numbers on Dawn's SwiftShader, subgroups of 4), and one decoded
Llama layer is 5 dispatches (issue 14)."""

from __future__ import annotations

import asyncio
import base64
import math
import sys
import types
from pathlib import Path

import numpy as np
import pytest

from test_ggml_kernels import random_weights, reference
from webllm_py.convert import dequantize_q4, quantize_q4
from webllm_py.gpu import request_device
from webllm_py.gpu.kernels import load_kernel_set
from webllm_py.loading.load import load_model
from webllm_py.quantization import (DenseMatrix, Prologue, QuantizedMatrix, fixed_subgroup_size, gemv_kernel,
                                    ggml_matrix, stack_rows)

# (prologue, bias, accumulate): every combination the build compiles (kernels/prologue.py VARIANTS)
VARIANTS = [("", False, False), ("", False, True), ("", True, True),
            ("rms", False, False), ("rms", True, False), ("layer", False, False), ("layer", True, False),
            ("silu", False, True), ("silu", False, False), ("gelu", False, True), ("gelu", False, False),
            ("gelu_tanh", False, True), ("gelu_tanh", False, False),
            ("act_gelu", True, True), ("act_gelu_tanh", True, True)]
GATED = {"silu", "gelu", "gelu_tanh"}
EPS = 1e-5
ROW = 1  # the token's row of a 3-row x


@pytest.fixture(scope="module")
def device():
    return asyncio.run(request_device())


def read(device, t) -> np.ndarray:
    return np.frombuffer(asyncio.run(device.read(t)), np.float32).reshape(t.shape)


def gelu(x: np.ndarray, tanh_form: bool) -> np.ndarray:
    if tanh_form:
        return 0.5 * x * (1 + np.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x ** 3)))
    return 0.5 * x * (1 + np.vectorize(math.erf)(x / math.sqrt(2)))


def transformed(name: str, x: np.ndarray, nw: np.ndarray, nb: np.ndarray) -> np.ndarray:
    """x' of one row, in float64."""
    x = x.astype(np.float64)
    if name == "rms":
        return x / np.sqrt(np.mean(x * x) + EPS) * nw
    if name == "layer":
        return (x - x.mean()) / np.sqrt(x.var() + EPS) * nw + nb
    if name in GATED:
        gate, up = np.split(x, 2)
        act = gate / (1 + np.exp(-gate)) if name == "silu" else gelu(gate, name == "gelu_tanh")
        return act * up
    if name.startswith("act_"):
        return gelu(x, name == "act_gelu_tanh")
    return x


def check_variants(device, matrix, w: np.ndarray, seed: int, variants=VARIANTS) -> None:
    """Each variant of `matrix` (whose weights are `w`) on row ROW of a random x, against numpy."""
    m, k = w.shape
    rng = np.random.default_rng(seed)
    nw = rng.uniform(0.5, 1.5, k).astype(np.float32)
    nb = rng.standard_normal(k).astype(np.float32)
    bias = rng.standard_normal(m).astype(np.float32)
    y0 = rng.standard_normal(m).astype(np.float32)
    Nw, Nb, B = (device.tensor(a.tobytes(), a.shape) for a in (nw, nb, bias))
    results = []
    for name, with_bias, accumulate in variants:
        x = (rng.standard_normal((3, 2 * k if name in GATED else k)) + 0.3).astype(np.float32)
        prologue = Prologue(name, Nw if name in ("rms", "layer") else None, Nb if name == "layer" else None, EPS)
        Y = device.tensor(y0.tobytes(), (1, m))
        matrix.linear(device, device.tensor(x.tobytes(), x.shape), Y, accumulate=accumulate, row=ROW,
                      prologue=prologue, bias=B if with_bias else None)
        xt = transformed(name, x[ROW], nw, nb)
        want = xt @ w.astype(np.float64).T + (bias if with_bias else 0) + (y0 if accumulate else 0)
        tol = 2e-5 * (np.abs(xt) @ np.abs(w).astype(np.float64).T + 1)
        results.append((name, with_bias, accumulate, Y, want, tol))
    for name, with_bias, accumulate, Y, want, tol in results:
        err = np.abs(read(device, Y)[0] - want)
        assert (err <= tol).all(), (gemv_kernel("gemv", Prologue(name), with_bias, accumulate), err.max())


def kernels_run(device, monkeypatch) -> list[str]:
    """The names of the kernels that `device` runs from now on."""
    ran: list[str] = []
    run = device.run
    monkeypatch.setattr(device, "run", lambda kernel, *args, **kwargs: (ran.append(kernel), run(kernel, *args, **kwargs)))
    return ran


@pytest.mark.parametrize("k,base", [(172, "gemv_vec4"), (173, "gemv")])
def test_dense(device, monkeypatch, k, base):
    """A width that is a multiple of 4 reads W and x as float32x4 (gemv_vec4), any other the
    scalar gemv; 37 rows leave the last workgroup's rows partly out of range."""
    w = np.random.default_rng(k).standard_normal((37, k)).astype(np.float32)
    ran = kernels_run(device, monkeypatch)
    check_variants(device, DenseMatrix([device.tensor(w.tobytes(), w.shape)]), w, seed=1)
    assert ran == [gemv_kernel(base, Prologue(name), b, a) for name, b, a in VARIANTS]


def q4_matrix(device, w: np.ndarray, scale_dtype: str, block_rows: int | None = None):
    words, scales = quantize_q4(w, scale_dtype)
    rows = block_rows or len(words)
    blocks = [(device.tensor(words[r:r + rows].tobytes(), words[r:r + rows].shape, "uint32"),
               device.tensor(scales[r:r + rows].tobytes(), scales[r:r + rows].shape, scale_dtype))
              for r in range(0, len(words), rows)]
    return QuantizedMatrix(blocks, w.shape[1]), dequantize_q4(words, scales, w.shape[1])


@pytest.mark.parametrize("scale_dtype", ["float32", "float16"])
def test_q4(device, scale_dtype):
    """k = 172: a partial last group, whose padding nibbles are not zero weights (LayerNorm must
    not map the zeros past k to Nb); three row blocks."""
    matrix, w = q4_matrix(device, np.random.default_rng(2).standard_normal((37, 172)).astype(np.float32),
                          scale_dtype, block_rows=16)
    assert matrix.variant == scale_dtype[0] + scale_dtype[-2:] and len(matrix) == 3
    check_variants(device, matrix, w, seed=3)


def test_q4_tall(device):
    """The tall schedule (64 rows per workgroup) serves the plain and normed variants."""
    matrix, w = q4_matrix(device, np.random.default_rng(4).standard_normal((8200, 64)).astype(np.float32), "float32")
    check_variants(device, matrix, w, seed=5, variants=[v for v in VARIANTS if v[0] in ("", "rms", "layer")])


@pytest.mark.parametrize("features,sizes,base", [
    ({"subgroups"}, (32, 32), "q4_gemv_sg32"),  # NVIDIA through Dawn
    ({"subgroups"}, (4, 4), "q4_gemv"),  # SwiftShader through Dawn: subgroups of 4
    ({"subgroups"}, (8, 32), "q4_gemv"),  # sizes that vary between pipelines
    ({"subgroup"}, (32, 32), "q4_gemv"),  # wgpu-native: rejects `enable subgroups;`
    ({"shader-f16"}, (32, 32), "q4_gemv"),  # no subgroups feature
    ({"subgroups"}, None, "q4_gemv"),  # an adapter that does not say its subgroup sizes
])
def test_q4_subgroup_selection(device, monkeypatch, features, sizes, base):
    """The subgroup-reduction q4 GEMVs (compiled for subgroups of exactly 32) serve only adapters
    whose every subgroup is 32 wide; tall matrices keep the tall schedule.  Their numbers are not
    checked here: no driver on this machine has subgroups of 32 (SwiftShader: 4, lavapipe: 4 to
    128), so the kernels are recorded, not run."""
    limits = dict(device.limits)
    if sizes:
        limits.update(subgroupMinSize=sizes[0], subgroupMaxSize=sizes[1])
    monkeypatch.setattr(device, "features", frozenset(features))
    monkeypatch.setattr(device, "limits", limits)
    ran: list[str] = []
    monkeypatch.setattr(device, "run", lambda kernel, *args, **kwargs: ran.append(kernel))
    wide, _ = q4_matrix(device, np.zeros((40, 64), np.float32), "float32")
    tall, _ = q4_matrix(device, np.zeros((8200, 64), np.float32), "float32")
    x = device.tensor(np.zeros((1, 64), np.float32).tobytes(), (1, 64))
    for matrix in (wide, tall):
        matrix.linear(device, x, device.empty((1, matrix.shape[0])), prologue=Prologue("rms", x.view(64), None, EPS))
    assert fixed_subgroup_size(device) == (sizes[0] if "subgroups" in features and sizes and sizes[0] == sizes[1] else None)
    assert ran == [f"{base}_rms_f32", "q4_gemv_tall_rms_f32"]


SUBGROUPS_IN_PYODIDE = """
import struct
from webllm_py.gpu import request_device
from webllm_py.quantization import QuantizedMatrix, fixed_subgroup_size
device = await request_device()
# 8 x 64 weights of 1 (no numpy here): q = 14 in every nibble, scale 1/7
words = device.tensor(struct.pack("<64I", *[0xEEEEEEEE] * 64), (8, 8), "uint32")
scales = device.tensor(struct.pack("<16f", *[1 / 7] * 16), (8, 2), "float32")
ran = []
run = device.run
device.run = lambda kernel, *args, **kwargs: (ran.append(kernel), run(kernel, *args, **kwargs))
y = device.empty((1, 8))
QuantizedMatrix([(words, scales)], 64).linear(device, device.tensor(struct.pack("<64f", *[1.0] * 64), (1, 64)), y)
# the size-32 kernels cannot run correctly here, but Dawn's WGSL compiler (Tint) checks them
import js
from pyodide.ffi import to_js
errors = {}
for name, spec in device.kernels.items():
    if name.startswith("q4_gemv_sg32") and name.endswith("_f32"):
        module = device._device.createShaderModule(to_js({"code": spec.wgsl}, dict_converter=js.Object.fromEntries))
        info = await module.getCompilationInfo()
        errors[name] = [m.message for m in info.messages if m.type == "error"]
result = {"subgroups": "subgroups" in device.features, "size": fixed_subgroup_size(device), "ran": ran,
          "y": list(struct.unpack("<8f", await device.read(y))), "errors": errors}
"""


def test_q4_subgroup_selection_in_pyodide(pyodide_node):
    """Dawn on SwiftShader (the browser backend): the device has the `subgroups` feature and reads
    the adapter's subgroup sizes (4 and 4), so the size-32 kernels are refused there; Dawn
    compiles their WGSL (f32 scales: SwiftShader has no shader-f16) without errors."""
    result = pyodide_node.run(SUBGROUPS_IN_PYODIDE)
    assert result["subgroups"] and result["size"] == 4
    assert result["ran"] == ["q4_gemv_f32"]
    assert result["y"] == pytest.approx([64.0] * 8)
    assert len(result["errors"]) == len(VARIANTS) and not any(result["errors"].values()), result["errors"]


SUBGROUP4_IN_PYODIDE = """
import base64
from webllm_py.gpu import request_device
from webllm_py.gpu.device import Tensor
from webllm_py.gpu.kernels import _spec
device = await request_device()
device.kernels[NAME] = _spec(NAME, ENTRY, WGSL)
x, w, s, nw = (base64.b64decode(b) for b in DATA)
X = device.tensor(x, (1, K), "float32")  # read as float32x4 below
W = device.tensor(w, (M, K // 8), "uint32")
S = device.tensor(s, (M, K // 32), "float32")
Y = device.empty((M,))
device.run(NAME, {"row": 0, "col0": 0, "eps": 1e-5}, X=Tensor(X.buffer, (1, K // 4), "float32x4", X.capacity, X.id),
           W=Tensor(W.buffer, (M, K // 32), "uint32x4", W.capacity, W.id), S=S, Y=Y,
           Nw=device.tensor(nw, (K,), "float32"))
import struct
result = list(struct.unpack(f"<{M}f", await device.read(Y)))
"""


def test_q4_subgroup_reduction_numerics_in_pyodide(pyodide_node, monkeypatch):
    """The subgroup reduction's numbers, where a driver's subgroup size is known: the tall
    schedule (4 threads per row) compiled here with subgroup = 4 and run on Dawn's SwiftShader,
    whose subgroups are 4 wide, against numpy (an RMSNorm prologue; 70 rows, the last
    workgroup's partly out of range).  The shipped size-32 kernels are the same template with
    the WIDE schedule."""
    package = types.ModuleType("webllm_kernel_sources")
    package.__path__ = [str(Path(__file__).resolve().parents[1] / "kernels")]
    monkeypatch.setitem(sys.modules, "webllm_kernel_sources", package)
    from webllm_kernel_sources import quantized  # noqa: PLC0415 (the sources are not a package)
    from webllm_kernel_sources.compile import compile_kernel  # noqa: PLC0415
    from webllm_kernel_sources.prologue import PROLOGUES  # noqa: PLC0415

    name = "q4_gemv_tall_sg4_rms_f32"
    kernel = compile_kernel(name, quantized.gemv(PROLOGUES["rms"], False, False, "float32", quantized.TALL, 4),
                            ("subgroups",))
    m, k = 70, 256
    rng = np.random.default_rng(11)
    words, scales = quantize_q4(rng.standard_normal((m, k)).astype(np.float32), "float32")
    x = rng.standard_normal((1, k)).astype(np.float32)
    nw = rng.uniform(0.5, 1.5, k).astype(np.float32)
    data = [base64.b64encode(a.tobytes()).decode() for a in (x, words, scales, nw)]
    code = (f"NAME = {name!r}\nENTRY = {kernel.manifest!r}\nWGSL = {kernel.wgsl!r}\nDATA = {data!r}\n"
            f"M, K = {m}, {k}\n" + SUBGROUP4_IN_PYODIDE)
    got = np.array(pyodide_node.run(code))
    w = dequantize_q4(words, scales, k).astype(np.float64)
    xt = transformed("rms", x[0], nw, None)
    tol = 2e-5 * (np.abs(xt) @ np.abs(w).T + 1)
    assert (np.abs(got - xt @ w.T) <= tol).all(), np.abs(got - xt @ w.T).max()


def test_q4_subgroup_kernels_shipped():
    """Every q4 GEMV that the WIDE schedule ships has its subgroup twin, which declares the
    `subgroups` feature and reduces with subgroupShuffleDown (no shared-memory tree)."""
    kernels = load_kernel_set()
    twins = [name.replace("q4_gemv", "q4_gemv_sg32", 1) for name in kernels
             if name.startswith("q4_gemv_") and not name.startswith(("q4_gemv_tall", "q4_gemv_sg32"))]
    assert len(twins) == 2 * len(VARIANTS)
    for name in twins:
        spec = kernels[name]
        assert spec.features == ("subgroups",), name
        assert "enable subgroups;" in spec.wgsl and spec.wgsl.count("subgroupShuffleDown") == 5, name
        assert "workgroupBarrier" not in spec.wgsl.split("subgroupShuffleDown")[-1], name


@pytest.mark.parametrize("ggml_type,cols", [("Q8_0", 160), ("Q4_K", 256), ("Q5_1", 64), ("F16", 173)])
def test_ggml(device, ggml_type, cols):
    rows = 37
    data = random_weights(ggml_type, rows, cols, seed=cols)
    check_variants(device, ggml_matrix(device, data, ggml_type, (rows, cols), "w"),
                   reference(ggml_type, data, rows, cols), seed=6)


def test_ggml_row_blocks(device, monkeypatch):
    """Q6_K in blocks of 9 rows (rows start mid-word), stacked with an F32 part (dense kernels)."""
    monkeypatch.setattr(device, "max_binding_bytes", 2048)
    data = random_weights("Q6_K", 30, 256, seed=7)
    dense = np.random.default_rng(9).standard_normal((5, 256)).astype(np.float32)
    matrix = stack_rows([ggml_matrix(device, data, "Q6_K", (30, 256), "w"),
                         ggml_matrix(device, dense.tobytes(), "F32", (5, 256), "f")], "wf")
    assert [b.ggml_type for b in matrix.blocks] == ["Q6_K"] * 4 + ["F32"] * 3
    check_variants(device, matrix, np.concatenate([reference("Q6_K", data, 30, 256), dense]), seed=8,
                   variants=[("rms", True, False), ("silu", False, True), ("layer", False, False)])


def test_refusals(device):
    w = np.zeros((4, 32), np.float32)
    matrix = DenseMatrix([device.tensor(w.tobytes(), w.shape)])
    x = device.tensor(np.zeros((1, 32), np.float32).tobytes(), (1, 32))
    with pytest.raises(ValueError, match=r"x has 32 columns, the weight 32 \(a gated input \[gate \| up\] has 64\)"):
        matrix.linear(device, x, device.empty((1, 4)), prologue=Prologue("silu"))
    x3 = device.tensor(np.zeros((3, 32), np.float32).tobytes(), (3, 32))
    with pytest.raises(ValueError, match="fused into the GEMV only"):
        matrix.linear(device, x3, device.empty((3, 4)), prologue=Prologue("silu"))


def test_llama_decode_is_five_dispatches_per_layer():
    """Counts Device.run calls of each block in one decode step of stories260K (5 layers): the qkv,
    o, gate_up and down GEMVs and attention (one dispatch up to decode_attention's split-K
    threshold of keys, then + its merge)."""

    async def run():
        model = load_model(await request_device(), "stories260K")
        model.forward([1, 5, 9], 0)
        calls: list[str] = []
        run_kernel = model.device.run
        model.device.run = lambda kernel, *args, **kwargs: (calls.append(kernel), run_kernel(kernel, *args, **kwargs))
        block = model.block
        per_layer = []

        def counted_block(*args):
            before = len(calls)
            block(*args)
            per_layer.append(calls[before:])

        model.block = counted_block
        model.forward([3], 3)
        return per_layer, calls

    per_layer, calls = asyncio.run(run())
    assert len(per_layer) == 5
    assert all(len(layer) == 5 for layer in per_layer), per_layer
    assert len(calls) - sum(map(len, per_layer)) == 2, calls  # the embedding and the normed lm head
