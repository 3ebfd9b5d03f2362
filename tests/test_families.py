"""Every model family against transformers, natively and in Pyodide (Node + Dawn), and converted.

Each case is a random-init transformers model with its family's distinguishing options on
(made once per session in tests/.cache, which Pyodide in Node sees through its /project
mount): logits for a 40-token prompt and 24 greedy steps must match transformers within 1e-4
with identical greedy ids.  Sliding windows (Mistral, Gemma 2, Qwen, Phi-3) are shorter than
the prompt, so prefill and decode both run past them on rolling KV caches.  Each case also
converts to MLC folders: q0f32 must still match transformers (names, layouts and config
survive the round trip) and q4f32_1 must generate, staying close to float32 (mean KL).
"""

from __future__ import annotations

import asyncio
import base64
import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from reference import make_random, reference_logits
from webllm_py.convert import convert, dequantize_q4, quantize_q4
from webllm_py.generation import generate
from webllm_py.gpu import request_device
from webllm_py.models.decoder import parameters
from webllm_py.loading.load import load_model, read_checkpoint
from webllm_py.models.sources import transpose

REPO = Path(__file__).resolve().parents[1]
CACHE = REPO / "tests" / ".cache"
PROMPT_LEN, STEPS, TOL, CHUNK = 40, 24, 1e-4, 16

_SMALL = dict(vocab_size=320, num_hidden_layers=3, num_attention_heads=4, initializer_range=0.2)
_RMS = dict(_SMALL, hidden_size=96, intermediate_size=200, num_key_value_heads=2, rms_norm_eps=1e-5,
            max_position_embeddings=256)
_LONGROPE = np.random.default_rng(5)
# name: (model_type, config).  Initializer ranges keep logits' std near 2-3.
CASES = {
    # qkv biases, tied embeddings, sliding window on the layers from max_window_layers on
    "qwen2": ("qwen2", dict(_RMS, tie_word_embeddings=True, use_sliding_window=True, sliding_window=24,
                            max_window_layers=1)),
    # RMSNorm on each q and k head; attention_bias puts biases on q, k, v and o; head_dim != hidden / heads
    "qwen3": ("qwen3", dict(_RMS, head_dim=32, attention_bias=True)),
    # every layer attends to the last 20 positions only
    "mistral": ("mistral", dict(_RMS, head_dim=32, sliding_window=20)),
    # LongRoPE switching to its long factors at position 48 (mid-decode), 3/4 of each head rotating,
    # fused qkv_proj and gate_up_proj in the checkpoint, a sliding window
    "phi3": ("phi3", dict(_RMS, hidden_size=128, initializer_range=0.16, pad_token_id=0, eos_token_id=2,
                          partial_rotary_factor=0.75, max_position_embeddings=256,
                          original_max_position_embeddings=48, sliding_window=30,
                          rope_scaling={"type": "longrope",
                                        "short_factor": [float(x) for x in _LONGROPE.uniform(1, 2, 12)],
                                        "long_factor": [float(x) for x in _LONGROPE.uniform(1, 8, 12)]})),
    # GeGLU, embeddings scaled by sqrt(hidden), (1 + w) norms, one kv head
    "gemma": ("gemma", dict(_RMS, hidden_size=128, head_dim=32, num_key_value_heads=1, pad_token_id=0)),
    # sandwich norms, attention and final logit soft-capping, query_pre_attn_scalar,
    # sliding-window layers alternating with global ones
    "gemma2": ("gemma2", dict(_RMS, hidden_size=128, head_dim=32, pad_token_id=0, sliding_window=20,
                              query_pre_attn_scalar=24, attn_logit_softcapping=5.0, final_logit_softcapping=8.0)),
    # parallel residual, a quarter of each head rotating, LayerNorm and projection biases,
    # query_key_value fused head by head, exact (erf) GELU
    "gpt_neox": ("gpt_neox", dict(_SMALL, hidden_size=128, intermediate_size=256, max_position_embeddings=256,
                                  rotary_pct=0.25)),
    # learned absolute positions, Conv1D ([in, out]) weights, tanh GELU, tied lm head
    "gpt2": ("gpt2", dict(vocab_size=320, n_embd=128, n_layer=3, n_head=4, n_positions=128, initializer_range=0.2)),
}
# Variants checked natively only.
NATIVE_CASES = {
    **CASES,
    "gpt_neox_sequential": ("gpt_neox", dict(CASES["gpt_neox"][1], use_parallel_residual=False, hidden_act="gelu_new",
                                             attention_bias=False, rotary_pct=0.5)),
    "gemma2_erf": ("gemma2", dict(CASES["gemma2"][1], hidden_activation="gelu")),
}


