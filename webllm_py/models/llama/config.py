"""Llama hyper-parameters, read from a Hugging Face `config.json` or a llama2.c header.

Anything the engine cannot run faithfully (biases, other activations, other RoPE scalings,
quantized checkpoints) is rejected here, with the file and the option named, rather than
producing silently wrong text later.
"""

from __future__ import annotations

from dataclasses import dataclass

_LLAMA3_KEYS = ("factor", "low_freq_factor", "high_freq_factor", "original_max_position_embeddings")
_MISSING = object()


class ConfigError(ValueError):
    """A model configuration is invalid or asks for something unsupported."""


@dataclass(frozen=True)
class LlamaConfig:
    vocab_size: int
    hidden_size: int
    intermediate_size: int
    num_hidden_layers: int
    num_attention_heads: int
    num_key_value_heads: int
    head_dim: int
    rms_norm_eps: float = 1e-5
    rope_theta: float = 10000.0
    # None, or {"rope_type": "llama3", "factor", "low_freq_factor", "high_freq_factor",
    # "original_max_position_embeddings"}.
    rope_scaling: dict | None = None
    # True: RoPE rotates adjacent pairs (llama2.c / Meta layout); False: halves (HF layout).
    rope_interleaved: bool = False
    tie_word_embeddings: bool = False
    max_position_embeddings: int = 2048
    bos_token_id: int | None = 1
    eos_token_id: int | list[int] | None = 2

    @classmethod
    def from_hf(cls, d: dict, source: str) -> LlamaConfig:
        """Build from a transformers `config.json` dict (4.x or 5.x style).

        Defaults for absent keys are transformers' own LlamaConfig defaults (note its
        rms_norm_eps default is 1e-6), so a config means what it means to transformers.
        """
        if not isinstance(d, dict):
            raise ConfigError(f"{source}: config is not a JSON object")
        r = _HFReader(d, source)
        r.check_supported()
        heads = r.positive_int("num_attention_heads")
        hidden = r.positive_int("hidden_size")
        kv_heads = r.positive_int("num_key_value_heads", heads)
        if heads % kv_heads:
            r.fail(f"num_attention_heads {heads} is not a multiple of num_key_value_heads {kv_heads}")
        if d.get("head_dim") is None:
            if hidden % heads:
                r.fail(f"hidden_size {hidden} is not a multiple of num_attention_heads {heads}")
            head_dim = hidden // heads
        else:
            head_dim = r.positive_int("head_dim")
        if head_dim % 2:
            r.fail(f"head_dim {head_dim} is odd; RoPE needs pairs")
        rope_theta, rope_scaling = r.rope()
        return cls(
            vocab_size=r.positive_int("vocab_size"),
            hidden_size=hidden,
            intermediate_size=r.positive_int("intermediate_size"),
            num_hidden_layers=r.positive_int("num_hidden_layers"),
            num_attention_heads=heads,
            num_key_value_heads=kv_heads,
            head_dim=head_dim,
            rms_norm_eps=r.positive_float("rms_norm_eps", 1e-6),
            rope_theta=rope_theta,
            rope_scaling=rope_scaling,
            rope_interleaved=False,
            tie_word_embeddings=r.flag("tie_word_embeddings", False),
            max_position_embeddings=r.positive_int("max_position_embeddings", 2048),
            bos_token_id=r.token_ids("bos_token_id", 1),
            eos_token_id=r.token_ids("eos_token_id", 2),
        )


class _HFReader:
    """Typed access to config.json keys, with errors naming the file and the key."""

    def __init__(self, d: dict, source: str):
        self.d = d
        self.source = source

    def fail(self, problem: str):
        raise ConfigError(f"{self.source}: {problem}")

    def get(self, key: str, default: object = _MISSING) -> object:
        if key in self.d and self.d[key] is not None:
            return self.d[key]
        if default is _MISSING:
            self.fail(f"missing {key}")
        return default

    def positive_int(self, key: str, default: object = _MISSING) -> int:
        v = self.get(key, default)
        if not isinstance(v, int) or isinstance(v, bool) or v <= 0:
            self.fail(f"{key} must be a positive integer, got {v!r}")
        return v

    def positive_float(self, key: str, default: object = _MISSING) -> float:
        v = self.get(key, default)
        if not isinstance(v, (int, float)) or isinstance(v, bool) or not v > 0:
            self.fail(f"{key} must be a positive number, got {v!r}")
        return float(v)

    def flag(self, key: str, default: bool) -> bool:
        v = self.get(key, default)
        if not isinstance(v, bool):
            self.fail(f"{key} must be true or false, got {v!r}")
        return v

    def token_ids(self, key: str, default: int) -> int | list[int] | None:
        if key in self.d and self.d[key] is None:
            return None
        v = self.get(key, default)
        ids = v if isinstance(v, list) else [v]
        if not all(isinstance(i, int) and not isinstance(i, bool) and i >= 0 for i in ids):
            self.fail(f"{key} must be a token id or a list of them, got {v!r}")
        return v

    def check_supported(self) -> None:
        model_type = self.d.get("model_type")
        if model_type != "llama":
            self.fail(f"unsupported model_type {model_type!r} (only 'llama')")
        archs = self.d.get("architectures")
        if archs is not None and archs != ["LlamaForCausalLM"]:
            self.fail(f"unsupported architectures {archs!r} (only LlamaForCausalLM)")
        quant = self.d.get("quantization_config")
        if quant is not None:
            method = quant.get("quant_method") if isinstance(quant, dict) else quant
            self.fail(f"unsupported quantization_config (quant_method {method!r})")
        if self.get("hidden_act", "silu") != "silu":
            self.fail(f"unsupported hidden_act {self.d['hidden_act']!r} (only 'silu')")
        for key in ("attention_bias", "mlp_bias"):
            if self.get(key, False) is not False:
                self.fail(f"unsupported {key}={self.d[key]!r} (biases are not implemented)")
        tp = self.get("pretraining_tp", 1)
        if tp != 1:
            self.fail(f"unsupported pretraining_tp={tp!r} (only 1)")

    def rope(self) -> tuple[float, dict | None]:
        """(rope_theta, rope_scaling) from 5.x `rope_parameters` or 4.x `rope_scaling`/`rope_theta`."""
        params = self.d.get("rope_parameters")
        key = "rope_parameters"
        if params is None:
            params, key = self.d.get("rope_scaling") or {}, "rope_scaling"
        if not isinstance(params, dict):
            self.fail(f"{key} must be an object, got {params!r}")
        theta = params.get("rope_theta", self.get("rope_theta", 10000.0))
        if not isinstance(theta, (int, float)) or isinstance(theta, bool) or not theta > 0:
            self.fail(f"rope_theta must be a positive number, got {theta!r}")
        rope_type = params.get("rope_type", params.get("type", "default"))
        if rope_type == "default":
            return float(theta), None
        if rope_type != "llama3":
            self.fail(f"unsupported {key} rope_type {rope_type!r} (only 'default' and 'llama3')")
        missing = [k for k in _LLAMA3_KEYS if not isinstance(params.get(k), (int, float))]
        if missing:
            self.fail(f"{key} rope_type 'llama3' lacks numeric {', '.join(missing)}")
        scaling = {"rope_type": "llama3", **{k: params[k] for k in _LLAMA3_KEYS}}
        return float(theta), scaling
