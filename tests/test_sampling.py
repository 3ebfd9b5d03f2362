"""Sampling: the GPU kernels against numpy, and the Sampler's draws against the distribution
they should follow (chi-square, fixed seeds), natively through wgpu and in Pyodide."""

from __future__ import annotations

import ast
import asyncio
import math
import struct
from collections import Counter

import numpy as np
import pytest

from webllm_py.gpu import request_device
from webllm_py.sampling import CANDIDATES, CHUNK, FANIN, Sampler, SamplingParams

RECORD = 2 * CANDIDATES + 3
DRAWS = 4000
P_MIN = 1e-3


@pytest.fixture(scope="module")
def device():
    return asyncio.run(request_device())


def run(coro):
    return asyncio.run(coro)


# ---- numpy references ----------------------------------------------------------------------
def processed(logits: np.ndarray, params: SamplingParams, context: list[int], generated: list[int]) -> np.ndarray:
    """Bias, repetition penalty (HF), frequency and presence penalties (OpenAI), in float32."""
    x = logits.astype(np.float32).copy()
    for token, bias in params.logit_bias.items():
        x[token] += np.float32(bias)
    if params.repetition_penalty != 1.0:
        p = np.float32(params.repetition_penalty)
        for token in set(context) | set(generated):
            x[token] = x[token] / p if x[token] > 0 else x[token] * p
    for token, count in Counter(generated).items():
        x[token] -= np.float32(params.frequency_penalty) * np.float32(count) + np.float32(params.presence_penalty)
    return x


def log_softmax(x: np.ndarray) -> np.ndarray:
    x = x.astype(np.float64)
    return x - x.max() - np.log(np.exp(x - x.max()).sum())


def target_distribution(x: np.ndarray, params: SamplingParams) -> np.ndarray:
    """softmax(x / T) restricted to the top_k, then to the smallest prefix reaching top_p."""
    vocab = len(x)
    order = np.lexsort((np.arange(vocab), -x))  # descending, lower id first on ties
    if params.temperature == 0:
        keep, probs = 1, np.ones(1)
    else:
        probs = np.exp(log_softmax(x[order] / params.temperature))
        keep = params.top_k if 0 < params.top_k < vocab else vocab
        probs = probs[:keep] / probs[:keep].sum()
        if params.top_p < 1:
            keep = int(np.searchsorted(np.cumsum(probs), params.top_p, side="left")) + 1
    out = np.zeros(vocab)
    out[order[:keep]] = probs[:keep] / probs[:keep].sum()
    return out


def chi2_sf(stat: float, df: int) -> float:
    """P(chi-square with df degrees of freedom > stat): the regularized upper incomplete gamma
    Q(df/2, stat/2), by its series below a+1 and Lentz's continued fraction above."""
    a, x = df / 2, stat / 2
    if x <= 0:
        return 1.0
    log_prefix = -x + a * math.log(x) - math.lgamma(a)
    if x < a + 1:
        term = total = 1 / a
        k = a
        while term > total * 1e-16:
            k += 1
            term *= x / k
            total += term
        return max(0.0, 1 - total * math.exp(log_prefix))
    b, c, d = x + 1 - a, 1e300, 1 / (x + 1 - a)
    h = d
    for i in range(1, 10000):
        an = -i * (i - a)
        b += 2
        d = an * d + b
        d = 1 / (d if abs(d) > 1e-300 else 1e-300)
        c = b + an / c
        c = c if abs(c) > 1e-300 else 1e-300
        h *= d * c
        if abs(d * c - 1) < 1e-16:
            break
    return h * math.exp(log_prefix)


try:
    from scipy.stats import chi2 as _scipy_chi2

    chi_square_sf = _scipy_chi2.sf
except ImportError:
    chi_square_sf = chi2_sf


def goodness_of_fit(counts: Counter, expected_probs: np.ndarray, draws: int) -> float:
    """p-value of the counts under expected_probs; bins expecting fewer than 5 are pooled."""
    impossible = [t for t in counts if expected_probs[t] == 0]
    assert not impossible, f"drew tokens of probability 0: {impossible}"
    expected = expected_probs * draws
    big = np.flatnonzero(expected >= 5)
    observed = [counts[t] for t in big]
    want = list(expected[big])
    rest = expected.sum() - sum(want)
    if rest > 1e-9:
        observed.append(draws - sum(observed))
        want.append(rest)
    if len(want) == 1:
        return 1.0
    stat = sum((o - e) ** 2 / e for o, e in zip(observed, want))
    return float(chi_square_sf(stat, len(want) - 1))


