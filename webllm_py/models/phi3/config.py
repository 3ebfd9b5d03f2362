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
        fields = r.decoder(max_positions=4096, bos=1, eos=32000, rope_types=("longrope",))
        layers, scaling = fields["num_hidden_layers"], fields["rope_scaling"]
        rotary_dim = int(fields["head_dim"] * fields["partial_rotary_factor"])
        if scaling is not None:
            for name in ("short_factor", "long_factor"):
                if len(scaling[name]) != rotary_dim // 2:
                    r.fail(f"rope {name} has {len(scaling[name])} values; the rotary dimension"
                           f" {rotary_dim} needs {rotary_dim // 2}")
        return cls(**fields, rms_norm_eps=r.positive_float("rms_norm_eps", 1e-5),
                   layer_windows=r.layer_windows(layers, None, ["sliding_attention"] * layers, types_key=None))

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