@pytest.fixture(scope="session")
def family_case():
    """Build (once) a random model folder and its transformers reference, per case name."""
    made: dict[str, tuple[Path, list[int], np.ndarray, list[int]]] = {}

    def get(name: str):
        if name not in made:
            model_type, config = NATIVE_CASES[name]
            folder = CACHE / f"family_{name}"
            shutil.rmtree(folder, ignore_errors=True)
            seed = sorted(NATIVE_CASES).index(name)
            make_random(folder, model_type, seed=seed, **config)
            prompt = [int(i) for i in np.random.default_rng(seed).integers(3, 300, PROMPT_LEN)]
            logits, ids = reference_logits(folder, prompt, STEPS)
            made[name] = (folder, prompt, logits, ids)
        return made[name]

    return get


def _check(name: str, logits: np.ndarray, ids: list[int], ref_logits: np.ndarray, ref_ids: list[int]) -> float:
    assert logits.shape == ref_logits.shape == (PROMPT_LEN + STEPS - 1, ref_logits.shape[1])
    err = float(np.abs(logits - ref_logits).max())
    assert err <= TOL, f"{name}: max abs logit error {err:.2e}"
    assert ids == ref_ids, f"{name}: greedy ids differ"
    return err


def _generate(folder: Path, prompt: list[int]):
    async def run():
        model = load_model(await request_device(), folder, prefill_chunk=CHUNK)  # 40 tokens = 3 chunks
        return await generate(model, prompt, STEPS, keep_logits=True)

    return asyncio.run(run())


@pytest.mark.parametrize("name", sorted(NATIVE_CASES))
def test_native_matches_transformers(name, family_case, capsys):
    folder, prompt, ref_logits, ref_ids = family_case(name)
    out = _generate(folder, prompt)
    err = _check(name, np.array(out.logits, dtype=np.float32), out.ids, ref_logits, ref_ids)
    with capsys.disabled():
        print(f"\n{name} native: max abs logit error {err:.2e}, logits std {ref_logits.std():.2f}")


PYODIDE_GENERATE = """
import base64, struct
from webllm_py.generation import generate
from webllm_py.gpu import request_device
from webllm_py.models.decoder import parameters
from webllm_py.loading.load import load_model, read_checkpoint
from webllm_py.models.sources import transpose
model = load_model(await request_device(), {path!r}, prefill_chunk={chunk})
out = await generate(model, {prompt!r}, {steps}, keep_logits=True)
flat = [v for row in out.logits for v in row]
result = {{"ids": out.ids, "logits": base64.b64encode(struct.pack(f"<{{len(flat)}}f", *flat)).decode()}}
"""


@pytest.mark.parametrize("name", sorted(CASES))
def test_pyodide_node_matches_transformers(name, family_case, pyodide_node, capsys):
    folder, prompt, ref_logits, ref_ids = family_case(name)
    code = PYODIDE_GENERATE.format(path=f"/project/{folder.relative_to(REPO)}", prompt=prompt, steps=STEPS,
                                   chunk=CHUNK)
    result = pyodide_node.run(code)
    logits = np.frombuffer(base64.b64decode(result["logits"]), np.float32).reshape(ref_logits.shape)
    err = _check(name, logits, result["ids"], ref_logits, ref_ids)
    with capsys.disabled():
        print(f"\n{name} pyodide/node: max abs logit error {err:.2e}")


def _log_softmax(x: np.ndarray) -> np.ndarray:
    x = x.astype(np.float64) - x.max(-1, keepdims=True)
    return x - np.log(np.exp(x).sum(-1, keepdims=True))


