"""GGUF models of every family against transformers.

Each case is a random transformers model written as a GGUF file the way llama.cpp's
convert_hf_to_gguf.py writes it (done here by hand with gguf-py: llama.cpp's names and
metadata keys, its q/k row permutation for `llama`, Gemma's norms + 1, GPT-2's weights
transposed to [out, in], GPT-NeoX's qkv rows regrouped), once in F32 and once quantized by
gguf-py with every block type somewhere in the model.  The reference is transformers on the
weights that the GGUF holds, dequantized by gguf-py and put back into the model: logits for a
prompt and 24 greedy steps must match within 1e-3 with identical greedy ids.  Where
transformers reads GGUF itself, its own load of the F32 file is compared too.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import sys
from pathlib import Path

import gguf
import numpy as np
import pytest
from gguf import GGMLQuantizationType as Q
from safetensors.numpy import load_file, save_file

from reference import make_random, reference_logits
from webllm_py.generation import generate
from webllm_py.gpu import request_device
from webllm_py.loading.gguf import load_gguf_model

REPO = Path(__file__).resolve().parents[1]
CACHE = REPO / "tests" / ".cache"
PROMPT_LEN, STEPS, TOL = 12, 24, 1e-3

# Sizes that are whole K-quant blocks (256) in every row: hidden 256, ffn 512, heads x head_dim 256.
_BASE = dict(vocab_size=320, hidden_size=256, intermediate_size=512, num_hidden_layers=3, num_attention_heads=4,
             num_key_value_heads=2, rms_norm_eps=1e-5, max_position_embeddings=256, initializer_range=0.1,
             bos_token_id=1, eos_token_id=2)
_FACTORS = np.random.default_rng(5)
# name: (model_type, transformers config, GGUF architecture)
CASES = {
    "llama": ("llama", dict(_BASE), "llama"),
    # Llama 3.1's RoPE scaling, which llama.cpp stores as per-frequency divisors (rope_freqs)
    "llama3": ("llama", dict(_BASE, max_position_embeddings=256, rope_parameters={
        "rope_type": "llama3", "rope_theta": 10000.0, "factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
        "original_max_position_embeddings": 64}), "llama"),
    "mistral": ("mistral", dict(_BASE, head_dim=64, sliding_window=None), "llama"),  # llama.cpp writes it as llama
    "qwen2": ("qwen2", dict(_BASE, tie_word_embeddings=True), "qwen2"),
    "qwen3": ("qwen3", dict(_BASE, num_attention_heads=8, num_key_value_heads=4, head_dim=64, attention_bias=True),
              "qwen3"),
    "gemma": ("gemma", dict(_BASE, head_dim=64, num_key_value_heads=1, pad_token_id=0), "gemma"),
    "gemma2": ("gemma2", dict(_BASE, head_dim=64, pad_token_id=0, sliding_window=8, query_pre_attn_scalar=64,
                              attn_logit_softcapping=5.0, final_logit_softcapping=8.0), "gemma2"),
    "phi3": ("phi3", dict(_BASE, num_key_value_heads=4, pad_token_id=0, partial_rotary_factor=0.75,
                          original_max_position_embeddings=24, sliding_window=16,
                          rope_scaling={"type": "longrope",
                                        "short_factor": [float(x) for x in _FACTORS.uniform(1, 2, 24)],
                                        "long_factor": [float(x) for x in _FACTORS.uniform(1, 8, 24)]}), "phi3"),
    "gpt_neox": ("gpt_neox", dict(_BASE, rotary_pct=0.25), "gptneox"),
    "gpt2": ("gpt2", dict(vocab_size=320, n_embd=256, n_layer=3, n_head=4, n_inner=512, n_positions=128,
                          initializer_range=0.1), "gpt2"),
}
# gguf-py quantizes these; the K-quants it only dequantizes, so their blocks are drawn at random.
QUANTIZED = [Q.Q8_0, Q.Q4_0, Q.Q4_1, Q.Q5_0, Q.Q5_1, Q.F16, Q.BF16, Q.Q4_K, Q.Q5_K, Q.Q6_K]
# transformers 5.25 reads GGUF for llama, qwen2, qwen3, phi3, gpt2 and gemma2 (not gemma v1 or gptneox),
# but not these test cases of the last four: it takes head_dim as hidden / heads (qwen3's is not), GPT-2's
# n_inner as 4 * hidden, Gemma 2's query_pre_attn_scalar as 256, and fails on Phi-3's pad token.
TRANSFORMERS_READS = {"llama", "mistral", "qwen2"}


CHAT_TEMPLATE = "{% for m in messages %}<|{{ m.role }}|>{{ m.content }}{% endfor %}<|assistant|>"


# -- writing GGUF as llama.cpp does --------------------------------------------------------------

def _permute(w: np.ndarray, heads: int) -> np.ndarray:
    """llama.cpp's q/k row order for `llama`: each head's rotate-half pairs made adjacent."""
    return w.reshape(heads, 2, w.shape[0] // heads // 2, *w.shape[1:]).swapaxes(1, 2).reshape(w.shape)


def _unpermute(w: np.ndarray, heads: int) -> np.ndarray:
    return w.reshape(heads, w.shape[0] // heads // 2, 2, *w.shape[1:]).swapaxes(1, 2).reshape(w.shape)


_LAYER_NAMES = {
    "input_layernorm": "attn_norm", "post_attention_layernorm": "ffn_norm", "self_attn.q_proj": "attn_q",
    "self_attn.k_proj": "attn_k", "self_attn.v_proj": "attn_v", "self_attn.o_proj": "attn_output",
    "self_attn.qkv_proj": "attn_qkv", "self_attn.q_norm": "attn_q_norm", "self_attn.k_norm": "attn_k_norm",
    "mlp.gate_proj": "ffn_gate", "mlp.up_proj": "ffn_up", "mlp.down_proj": "ffn_down", "mlp.gate_up_proj": "ffn_up",
    "attention.query_key_value": "attn_qkv", "attention.dense": "attn_output", "mlp.dense_h_to_4h": "ffn_up",
    "mlp.dense_4h_to_h": "ffn_down", "ln_1": "attn_norm", "ln_2": "ffn_norm", "attn.c_attn": "attn_qkv",
    "attn.c_proj": "attn_output", "mlp.c_fc": "ffn_up", "mlp.c_proj": "ffn_down",
    "pre_feedforward_layernorm": "ffn_norm", "post_feedforward_layernorm": "post_ffw_norm",
}
_TOP_NAMES = {"model.embed_tokens": "token_embd", "model.norm": "output_norm", "lm_head": "output",
              "gpt_neox.embed_in": "token_embd", "gpt_neox.final_layer_norm": "output_norm", "embed_out": "output",
              "transformer.wte": "token_embd", "transformer.wpe": "position_embd", "transformer.ln_f": "output_norm"}


def _name(hf: str, arch: str) -> str | None:
    module, kind = hf.rsplit(".", 1)
    if module in _TOP_NAMES:
        return f"{_TOP_NAMES[module]}.{kind}"
    if module.endswith((".attn", ".masked_bias")):  # GPT-2's causal-mask buffers
        return None
    parts = module.split(".")  # model.layers.N..., gpt_neox.layers.N..., transformer.h.N...
    i, inner = parts[2], ".".join(parts[3:])
    if arch == "gemma2" and inner == "post_attention_layernorm":
        return f"blk.{i}.post_attention_norm.{kind}"
    return f"blk.{i}.{_LAYER_NAMES[inner]}.{kind}"


def _to_gguf(name: str, w: np.ndarray, arch: str, cfg: dict) -> np.ndarray:
    """A Hugging Face tensor in llama.cpp's layout; `_from_gguf` is its inverse."""
    if arch == "llama" and ".attn_q." in name:
        return _permute(w, cfg["num_attention_heads"])
    if arch == "llama" and ".attn_k." in name:
        return _permute(w, cfg["num_key_value_heads"])
    if arch in ("gemma", "gemma2") and name.endswith("norm.weight"):
        return w + 1
    if arch == "gpt2" and w.ndim == 2 and name.startswith("blk."):
        return np.ascontiguousarray(w.T)
    if arch == "gptneox" and ".attn_qkv." in name:
        heads = cfg["num_attention_heads"]
        return np.ascontiguousarray(w.reshape(heads, 3, -1, *w.shape[1:]).swapaxes(0, 1).reshape(w.shape))
    return w


