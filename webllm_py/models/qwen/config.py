"""Qwen2 / Qwen2.5 / Qwen3 hyper-parameters from config.json or an MLC model config."""

from __future__ import annotations

from dataclasses import dataclass

from ..config import DecoderConfig, HFReader

_ARCHITECTURES = {"qwen2": "Qwen2ForCausalLM", "qwen3": "Qwen3ForCausalLM"}


@dataclass(frozen=True)
class QwenConfig(DecoderConfig):
    rms_norm_eps: float = 1e-6
    qkv_bias: bool = True  # Qwen2: always; Qwen3: attention_bias (then o_proj has one too)
    o_bias: bool = False
    qk_norm: bool = False  # Qwen3
    model_type: str = "qwen2"

    @classmethod
    def from_hf(cls, d: dict, source: str) -> QwenConfig:
        r = HFReader(d, source)
        r.check_model(tuple(_ARCHITECTURES), tuple(_ARCHITECTURES.values()))
        qwen3 = d["model_type"] == "qwen3"
        r.require("hidden_act", "silu", ("silu",))
        # Qwen3Config's head_dim defaults to 128, Qwen2's to hidden / heads
        fields = r.decoder(max_positions=32768, bos=None, eos=None, head_dim=128 if qwen3 else None)
        layers = fields["num_hidden_layers"]
        first_sliding = r.non_negative_int("max_window_layers", 28)
        bias = r.flag("attention_bias", False) if qwen3 else True
        return cls(
            **fields,
            rms_norm_eps=r.positive_float("rms_norm_eps", 1e-6),
            layer_windows=r.layer_windows(
                layers, 4096, ["sliding_attention" if i >= first_sliding else "full_attention" for i in range(layers)],
                use_key="use_sliding_window"),
            qkv_bias=bias,
            o_bias=qwen3 and bias,
            qk_norm=qwen3,
            model_type=d["model_type"],
        )

    def mlc_model_config(self) -> dict:
        """MLC LLM's QWen2Config / Qwen3Config fields, plus the sliding window MLC does not model."""
        m = {
            "hidden_act": "silu",
            "hidden_size": self.hidden_size,
            "intermediate_size": self.intermediate_size,
            "num_attention_heads": self.num_attention_heads,
            "num_hidden_layers": self.num_hidden_layers,
            "num_key_value_heads": self.num_key_value_heads,
            "rms_norm_eps": self.rms_norm_eps,
            "rope_theta": self.rope_theta,
            "vocab_size": self.vocab_size,
            "tie_word_embeddings": self.tie_word_embeddings,
            "head_dim": self.head_dim,
        }
        if self.model_type == "qwen3":
            m["attention_bias"] = self.qkv_bias
        if self.layer_windows:
            m.update(use_sliding_window=True, sliding_window=max(self.layer_windows),
                     layer_types=["sliding_attention" if w else "full_attention" for w in self.layer_windows])
        return m

    @classmethod
    def from_mlc(cls, m: dict, source: str) -> QwenConfig:
        return cls.from_hf({**m, "max_position_embeddings": m.get("context_window_size")}, source)
