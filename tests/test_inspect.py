"""The inspection API against transformers, for a random model of every family (natively) and
one in Pyodide (Node + Dawn): what a captured step holds must be what the model computes.

Per family, a 24-token prompt is prefilled (one chunk) and one token decoded, both captured:
the residual stream after the embedding and every layer equals transformers'
`output_hidden_states` (its last entry is after the final norm: compared through the logit lens)
within 1e-4, the attention probabilities equal `output_attentions` (eager) within 1e-5, each
layer's lens (its whole logits, and the best candidates with the softmax normalizer the GPU
narrowed them to) equals the final norm + lm head applied in torch, the MLP activations equal
the input of the down projection, the KV cache rows equal transformers' cache, and the step's
traced dispatches are exactly those of the model's forward pass.  Lens and attention of chosen
layers are the rows of the full capture.  The reference runs in float64:
in float32 transformers' own rounding is about half of these tolerances.
"""

from __future__ import annotations

import asyncio
import base64
import bisect
import shutil
import time
from itertools import accumulate
from pathlib import Path

import numpy as np
import pytest
import torch
from transformers import AutoModelForCausalLM

from reference import make_random
from test_families import CASES
from webllm_py.generation import generate
from webllm_py.gpu import request_device
from webllm_py.inspection import CaptureOptions, Inspector, capture
from webllm_py.loading.load import load_model
from webllm_py.sampling import SamplingParams

REPO = Path(__file__).resolve().parents[1]
CACHE = REPO / "tests" / ".cache"
PROMPT = 24
HIDDEN_TOL, ATTENTION_TOL, LOGIT_TOL = 1e-4, 1e-5, 1e-4


@pytest.fixture(scope="module")
def folders():
    made: dict[str, Path] = {}

    def get(name: str) -> Path:
        if name not in made:
            folder = CACHE / f"inspect_{name}"
            shutil.rmtree(folder, ignore_errors=True)
            model_type, config = CASES[name]
            made[name] = make_random(folder, model_type, seed=11, **config)
        return made[name]

    return get


def _prompt(seed: int = 0) -> list[int]:
    return [int(i) for i in np.random.default_rng(seed).integers(3, 300, PROMPT)]


async def _inspect(folder: Path, prompt: list[int], steps: int, params: SamplingParams | None = None,
                   options: CaptureOptions = CaptureOptions()):
    model = load_model(await request_device(), folder, prefill_chunk=32)
    inspector = Inspector(model, prompt, params, options=options)
    return model, [await inspector.step() for _ in range(steps)]


def _final_norm(ref) -> torch.nn.Module:
    base = ref.base_model
    return next(getattr(base, name) for name in ("norm", "ln_f", "final_layer_norm") if hasattr(base, name))


def _down_projection_inputs(ref) -> tuple[list, list]:
    """Hooks keeping each layer's MLP down-projection input (the activation)."""
    kept, hooks = [], []
    for module_name, module in ref.named_modules():
        if module_name.endswith(("mlp.down_proj", "mlp.c_proj", "mlp.dense_4h_to_h")):
            hooks.append(module.register_forward_hook(lambda m, args, out: kept.append(args[0][0].clone())))
    return kept, hooks


def _lens(ref, hidden: torch.Tensor) -> np.ndarray:
    logits = ref.get_output_embeddings()(_final_norm(ref)(hidden))
    cap = getattr(ref.config, "final_logit_softcapping", None)
    return (torch.tanh(logits / cap) * cap if cap else logits).numpy()


