"""What every decoder-only family's configuration shares, and the validated reading of config.json.

Each family (llama, qwen, mistral, phi3, gemma, gpt_neox, gpt2) has a dataclass that extends
`DecoderConfig` and reads a Hugging Face `config.json` with `HFReader`.  Anything the engine
cannot run faithfully is rejected there, naming the file and the option, rather than producing
silently wrong text later.  Defaults for absent keys are transformers' own, per family, so a
config means what it means to transformers (4.x and 5.x spellings both).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

_MISSING = object()
_LLAMA3_KEYS = ("factor", "low_freq_factor", "high_freq_factor", "original_max_position_embeddings")


class ConfigError(ValueError):
    """A model configuration is invalid or asks for something unsupported."""


@dataclass(frozen=True)
class DecoderConfig:
    """Sizes, attention geometry and positions, in transformers' terms (names as Llama's config)."""

    vocab_size: int
    hidden_size: int
    intermediate_size: int
    num_hidden_layers: int
    num_attention_heads: int
    num_key_value_heads: int
    head_dim: int
    max_position_embeddings: int = 2048
    rope_theta: float = 10000.0
    # None, {"rope_type": "llama3", "factor", "low_freq_factor", "high_freq_factor",
    # "original_max_position_embeddings"} or {"rope_type": "longrope", "short_factor", "long_factor",
    # "original_max_position_embeddings", "attention_factor"}.
    rope_scaling: dict | None = None
    # True: RoPE rotates adjacent pairs (llama2.c / Meta layout); False: halves (HF layout).
    rope_interleaved: bool = False
    partial_rotary_factor: float = 1.0  # the share of each head that rotates; 0: no RoPE (GPT-2)
    # Per layer: 0 attends to every earlier position, w > 0 to the last w (sliding window);
    # empty: all layers attend to everything.
    layer_windows: tuple[int, ...] = ()
    attn_logit_softcapping: float | None = None
    final_logit_softcapping: float | None = None
    tie_word_embeddings: bool = False
    bos_token_id: int | list[int] | None = 1
    eos_token_id: int | list[int] | None = 2
    model_type: str = "llama"  # config.json's (and MLC's) name of the architecture

    @property
    def rotary_dim(self) -> int:
        """Features of a head that rotate (transformers: int(head_dim * partial_rotary_factor))."""
        return int(self.head_dim * self.partial_rotary_factor)

    @property
    def attention_scale(self) -> float:
        return self.head_dim ** -0.5

    def window(self, layer: int) -> int:
        return self.layer_windows[layer] if self.layer_windows else 0

    # What each family implements:
    @classmethod
    def from_hf(cls, d: dict, source: str) -> DecoderConfig:
        """From a transformers config.json dict, validated; `source` names the file in errors."""
        raise NotImplementedError

    @classmethod
    def from_mlc(cls, m: dict, source: str) -> DecoderConfig:
        """From an mlc-chat-config.json's model_config (plus its model_type, token ids, context window)."""
        raise NotImplementedError

    def mlc_model_config(self) -> dict:
        """The model_config we write: MLC LLM's fields for the family, plus any it lacks."""
        raise NotImplementedError


