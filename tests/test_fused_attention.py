"""Decode attention in one dispatch (kernels/decode_attention.py) and split-K for long contexts,
against a float64 numpy reference: natively (wgpu on lavapipe) and in Pyodide under Node + Dawn
(SwiftShader).

Each case runs the fused kernel once with one split and once with several (then
`attention_merge`), and checks the output and the KV cache after the step: RoPE (half and
interleaved pairing, partial rotary, none, LongRoPE's mscale), Qwen3's q/k RMSNorm, GQA and MQA,
head_dim past one 64-thread chunk, a sliding window on a rolling cache that has wrapped around,
and soft-capping.  Cache rows that the step must not read hold NaN, so reading one fails.  The
long-context cases take the split path that `Decoder.attention` chooses; a model test checks
that a decode step then runs one attention dispatch per layer (two when split), matches
transformers past the split threshold, and is still replayed (generation.Pipeline).
"""

from __future__ import annotations

import asyncio
import base64
import inspect
import shutil
from pathlib import Path

import numpy as np
import pytest

from reference import make_random, reference_logits
from webllm_py.generation import Pipeline, generate
from webllm_py.gpu import request_device
from webllm_py.models.decoder import SPLIT_K_KEYS, SPLIT_K_MIN_KEYS, decode_keys, decode_splits
from webllm_py.loading.load import load_model

REPO = Path(__file__).resolve().parents[1]
CACHE = REPO / "tests" / ".cache"

# name: geometry and features.  rows: the cache's rows (a rolling cache when window + 3 <
# positions, as Decoder makes one for a 4-token prefill chunk); pos: the decoded token's position.
BASE = dict(hq=4, hkv=2, hd=32, rot_dim=32, interleaved=0, mscale=1.0, window=0, softcap=0.0, qk_norm=False,
            theta=10000.0)
CASES = {
    "gqa": dict(BASE, rows=64, pos=37),
    "first_token": dict(BASE, rows=16, pos=0),
    "rolling_window_softcap": dict(BASE, hkv=1, window=9, rows=12, pos=40, softcap=5.0),
    "partial_interleaved_mscale": dict(BASE, hq=3, hkv=3, hd=80, rot_dim=20, interleaved=1, mscale=1.19,
                                       rows=50, pos=45),
    "no_rope": dict(BASE, hq=2, hkv=2, hd=16, rot_dim=0, rows=20, pos=19),
    "qk_norm": dict(BASE, qk_norm=True, rows=40, pos=21, window=16),
    "hd256_mqa_two_tiles": dict(BASE, hq=2, hkv=1, hd=256, rot_dim=256, rows=96, pos=70),
}
# Past the split-K threshold: a sliding window (soft-capped) on a wrapped rolling cache, and a
# whole context; small heads keep the numpy side fast.
LONG_CASES = {
    "long_window_softcap": dict(BASE, hq=2, hkv=1, hd=16, rot_dim=16, window=700, rows=827, pos=1500,
                                softcap=4.0),
    "long_full": dict(BASE, hq=3, hkv=1, hd=16, rot_dim=8, interleaved=1, rows=1300, pos=1200),
}


