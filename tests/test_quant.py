"""q4 group quantization: packing and dequantization bit for bit against a plain numpy reference,
and the GPU kernels (embedding lookup, gemv, matmul; f32 and f16 scales) against numpy.

The reference is written element by element from the format's definition (MLC LLM's
q4f16_1 / q4f32_1): scale = max|w| / 7 per group of 32 along the input dimension,
q = clamp(round(w / scale + 7), 0, 14) in the model dtype with ties to even, value i of a
uint32 word in bits 4i..4i+3, zero nibbles after the end of a partial group; w = (q - 7) * scale.
"""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from webllm_py.convert import dequantize_q4, quantize_q4
from webllm_py.gpu import request_device
from webllm_py.quantization import QUANTIZATIONS, QuantizedMatrix

DTYPES = {"float32": np.float32, "float16": np.float16}


def reference_quantize(w: np.ndarray, model_dtype: str) -> tuple[np.ndarray, np.ndarray]:
    dt = DTYPES[model_dtype]
    out, k = w.shape
    groups = -(-k // 32)
    words = np.zeros((out, groups * 4), np.uint32)
    scales = np.zeros((out, groups), dt)
    for r in range(out):
        for g in range(groups):
            values = [dt(v) for v in w[r, g * 32:(g + 1) * 32]]
            scale = dt(max(abs(v) for v in values) / dt(7))
            scales[r, g] = scale
            for i, v in enumerate(values):
                q = 7 if scale == 0 else int(min(max(np.round(dt(v / scale) + dt(7)), 0), 14))
                c = g * 32 + i
                words[r, c // 8] |= np.uint32(q << (4 * (c % 8)))
    return words, scales


def reference_dequantize(words: np.ndarray, scales: np.ndarray, k: int) -> np.ndarray:
    out = np.zeros((words.shape[0], k), np.float32)
    for r in range(words.shape[0]):
        for c in range(k):
            q = (int(words[r, c // 8]) >> (4 * (c % 8))) & 15
            out[r, c] = np.float32(q - 7) * np.float32(scales[r, c // 32])
    return out


def special_weights(k: int) -> np.ndarray:
    """Rows that hit the edge cases: ties (scale 1: w + 7 = x.5), the clamp, zero groups, tiny values."""
    rng = np.random.default_rng(1)
    rows = rng.standard_normal((6, k)).astype(np.float32)
    rows[0, :32] = [7.0, -7.0, 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 3.5, -3.5] + [0.0] * 22  # scale exactly 1
    rows[1, :32] = 0.0  # an all-zero group
    rows[2] *= 1e-6
    rows[3, 5] = 40.0  # one outlier flattens its group
    return rows


@pytest.mark.parametrize("model_dtype", ["float32", "float16"])
@pytest.mark.parametrize("k", [64, 172])  # 172: stories260K's ffn, a partial last group
def test_packing_and_dequantization_match_reference_bit_for_bit(model_dtype, k):
    w = np.concatenate([special_weights(k), np.random.default_rng(k).standard_normal((10, k)).astype(np.float32)])
    words, scales = quantize_q4(w, model_dtype)
    ref_words, ref_scales = reference_quantize(w, model_dtype)
    assert words.dtype == np.uint32 and scales.dtype == DTYPES[model_dtype]
    assert words.shape == (len(w), -(-k // 32) * 4) and scales.shape == (len(w), -(-k // 32))
    assert np.array_equal(words, ref_words)
    assert np.array_equal(scales.view(np.uint8), ref_scales.view(np.uint8))
    deq = dequantize_q4(words, scales, k)
    assert np.array_equal(deq.view(np.uint32), reference_dequantize(words, scales, k).view(np.uint32))
    # ties go to even: 7.5 -> 8, 8.5 -> 8, 9.5 -> 10, 6.5 -> 6, 5.5 -> 6, 4.5 -> 4
    assert list(deq[0, :10]) == [7.0, -7.0, 1.0, 1.0, 3.0, -1.0, -1.0, -3.0, 3.0, -3.0]
    assert not deq[1, :32].any() and ((words[1, :4] == 0x77777777).all())
    nibbles = ((words[..., None] >> np.arange(0, 32, 4, dtype=np.uint32)) & 15).reshape(len(w), -1)
    assert not nibbles[:, k:].any()  # a partial last group is padded with zero nibbles


def test_error_is_within_half_a_step():
    w = np.random.default_rng(0).standard_normal((64, 256)).astype(np.float32)
    words, scales = quantize_q4(w, "float32")
    step = np.repeat(scales, 32, axis=1)
    assert (np.abs(dequantize_q4(words, scales, 256) - w) <= step / 2 * (1 + 1e-6)).all()


def test_quantization_modes_have_mlc_names_and_shapes():
    assert set(QUANTIZATIONS) == {"q0f32", "q0f16", "q4f32_1", "q4f16_1"}
    q = QUANTIZATIONS["q4f16_1"]
    assert (q.kind, q.model_dtype, q.bits, q.group_size) == ("group-quant", "float16", 4, 32)
    assert q.packed_shapes(3072, 2048) == ((3072, 256), (3072, 64))
    assert q.packed_shapes(64, 172) == ((64, 24), (64, 6))
    assert QUANTIZATIONS["q0f32"].kind == "no-quant"


async def _gpu_results(words, scales, k, x, ids, scale_dtype, max_binding=None):
    device = await request_device()
    if scale_dtype == "float16" and "shader-f16" not in device.features:
        pytest.skip("this adapter has no shader-f16")
    if max_binding:
        device.max_binding_bytes = max_binding
    rows = max(1, min(len(words), device.max_binding_bytes // words[0].nbytes))
    blocks = [(device.tensor(words[r:r + rows].tobytes(), words[r:r + rows].shape, "uint32"),
               device.tensor(scales[r:r + rows].tobytes(), scales[r:r + rows].shape, scale_dtype))
              for r in range(0, len(words), rows)]
    matrix = QuantizedMatrix(blocks, k)
    assert matrix.variant == ("f16" if scale_dtype == "float16" else "f32") and len(matrix) == len(blocks)
    X = device.tensor(x.tobytes(), x.shape)
    out = {}
    Y = device.empty((len(x), len(words)))
    matrix.linear(device, X, Y)  # matmul (len(x) > 1)
    out["matmul"] = Y
    Y2 = device.tensor(np.ones((len(x), len(words)), np.float32).tobytes(), (len(x), len(words)))
    matrix.linear(device, X, Y2, accumulate=True)
    out["matmul_add"] = Y2
    Y3 = device.empty((1, len(words)))
    matrix.linear(device, X, Y3, row=len(x) - 1)  # gemv on the last row
    out["gemv"] = Y3
    Y4 = device.tensor(np.ones((1, len(words)), np.float32).tobytes(), (1, len(words)))
    matrix.linear(device, X, Y4, accumulate=True, row=0)
    out["gemv_add"] = Y4
    I = device.tensor(ids.tobytes(), ids.shape, "int32")
    E = device.empty((len(ids), k))
    matrix.embed(device, I, E)
    out["embed"] = E
    return {name: np.frombuffer(await device.read(t), np.float32).reshape(t.shape) for name, t in out.items()}


@pytest.mark.parametrize("scale_dtype", ["float32", "float16"])
@pytest.mark.parametrize("m,k,n,max_binding", [(100, 172, 70, None), (300, 2048, 3, None), (130, 256, 5, 4096),
                                                 (9000, 96, 2, None)])  # 9000 rows: the "tall" gemv
def test_kernels_match_numpy(scale_dtype, m, k, n, max_binding):
    """Embedding rows are bit-exact; matmul/gemv within float32 rounding of a float64 product."""
    rng = np.random.default_rng(m + k)
    words, scales = quantize_q4(rng.standard_normal((m, k)).astype(np.float32), scale_dtype)
    x = rng.standard_normal((n, k)).astype(np.float32)
    ids = np.array([3, 0, m - 1, 7, 3], np.int32)
    got = asyncio.run(_gpu_results(words, scales, k, x, ids, scale_dtype, max_binding))
    w = dequantize_q4(words, scales, k)
    ref = x.astype(np.float64) @ w.astype(np.float64).T
    tol = 1e-5 * np.sqrt(k) * 4
    assert np.array_equal(got["embed"].view(np.uint32), w[ids].view(np.uint32))
    assert np.abs(got["matmul"] - ref).max() <= tol
    assert np.abs(got["matmul_add"] - (ref + 1)).max() <= tol
    assert np.abs(got["gemv"][0] - ref[-1]).max() <= tol
    assert np.abs(got["gemv_add"][0] - (ref[0] + 1)).max() <= tol
