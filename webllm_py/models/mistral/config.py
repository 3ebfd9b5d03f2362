"""Mistral hyper-parameters from config.json or an MLC model config."""

from __future__ import annotations

from dataclasses import dataclass

from ..config import ConfigError, DecoderConfig, HFReader


@dataclass(frozen=True)
class MistralConfig(DecoderConfig):
    rms_norm_eps: float = 1e-6
    model_type: str = "mistral"

    @classmethod
    def from_hf(cls, d: dict, source: str) -> MistralConfig:
        """transformers' MistralConfig defaults; note an absent sliding_window means 4096 (null: none)."""
        r = HFReader(d, source)
        r.check_model(("mistral",), ("MistralForCausalLM",))
        r.require("hidden_act", "silu", ("silu",))
        fields = r.decoder(max_positions=131072, bos=1, eos=2)
        layers = fields["num_hidden_layers"]
        window = 4096 if "sliding_window" not in d else d["sliding_window"]
        return cls(**fields, rms_norm_eps=r.positive_float("rms_norm_eps", 1e-6),
                   layer_windows=r.layer_windows(layers, window, ["sliding_attention"] * layers, types_key=None))

    def mlc_model_config(self) -> dict:
        """MLC LLM's MistralConfig fields (a rolling cache without attention sinks, as transformers)."""
        return {
            "hidden_size": self.hidden_size,
            "intermediate_size": self.intermediate_size,
            "num_attention_heads": self.num_attention_heads,
            "num_hidden_layers": self.num_hidden_layers,
            "rms_norm_eps": self.rms_norm_eps,
            "vocab_size": self.vocab_size,
            "position_embedding_base": self.rope_theta,
            "num_key_value_heads": self.num_key_value_heads,
            "head_dim": self.head_dim,
            "sliding_window_size": max(self.layer_windows) if self.layer_windows else -1,
            "attention_sink_size": 0,
            "tie_word_embeddings": self.tie_word_embeddings,
        }

    @classmethod
    def from_mlc(cls, m: dict, source: str) -> MistralConfig:
        window = m.get("sliding_window_size", -1)
        sinks = m.get("attention_sink_size", 4)  # MLC's default
        if window not in (-1, None) and sinks:
            raise ConfigError(f"{source}: unsupported attention_sink_size {sinks} with a sliding window"
                              " (only 0: the window rolls over every position, as in transformers)")
        return cls.from_hf({
            **m,
            "rope_theta": m.get("position_embedding_base") or 10000.0,
            "sliding_window": None if window in (-1, None) else window,
            "max_position_embeddings": m["context_window_size"] if (m.get("context_window_size") or -1) > 0 else None,
        }, source)