@pytest.mark.parametrize("name", sorted(CASES))
def test_captured_steps_match_transformers(name, folders):
    folder, prompt = folders(name), _prompt()
    model, steps = asyncio.run(_inspect(folder, prompt, 2, options=CaptureOptions(lens_logits=True)))
    layers = model.config.num_hidden_layers
    ref = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float64, attn_implementation="eager").eval()
    context = prompt + [steps[0].token]
    assert steps[1].context == context
    kept, hooks = _down_projection_inputs(ref)
    with torch.no_grad():
        out = ref(torch.tensor([context]), output_hidden_states=True, output_attentions=True, use_cache=True)
    for hook in hooks:
        hook.remove()
    for step in steps:
        f = step.forward
        rows = slice(f.pos0, f.pos0 + f.n)
        assert (f.pos0, f.n) == ((0, PROMPT) if step is steps[0] else (PROMPT, 1))
        for i in range(layers):  # transformers' last hidden state is after the final norm
            err = np.abs(np.array(f.residual[i]) - out.hidden_states[i][0, rows].numpy()).max()
            assert err <= HIDDEN_TOL, f"{name}: residual {i} of step at {f.pos0}: error {err:.2e}"
        assert sorted(f.attention) == list(range(layers))
        for layer, probabilities in f.attention.items():
            want = out.attentions[layer][0, :, rows, :f.pos0 + f.n].numpy()
            err = np.abs(np.array(probabilities) - want).max()
            assert err <= ATTENTION_TOL, f"{name}: attention of layer {layer}: error {err:.2e}"
        assert sorted(f.lens) == list(range(layers))
        with torch.no_grad():
            for i in range(layers):
                want = _lens(ref, torch.tensor(f.residual[i + 1][-1], dtype=torch.float64))
                err = np.abs(np.array(f.lens[i].logits) - want).max()
                assert err <= LOGIT_TOL, f"{name}: lens of layer {i}: error {err:.2e}"
                _check_narrowed(f.lens[i], want)
        err = np.abs(np.array(f.output.logits) - out.logits[0, f.pos0 + f.n - 1].numpy()).max()
        assert err <= LOGIT_TOL, f"{name}: the last lens row is not the logits ({err:.2e})"
        assert f.output is f.lens[layers - 1]
        assert step.token == int(np.argmax(f.output.logits)) == step.sampler.token
        for layer in range(layers):
            assert np.array(f.mlp[layer]).shape == tuple(kept[layer][rows].shape)
            err = np.abs(np.array(f.mlp[layer]) - kept[layer][rows].numpy()).max()
            assert err <= HIDDEN_TOL, f"{name}: MLP activation of layer {layer}: error {err:.2e}"
        # transformers' cache of layer 0 holds the last `held` positions (a sliding layer fewer)
        cache = out.past_key_values.layers[0]
        held = cache.keys.shape[2]
        want_k = dict(zip(range(len(context) - held, len(context)), cache.keys[0].transpose(0, 1).reshape(held, -1)))
        want_v = dict(zip(range(len(context) - held, len(context)), cache.values[0].transpose(0, 1).reshape(held, -1)))
        assert f.kv.layer == 0 and f.kv.positions[-1] == f.pos0 + f.n - 1
        common = [i for i, p in enumerate(f.kv.positions) if p in want_k]
        assert len(common) >= min(len(f.kv.positions), 15)
        for i in common:
            assert np.abs(np.array(f.kv.k[i]) - want_k[f.kv.positions[i]].numpy()).max() <= HIDDEN_TOL
            assert np.abs(np.array(f.kv.v[i]) - want_v[f.kv.positions[i]].numpy()).max() <= HIDDEN_TOL


def _check_narrowed(lens, logits: np.ndarray) -> None:
    """The lens' candidates are the best logits of the row (ties: lower id first) and its
    probabilities are softmax(logits)'s."""
    k = len(lens.top)
    assert k == min(64, len(logits))
    best = np.lexsort((np.arange(len(logits)), -logits))[:k]
    assert [i for i, _ in lens.top] == best.tolist()
    assert np.abs(np.array([x for _, x in lens.top]) - logits[best]).max() <= LOGIT_TOL
    softmax = np.exp(logits - logits.max()) / np.exp(logits - logits.max()).sum()
    assert np.abs(np.array([p for _, p in lens.top_probabilities(k)]) - softmax[best]).max() <= ATTENTION_TOL


def test_chosen_layers_are_rows_of_the_full_capture(folders, monkeypatch):
    """Lens and attention of chosen layers (the last layer's lens always comes too) equal those
    rows of a capture of every layer; batched into matmuls (here from 2 layers on), in groups of
    at most a prefill chunk, the lens gives the same rows."""
    folder, prompt = folders("mistral"), _prompt()
    chosen = CaptureOptions(lens_layers=(0,), attention_layers=(1,), kv_layer=None, lens_logits=True)

    async def run():
        model = load_model(await request_device(), folder, prefill_chunk=32)
        inspector = Inspector(model, prompt, options=CaptureOptions(lens_logits=True))
        full = [await inspector.step() for _ in range(2)]
        inspector = Inspector(model, prompt, options=chosen)
        some = [await inspector.step() for _ in range(2)]
        small = load_model(model.device, folder, prefill_chunk=2)
        monkeypatch.setattr(capture, "LENS_MATMUL_ROWS", 2)  # groups [0, 1] (one matmul) and [2] (a GEMV)
        inspector = Inspector(small, prompt, options=CaptureOptions(lens_logits=True))
        grouped = [await inspector.step() for _ in range(2)]
        return model.config.num_hidden_layers, small.prefill_chunk, full, some, grouped

    layers, chunk, full, some, grouped = asyncio.run(run())
    assert layers == 3 > chunk
    for a, b, c in zip(full, some, grouped):
        assert a.token == b.token == c.token
        assert sorted(b.forward.lens) == [0, layers - 1] and sorted(b.forward.attention) == [1]
        assert b.forward.kv is None
        assert np.array_equal(b.forward.attention[1], a.forward.attention[1])
        for layer in range(layers):
            want = np.array(a.forward.lens[layer].logits)
            for other in ([b] if layer in b.forward.lens else []) + [c]:
                lens = other.forward.lens[layer]
                assert np.abs(np.array(lens.logits) - want).max() <= LOGIT_TOL
                _check_narrowed(lens, want)