def _from_gguf(name: str, w: np.ndarray, arch: str, cfg: dict) -> np.ndarray:
    if arch == "llama" and ".attn_q." in name:
        return _unpermute(w, cfg["num_attention_heads"])
    if arch == "llama" and ".attn_k." in name:
        return _unpermute(w, cfg["num_key_value_heads"])
    if arch in ("gemma", "gemma2") and name.endswith("norm.weight"):
        return w - 1
    if arch == "gpt2" and w.ndim == 2 and name.startswith("blk."):
        return np.ascontiguousarray(w.T)
    if arch == "gptneox" and ".attn_qkv." in name:
        heads = cfg["num_attention_heads"]
        return np.ascontiguousarray(w.reshape(3, heads, -1, *w.shape[1:]).swapaxes(0, 1).reshape(w.shape))
    return w


def _llama3_divisors(rope: dict, head_dim: int) -> np.ndarray:
    """What llama.cpp writes as rope_freqs for Llama 3.1 scaling: each frequency's divisor."""
    inv = 1.0 / rope["rope_theta"] ** (np.arange(0, head_dim, 2) / head_dim)
    wavelen = 2 * np.pi / inv
    old, low, high, factor = (rope[k] for k in ("original_max_position_embeddings", "low_freq_factor",
                                                   "high_freq_factor", "factor"))
    smooth = np.clip((old / wavelen - low) / (high - low), 0, 1)
    return (1 / ((1 - smooth) / factor + smooth)).astype(np.float32)


