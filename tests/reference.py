"""Reference models and logits from Hugging Face transformers (CPython test helper)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch
from transformers import AutoConfig, AutoModelForCausalLM, LlamaConfig
from transformers.utils import logging as hf_logging

hf_logging.disable_progress_bar()
hf_logging.set_verbosity_error()

_DTYPES = {"float32": torch.float32, "float16": torch.float16, "bfloat16": torch.bfloat16}

# Small but not degenerate: GQA (4 heads over 2 kv heads) and head_dim * heads != hidden,
# so shape bugs in the attention projections cannot cancel out.
_DEFAULTS = dict(
    vocab_size=320,
    hidden_size=96,
    intermediate_size=200,
    num_hidden_layers=3,
    num_attention_heads=4,
    num_key_value_heads=2,
    head_dim=32,
    rms_norm_eps=1e-5,
    max_position_embeddings=256,
    tie_word_embeddings=False,
    bos_token_id=1,
    eos_token_id=2,
    initializer_range=0.2,  # default 0.02 gives near-uniform logits and fragile greedy ids
)


def make_random_model(folder: Path, config, *, seed: int = 0, dtype: str = "float32",
                      norm_weights: tuple[float, float] = (0.5, 1.5)) -> Path:
    """Save a randomly initialised AutoModelForCausalLM of `config` in `folder` (safetensors).

    Norm weights start at ones (zeros for Gemma's 1 + w) and biases at zeros: both are
    re-drawn, norm weights uniform in `norm_weights` and biases normal with the config's
    initializer_range, so that a kernel ignoring either fails.
    """
    torch.manual_seed(seed)
    model = AutoModelForCausalLM.from_config(config)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if name.endswith(".bias"):
                p.normal_(0, config.initializer_range)
            elif p.ndim == 1:
                p.uniform_(*norm_weights)
    model.to(_DTYPES[dtype]).save_pretrained(folder)
    return Path(folder)


def make_random(folder: Path, model_type: str, *, seed: int = 0, dtype: str = "float32", **config) -> Path:
    """A random model of any transformers `model_type`, from config keyword arguments."""
    norm = (-0.5, 0.5) if model_type in ("gemma", "gemma2") else (0.5, 1.5)
    return make_random_model(folder, AutoConfig.for_model(model_type, **config), seed=seed, dtype=dtype,
                             norm_weights=norm)


def make_random_llama(folder: Path, *, seed: int = 0, dtype: str = "float32",
                      **config_overrides) -> Path:
    """Save a randomly initialised LlamaForCausalLM in `folder` (safetensors) and return it."""
    return make_random_model(folder, LlamaConfig(**{**_DEFAULTS, **config_overrides}), seed=seed, dtype=dtype)


def reference_logits(folder: Path, prompt_ids: list[int], steps: int) -> tuple[np.ndarray, list[int]]:
    """Greedy decoding with a KV cache, in float32 on CPU.

    Returns (logits, generated): row i of logits [len(prompt) + steps - 1, vocab] is the output
    after token i of prompt + generated[:-1]; generated[k] is the argmax of row len(prompt)-1+k.
    """
    model = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32,
                                                 attn_implementation="eager").eval()
    rows: list[torch.Tensor] = []
    generated: list[int] = []
    with torch.no_grad():
        out = model(torch.tensor([prompt_ids]), use_cache=True)
        rows.extend(out.logits[0])
        for step in range(steps):
            next_id = int(rows[-1].argmax())
            generated.append(next_id)
            if step == steps - 1:
                break
            out = model(torch.tensor([[next_id]]), past_key_values=out.past_key_values,
                        use_cache=True)
            rows.append(out.logits[0, -1])
    return torch.stack(rows).float().numpy(), generated