def test_the_step_traces_the_models_own_dispatches(folders):
    """The decode step's dispatches are the forward pass's and the argmax (the capture's own
    kernels left out), with grids and bytes, timed by GPU timestamps (lavapipe has them), or by
    host round trips on a device without; a later generation on the same model replays its
    steps again (capture left nothing behind)."""
    folder, prompt = folders("qwen3"), _prompt()

    async def run():
        model, steps = await _inspect(folder, prompt, 2)
        with model.device.recording() as recording:
            model.forward([steps[1].context[-1]], PROMPT)
        features = model.device.features
        model.device.features = features - {"timestamp-query"}
        try:
            untimed = await Inspector(model, prompt).step()
        finally:
            model.device.features = features
        after = await generate(model, prompt, 4)
        return model, steps, recording, untimed, after

    model, steps, recording, untimed, after = asyncio.run(run())
    assert "timestamp-query" in model.device.features
    assert model.capture is None
    dispatches = steps[1].dispatches
    assert [d.kernel for d in dispatches] == [op.kernel for op in recording.ops] + ["argmax"]
    assert [d.grid for d in dispatches[:-1]] == [op.grid for op in recording.ops]
    assert all(d.clock == "gpu" and d.ms > 0 and d.bytes_read > 0 and d.bytes_written > 0 for d in dispatches)
    assert [d.kernel for d in untimed.dispatches] == [d.kernel for d in steps[0].dispatches]
    assert all(d.clock == "host" and d.ms >= 0 for d in untimed.dispatches)
    assert untimed.token == steps[0].token
    assert after.stats.replayed_steps == after.stats.decode_steps == 3
    assert after.ids[:1] == [steps[0].token]


def test_timed_flush_times_each_dispatch_on_the_gpu():
    """Device.flush_timed: one time per recorded dispatch, in milliseconds (together within the
    wall time of the submit and the read); None, submitting nothing, without dispatches or
    without the feature."""
    async def run():
        device = await request_device()
        x, y = device.empty((1024, 1024)), device.empty((1024, 1024))
        assert device.flush_timed() is None
        device.run("add", X=x.view(1, 1024), Y=y.view(1, 1024))
        device.run("add", X=x, Y=y)
        started = time.perf_counter()
        times = await device.flush_timed()()
        wall_ms = (time.perf_counter() - started) * 1e3
        features, device.features = device.features, device.features - {"timestamp-query"}
        device.run("add", X=x, Y=y)
        untimed = device.flush_timed()
        device.features = features
        device.flush()
        device.release(x, y)
        return times, wall_ms, untimed

    times, wall_ms, untimed = asyncio.run(run())
    assert len(times) == 2 and all(t > 0 for t in times) and sum(times) < wall_ms
    assert untimed is None


@pytest.mark.parametrize("params", [SamplingParams(temperature=0.9, top_p=0.8, seed=3),
                                    SamplingParams(temperature=1.3, top_k=5, seed=4),
                                    SamplingParams(temperature=0.7, seed=5, repetition_penalty=1.3)],
                         ids=["top_p", "top_k", "penalty"])
def test_the_sampler_decision_reproduces_the_token(params, folders):
    """From the captured candidates' kept shares and the uniform, the first candidate whose
    running share passes u is the token the sampler picked; the probabilities are the softmax
    of the candidates' logits at the temperature."""
    folder = folders("mistral")
    _, steps = asyncio.run(_inspect(folder, _prompt(1), 4, params, CaptureOptions(attention_layers=(), kv_layer=None)))
    for step in steps:
        view = step.sampler
        assert view.how == "sampled from the candidates" and 0 <= view.u < 1
        shares = [c.kept for c in view.candidates]
        cumulative = list(accumulate(shares))
        assert view.candidates[bisect.bisect_right(cumulative, view.u)].token == view.token == step.token
        assert sum(shares) == pytest.approx(1.0, abs=1e-9) or params.top_p == 1.0 and not params.top_k
        if params.top_k:
            assert all(c.kept == 0 for c in view.candidates[params.top_k:])
        logits = np.array([c.logit for c in view.candidates], np.float64) / view.temperature
        ratios = np.exp(logits - logits[0])
        assert np.allclose([c.probability / view.candidates[0].probability for c in view.candidates], ratios)
        assert step.forward.attention == {} and step.forward.kv is None