class HFReader:
    """Typed access to config.json keys, with errors naming the file and the key."""

    def __init__(self, d: dict, source: str):
        if not isinstance(d, dict):
            raise ConfigError(f"{source}: config is not a JSON object")
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

    def first(self, keys: tuple[str, ...], default: object = _MISSING) -> str:
        """The first of `keys` present (spellings differ between families and versions), else keys[0]."""
        return next((k for k in keys if self.d.get(k) is not None), keys[0])

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

    def optional_float(self, key: str) -> float | None:
        return None if self.d.get(key) is None else self.positive_float(key)

    def flag(self, key: str, default: bool) -> bool:
        v = self.get(key, default)
        if not isinstance(v, bool):
            self.fail(f"{key} must be true or false, got {v!r}")
        return v

    def token_ids(self, key: str, default: int | None) -> int | list[int] | None:
        if key in self.d and self.d[key] is None or key not in self.d and default is None:
            return None
        v = self.get(key, default)
        ids = v if isinstance(v, list) else [v]
        if not all(isinstance(i, int) and not isinstance(i, bool) and i >= 0 for i in ids):
            self.fail(f"{key} must be a token id or a list of them, got {v!r}")
        return v

    # -- what the engine supports --------------------------------------------------------------
    def check_model(self, model_types: tuple[str, ...], architectures: tuple[str, ...]) -> None:
        model_type = self.d.get("model_type")
        if model_type not in model_types:
            self.fail(f"unsupported model_type {model_type!r} (only {' and '.join(map(repr, model_types))})")
        archs = self.d.get("architectures")
        if archs is not None and (not isinstance(archs, list) or not set(archs) <= set(architectures)):
            self.fail(f"unsupported architectures {archs!r} (only {', '.join(architectures)})")
        quant = self.d.get("quantization_config")
        if quant is not None:
            method = quant.get("quant_method") if isinstance(quant, dict) else quant
            self.fail(f"unsupported quantization_config (quant_method {method!r})")

    def require(self, key: str, default: object, allowed: tuple, why: str = "") -> object:
        """The value of `key`, failing unless it is one of `allowed`."""
        v = self.get(key, default)
        if v not in allowed:
            self.fail(f"unsupported {key} {v!r} (only {', '.join(map(repr, allowed))}){why}")
        return v

    def no_bias(self, *keys: str) -> None:
        for key in keys:
            if self.get(key, False) is not False:
                self.fail(f"unsupported {key}={self.d[key]!r} (biases are not implemented)")

    def heads(self, hidden: int, heads_key: str = "num_attention_heads",
              kv_key: str | None = "num_key_value_heads", head_dim: int | None = None) -> tuple[int, int, int]:
        """(query heads, key/value heads, head_dim); an absent head_dim is `head_dim`, else hidden / heads."""
        heads = self.positive_int(heads_key)
        kv_heads = self.positive_int(kv_key, heads) if kv_key else heads
        if heads % kv_heads:
            self.fail(f"{heads_key} {heads} is not a multiple of num_key_value_heads {kv_heads}")
        if self.d.get("head_dim") is None and head_dim is None:
            if hidden % heads:
                self.fail(f"hidden_size {hidden} is not a multiple of {heads_key} {heads}")
            head_dim = hidden // heads
        else:
            head_dim = self.positive_int("head_dim", head_dim)
        if head_dim % 2:
            self.fail(f"head_dim {head_dim} is odd; RoPE needs pairs")
        if head_dim > 256:
            self.fail(f"head_dim {head_dim} is over 256, the attention kernel's limit")
        return heads, kv_heads, head_dim

    def decoder(self, max_positions: int, bos: int | None, eos: int | None, tie: bool = False,
                head_dim: int | None = None, kv_key: str | None = "num_key_value_heads",
                rope_types: tuple[str, ...] = (), **rope_keys: object) -> dict:
        """The `DecoderConfig` fields that RoPE families spell alike: sizes, heads, positions and
        RoPE, embedding tying, special ids. The arguments are the family's defaults for absent
        keys (`rope_keys` go to `rope`)."""
        hidden = self.positive_int("hidden_size")
        heads, kv_heads, head_dim = self.heads(hidden, kv_key=kv_key, head_dim=head_dim)
        max_positions = self.positive_int("max_position_embeddings", max_positions)
        rope_theta, rope_scaling, partial = self.rope(max_positions, rope_types, **rope_keys)
        return dict(
            vocab_size=self.positive_int("vocab_size"),
            hidden_size=hidden,
            intermediate_size=self.positive_int("intermediate_size"),
            num_hidden_layers=self.positive_int("num_hidden_layers"),
            num_attention_heads=heads,
            num_key_value_heads=kv_heads,
            head_dim=head_dim,
            max_position_embeddings=max_positions,
            rope_theta=rope_theta,
            rope_scaling=rope_scaling,
            partial_rotary_factor=partial,
            tie_word_embeddings=self.flag("tie_word_embeddings", tie),
            bos_token_id=self.token_ids("bos_token_id", bos),
            eos_token_id=self.token_ids("eos_token_id", eos),
        )

    def rope(self, max_positions: int, types: tuple[str, ...] = (),
             theta_keys: tuple[str, ...] = ("rope_theta",),
             partial_keys: tuple[str, ...] = ("partial_rotary_factor",),
             partial_default: float = 1.0) -> tuple[float, dict | None, float]:
        """(rope_theta, rope_scaling, partial_rotary_factor) from 5.x `rope_parameters` or 4.x keys.

        `types` are the rope_type values the family supports besides "default": "llama3",
        "longrope" (4.x also "su"; its factors' length is checked by the caller's head_dim).
        """
        params = self.d.get("rope_parameters")
        key = "rope_parameters"
        if params is None:
            params, key = self.d.get("rope_scaling") or {}, "rope_scaling"
        if not isinstance(params, dict):
            self.fail(f"{key} must be an object, got {params!r}")
        theta = params.get("rope_theta", self.get(self.first(theta_keys), 10000.0))
        if not isinstance(theta, (int, float)) or isinstance(theta, bool) or not theta > 0:
            self.fail(f"rope_theta must be a positive number, got {theta!r}")
        partial = params.get("partial_rotary_factor", self.get(self.first(partial_keys), partial_default))
        if not isinstance(partial, (int, float)) or isinstance(partial, bool) or not 0 < partial <= 1:
            self.fail(f"partial_rotary_factor must be in (0, 1], got {partial!r}")
        rope_type = params.get("rope_type", params.get("type", "default"))
        rope_type = "longrope" if rope_type == "su" else rope_type
        if rope_type == "default":
            return float(theta), None, float(partial)
        if rope_type not in types:
            supported = ", ".join(repr(t) for t in ("default", *types))
            self.fail(f"unsupported {key} rope_type {rope_type!r} (only {supported})")
        if rope_type == "llama3":
            missing = [k for k in _LLAMA3_KEYS if not isinstance(params.get(k), (int, float))]
            if missing:
                self.fail(f"{key} rope_type 'llama3' lacks numeric {', '.join(missing)}")
            return float(theta), {"rope_type": "llama3", **{k: params[k] for k in _LLAMA3_KEYS}}, float(partial)
        return float(theta), self._longrope(params, key, max_positions), float(partial)

    def _longrope(self, params: dict, key: str, max_positions: int) -> dict:
        """Phi-3's LongRoPE: per-frequency divisors, short below `original_max_position_embeddings`
        positions and long beyond, and cos/sin scaled by an attention factor."""
        original = params.get("original_max_position_embeddings", self.d.get("original_max_position_embeddings"))
        if not isinstance(original, int) or isinstance(original, bool) or original <= 0:
            self.fail(f"{key} rope_type 'longrope' needs original_max_position_embeddings, got {original!r}")
        factors = {}
        for name in ("short_factor", "long_factor"):
            f = params.get(name)
            if not isinstance(f, list) or not f or not all(isinstance(x, (int, float)) and x > 0 for x in f):
                self.fail(f"{key} {name} must be a list of positive numbers, got {f!r}")
            factors[name] = [float(x) for x in f]
        factor = params.get("factor") or max_positions / original
        attention_factor = params.get("attention_factor")
        if attention_factor is None:
            attention_factor = 1.0 if factor <= 1 else math.sqrt(1 + math.log(factor) / math.log(original))
        return {"rope_type": "longrope", **factors, "original_max_position_embeddings": original,
                "attention_factor": float(attention_factor)}

    def non_negative_int(self, key: str, default: int) -> int:
        v = self.get(key, default)
        if not isinstance(v, int) or isinstance(v, bool) or v < 0:
            self.fail(f"{key} must be a non-negative integer, got {v!r}")
        return v

    def layer_windows(self, layers: int, default_window: int | None, default_types: list[str],
                      use_key: str | None = None, types_key: str | None = "layer_types") -> tuple[int, ...]:
        """Per-layer sliding windows (0: full attention), as transformers resolves them.

        `sliding_window` (default `default_window`) applies to the layers that `layer_types`
        (default `default_types`; ignored when `types_key` is None, as Mistral does) marks
        "sliding_attention"; `use_key` names a switch that must be true for any window at all
        (Qwen's use_sliding_window).
        """
        window = self.get("sliding_window", default_window)
        if use_key is not None and not self.flag(use_key, False):
            window = None
        if window is None:
            return ()
        if not isinstance(window, int) or isinstance(window, bool) or window <= 0:
            self.fail(f"sliding_window must be a positive integer or null, got {window!r}")
        types = self.get(types_key, default_types) if types_key else default_types
        if (not isinstance(types, list) or len(types) != layers
                or not set(types) <= {"sliding_attention", "full_attention"}):
            self.fail(f"layer_types must list 'sliding_attention' or 'full_attention' for each of the {layers}"
                      f" layers, got {types!r}")
        windows = tuple(window if t == "sliding_attention" else 0 for t in types)
        return windows if any(windows) else ()

