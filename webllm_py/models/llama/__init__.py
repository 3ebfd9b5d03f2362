"""The Llama architecture (Llama 2/3, TinyLlama, SmolLM, llama2.c stories)."""

from .config import ConfigError, LlamaConfig

__all__ = ["ConfigError", "LlamaConfig"]
