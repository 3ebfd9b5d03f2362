"""Phi-3 / Phi-3.5 hyper-parameters from config.json or an MLC model config."""

from __future__ import annotations

from dataclasses import dataclass

from ..config import DecoderConfig, HFReader


@dataclass(frozen=True)
class Phi3Config(DecoderConfig):
    rms_norm_eps: float = 1e-5
    model_type: str = "phi3"

    @classmethod
    def from_hf(cls, d: dict, source: str) -> Phi3Config:
        r = HFReader(d, source)
        r.check_model(("phi3",), ("Phi3ForCausalLM",))
        r.require("hidden_act", "silu", ("silu",))
        hidden = r.positive_int("hidden_size")
        heads, kv_heads, head_dim = r.heads(hidden)
        layers = r.positive_int("num_hidden_layers")
        max_positions = r.positive_int("max_position_embeddings", 4096)
        rope_theta, rope_scaling, partial = r.rope(max_positions, types=("longrope",))
        rotary_dim = int(head_dim * partial)
        if rope_scaling is not None:
            for name in ("short_factor", "long_factor"):
                if len(rope_scaling[name]) != rotary_dim // 2:
                    r.fail(f"rope {name} has {len(rope_scaling[name])} values; the rotary dimension"
                           f" {rotary_dim} needs {rotary_dim // 2}")
        return cls(
            vocab_size=r.positive_int("vocab_size"),
            hidden_size=hidden,
            intermediate_size=r.positive_int("intermediate_size"),
            num_hidden_layers=layers,
            num_attention_heads=heads,
            num_key_value_heads=kv_heads,
            head_dim=head_dim,
            rms_norm_eps=r.positive_float("rms_norm_eps", 1e-5),
            rope_theta=rope_theta,
            rope_scaling=rope_scaling,
            partial_rotary_factor=partial,
            layer_windows=r.layer_windows(layers, None, ["sliding_attention"] * layers, types_key=None),
            tie_word_embeddings=r.flag("tie_word_embeddings", False),
            max_position_embeddings=max_positions,
            bos_token_id=r.token_ids("bos_token_id", 1),
            eos_token_id=r.token_ids("eos_token_id", 32000),
        )

    def mlc_model_config(self) -> dict:
        """MLC LLM's Phi3Config fields (rope_scaling with the attention factor spelled out)."""
        return {
            "model_type": "phi3",
            "hidden_size": self.hidden_size,
            "vocab_size": self.vocab_size,
            "num_hidden_layers": self.num_hidden_layers,
            "num_attention_heads": self.num_attention_heads,
            "intermediate_size": self.intermediate_size,
            "rms_norm_eps": self.rms_norm_eps,
            "num_key_value_heads": self.num_key_value_heads,
            "max_position_embeddings": self.max_position_embeddings,
            "position_embedding_base": self.rope_theta,
            "rope_scaling": self.rope_scaling and {**self.rope_scaling, "type": "longrope"},
            "original_max_position_embeddings": (self.rope_scaling or {}).get("original_max_position_embeddings", 0),
            "head_dim": self.head_dim,
            "tie_word_embeddings": self.tie_word_embeddings,
            "partial_rotary_factor": self.partial_rotary_factor,
            "sliding_window": max(self.layer_windows) if self.layer_windows else None,
        }

    @classmethod
    def from_mlc(cls, m: dict, source: str) -> Phi3Config:
        return cls.from_hf({**m, "rope_theta": m.get("position_embedding_base") or 10000.0,
                            "max_position_embeddings": m.get("context_window_size")}, source)