def test_bad_layers_are_named(folders):
    async def run(options):
        await _inspect(folders("gemma"), _prompt(), 1, options=options)

    with pytest.raises(ValueError, match=r"layer 7 is not a layer of this model \(0\.\.2\)"):
        asyncio.run(run(CaptureOptions(attention_layers=(0, 7))))
    with pytest.raises(ValueError, match=r"layer -1 is not a layer"):
        asyncio.run(run(CaptureOptions(kv_layer=-1)))
    with pytest.raises(ValueError, match=r"layer 3 is not a layer"):
        asyncio.run(run(CaptureOptions(lens_layers=(3,))))


PYODIDE_INSPECT = """
import base64, struct
from webllm_py.gpu import request_device
from webllm_py.inspection import CaptureOptions, Inspector
from webllm_py.loading.load import load_model
model = load_model(await request_device(), {path!r}, prefill_chunk=32)
inspector = Inspector(model, {prompt!r}, options=CaptureOptions(lens_logits=True))
steps = [await inspector.step() for _ in range(2)]
def pack(values):
    return base64.b64encode(struct.pack(f"<{{len(values)}}f", *values)).decode()
result = [{{"token": s.token, "pos0": s.forward.pos0, "n": s.forward.n,
            "residual": pack([x for layer in s.forward.residual for row in layer for x in row]),
            "attention": pack([x for layer in sorted(s.forward.attention) for head in s.forward.attention[layer]
                               for row in head for x in row]),
            "lens": pack([x for layer in sorted(s.forward.lens) for x in s.forward.lens[layer].logits]),
            "top": [[i for i, _ in s.forward.lens[layer].top] for layer in sorted(s.forward.lens)],
            "kernels": [d.kernel for d in s.dispatches], "clocks": sorted({{d.clock for d in s.dispatches}})}}
          for s in steps]
"""


def test_pyodide_node_captures_match_transformers(folders, pyodide_node):
    name = "qwen2"
    folder, prompt = folders(name), _prompt()
    steps = pyodide_node.run(PYODIDE_INSPECT.format(path=f"/project/{folder.relative_to(REPO)}", prompt=prompt))
    ref = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float64, attn_implementation="eager").eval()
    context = prompt + [steps[0]["token"]]
    with torch.no_grad():
        out = ref(torch.tensor([context]), output_hidden_states=True, output_attentions=True)
    layers = ref.config.num_hidden_layers
    for step in steps:
        rows = slice(step["pos0"], step["pos0"] + step["n"])
        residual = _unpack(step["residual"]).reshape(layers + 1, step["n"], -1)
        hidden = np.stack([h[0, rows].numpy() for h in out.hidden_states[:layers]])
        assert np.abs(residual[:layers] - hidden).max() <= HIDDEN_TOL
        attention = _unpack(step["attention"]).reshape(layers, -1, step["n"], step["pos0"] + step["n"])
        want = np.stack([a[0, :, rows, :step["pos0"] + step["n"]].numpy() for a in out.attentions])
        assert np.abs(attention - want).max() <= ATTENTION_TOL
        lens = _unpack(step["lens"]).reshape(layers, -1)
        assert np.abs(lens[-1] - out.logits[0, rows.stop - 1].numpy()).max() <= LOGIT_TOL
        with torch.no_grad():
            assert np.abs(lens[0] - _lens(ref, torch.tensor(residual[1, -1], dtype=torch.float64))).max() <= LOGIT_TOL
        assert [top[:5] for top in step["top"]] == [np.argsort(-row, kind="stable")[:5].tolist() for row in lens]
        assert step["kernels"][0] == "embed"
        assert ("decode_attention" in step["kernels"]) == (step["n"] == 1)
        assert step["clocks"] == ["gpu"]  # Dawn's SwiftShader adapter has timestamp-query
    assert steps[1]["token"] == int(np.argmax(out.logits[0, -1].numpy()))


def _unpack(text: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(text), np.float32)
