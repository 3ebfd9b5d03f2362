"""Gemma / Gemma 2 hyper-parameters from config.json or an MLC model config."""

from __future__ import annotations

from dataclasses import dataclass

from ..config import DecoderConfig, HFReader

_ARCHITECTURES = {"gemma": "GemmaForCausalLM", "gemma2": "Gemma2ForCausalLM"}
# transformers' GELU names -> the erf form (False) or the tanh form (True); Gemma 1 reads its
# legacy "gelu" as the tanh form, as transformers does.
_GELU = {"gelu_pytorch_tanh": True, "gelu_new": True, "gelu": False}


@dataclass(frozen=True)
class GemmaConfig(DecoderConfig):
    rms_norm_eps: float = 1e-6
    gelu_tanh: bool = True  # GeGLU with the tanh approximation of GELU (else erf)
    query_pre_attn_scalar: float | None = None  # Gemma 2: scores scale by its -1/2 power, not head_dim's
    sandwich_norms: bool = False  # Gemma 2: RMSNorm after attention and after the MLP too
    model_type: str = "gemma"

    @property
    def attention_scale(self) -> float:
        return (self.query_pre_attn_scalar or self.head_dim) ** -0.5

    @property
    def embed_scale(self) -> float:
        """Embeddings are multiplied by sqrt(hidden_size) (in the model dtype, float32 here)."""
        return self.hidden_size ** 0.5

    @classmethod
    def from_hf(cls, d: dict, source: str) -> GemmaConfig:
        r = HFReader(d, source)
        r.check_model(tuple(_ARCHITECTURES), tuple(_ARCHITECTURES.values()))
        gemma2 = d["model_type"] == "gemma2"
        act_key = "hidden_activation" if gemma2 else "hidden_act"
        act = r.require(act_key, "gelu_pytorch_tanh", tuple(_GELU))
        r.no_bias("attention_bias")
        if r.get("use_bidirectional_attention", None):
            r.fail("unsupported use_bidirectional_attention=True (only causal attention)")
        fields = r.decoder(max_positions=8192, bos=2, eos=1, tie=True, head_dim=256)  # GemmaConfig's defaults
        layers = fields["num_hidden_layers"]
        alternate = ["sliding_attention" if (i + 1) % 2 else "full_attention" for i in range(layers)]
        return cls(
            **fields,
            rms_norm_eps=r.positive_float("rms_norm_eps", 1e-6),
            layer_windows=r.layer_windows(layers, 4096, alternate) if gemma2 else (),
            attn_logit_softcapping=r.optional_float("attn_logit_softcapping") if gemma2 else None,
            final_logit_softcapping=r.optional_float("final_logit_softcapping") if gemma2 else None,
            gelu_tanh=_GELU[act] or not gemma2,
            query_pre_attn_scalar=r.positive_float("query_pre_attn_scalar", 256) if gemma2 else None,
            sandwich_norms=gemma2,
            model_type=d["model_type"],
        )

    def mlc_model_config(self) -> dict:
        """MLC LLM's GemmaConfig / Gemma2Config fields."""
        m = {
            "hidden_size": self.hidden_size,
            "intermediate_size": self.intermediate_size,
            "attention_bias": False,
            "num_attention_heads": self.num_attention_heads,
            "num_key_value_heads": self.num_key_value_heads,
            "head_dim": self.head_dim,
            "num_hidden_layers": self.num_hidden_layers,
            "rms_norm_eps": self.rms_norm_eps,
            "vocab_size": self.vocab_size,
            "hidden_activation": "gelu_pytorch_tanh" if self.gelu_tanh else "gelu",
            "position_embedding_base": self.rope_theta,
            "tie_word_embeddings": self.tie_word_embeddings,
        }
        if self.model_type == "gemma2":
            m.update(attn_logit_softcapping=self.attn_logit_softcapping,
                     final_logit_softcapping=self.final_logit_softcapping,
                     query_pre_attn_scalar=self.query_pre_attn_scalar,
                     sliding_window=max(self.layer_windows) if self.layer_windows else None,
                     layer_types=["sliding_attention" if w else "full_attention" for w in self.layer_windows] or None)
        return m

    @classmethod
    def from_mlc(cls, m: dict, source: str) -> GemmaConfig:
        act = m.get("hidden_activation") or "gelu_pytorch_tanh"
        return cls.from_hf({**m, "hidden_act": act, "hidden_activation": act,
                            "rope_theta": m.get("position_embedding_base") or 10000.0,
                            "max_position_embeddings": m.get("context_window_size")}, source)
