"""Llama hyper-parameters, read from a Hugging Face `config.json`, an MLC model config or a llama2.c header.

Anything the engine cannot run faithfully (biases, other activations, other RoPE scalings,
quantized checkpoints) is rejected here, with the file and the option named, rather than
producing silently wrong text later.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..config import ConfigError, DecoderConfig, HFReader

__all__ = ["ConfigError", "LlamaConfig"]


@dataclass(frozen=True)
class LlamaConfig(DecoderConfig):
    rms_norm_eps: float = 1e-5

    @classmethod
    def from_hf(cls, d: dict, source: str) -> LlamaConfig:
        """Build from a transformers `config.json` dict (4.x or 5.x style).

        Defaults for absent keys are transformers' own LlamaConfig defaults (note its
        rms_norm_eps default is 1e-6), so a config means what it means to transformers.
        """
        r = HFReader(d, source)
        r.check_model(("llama",), ("LlamaForCausalLM",))
        r.require("hidden_act", "silu", ("silu",))
        r.no_bias("attention_bias", "mlp_bias")
        tp = r.get("pretraining_tp", 1)
        if tp != 1:
            r.fail(f"unsupported pretraining_tp={tp!r} (only 1)")
        return cls(**r.decoder(max_positions=2048, bos=1, eos=2, rope_types=("llama3",)),
                   rms_norm_eps=r.positive_float("rms_norm_eps", 1e-6))

    def mlc_model_config(self) -> dict:
        """MLC LLM's LlamaConfig fields (rope_theta is `position_embedding_base`)."""
        return {
            "hidden_size": self.hidden_size,
            "intermediate_size": self.intermediate_size,
            "num_attention_heads": self.num_attention_heads,
            "num_hidden_layers": self.num_hidden_layers,
            "rms_norm_eps": self.rms_norm_eps,
            "vocab_size": self.vocab_size,
            "tie_word_embeddings": self.tie_word_embeddings,
            "position_embedding_base": self.rope_theta,
            "rope_scaling": self.rope_scaling,
            "num_key_value_heads": self.num_key_value_heads,
            "head_dim": self.head_dim,
        }

    @classmethod
    def from_mlc(cls, m: dict, source: str) -> LlamaConfig:
        """From an mlc-chat-config.json's model_config (MLC's names), validated as a config.json."""
        rope = m.get("rope_scaling") if isinstance(m.get("rope_scaling"), dict) and "rope_type" in m["rope_scaling"] else None
        return cls.from_hf({
            "model_type": "llama",
            **{k: m.get(k) for k in ("vocab_size", "hidden_size", "intermediate_size", "num_hidden_layers",
                                     "num_attention_heads", "rms_norm_eps")},
            "num_key_value_heads": m.get("num_key_value_heads") or None,
            "head_dim": m.get("head_dim") or None,
            "rope_theta": m.get("position_embedding_base") or 10000.0,
            "rope_scaling": rope,
            "tie_word_embeddings": m.get("tie_word_embeddings", False),
            "max_position_embeddings": m.get("context_window_size"),
            "bos_token_id": m.get("bos_token_id"),
            "eos_token_id": m.get("eos_token_id"),
        }, source)