def make_inputs(case: dict, seed: int) -> dict[str, np.ndarray]:
    """Random qkv, caches (NaN in every row the step must not read), frequencies, norm weights."""
    rng = np.random.default_rng(seed)
    hq, hkv, hd, rows, pos, window = (case[k] for k in ("hq", "hkv", "hd", "rows", "pos", "window"))
    k = rng.standard_normal((rows, hkv * hd)).astype(np.float32)
    v = rng.standard_normal((rows, hkv * hd)).astype(np.float32)
    first = max(0, pos + 1 - window) if window else 0
    stale = np.ones(rows, bool)
    stale[np.arange(first, pos) % rows] = False
    k[stale] = np.nan
    v[stale] = np.nan
    half = max(case["rot_dim"] // 2, 1)
    inv_freq = (1.0 / case["theta"] ** (np.arange(half) * 2 / max(case["rot_dim"], 2))).astype(np.float32)
    return {"qkv": rng.standard_normal((hq + 2 * hkv) * hd).astype(np.float32), "k": k, "v": v,
            "inv_freq": inv_freq, "wq": rng.uniform(0.5, 1.5, hd).astype(np.float32),
            "wk": rng.uniform(0.5, 1.5, hd).astype(np.float32)}


def rope(x: np.ndarray, pos: int, inv_freq: np.ndarray, rot_dim: int, interleaved: int, mscale: float) -> np.ndarray:
    """RoPE on the first rot_dim features of each row (the angle rounded to float32, as everyone computes it)."""
    y = x.astype(np.float64)
    if not rot_dim:
        return y
    angle = (np.float32(pos) * inv_freq[:rot_dim // 2]).astype(np.float64)
    cos, sin = mscale * np.cos(angle), mscale * np.sin(angle)
    a, b = (x[:, 0:rot_dim:2], x[:, 1:rot_dim:2]) if interleaved else (x[:, :rot_dim // 2], x[:, rot_dim // 2:rot_dim])
    first, second = a * cos - b * sin, b * cos + a * sin
    if interleaved:
        y[:, 0:rot_dim:2], y[:, 1:rot_dim:2] = first, second
    else:
        y[:, :rot_dim // 2], y[:, rot_dim // 2:rot_dim] = first, second
    return y


def reference(case: dict, data: dict[str, np.ndarray], eps: float = 1e-6) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(attention output [hq, hd], k cache, v cache) after decoding the token at case['pos']."""
    hq, hkv, hd, rows, pos, window = (case[k] for k in ("hq", "hkv", "hd", "rows", "pos", "window"))
    qkv = data["qkv"].astype(np.float64)
    q, k = qkv[:hq * hd].reshape(hq, hd), qkv[hq * hd:(hq + hkv) * hd].reshape(hkv, hd)
    v = qkv[(hq + hkv) * hd:].reshape(hkv, hd)
    if case["qk_norm"]:
        q = q / np.sqrt((q * q).mean(-1, keepdims=True) + eps) * data["wq"]
        k = k / np.sqrt((k * k).mean(-1, keepdims=True) + eps) * data["wk"]
    q, k = (rope(x, pos, data["inv_freq"], case["rot_dim"], case["interleaved"], case["mscale"]) for x in (q, k))
    k_cache, v_cache = data["k"].astype(np.float64), data["v"].astype(np.float64)
    k_cache[pos % rows], v_cache[pos % rows] = k.ravel(), v.ravel()
    first = max(0, pos + 1 - window) if window else 0
    row_of = np.arange(first, pos + 1) % rows
    out = np.empty((hq, hd))
    for h in range(hq):
        kvh = h // (hq // hkv)
        scores = k_cache[row_of, kvh * hd:(kvh + 1) * hd] @ q[h] * hd ** -0.5
        if case["softcap"]:
            scores = case["softcap"] * np.tanh(scores / case["softcap"])
        p = np.exp(scores - scores.max())
        out[h] = p @ v_cache[row_of, kvh * hd:(kvh + 1) * hd] / p.sum()
    return out, k_cache, v_cache


async def run_cases(device, cases: list[dict]) -> list[dict]:
    """Per case and split count: the decode kernel (+ the merge when split) on fresh copies of the
    case's base64 float32 inputs; returns the output and both caches as base64.  Standard library
    only: this function's source also runs inside Pyodide."""
    import base64

    results = []
    for case in cases:
        hq, hkv, hd, rows = case["hq"], case["hkv"], case["hd"], case["rows"]
        result = {}
        for splits in case["splits"]:
            def upload(name, shape):
                return device.tensor(base64.b64decode(case["data"][name]), shape)

            k, v = upload("k", (rows, hkv * hd)), upload("v", (rows, hkv * hd))
            part, stats = device.empty((hq, splits, hd)), device.empty((hq, splits, 2))
            norm = {"Wq": upload("wq", (hd,)), "Wk": upload("wk", (hd,))} if case["qk_norm"] else {}
            scalars = {"pos0": case["pos"], "hkv": hkv, "rot_dim": case["rot_dim"], "interleaved": case["interleaved"],
                       "mscale": case["mscale"], "scale": hd ** -0.5, "window": case["window"],
                       "softcap": case["softcap"], "eps": 1e-6}
            device.run("decode_attention_qk_norm" if case["qk_norm"] else "decode_attention", scalars,
                       qkv=upload("qkv", ((hq + 2 * hkv) * hd,)), inv_freq=upload("inv_freq", (max(case["rot_dim"] // 2, 1),)),
                       K=k, V=v, O=part, Stats=stats, **norm)
            out = part
            if splits > 1:
                out = device.empty((hq, hd))
                device.run("attention_merge", Part=part, Stats=stats, O=out)
            result[str(splits)] = {name: base64.b64encode(await device.read(t)).decode()
                                   for name, t in (("out", out), ("k", k), ("v", v))}
        results.append(result)
    return results


def encode(name: str, case: dict, seed: int, splits: list[int]) -> dict:
    data = make_inputs(case, seed)
    return dict(case, name=name, splits=splits, data={k: base64.b64encode(a.tobytes()).decode() for k, a in data.items()})


def check(encoded: dict, result: dict) -> None:
    data = {k: np.frombuffer(base64.b64decode(s), np.float32) for k, s in encoded["data"].items()}
    data["k"] = data["k"].reshape(encoded["rows"], -1)
    data["v"] = data["v"].reshape(encoded["rows"], -1)
    want_out, want_k, want_v = reference(encoded, data)
    for splits, got in result.items():
        what = f"{encoded['name']}, {splits} split(s)"
        out = np.frombuffer(base64.b64decode(got["out"]), np.float32).reshape(want_out.shape)
        np.testing.assert_allclose(out, want_out, rtol=1e-4, atol=2e-5, err_msg=what)
        for name, want in (("k", want_k), ("v", want_v)):
            cache = np.frombuffer(base64.b64decode(got[name]), np.float32).reshape(want.shape)
            np.testing.assert_allclose(cache, want, rtol=1e-5, atol=1e-6, equal_nan=True, err_msg=f"{what}: {name} cache")


@pytest.fixture(scope="module")
def device():
    return asyncio.run(request_device())


@pytest.mark.parametrize("name", sorted(CASES))
def test_decode_kernel_matches_numpy(name, device):
    """One split, and three (the merge; a first token leaves two of them empty)."""
    encoded = encode(name, CASES[name], seed=sorted(CASES).index(name), splits=[1, 3])
    (result,) = asyncio.run(run_cases(device, [encoded]))
    check(encoded, result)


@pytest.mark.parametrize("name", sorted(LONG_CASES))
def test_split_k_long_context_matches_numpy(name, device):
    case = LONG_CASES[name]
    splits = decode_splits(decode_keys(case["pos"], case["window"]))
    assert decode_keys(case["pos"], case["window"]) > SPLIT_K_MIN_KEYS and splits > 1
    encoded = encode(name, case, seed=10 + sorted(LONG_CASES).index(name), splits=[splits])
    (result,) = asyncio.run(run_cases(device, [encoded]))
    check(encoded, result)


def test_splits_are_powers_of_two_of_at_most_split_k_keys():
    assert [decode_splits(n) for n in (1, SPLIT_K_MIN_KEYS)] == [1, 1]
    for keys in range(SPLIT_K_MIN_KEYS + 1, 20000, 37):
        splits = decode_splits(keys)
        assert splits & (splits - 1) == 0 and -(-keys // splits) <= SPLIT_K_KEYS < -(-keys // (splits // 2)), keys
    assert [decode_keys(p, w) for p, w in ((5, 0), (5, 3), (1, 3))] == [6, 3, 2]


def test_pyodide_node_dawn(pyodide_node):
    """The same kernels under SwiftShader: a wrapped window with soft-capping, partial interleaved
    RoPE, Qwen3's norm, and a long split context."""
    names = ["rolling_window_softcap", "partial_interleaved_mscale", "qk_norm"]
    cases = [encode(n, CASES[n], seed=sorted(CASES).index(n), splits=[1, 3]) for n in names]
    long = LONG_CASES["long_window_softcap"]
    cases.append(encode("long_window_softcap", long, seed=10,
                        splits=[decode_splits(decode_keys(long["pos"], long["window"]))]))
    code = (f"CASES = {cases!r}\n{inspect.getsource(run_cases)}\n"
            "from webllm_py.gpu import request_device\nresult = await run_cases(await request_device(), CASES)\n")
    for encoded, result in zip(cases, pyodide_node.run(code)):
        check(encoded, result)


# ---- in a model -----------------------------------------------------------------------------
ATTENTION_KERNELS = {"rope_qkv", "attention", "head_rms_norm", "decode_attention", "decode_attention_qk_norm",
                     "attention_merge"}
# Gemma 2: global layers alternating with sliding-window ones (both past the split threshold
# for the last prompt tokens and the decode steps), soft-capping, query_pre_attn_scalar, GQA.
LONG_MODEL = dict(vocab_size=320, hidden_size=64, intermediate_size=128, num_hidden_layers=2, num_attention_heads=4,
                  num_key_value_heads=2, head_dim=16, rms_norm_eps=1e-5, max_position_embeddings=1024,
                  initializer_range=0.2, pad_token_id=0, sliding_window=520, query_pre_attn_scalar=24,
                  attn_logit_softcapping=5.0, final_logit_softcapping=8.0)
LONG_PROMPT, LONG_STEPS = 540, 4


def test_model_decode_dispatches_and_split_k_parity():
    folder = CACHE / "fused_attention_gemma2_long"
    shutil.rmtree(folder, ignore_errors=True)
    make_random(folder, "gemma2", seed=3, **LONG_MODEL)
    prompt = [int(i) for i in np.random.default_rng(3).integers(3, 300, LONG_PROMPT)]
    ref_logits, ref_ids = reference_logits(folder, prompt, LONG_STEPS)

    async def run():
        model = load_model(await request_device(), folder, prefill_chunk=128)
        pipeline = Pipeline(model)
        out = await generate(model, prompt, LONG_STEPS, keep_logits=True, pipeline=pipeline)
        assert pipeline.refused is None and out.stats.replayed_steps > 0  # split-K steps replay like any other
        dispatched: list[str] = []
        run_kernel = model.device.run
        model.device.run = lambda kernel, *args, **kw: (dispatched.append(kernel), run_kernel(kernel, *args, **kw))
        per_position = []
        for pos in (20, 700):
            dispatched.clear()
            model.forward([5], pos)
            per_position.append([k for k in dispatched if k in ATTENTION_KERNELS])
        return out, per_position

    out, (short, long) = asyncio.run(run())
    assert short == ["decode_attention"] * 2
    assert long == ["decode_attention", "attention_merge"] * 2
    logits = np.array(out.logits, dtype=np.float32)
    err = float(np.abs(logits - ref_logits).max())
    assert err <= 1e-4, f"max abs logit error {err:.2e}"
    assert out.ids == ref_ids