def _random_kquant(rows: int, cols: int, qtype: Q, rng: np.random.Generator) -> np.ndarray:
    """Random K-quant (or other) blocks with sane scales (|w| up to about 0.3), since gguf-py
    cannot quantize K types."""
    block, size = gguf.GGML_QUANT_SIZES[qtype]
    raw = rng.integers(0, 256, (rows, cols // block, size), dtype=np.uint8)
    d = np.full((rows, cols // block, 1), 0.3 / (63 * 15), np.float16).view(np.uint8)
    if qtype == Q.Q6_K:  # ql, qh, int8 scales, d last
        raw[..., -2:] = np.full((rows, cols // block, 1), 0.3 / (127 * 32), np.float16).view(np.uint8)
    else:  # d, dmin first
        raw[..., 0:2] = d
        raw[..., 2:4] = np.full((rows, cols // block, 1), 0.15 / 63, np.float16).view(np.uint8)
    return raw.reshape(rows, -1)


def _tensor_type(name: str, quantized: bool, slots: dict[str, Q]) -> Q:
    """The block type of a tensor: every type in turn over the model's matrices, so that fused
    parts (q, k and v; gate and up) differ in type, as in llama.cpp's mixed quantizations."""
    if not quantized or not name.endswith(".weight") or "norm" in name or name.startswith("position_embd"):
        return Q.F32
    slots.setdefault(name, QUANTIZED[len(slots) % len(QUANTIZED)])
    return slots[name]


def write_gguf(folder: Path, out: Path, arch: str, quantized: bool) -> tuple[Path, Path]:
    """The HF model in `folder` as a GGUF file `out`; also a copy of `folder` holding the
    weights that the GGUF holds (dequantized, in HF layout), for transformers."""
    cfg = json.loads((folder / "config.json").read_text())
    if arch == "gpt2":
        cfg = dict(cfg, hidden_size=cfg["n_embd"], num_hidden_layers=cfg["n_layer"], num_attention_heads=cfg["n_head"],
                   intermediate_size=cfg["n_inner"], max_position_embeddings=cfg["n_positions"])
    hf = load_file(str(folder / "model.safetensors"))
    rng = np.random.default_rng(7)
    w = gguf.GGUFWriter(str(out), arch)
    heads, hidden = cfg["num_attention_heads"], cfg["hidden_size"]
    w.add_block_count(cfg["num_hidden_layers"])
    w.add_embedding_length(hidden)
    w.add_feed_forward_length(cfg["intermediate_size"])
    w.add_context_length(cfg["max_position_embeddings"])
    w.add_head_count(heads)
    w.add_uint32(f"{arch}.vocab_size", cfg["vocab_size"])
    w.add_bos_token_id(cfg.get("bos_token_id") or 1)
    w.add_eos_token_id(cfg.get("eos_token_id") or 2)
    w.add_chat_template(CHAT_TEMPLATE)
    head_dim = cfg.get("head_dim") or hidden // heads
    if arch in ("gpt2", "gptneox"):
        w.add_layer_norm_eps(cfg.get("layer_norm_epsilon", cfg.get("layer_norm_eps", 1e-5)))
    else:
        w.add_head_count_kv(cfg["num_key_value_heads"])
        w.add_layer_norm_rms_eps(cfg["rms_norm_eps"])
        w.add_key_length(head_dim)
        w.add_value_length(head_dim)
    rope = cfg.get("rope_parameters") or {}
    if arch != "gpt2":
        w.add_rope_freq_base(rope.get("rope_theta", cfg.get("rope_theta", 10000.0)))
        partial = rope.get("partial_rotary_factor", cfg.get("partial_rotary_factor", cfg.get("rotary_pct", 1.0)))
        w.add_rope_dimension_count(int(head_dim * partial))
    if rope.get("rope_type") == "llama3":
        w.add_tensor("rope_freqs.weight", _llama3_divisors(rope, head_dim))
    if arch == "gptneox":
        w.add_parallel_residual(cfg["use_parallel_residual"])
    if arch == "gemma2":
        w.add_sliding_window(cfg["sliding_window"])
        w.add_attn_logit_softcapping(cfg["attn_logit_softcapping"])
        w.add_final_logit_softcapping(cfg["final_logit_softcapping"])
    if arch == "phi3":
        w.add_sliding_window(cfg["sliding_window"])
        w.add_rope_scaling_orig_ctx_len(rope["original_max_position_embeddings"])
        w.add_rope_scaling_attn_factors(rope.get("attention_factor") or float(
            np.sqrt(1 + np.log(cfg["max_position_embeddings"] / rope["original_max_position_embeddings"])
                    / np.log(rope["original_max_position_embeddings"]))))
        for which in ("short", "long"):
            w.add_tensor(f"rope_factors_{which}.weight", np.array(rope[f"{which}_factor"], np.float32))

    back, slots = dict(hf), {}
    for hf_name, tensor in hf.items():
        name = _name(hf_name, arch)
        if name is None:
            continue
        data = _to_gguf(name, tensor.astype(np.float32), arch, cfg)
        qtype = _tensor_type(name, quantized, slots)
        if qtype in (Q.Q4_K, Q.Q5_K, Q.Q6_K, Q.IQ4_NL):
            raw = _random_kquant(*data.shape, qtype, rng)
        elif qtype != Q.F32:
            raw = gguf.quants.quantize(data, qtype)
        if qtype == Q.F32:
            w.add_tensor(name, data)
        else:
            w.add_tensor(name, raw, raw_dtype=qtype)
            data = gguf.quants.dequantize(raw, qtype).reshape(data.shape)
        back[hf_name] = _from_gguf(name, data.astype(np.float32), arch, cfg)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    ref = out.with_suffix(".hf")
    shutil.rmtree(ref, ignore_errors=True)
    shutil.copytree(folder, ref)
    save_file({k: np.ascontiguousarray(v) for k, v in back.items()}, str(ref / "model.safetensors"),
              metadata={"format": "pt"})
    return out, ref


@pytest.fixture(scope="session")
def gguf_case():
    """(GGUF path, prompt, reference logits, reference ids, HF folder), made once per case."""
    made: dict = {}

    def get(name: str, quantized: bool):
        if (name, quantized) not in made:
            model_type, config, arch = CASES[name]
            folder = CACHE / f"gguf_{name}"
            if (name, False) not in made and (name, True) not in made:
                shutil.rmtree(folder, ignore_errors=True)
                make_random(folder, model_type, seed=sorted(CASES).index(name), **config)
            path, ref = write_gguf(folder, CACHE / f"gguf_{name}_{'q' if quantized else 'f32'}.gguf", arch, quantized)
            prompt = [int(i) for i in np.random.default_rng(3).integers(3, 300, PROMPT_LEN)]
            logits, ids = reference_logits(ref, prompt, STEPS)
            made[name, quantized] = (path, prompt, logits, ids, folder)
        return made[name, quantized]

    return get


def _run(path: Path, prompt: list[int]):
    async def run():
        model = load_gguf_model(await request_device(), path, prefill_chunk=8)
        return await generate(model, prompt, STEPS, keep_logits=True)

    out = asyncio.run(run())
    return np.array(out.logits, dtype=np.float32), out.ids


@pytest.mark.parametrize("quantized", [False, True], ids=["f32", "quantized"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_gguf_matches_transformers(name, quantized, gguf_case, capsys):
    path, prompt, ref_logits, ref_ids, _ = gguf_case(name, quantized)
    if quantized:
        from webllm_py.weights.gguf import read_gguf

        assert {t.ggml_type for t in read_gguf(path).tensors.values()} >= {q.name for q in QUANTIZED}
    logits, ids = _run(path, prompt)
    err = float(np.abs(logits - ref_logits).max())
    with capsys.disabled():
        print(f"\n{name} {'quantized' if quantized else 'f32'} GGUF: max abs logit error {err:.2e}, "
              f"logits std {ref_logits.std():.2f}")
    assert err <= TOL
    assert ids == ref_ids


@pytest.mark.parametrize("name", sorted(n for n in CASES if n in TRANSFORMERS_READS))
def test_transformers_reads_our_test_files(name, gguf_case):
    """transformers' own GGUF loader agrees with the reference: our test files are what it
    (and llama.cpp) mean by GGUF, not merely what our loader expects."""
    import torch
    from transformers import AutoModelForCausalLM

    path, prompt, ref_logits, _, _ = gguf_case(name, False)
    model = AutoModelForCausalLM.from_pretrained(path.parent, gguf_file=path.name, dtype=torch.float32,
                                                 attn_implementation="eager").eval()
    with torch.no_grad():
        logits = model(torch.tensor([prompt])).logits[0].numpy()
    assert float(np.abs(logits - ref_logits[:PROMPT_LEN]).max()) <= TOL


def test_unsupported_type_names_the_tensor_and_type(gguf_case, tmp_path, monkeypatch):
    from webllm_py.weights import WeightError

    folder = gguf_case("qwen2", False)[4]
    monkeypatch.setattr(sys.modules[__name__], "QUANTIZED", [Q.IQ4_NL])
    path, _ = write_gguf(folder, tmp_path / "iq4.gguf", "qwen2", True)
    with pytest.raises(WeightError, match=r"iq4\.gguf: token_embd\.weight: GGML type IQ4_NL is not supported"):
        _run(path, [1, 2])


def _tiny_gguf(path: Path, arch: str, extra: str | None = None) -> Path:
    """A 1-layer llama-shaped GGUF of F32 tensors, under architecture `arch`, plus an `extra` tensor."""
    w = gguf.GGUFWriter(str(path), arch)
    for key, value in (("block_count", 1), ("embedding_length", 32), ("feed_forward_length", 64),
                       ("context_length", 64), ("attention.head_count", 2)):
        w.add_uint32(f"{arch}.{key}", value)
    w.add_float32(f"{arch}.attention.layer_norm_rms_epsilon", 1e-5)
    shapes = {"token_embd": (40, 32), "output_norm": (32,), "blk.0.attn_norm": (32,), "blk.0.ffn_norm": (32,),
              "blk.0.attn_q": (32, 32), "blk.0.attn_k": (32, 32), "blk.0.attn_v": (32, 32),
              "blk.0.attn_output": (32, 32), "blk.0.ffn_gate": (64, 32), "blk.0.ffn_up": (64, 32),
              "blk.0.ffn_down": (32, 64), **({extra: (32,)} if extra else {})}
    for name, shape in shapes.items():
        w.add_tensor(f"{name}.weight", np.ones(shape, np.float32))
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return path


def test_unsupported_architecture_and_unused_tensors_are_named(tmp_path):
    from webllm_py.models.config import ConfigError
    from webllm_py.weights import WeightError

    assert _run(_tiny_gguf(tmp_path / "ok.gguf", "llama"), [1, 2])[1]  # the file itself is fine
    with pytest.raises(ConfigError, match=r"mamba\.gguf: unsupported general.architecture 'mamba'"):
        _run(_tiny_gguf(tmp_path / "mamba.gguf", "mamba"), [1, 2])
    with pytest.raises(WeightError, match=r"tensors the llama model does not use .*blk\.0\.attn_sinks\.weight \(F32\)"):
        _run(_tiny_gguf(tmp_path / "sinks.gguf", "llama", "blk.0.attn_sinks"), [1, 2])


# -- a real chat model: SmolLM2-135M-Instruct, Q4_1 (its token embedding Q8_0) -----------------

CONVERSATIONS = [
    [{"role": "user", "content": "What is the capital of France?"}],
    [{"role": "user", "content": "Name a color."}],
    [{"role": "system", "content": "You are terse."}, {"role": "user", "content": "Say hi."}],
]
REPLY_TOKENS = 8


@pytest.fixture(scope="module")
def smollm2_transformers(smollm2):
    """transformers' own load of the same GGUF (dequantized to float32), and its tokenizer."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(smollm2.parent, gguf_file=smollm2.name, dtype=torch.float32,
                                                 attn_implementation="eager").eval()
    return model, AutoTokenizer.from_pretrained(smollm2.parent, gguf_file=smollm2.name)


def test_smollm2_logits_match_transformers(smollm2, smollm2_transformers):
    """The logits after a chat prompt and after each of 3 greedy tokens, within 2e-3."""
    import torch

    reference, tokenizer = smollm2_transformers
    prompt = tokenizer.apply_chat_template(CONVERSATIONS[0], add_generation_prompt=True)["input_ids"]

    async def ours():
        model = load_gguf_model(await request_device(), smollm2, prefill_chunk=64)
        rows, ids, logits = [], list(prompt), model.forward(prompt, 0)
        for _ in range(4):
            row = np.frombuffer(await model.device.read(logits), np.float32)
            rows.append(row)
            ids.append(int(row.argmax()))
            logits = model.forward(ids[-1:], len(ids) - 1)
        return np.stack(rows), ids

    logits, ids = asyncio.run(ours())
    with torch.no_grad():
        ref = reference(torch.tensor([ids[:-1]])).logits[0, len(prompt) - 1:].numpy()
    err = float(np.abs(logits - ref).max())
    print(f"\nSmolLM2 GGUF: max abs logit error {err:.2e} over {len(ref)} positions, logits std {ref.std():.2f}")
    assert err <= 2e-3


def test_smollm2_chat_replies_match_transformers(smollm2, smollm2_transformers):
    """`MLCEngine.reload` of the .gguf (weights, tokenizer and chat template from the one file)
    replies at temperature 0 as transformers' greedy generate does, on 3 conversations."""
    import torch

    from webllm_py.engine import MLCEngine

    reference, tokenizer = smollm2_transformers
    expected = []
    for messages in CONVERSATIONS:
        prompt = tokenizer.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt")["input_ids"]
        with torch.no_grad():
            out = reference.generate(prompt, max_new_tokens=REPLY_TOKENS, do_sample=False)
        expected.append(tokenizer.decode(out[0, prompt.shape[1]:], skip_special_tokens=True))

    async def replies():
        engine = MLCEngine()
        await engine.reload(str(smollm2))
        got = []
        for messages in CONVERSATIONS:
            reply = await engine.chat.completions.create(messages=messages, max_tokens=REPLY_TOKENS, temperature=0)
            got.append(reply.choices[0].message.content)
        return got

    assert asyncio.run(replies()) == expected


# -- from a URL --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def gguf_server():
    """demo/serve.py's server (range requests, a fault hook) with tests/.cache at /gguf/."""
    from web_demo import FaultyServer

    server = FaultyServer().start()
    server.mounts["/gguf/"] = CACHE
    yield server
    server.shutdown()
    server.server_close()


def _prompt_logits(source: str | Path, prompt: list[int]) -> np.ndarray:
    async def run():
        from webllm_py.loading.load import load_model_async

        model = await load_model_async(await request_device(), source, prefill_chunk=16)
        return np.frombuffer(await model.device.read(model.forward(prompt, 0, all_logits=True)), np.float32)

    return asyncio.run(run())


def test_url_download_resumes(gguf_case, gguf_server):
    """A GGUF URL streams into the GPU; a download that breaks off halfway resumes with a range request."""
    path, prompt, _, _, _ = gguf_case("llama", True)
    route = f"/gguf/{path.name}"
    gguf_server.faults[route] = ("truncate", 1)
    logits = _prompt_logits(f"{gguf_server.url}{route}", prompt)
    assert np.array_equal(logits, _prompt_logits(path, prompt))
    ranges = [r for _, _, _, r in gguf_server.requested(lambda p: p == route)]
    assert ranges[0] is None and ranges[1].startswith("bytes=") and int(ranges[1][6:-1]) > 0


PYODIDE_LOAD = """
import base64
import sys
from pathlib import Path
from webllm_py.gpu import request_device
from webllm_py.loading.load import load_model_async
model = await load_model_async(await request_device(), {url!r}, prefill_chunk=16, files_dir="/tmp/gguf-files")
data = await model.device.read(model.forward({prompt!r}, 0, all_logits=True))
meta = Path("/tmp/gguf-files/model.gguf").read_bytes()
result = {{"logits": base64.b64encode(data).decode(), "meta": len(meta)}}
"""


def test_pyodide_node_streams_url(gguf_case, gguf_server, pyodide_node):
    """In Pyodide, a GGUF URL goes through webllm_py.transport's browser fetch (, resumed after a break)."""
    import base64

    from webllm_py.weights.gguf import read_gguf

    path, prompt, _, _, _ = gguf_case("qwen2", False)
    route = f"/gguf/{path.name}"
    gguf_server.faults[route] = ("truncate", 1)
    result = pyodide_node.run(PYODIDE_LOAD.format(url=f"{gguf_server.url}{route}", prompt=prompt))
    logits = np.frombuffer(base64.b64decode(result["logits"]), np.float32)
    assert np.abs(logits - _prompt_logits(path, prompt)).max() <= 1e-4  # SwiftShader there, lavapipe here
    assert result["meta"] == read_gguf(path).metadata_end  # metadata only, for the tokenizer
    assert any(r and r.startswith("bytes=") for _, _, _, r in gguf_server.requested(lambda p: p == route))


# -- conversion to MLC folders -------------------------------------------------------------------

@pytest.mark.parametrize("qtype", QUANTIZED, ids=lambda q: q.name)
def test_numpy_dequantization_is_gguf_pys(qtype):
    """convert's numpy dequantizer gives gguf-py's values bit for bit, on random blocks."""
    from webllm_py.convert import dequantize_ggml

    block, size = gguf.GGML_QUANT_SIZES[qtype]
    rng = np.random.default_rng(int(qtype))
    raw = rng.integers(0, 256, (5, 512 // block * size), dtype=np.uint8)
    with np.errstate(invalid="ignore", over="ignore"):  # random float16 fields can be inf or NaN
        ref = gguf.quants.dequantize(raw, qtype)
        ours = dequantize_ggml(raw.tobytes(), qtype.name, (5, 512))
    assert np.array_equal(ours, ref, equal_nan=True)


@pytest.mark.parametrize("name", ["llama", "phi3"])
def test_convert_gguf_to_mlc(name, gguf_case, tmp_path):
    """`convert x.gguf OUT` (its blocks dequantized, requantized to q0f32, which keeps them exactly):
    the folder matches transformers on the GGUF's weights, carries the GGUF's metadata for the
    tokenizer and its chat template."""
    from webllm_py.convert import convert
    from webllm_py.loading.load import load_model

    path, prompt, ref_logits, ref_ids, _ = gguf_case(name, True)
    out = convert(path, tmp_path / "mlc", "q0f32")
    assert (out / "chat_template.jinja").read_text() == CHAT_TEMPLATE
    chat = json.loads((out / "mlc-chat-config.json").read_text())
    assert chat["tokenizer_files"] == ["tokenizer.gguf", "chat_template.jinja"]
    assert chat["model_type"] == CASES[name][0] and (chat["bos_token_id"], chat["eos_token_id"]) == (1, 2)

    async def run():
        model = load_model(await request_device(), out, prefill_chunk=8)
        return await generate(model, prompt, STEPS, keep_logits=True)

    got = asyncio.run(run())
    assert np.abs(np.array(got.logits, np.float32) - ref_logits).max() <= TOL and got.ids == ref_ids


def test_engine_reloads_a_gguf_url(smollm2, gguf_server):
    """`MLCEngine.reload(URL of a .gguf)`: weights streamed, and tokenizer and chat template from the
    file's metadata (copied beside, as for an MLC folder's small files), as from the local file."""
    from webllm_py.engine import MLCEngine
    from webllm_py.loading.gguf import gguf_chat_format
    from webllm_py.tokenizer import load_tokenizer

    gguf_server.mounts["/smollm2/"] = smollm2.parent
    engine = MLCEngine()
    asyncio.run(engine.reload(f"{gguf_server.url}/smollm2/{smollm2.name}"))
    local = load_tokenizer(smollm2)
    text = "Hello, GGUF! ünïcödé 12345"
    assert engine.tokenizer.encode(text) == local.encode(text)
    messages = CONVERSATIONS[2]
    prompt = engine._format.render(messages)
    assert prompt.startswith("<|im_start|>system\nYou are terse.") and prompt == gguf_chat_format(smollm2, local).render(messages)