def _dequantized_copy(folder: Path, out: Path) -> Path:
    """The checkpoint with every weight the converter quantizes replaced by its q4f32_1 values
    (quantized in our [out, in] layout: GPT-2's Conv1D weights transposed there and back)."""
    from safetensors.numpy import load_file, save_file

    family, config, _ = read_checkpoint(folder)
    params = [p for p in parameters(family.model.names, config) if p.is_matrix]
    transposed = {n for p in params if p.transform is transpose for n in p.hf}
    tensors = load_file(str(folder / "model.safetensors"))
    for name in {n for p in params for n in p.hf}:
        w = tensors[name].T if name in transposed else tensors[name]
        w = dequantize_q4(*quantize_q4(np.ascontiguousarray(w), "float32"), w.shape[1])
        tensors[name] = np.ascontiguousarray(w.T if name in transposed else w)
    shutil.copytree(folder, out)
    save_file(tensors, str(out / "model.safetensors"), metadata={"format": "pt"})
    return out


@pytest.mark.parametrize("name", sorted(CASES))
def test_converted_folders(name, family_case, tmp_path, capsys):
    """MLC folders: q0f32 keeps transformers' logits; q4f32_1 matches transformers on the
    dequantized weights, and its mean KL to float32 over all positions is reported."""
    folder, prompt, ref_logits, ref_ids = family_case(name)
    exact = _generate(convert(folder, tmp_path / "q0f32", "q0f32"), prompt)
    _check(f"{name} q0f32", np.array(exact.logits, dtype=np.float32), exact.ids, ref_logits, ref_ids)

    q4_folder = convert(folder, tmp_path / "q4f32_1", "q4f32_1")
    chat = json.loads((q4_folder / "mlc-chat-config.json").read_text())
    assert chat["model_type"] == NATIVE_CASES[name][0] and chat["quantization"] == "q4f32_1"
    q4 = _generate(q4_folder, prompt)
    dq_logits, dq_ids = reference_logits(_dequantized_copy(folder, tmp_path / "dequantized"), prompt, STEPS)
    _check(f"{name} q4f32_1", np.array(q4.logits, dtype=np.float32), q4.ids, dq_logits, dq_ids)

    # KL(f32 || q4) of the next-token distributions at the float model's own positions.
    sequence = prompt + ref_ids[:-1]

    async def q4_logits():
        model = load_model(await request_device(), q4_folder, prefill_chunk=len(sequence))
        data = await model.device.read(model.forward(sequence, 0, all_logits=True))
        return np.frombuffer(data, np.float32).reshape(len(sequence), -1)

    p, q = _log_softmax(ref_logits), _log_softmax(asyncio.run(q4_logits()))
    kl = float((np.exp(p) * (p - q)).sum(-1).mean())
    agreement = float((p.argmax(-1) == q.argmax(-1)).mean())
    with capsys.disabled():
        print(f"\n{name} q4f32_1: mean KL to float32 {kl:.4f}, greedy agreement {agreement:.3f}")
    assert np.isfinite(kl)


def test_rolling_cache_reuse_keeps_only_intact_windows(family_case):
    """The engine continues a cached prefix (a chat's next turn). On a rolling cache that is
    right only while the rows the new window needs are not yet overwritten: `reusable_prefix`
    keeps the prefix then, and asks for a fresh start (0) once continuing would read stale rows."""
    folder, prompt, _, _ = family_case("mistral")  # window 20; chunk 16: rolling caches of 35 rows
    first, second = prompt + prompt[:20], prompt[:30] + prompt[::-1][:10]  # share 30 positions

    async def last_logits(model, ids: list[int], pos0: int) -> np.ndarray:
        for start in range(0, len(ids), CHUNK):
            logits = model.forward(ids[start:start + CHUNK], pos0 + start)
        return np.frombuffer(await model.device.read(logits), np.float32)

    async def run():
        model = load_model(await request_device(), folder, prefill_chunk=CHUNK)
        assert model.caches[0].k.shape[0] == 35
        fresh = await last_logits(model, second, 0)
        out = {}
        for written in (40, 60):  # then continue `second` from position 30
            await last_logits(model, first[:written], 0)
            out[written] = (model.reusable_prefix(written, 30), await last_logits(model, second[30:], 30))
        return fresh, out

    fresh, out = asyncio.run(run())
    assert out[40][0] == 30 and np.abs(out[40][1] - fresh).max() <= TOL  # rows 11..29 intact: reuse is exact
    assert out[60][0] == 0  # positions 11..24 were overwritten by 46..59 ...
    assert np.abs(out[60][1] - fresh).max() > 1e-2  # ... and continuing anyway would be wrong
