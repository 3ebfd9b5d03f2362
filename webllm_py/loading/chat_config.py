"""`mlc-chat-config.json`: the model, quantization and chat defaults of an MLC model folder.

Fields follow MLC LLM's `MLCChatConfig` (version 0.1.0); `model_type` names the architecture
(see `webllm_py.models.registry`) and `model_config` holds MLC's config of that architecture
(mostly transformers' names; e.g. `context_window_size` is the longest context).
"""

from __future__ import annotations

import json
from typing import Any

from ..models.config import ConfigError, DecoderConfig
from ..models.registry import family_for
from ..quantization import QUANTIZATIONS, Quantization

CONFIG_NAME = "mlc-chat-config.json"
VERSION = "0.1.0"
# MLC LLM's defaults for sampling options no file sets.
SAMPLING_DEFAULTS = {"temperature": 1.0, "presence_penalty": 0.0, "frequency_penalty": 0.0,
                     "repetition_penalty": 1.0, "top_p": 1.0}


def read_chat_config(text: bytes | str, source: str) -> tuple[DecoderConfig, Quantization, dict]:
    """(model config, quantization, the whole JSON) of an mlc-chat-config.json."""
    try:
        d = json.loads(text)
    except ValueError as e:
        raise ConfigError(f"{source}: not valid JSON ({e})") from None
    if not isinstance(d, dict) or not isinstance(d.get("model_config"), dict):
        raise ConfigError(f"{source}: no model_config object")
    family = family_for(d.get("model_type"), source)
    quantization = QUANTIZATIONS.get(d.get("quantization"))
    if quantization is None:
        raise ConfigError(f"{source}: unsupported quantization {d.get('quantization')!r}"
                          f" (supported: {', '.join(QUANTIZATIONS)})")
    m = d["model_config"]
    if m.get("tensor_parallel_shards", 1) != 1:
        raise ConfigError(f"{source}: tensor_parallel_shards {m['tensor_parallel_shards']} (only 1)")
    # What the family's from_mlc may need from outside model_config.
    m = {"model_type": d["model_type"], "bos_token_id": d.get("bos_token_id", 1),
         "eos_token_id": d.get("eos_token_id", 2), **m,
         "context_window_size": m.get("context_window_size") or d.get("context_window_size")}
    return family.config.from_mlc(m, source), quantization, d


def make_chat_config(config: DecoderConfig, quantization: Quantization, *, context_window: int,
                     prefill_chunk: int, conv_template: dict[str, Any], tokenizer_files: list[str],
                     tokenizer_info: dict[str, Any], generation: dict[str, Any]) -> dict[str, Any]:
    """The mlc-chat-config.json of a converted model; `generation` holds values from
    generation_config.json / config.json (sampling options, token ids) that override defaults."""
    model_config = {
        **config.mlc_model_config(),
        "context_window_size": context_window,
        "prefill_chunk_size": prefill_chunk,
        "tensor_parallel_shards": 1,
        "pipeline_parallel_stages": 1,
        "max_batch_size": 1,
    }
    windows = [w for w in config.layer_windows if w]
    sampling = {k: generation.get(k, v) for k, v in SAMPLING_DEFAULTS.items()}
    return {
        "version": VERSION,
        "model_type": config.model_type,
        "quantization": quantization.name,
        "model_config": model_config,
        "vocab_size": config.vocab_size,
        "context_window_size": context_window,
        "sliding_window_size": max(windows) if windows else -1,
        "prefill_chunk_size": prefill_chunk,
        "attention_sink_size": 0 if windows else -1,
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
