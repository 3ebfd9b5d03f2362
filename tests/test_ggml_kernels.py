"""GGUF block formats on the GPU (kernels/ggml.py through `ggml_matrix`): the embedding lookup is
bit-exact to gguf-py's `gguf.quants.dequantize`, the GEMV and the matmul match numpy's
x @ deq(W).T within float32 summation error, natively (wgpu) and in Pyodide under Node + Dawn.

Reference weights: gguf-py quantizes random normal values for the types it can quantize; for the
K-quants (gguf-py only dequantizes them) blocks are random bytes with sane f16 scales.
"""

from __future__ import annotations

import asyncio
import base64
import json

import numpy as np
import pytest
from gguf import GGMLQuantizationType, GGML_QUANT_SIZES
from gguf.quants import dequantize, quantize

from webllm_py.gpu import request_device
from webllm_py.quantization import GGML_TYPES, DenseMatrix, GGMLMatrix, ggml_matrix, stack_rows
from webllm_py.weights import WeightError

TYPES = ["F32", "F16", "BF16", "Q8_0", "Q4_0", "Q4_1", "Q5_0", "Q5_1", "Q4_K", "Q5_K", "Q6_K"]
K_QUANTS = {"Q4_K", "Q5_K", "Q6_K"}
# byte offsets of the f16 fields in a K-quant block
F16_FIELDS = {"Q4_K": (0, 2), "Q5_K": (0, 2), "Q6_K": (208,)}


def random_f16(rng: np.random.Generator, n: int, low: float, high: float) -> np.ndarray:
    """n float16 values of random sign with magnitudes in [low, high), as uint8 pairs."""
    v = rng.uniform(low, high, n) * rng.choice([-1.0, 1.0], n)
    return v.astype(np.float16).view(np.uint8).reshape(n, 2)