# ---- kernels ---------------------------------------------------------------------------------
def tied_logits(rng: np.random.Generator, rows: int, vocab: int) -> np.ndarray:
    """Random rows with ties at the top, across chunk borders, and among the top-K boundary."""
    x = (rng.standard_normal((rows, vocab)) * 3).astype(np.float32)
    for r in range(rows):
        picks = rng.choice(vocab, size=min(vocab, 80), replace=False)
        x[r, picks[: len(picks) // 2]] = x[r].max() if r == 0 else 4.5
        x[r, picks[len(picks) // 2:]] = np.float32(2.25)
    return x


async def gpu_record(device, x: np.ndarray, row: int, temperature: float) -> tuple:
    """top_candidates, then top_candidates_merge until one record is left."""
    rows, vocab = x.shape
    logits = device.tensor(x.tobytes(), (rows, vocab))
    part = device.empty((-(-vocab // CHUNK), RECORD))
    device.run("top_candidates", {"row": row, "temperature": temperature}, logits=logits, part=part)
    while part.shape[0] > 1:
        out = device.empty((-(-part.shape[0] // FANIN), RECORD))
        device.run("top_candidates_merge", {"temperature": temperature}, part=part, out=out)
        part = out
    return struct.unpack(f"<{CANDIDATES}f{CANDIDATES}i3f", await device.read(part))


@pytest.mark.parametrize("vocab", [1, 63, 64, 65, 1024, 1025, 5000, 16385, 128256])
def test_top_candidates_matches_numpy(device, vocab):
    """Sizes around K, CHUNK (1024) and the merge fan-in (16 chunks), through the same
    dispatch chain as Sampler."""
    rng = np.random.default_rng(vocab)
    x = tied_logits(rng, 3, vocab)
    for row, temperature in ((0, 1.0), (2, 0.35)):
        record = run(gpu_record(device, x, row, temperature))
        n = min(CANDIDATES, vocab)
        order = np.lexsort((np.arange(vocab), -x[row]))[:n]
        assert list(record[CANDIDATES:CANDIDATES + n]) == order.tolist()
        assert list(record[:n]) == x[row, order].tolist()
        m, sum_t, sum_1 = record[-3:]
        r = x[row].astype(np.float64)
        assert m == r.max()
        assert sum_t == pytest.approx(np.exp((r - r.max()) / temperature).sum(), rel=1e-5)
        assert sum_1 == pytest.approx(np.exp(r - r.max()).sum(), rel=1e-5)


def test_apply_logit_processors_matches_numpy(device):
    rng = np.random.default_rng(7)
    rows, vocab = 3, 1000
    x = (rng.standard_normal((rows, vocab)) * 4).astype(np.float32)
    params = SamplingParams(repetition_penalty=1.7, presence_penalty=0.6, frequency_penalty=-0.35,
                            logit_bias={0: 3.5, 17: -100.0, 999: 0.25, 400: 1.0})
    context = [int(t) for t in rng.integers(0, vocab, 150)] + [17]
    generated = [int(t) for t in rng.integers(0, 60, 90)] + [400, 999]

    tokens = sorted(set(context) | set(generated) | set(params.logit_bias))
    counts = Counter(generated)
    table = np.array([(t, 1 if t in context or t in generated else 0, counts[t],
                       np.float32(params.logit_bias.get(t, 0.0)).view(np.int32)) for t in tokens], np.int32)

    async def go():
        logits = device.tensor(x.tobytes(), (rows, vocab))
        device.run("apply_logit_processors", {"row": 1, "repetition_penalty": params.repetition_penalty,
                                              "presence_penalty": params.presence_penalty,
                                              "frequency_penalty": params.frequency_penalty},
                   logits=logits, table=device.tensor(table.tobytes(), table.shape, "int32"))
        return np.frombuffer(await device.read(logits), np.float32).reshape(rows, vocab)

    got = run(go())
    want = processed(x[1], params, context, generated)
    assert np.array_equal(got[[0, 2]], x[[0, 2]])
    np.testing.assert_allclose(got[1], want, rtol=1e-6, atol=1e-6)
    assert not np.array_equal(want, x[1])


# ---- the Sampler -----------------------------------------------------------------------------
async def draw(device, x: np.ndarray, params: SamplingParams, draws: int, context=(), generated=()):
    """Tokens drawn from fresh copies of the row x, with fixed context and generated ids."""
    vocab = len(x)
    logits = device.tensor(x.tobytes(), (1, vocab))
    sampler = Sampler(device, vocab, params)
    choices = []
    for _ in range(draws):
        device.write(logits, x.tobytes())
        choices.append(await sampler.sample(logits, 0, list(context), list(generated)))
    return choices, sampler.full_reads


def small_row() -> np.ndarray:
    x = np.random.default_rng(50).normal(0, 1.5, 50).astype(np.float32)
    x[[5, 9, 30]] = x.max()  # a three-way tie at the top
    x[12] = x[13]
    return x


def long_tail_row() -> np.ndarray:
    """400 tokens: ten likely ones and a flat tail holding about a third of the mass."""
    rng = np.random.default_rng(400)
    x = rng.normal(0, 0.3, 400).astype(np.float32)
    x[rng.choice(400, 10, replace=False)] = rng.uniform(3.5, 5.0, 10).astype(np.float32)
    return x


CONTEXT = [1, 2, 3, 5, 8, 13, 21, 34, 2, 3]
GENERATED = [5, 9, 9, 9, 44, 13, 0]
CASES = {
    # name: (row, params, full reads expected: "none", "some" or "all")
    "plain": (small_row, dict(temperature=1.0), "none"),
    "top_k": (small_row, dict(temperature=0.6, top_k=8), "none"),
    "top_p": (small_row, dict(temperature=1.5, top_p=0.7), "none"),
    "penalties_bias": (small_row, dict(temperature=0.9, top_k=30, top_p=0.85, repetition_penalty=1.3,
                                       presence_penalty=0.4, frequency_penalty=0.25,
                                       logit_bias={3: 2.0, 9: -100.0, 11: 1.5, 40: 0.5}), "none"),
    "tail_plain": (long_tail_row, dict(temperature=1.0), "some"),
    "tail_top_p": (long_tail_row, dict(temperature=1.0, top_p=0.95), "all"),
    "tail_top_k_settled": (long_tail_row, dict(temperature=0.8, top_k=80, top_p=0.6), "none"),
    "tail_top_k": (long_tail_row, dict(temperature=1.2, top_k=100, repetition_penalty=0.8,
                                       logit_bias={7: 1.0}), "all"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_draws_follow_the_distribution(device, name):
    make_row, kwargs, full_reads = CASES[name]
    x = make_row()
    params = SamplingParams(seed=sorted(CASES).index(name), **kwargs)
    choices, reads = run(draw(device, x, params, DRAWS, CONTEXT, GENERATED))
    counts = Counter(c.token_id for c in choices)
    target = target_distribution(processed(x, params, CONTEXT, GENERATED), params)
    assert goodness_of_fit(counts, target, DRAWS) > P_MIN
    assert {"none": reads == 0, "some": 0 < reads < DRAWS, "all": reads == DRAWS}[full_reads], reads


@pytest.mark.parametrize("vocab,temperature", [(50, 0.0), (50, 1e-6), (5000, 0.0), (128256, 0.0)])
def test_greedy_is_argmax_with_logprobs(device, vocab, temperature):
    rng = np.random.default_rng(vocab + 1)
    x = (rng.standard_normal(vocab) * 3).astype(np.float32)
    x[[vocab // 2, vocab // 3, vocab - 1]] = x.max() + 1  # tie: the lowest id wins
    params = SamplingParams(temperature=temperature, logprobs=True, top_logprobs=20, seed=3)
    (choice,), _ = run(draw(device, x, params, 1))
    want = log_softmax(x)
    assert choice.token_id == int(np.argmax(x)) == vocab // 3
    assert choice.logprob == pytest.approx(want[choice.token_id], abs=1e-5)
    order = np.lexsort((np.arange(vocab), -x))[:20]
    assert [i for i, _ in choice.top_logprobs] == order.tolist()
    np.testing.assert_allclose([lp for _, lp in choice.top_logprobs], want[order], atol=1e-5)


def test_logprobs_when_sampling_include_penalties_not_temperature(device):
    x = long_tail_row()
    params = SamplingParams(temperature=1.7, logprobs=True, top_logprobs=5, seed=11, presence_penalty=1.0,
                            logit_bias={0: 2.0})
    choices, reads = run(draw(device, x, params, 60, CONTEXT, GENERATED))
    assert reads > 0  # some tokens come from the full row, outside the candidates
    want = log_softmax(processed(x, params, CONTEXT, GENERATED))
    top = np.lexsort((np.arange(len(x)), -want))[:5]
    for c in choices:
        assert c.logprob == pytest.approx(want[c.token_id], abs=1e-5)
        assert [i for i, _ in c.top_logprobs] == top.tolist()
        np.testing.assert_allclose([lp for _, lp in c.top_logprobs], want[top], atol=1e-5)


def test_penalties_follow_a_growing_generation(device):
    """Context and generated ids grow between calls (the table grows past its first buffer)."""
    rng = np.random.default_rng(5)
    vocab = 300
    x = (rng.standard_normal(vocab) * 2).astype(np.float32)
    params = SamplingParams(temperature=0.0, logprobs=True, top_logprobs=20, repetition_penalty=1.4,
                            frequency_penalty=0.5, presence_penalty=0.2, logit_bias={299: 3.0})
    context = [int(t) for t in rng.choice(vocab, 60, replace=False)]
    steps = [[4, 4, 7], [int(t) for t in rng.choice(vocab, 100, replace=False)], [4, 299]]

    async def go():
        logits = device.tensor(x.tobytes(), (1, vocab))
        sampler = Sampler(device, vocab, params)
        generated, out = [], []
        for new in steps:
            generated += new
            device.write(logits, x.tobytes())
            out.append((list(generated), await sampler.sample(logits, 0, context, generated)))
        return out

    for generated, choice in run(go()):
        want = log_softmax(processed(x, params, context, generated))
        assert choice.token_id == int(np.argmax(want))
        ids = [i for i, _ in choice.top_logprobs]
        np.testing.assert_allclose([lp for _, lp in choice.top_logprobs], want[ids], atol=1e-5)


@pytest.mark.parametrize("field,value", [
    ("temperature", -0.1), ("temperature", float("nan")), ("temperature", "hot"), ("top_p", 0.0),
    ("top_p", 1.5), ("top_k", -1), ("top_k", 2.5), ("repetition_penalty", 0.0),
    ("presence_penalty", 2.5), ("frequency_penalty", -3), ("logit_bias", {5: 101.0}), ("logit_bias", {-1: 1.0}),
    ("logit_bias", [(1, 2.0)]), ("seed", 1.5), ("logprobs", 1), ("top_logprobs", 21),
])
def test_invalid_params_name_the_field(field, value):
    extra = {"logprobs": True} if field == "top_logprobs" else {}
    with pytest.raises(ValueError, match=field):
        SamplingParams(**{field: value}, **extra)


def test_invalid_uses_are_refused(device):
    with pytest.raises(ValueError, match="top_logprobs"):
        SamplingParams(top_logprobs=2)
    with pytest.raises(ValueError, match="logit_bias"):
        Sampler(device, 100, SamplingParams(logit_bias={100: 1.0}))
    sampler = Sampler(device, 100, SamplingParams(repetition_penalty=1.1))
    logits = device.empty((1, 100))
    with pytest.raises(ValueError, match="outside the vocabulary"):
        run(sampler.sample(logits, 0, [3, 100], []))
    with pytest.raises(ValueError, match="logits"):
        run(sampler.sample(device.empty((1, 99)), 0, [], []))


def test_chi2_sf_matches_scipy():
    scipy_stats = pytest.importorskip("scipy.stats")
    for stat, df in ((0.5, 1), (3.0, 2), (10.0, 3), (49.0, 30), (80.0, 40), (30.0, 60), (200.0, 120)):
        assert chi2_sf(stat, df) == pytest.approx(scipy_stats.chi2.sf(stat, df), rel=1e-9, abs=1e-15)


# ---- the same draws in Pyodide ---------------------------------------------------------------
SEEDED_CODE = """
import struct
from webllm_py.gpu import request_device
from webllm_py.sampling import Sampler, SamplingParams

device = await request_device()
result = []
for values, kwargs in RUNS:
    vocab = len(values)
    data = struct.pack(f"<{vocab}f", *values)
    logits = device.tensor(data, (1, vocab))
    sampler = Sampler(device, vocab, SamplingParams(**kwargs))
    generated, logprobs = [], []
    for _ in range(DRAWS):
        device.write(logits, data)
        choice = await sampler.sample(logits, 0, [1, 2, 3], generated)
        generated.append(choice.token_id)
        logprobs.append(choice.logprob)
    result.append({"ids": generated, "logprobs": logprobs, "full_reads": sampler.full_reads})
"""
SEEDED_RUNS = [
    (small_row, dict(seed=123, temperature=0.8, top_p=0.9, repetition_penalty=1.2, frequency_penalty=0.3,
                     logit_bias={3: 1.0}, logprobs=True)),
    (long_tail_row, dict(seed=7, temperature=1.0, logprobs=True)),
    # three chunks, so the merge kernel runs too
    (lambda: np.random.default_rng(3000).normal(0, 2, 3000).astype(np.float32),
     dict(seed=8, temperature=0.7, top_k=40, logprobs=True, top_logprobs=3)),
]


def seeded_code(draws: int) -> str:
    runs = [([float(v) for v in make_row()], kwargs) for make_row, kwargs in SEEDED_RUNS]
    return f"RUNS = {runs!r}\nDRAWS = {draws}\n" + SEEDED_CODE


def test_seeded_draws_match_in_pyodide(pyodide_node):
    code = seeded_code(40)
    namespace: dict = {}
    run(eval(compile(code, "<seeded>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT), namespace))
    native = namespace["result"]
    browser = pyodide_node.run(code)
    assert native[1]["full_reads"] > 0  # the full-row path is part of the comparison
    for mine, theirs in zip(native, browser):
        assert mine["ids"] == theirs["ids"]
        assert mine["full_reads"] == theirs["full_reads"]
        np.testing.assert_allclose(mine["logprobs"], theirs["logprobs"], atol=1e-5)
