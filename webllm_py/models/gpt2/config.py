"""GPT-2 hyper-parameters from config.json (n_embd, n_layer, ... spellings) or an MLC model config."""

from __future__ import annotations

from dataclasses import dataclass

from ..config import DecoderConfig, HFReader
from ..gpt_neox.config import GELU_TANH


@dataclass(frozen=True)
class GPT2Config(DecoderConfig):
    layer_norm_eps: float = 1e-5
    gelu_tanh: bool = True
    scale_attn_weights: bool = True  # scores scale by head_dim^-1/2; without it, not at all
    partial_rotary_factor: float = 0.0  # learned absolute positions, no RoPE
    tie_word_embeddings: bool = True
    model_type: str = "gpt2"

    @property
    def attention_scale(self) -> float:
        return self.head_dim ** -0.5 if self.scale_attn_weights else 1.0

    @classmethod
    def from_hf(cls, d: dict, source: str) -> GPT2Config:
        r = HFReader(d, source)
        r.check_model(("gpt2",), ("GPT2LMHeadModel",))
        act = r.require("activation_function", "gelu_new", tuple(GELU_TANH))
        for key in ("scale_attn_by_inverse_layer_idx", "add_cross_attention"):
            if r.flag(key, False):
                r.fail(f"unsupported {key}=True")
        if not r.flag("tie_word_embeddings", True):
            r.fail("unsupported tie_word_embeddings=False (GPT-2's lm head is its token embedding)")
        hidden = r.positive_int("n_embd", 768)
        heads, _, head_dim = r.heads(hidden, heads_key="n_head", kv_key=None)
        return cls(
            vocab_size=r.positive_int("vocab_size", 50257),
            hidden_size=hidden,
            intermediate_size=r.positive_int("n_inner", 4 * hidden),
            num_hidden_layers=r.positive_int("n_layer", 12),
            num_attention_heads=heads,
            num_key_value_heads=heads,
            head_dim=head_dim,
            max_position_embeddings=r.positive_int("n_positions", 1024),
            layer_norm_eps=r.positive_float("layer_norm_epsilon", 1e-5),
            bos_token_id=r.token_ids("bos_token_id", 50256),
            eos_token_id=r.token_ids("eos_token_id", 50256),
            gelu_tanh=GELU_TANH[act],
            scale_attn_weights=r.flag("scale_attn_weights", True),
        )

    def mlc_model_config(self) -> dict:
        """MLC LLM's GPT2Config fields, plus the activation and attention scaling it assumes."""
        return {
            "vocab_size": self.vocab_size,
            "n_embd": self.hidden_size,
            "n_layer": self.num_hidden_layers,
            "n_head": self.num_attention_heads,
            "layer_norm_epsilon": self.layer_norm_eps,
            "n_inner": self.intermediate_size,
            "scale_attn_by_inverse_layer_idx": False,
            "head_dim": self.head_dim,
            "activation_function": "gelu_new" if self.gelu_tanh else "gelu",
            "scale_attn_weights": self.scale_attn_weights,
            "n_positions": self.max_position_embeddings,
        }

    @classmethod
    def from_mlc(cls, m: dict, source: str) -> GPT2Config:
        """The position table has n_positions rows (MLC: context_window_size)."""
        d = {k: v for k, v in m.items() if k != "head_dim"}
        return cls.from_hf({**d, "n_positions": m.get("n_positions") or m.get("context_window_size")}, source)
