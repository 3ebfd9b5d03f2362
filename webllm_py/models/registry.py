"""The model families, keyed by `model_type`: config.json's (Hugging Face; each family's
config also checks `architectures`) and mlc-chat-config.json's (MLC LLM uses the same names).

A family is a package beside this module: config.py (a `DecoderConfig` with `from_hf`,
`from_mlc` and `mlc_model_config`), weights.py (its parameters' names) and model.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from .config import ConfigError, DecoderConfig
from .decoder import Decoder
from .gemma.config import GemmaConfig
from .gemma.model import GemmaModel
from .gpt2.config import GPT2Config
from .gpt2.model import GPT2Model
from .gpt_neox.config import GPTNeoXConfig
from .gpt_neox.model import GPTNeoXModel
from .llama.config import LlamaConfig
from .llama.model import LlamaModel
from .mistral.config import MistralConfig
from .mistral.model import MistralModel
from .phi3.config import Phi3Config
from .phi3.model import Phi3Model
from .qwen.config import QwenConfig
from .qwen.model import QwenModel


@dataclass(frozen=True)
class Family:
    name: str
    model_types: tuple[str, ...]
    config: type[DecoderConfig]
    model: type[Decoder]


FAMILIES = (
    Family("llama", ("llama",), LlamaConfig, LlamaModel),
    Family("qwen", ("qwen2", "qwen3"), QwenConfig, QwenModel),
    Family("mistral", ("mistral",), MistralConfig, MistralModel),
    Family("phi3", ("phi3",), Phi3Config, Phi3Model),
    Family("gemma", ("gemma", "gemma2"), GemmaConfig, GemmaModel),
    Family("gpt_neox", ("gpt_neox",), GPTNeoXConfig, GPTNeoXModel),
    Family("gpt2", ("gpt2",), GPT2Config, GPT2Model),
)


SUPPORTED = ", ".join(sorted(t for f in FAMILIES for t in f.model_types))


def family_for(model_type: object, source: str, architectures: object = None) -> Family:
    """The family of a model_type, or a ConfigError naming it (and the architectures, if given)."""
    for family in FAMILIES:
        if model_type in family.model_types:
            return family
    raise ConfigError(f"{source}: unsupported model_type {model_type!r}"
                      f"{f' (architectures {architectures!r})' if architectures else ''}; supported: {SUPPORTED}")


def read_hf_config(d: dict, source: str) -> tuple[Family, DecoderConfig]:
    """A config.json's family and its validated config."""
    if not isinstance(d, dict):
        raise ConfigError(f"{source}: config is not a JSON object")
    family = family_for(d.get("model_type"), source, d.get("architectures"))
    return family, family.config.from_hf(d, source)
