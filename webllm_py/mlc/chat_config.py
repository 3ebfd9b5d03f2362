"""`mlc-chat-config.json`: the model, quantization and chat defaults of an MLC model folder.

Fields follow MLC LLM's `MLCChatConfig` (version 0.1.0); `model_config` holds MLC's Llama
config (`position_embedding_base` is rope_theta, `context_window_size` the longest context).
"""

from __future__ import annotations

import json
from typing import Any

from ..models.llama.config import ConfigError, LlamaConfig
from ..quantization import QUANTIZATIONS, Quantization

CONFIG_NAME = "mlc-chat-config.json"
VERSION = "0.1.0"
# MLC LLM's defaults for sampling options no file sets.
SAMPLING_DEFAULTS = {"temperature": 1.0, "presence_penalty": 0.0, "frequency_penalty": 0.0,
                     "repetition_penalty": 1.0, "top_p": 1.0}


def read_chat_config(text: bytes | str, source: str) -> tuple[LlamaConfig, Quantization, dict]:
    """(model config, quantization, the whole JSON) of an mlc-chat-config.json."""
    try:
        d = json.loads(text)
    except ValueError as e:
        raise ConfigError(f"{source}: not valid JSON ({e})") from None
    if not isinstance(d, dict) or not isinstance(d.get("model_config"), dict):
        raise ConfigError(f"{source}: no model_config object")
    if d.get("model_type") != "llama":
        raise ConfigError(f"{source}: unsupported model_type {d.get('model_type')!r} (only 'llama')")
    quantization = QUANTIZATIONS.get(d.get("quantization"))
    if quantization is None:
        raise ConfigError(f"{source}: unsupported quantization {d.get('quantization')!r}"
                          f" (supported: {', '.join(QUANTIZATIONS)})")
    m = d["model_config"]
    if m.get("tensor_parallel_shards", 1) != 1:
        raise ConfigError(f"{source}: tensor_parallel_shards {m['tensor_parallel_shards']} (only 1)")
    # MLC's Llama config in transformers' terms; LlamaConfig.from_hf validates every value.
    rope = m.get("rope_scaling") if isinstance(m.get("rope_scaling"), dict) and "rope_type" in m["rope_scaling"] else None
    hf = {
        "model_type": "llama",
        **{k: m.get(k) for k in ("vocab_size", "hidden_size", "intermediate_size", "num_hidden_layers",
                                 "num_attention_heads", "rms_norm_eps")},
        "num_key_value_heads": m.get("num_key_value_heads") or None,
        "head_dim": m.get("head_dim") or None,
        "rope_theta": m.get("position_embedding_base") or 10000.0,
        "rope_scaling": rope,
        "tie_word_embeddings": m.get("tie_word_embeddings", False),
        "max_position_embeddings": m.get("context_window_size") or d.get("context_window_size"),
        "bos_token_id": d.get("bos_token_id", 1),
        "eos_token_id": d.get("eos_token_id", 2),
    }
    return LlamaConfig.from_hf(hf, source), quantization, d


def make_chat_config(config: LlamaConfig, quantization: Quantization, *, context_window: int, prefill_chunk: int,
                     conv_template: dict[str, Any], tokenizer_files: list[str], tokenizer_info: dict[str, Any],
                     generation: dict[str, Any]) -> dict[str, Any]:
    """The mlc-chat-config.json of a converted model; `generation` holds values from
    generation_config.json / config.json (sampling options, token ids) that override defaults."""
    model_config = {
        "hidden_size": config.hidden_size,
        "intermediate_size": config.intermediate_size,
        "num_attention_heads": config.num_attention_heads,
        "num_hidden_layers": config.num_hidden_layers,
        "rms_norm_eps": config.rms_norm_eps,
        "vocab_size": config.vocab_size,
        "tie_word_embeddings": config.tie_word_embeddings,
        "position_embedding_base": config.rope_theta,
        "rope_scaling": config.rope_scaling,
        "context_window_size": context_window,
        "prefill_chunk_size": prefill_chunk,
        "num_key_value_heads": config.num_key_value_heads,
        "head_dim": config.head_dim,
        "tensor_parallel_shards": 1,
        "pipeline_parallel_stages": 1,
        "max_batch_size": 1,
    }
    sampling = {k: generation.get(k, v) for k, v in SAMPLING_DEFAULTS.items()}
    return {
        "version": VERSION,
        "model_type": "llama",
        "quantization": quantization.name,
        "model_config": model_config,
        "vocab_size": config.vocab_size,
        "context_window_size": context_window,
        "sliding_window_size": -1,
        "prefill_chunk_size": prefill_chunk,
        "attention_sink_size": -1,
        "tensor_parallel_shards": 1,
        "pipeline_parallel_stages": 1,
        "active_vocab_size": config.vocab_size,
        **sampling,
        "tokenizer_files": tokenizer_files,
        "tokenizer_info": tokenizer_info,
        "conv_template": conv_template,
        "pad_token_id": generation.get("pad_token_id", 0),
        "bos_token_id": generation.get("bos_token_id", config.bos_token_id),
        "eos_token_id": generation.get("eos_token_id", config.eos_token_id),
    }