def random_weights(ggml_type: str, rows: int, cols: int, seed: int) -> bytes:
    """A [rows, cols] tensor's GGUF bytes in `ggml_type`."""
    rng = np.random.default_rng(seed)
    qtype = GGMLQuantizationType[ggml_type]
    if ggml_type not in K_QUANTS:
        return quantize(rng.standard_normal((rows, cols)).astype(np.float32), qtype).tobytes()
    block, size = GGML_QUANT_SIZES[qtype]
    blocks = rng.integers(0, 256, (rows * cols // block, size), dtype=np.uint8)
    for off in F16_FIELDS[ggml_type]:
        blocks[:, off:off + 2] = random_f16(rng, len(blocks), 2.0 ** -10, 2.0 ** -7)
    return blocks.tobytes()


def reference(ggml_type: str, data: bytes, rows: int, cols: int) -> np.ndarray:
    """gguf-py's dequantized float32 [rows, cols]."""
    return dequantize(np.frombuffer(data, np.uint8).reshape(rows, -1), GGMLQuantizationType[ggml_type]).reshape(rows, cols)


@pytest.fixture(scope="module")
def device():
    return asyncio.run(request_device())


def read(device, t) -> np.ndarray:
    return np.frombuffer(asyncio.run(device.read(t)), np.float32).reshape(t.shape)


def run_all(device, matrix, x: np.ndarray, ids: np.ndarray) -> dict[str, np.ndarray]:
    """embed(ids), and x @ W.T by matmul (all rows of x) and by gemv (x's last row), each with and
    without accumulating into ones."""
    m, k = matrix.shape
    n = len(x)
    X = device.tensor(x.tobytes(), x.shape)
    out = {}
    for name, rows, row in (("matmul", n, None), ("gemv", 1, n - 1)):
        out[name] = device.empty((rows, m))
        matrix.linear(device, X, out[name], row=row)
        out[name + "_add"] = device.tensor(np.ones((rows, m), np.float32).tobytes(), (rows, m))
        matrix.linear(device, X, out[name + "_add"], accumulate=True, row=row)
    I = device.tensor(ids.astype(np.int32).tobytes(), ids.shape, "int32")
    out["embed"] = device.empty((len(ids), k))
    matrix.embed(device, I, out["embed"])
    return {name: read(device, t) for name, t in out.items()}


def check(got: dict[str, np.ndarray], w: np.ndarray, x: np.ndarray, ids: np.ndarray) -> None:
    """Each result `run_all` names that `got` holds: embed bit-exact, the products within float32
    summation error relative to the sum of |x * w| along each dot product."""
    assert np.array_equal(got["embed"].view(np.uint32), w[ids].view(np.uint32))
    ref = x.astype(np.float64) @ w.astype(np.float64).T
    tol = 2e-6 * (np.abs(x).astype(np.float64) @ np.abs(w).astype(np.float64).T) + 1e-7
    want = {"matmul": (ref, tol), "matmul_add": (ref + 1, tol), "gemv": (ref[-1:], tol[-1:]),
            "gemv_add": (ref[-1:] + 1, tol[-1:])}
    assert set(got) - {"embed"} <= set(want)
    for name in set(got) - {"embed"}:
        expect, bound = want[name]
        assert (np.abs(got[name] - expect) <= bound).all(), (name, np.abs(got[name] - expect).max())


def test_block_sizes_match_gguf_py():
    for name in TYPES:
        assert GGML_TYPES[name] == GGML_QUANT_SIZES[GGMLQuantizationType[name]]
    assert list(GGML_TYPES) == TYPES


# cols: 576 (SmolLM2's hidden: not a multiple of 256), 160 (5 blocks: rows of Q4_0/Q5_0/Q8_0 start
# at bytes 2 mod 4), 256/512 for the K-quants (Q6_K's 210-byte blocks: 2 mod 4 too); F16/BF16 173
# (odd: a partial chunk, rows 2 mod 4).
CASES = [(t, rows, cols, n) for t in TYPES for rows, cols, n in
         ([(300, 256, 70), (48, 512, 5)] if t in K_QUANTS else
          [(100, 576, 5), (61, 160, 33)] + ([(70, 173, 9)] if t in ("F16", "BF16") else []))]


@pytest.mark.parametrize("ggml_type,rows,cols,n", CASES)
def test_kernels_match_gguf_py(device, ggml_type, rows, cols, n):
    data = random_weights(ggml_type, rows, cols, seed=rows + cols)
    matrix = ggml_matrix(device, data, ggml_type, (rows, cols), "blk.0.test.weight")
    assert isinstance(matrix, DenseMatrix if ggml_type == "F32" else GGMLMatrix)
    assert matrix.shape == (rows, cols) and len(matrix) == 1
    x = np.random.default_rng(n).standard_normal((n, cols)).astype(np.float32)
    ids = np.array([0, rows - 1, 7, 3, 7], np.int32)
    check(run_all(device, matrix, x, ids), reference(ggml_type, data, rows, cols), x, ids)


@pytest.mark.parametrize("ggml_type,cols", [("Q8_0", 160), ("Q6_K", 256), ("F16", 173)])
def test_row_blocks_split_a_large_weight(device, monkeypatch, ggml_type, cols):
    """A binding of ~2 KiB: rows that start mid-word in blocks whose sizes are not whole words."""
    monkeypatch.setattr(device, "max_binding_bytes", 2048)
    rows = 67
    data = random_weights(ggml_type, rows, cols, seed=cols)
    matrix = ggml_matrix(device, data, ggml_type, (rows, cols), "output.weight")
    row_bytes = len(data) // rows
    assert len(matrix) == -(-rows // (2048 // row_bytes)) > 2
    assert all(b.data.capacity <= 2048 for b in matrix.blocks)
    x = np.random.default_rng(1).standard_normal((6, cols)).astype(np.float32)
    ids = np.array([rows - 1, 0, 13, 40, 29], np.int32)
    check(run_all(device, matrix, x, ids), reference(ggml_type, data, rows, cols), x, ids)


def test_stacked_parts_of_different_types(device):
    """A fused projection whose parts llama.cpp stored in different types (F32 too)."""
    cols = 256
    parts = [("Q4_1", 40), ("Q6_K", 24), ("F32", 9), ("Q4_K", 30)]
    datas = [random_weights(t, rows, cols, seed=i) for i, (t, rows) in enumerate(parts)]
    matrix = stack_rows([ggml_matrix(device, d, t, (rows, cols), t) for d, (t, rows) in zip(datas, parts)], "qkv")
    assert matrix.shape == (103, cols) and [b.ggml_type for b in matrix.blocks] == [t for t, _ in parts]
    w = np.concatenate([reference(t, d, rows, cols) for d, (t, rows) in zip(datas, parts)])
    x = np.random.default_rng(2).standard_normal((3, cols)).astype(np.float32)
    ids = np.array([0, 41, 65, 70, 102], np.int32)
    check(run_all(device, matrix, x, ids), w, x, ids)
    dense = [ggml_matrix(device, datas[2], "F32", (9, cols), "a")] * 2
    assert isinstance(stack_rows(dense, "ab"), DenseMatrix)
    with pytest.raises(WeightError, match="cannot stack matrices of shapes"):
        stack_rows([matrix, ggml_matrix(device, random_weights("Q8_0", 2, 32, 0), "Q8_0", (2, 32), "x")], "bad")


# f16: zeros, the smallest and largest subnormals, the smallest normal, 1, the largest finite, inf, NaN
F16_SPECIAL = [0x0000, 0x8000, 0x0001, 0x8001, 0x03FF, 0x0400, 0x3C00, 0xBC00, 0x7BFF, 0xFBFF,
               0x7C00, 0xFC00, 0x7E00, 0x7C01, 0xFFFF, 0x3555]


def test_f16_and_bf16_special_values_are_exact(device):
    halves = np.array(F16_SPECIAL * 2, np.uint16)  # 2 rows of 16
    for ggml_type, expect in (("F16", halves.view(np.float16).astype(np.float32)),
                              ("BF16", (halves.astype(np.uint32) << 16).view(np.float32))):
        matrix = ggml_matrix(device, halves.tobytes(), ggml_type, (2, 16), "special")
        I = device.tensor(np.array([1, 0], np.int32).tobytes(), (2,), "int32")
        out = device.empty((2, 16))
        matrix.embed(device, I, out)
        got = read(device, out)
        nan = np.isnan(expect[:16])
        assert np.isnan(got[:, nan]).all()
        assert np.array_equal(got[:, ~nan].view(np.uint32), np.stack([expect[16:], expect[:16]])[:, ~nan].view(np.uint32))


def test_embedding_scale(device):
    data = random_weights("Q5_1", 10, 64, 3)
    matrix = ggml_matrix(device, data, "Q5_1", (10, 64), "token_embd.weight")
    I = device.tensor(np.array([4, 9], np.int32).tobytes(), (2,), "int32")
    out = device.empty((2, 64))
    matrix.embed(device, I, out, scale=8.0)
    assert np.array_equal(read(device, out), reference("Q5_1", data, 10, 64)[[4, 9]] * np.float32(8))


def test_refusals_name_the_tensor_and_the_type(device):
    with pytest.raises(WeightError, match=r"blk\.3\.ffn_up\.weight: GGML type Q2_K is not supported"):
        ggml_matrix(device, b"\0" * 84, "Q2_K", (1, 256), "blk.3.ffn_up.weight")
    with pytest.raises(WeightError, match=r"token_embd\.weight: shape \[4, 576\] does not fit Q4_K"):
        ggml_matrix(device, b"\0" * 4 * 144 * 2, "Q4_K", (4, 576), "token_embd.weight")
    with pytest.raises(WeightError, match=r"output\.weight: 100 bytes for a Q8_0 tensor of shape \[2, 64\]"):
        ggml_matrix(device, b"\0" * 100, "Q8_0", (2, 64), "output.weight")
    matrix = ggml_matrix(device, random_weights("Q8_0", 2, 64, 0), "Q8_0", (2, 64), "w")
    x = device.tensor(np.zeros((1, 32), np.float32).tobytes(), (1, 32))
    with pytest.raises(ValueError, match="x has 32 columns, the weight 64"):
        matrix.linear(device, x, device.empty((1, 2)))


# In Pyodide under Node + Dawn (SwiftShader): weights and inputs come in as base64, results go back.
PYODIDE_CODE = """
import base64, struct
from webllm_py.gpu import request_device
from webllm_py.quantization import ggml_matrix
device = await request_device()
result = {}
for case in CASES:
    rows, cols, n = case["rows"], case["cols"], case["n"]
    matrix = ggml_matrix(device, base64.b64decode(case["data"]), case["type"], (rows, cols), case["type"])
    X = device.tensor(base64.b64decode(case["x"]), (n, cols))
    Y = device.empty((n, rows))
    matrix.linear(device, X, Y)
    G = device.empty((1, rows))
    matrix.linear(device, X, G, row=n - 1)
    I = device.tensor(struct.pack(f"<{len(case['ids'])}i", *case["ids"]), (len(case["ids"]),), "int32")
    E = device.empty((len(case["ids"]), cols))
    matrix.embed(device, I, E)
    result[case["type"]] = {k: base64.b64encode(await device.read(t)).decode() for k, t in
                            (("matmul", Y), ("gemv", G), ("embed", E))}
"""


def test_pyodide_node_dawn(pyodide_node):
    cases = []
    for ggml_type, rows, cols in (("Q4_0", 37, 160), ("Q6_K", 20, 256), ("F16", 9, 173)):
        data = random_weights(ggml_type, rows, cols, seed=5)
        x = np.random.default_rng(6).standard_normal((3, cols)).astype(np.float32)
        cases.append({"type": ggml_type, "rows": rows, "cols": cols, "n": 3, "ids": [rows - 1, 0, 5],
                      "data": base64.b64encode(data).decode(), "x": base64.b64encode(x.tobytes()).decode()})
    result = pyodide_node.run(f"CASES = {json.dumps(cases)}\n" + PYODIDE_CODE)
    for case in cases:
        got = {k: np.frombuffer(base64.b64decode(v), np.float32) for k, v in result[case["type"]].items()}
        rows, cols = case["rows"], case["cols"]
        x = np.frombuffer(base64.b64decode(case["x"]), np.float32).reshape(3, cols)
        check({"embed": got["embed"].reshape(3, cols), "matmul": got["matmul"].reshape(3, rows),
               "gemv": got["gemv"].reshape(1, rows)},
              reference(case["type"], base64.b64decode(case["data"]), rows, cols), x, np.array(case["ids"]))
