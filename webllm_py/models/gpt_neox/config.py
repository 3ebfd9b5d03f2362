"""GPT-NeoX hyper-parameters from config.json or an MLC model config."""

from __future__ import annotations

from dataclasses import dataclass

from ..config import DecoderConfig, HFReader

# transformers' activation names -> GELU's erf form (False) or its tanh form (True)
GELU_TANH = {"gelu": False, "gelu_new": True, "gelu_pytorch_tanh": True, "gelu_fast": True}


@dataclass(frozen=True)
class GPTNeoXConfig(DecoderConfig):
    layer_norm_eps: float = 1e-5
    use_parallel_residual: bool = True  # h + attn(ln1(h)) + mlp(ln2(h)), else sequential
    attention_bias: bool = True  # on query_key_value and dense (the MLP always has biases)
    gelu_tanh: bool = False
    model_type: str = "gpt_neox"

    @classmethod
    def from_hf(cls, d: dict, source: str) -> GPTNeoXConfig:
        """transformers' GPTNeoXConfig defaults (4.x rotary_pct / rotary_emb_base spellings too)."""
        r = HFReader(d, source)
        r.check_model(("gpt_neox",), ("GPTNeoXForCausalLM",))
        act = r.require("hidden_act", "gelu", tuple(GELU_TANH))
        if d.get("head_dim") is not None:
            r.fail("unsupported head_dim (GPT-NeoX heads are hidden_size / num_attention_heads)")
        return cls(
            **r.decoder(max_positions=2048, bos=0, eos=2, kv_key=None,
                        theta_keys=("rope_theta", "rotary_emb_base"),
                        partial_keys=("partial_rotary_factor", "rotary_pct"), partial_default=0.25),
            layer_norm_eps=r.positive_float("layer_norm_eps", 1e-5),
            use_parallel_residual=r.flag("use_parallel_residual", True),
            attention_bias=r.flag("attention_bias", True),
            gelu_tanh=GELU_TANH[act],
        )

    def mlc_model_config(self) -> dict:
        """MLC LLM's GPTNeoXConfig fields, plus what it does not model (activation, biases, tying)."""
        return {
            "use_parallel_residual": self.use_parallel_residual,
            "hidden_size": self.hidden_size,
            "intermediate_size": self.intermediate_size,
            "num_attention_heads": self.num_attention_heads,
            "num_hidden_layers": self.num_hidden_layers,
            "layer_norm_eps": self.layer_norm_eps,
            "vocab_size": self.vocab_size,
            "rotary_pct": self.partial_rotary_factor,
            "position_embedding_base": self.rope_theta,
            "head_dim": self.head_dim,
            "hidden_act": "gelu_new" if self.gelu_tanh else "gelu",
            "attention_bias": self.attention_bias,
            "tie_word_embeddings": self.tie_word_embeddings,
        }

    @classmethod
    def from_mlc(cls, m: dict, source: str) -> GPTNeoXConfig:
        d = {k: v for k, v in m.items() if k != "head_dim"}
        return cls.from_hf({**d, "rope_theta": m.get("position_embedding_base") or 10000.0,
                            "max_position_embeddings": m.get("context_window_size")}, source)
