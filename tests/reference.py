"""Reference Llama models and logits from Hugging Face transformers (CPython test helper)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch
from transformers import LlamaConfig, LlamaForCausalLM
from transformers.utils import logging as hf_logging

hf_logging.disable_progress_bar()

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


def make_random_llama(folder: Path, *, seed: int = 0, dtype: str = "float32",
                      **config_overrides) -> Path:
    """Save a randomly initialised LlamaForCausalLM in `folder` (safetensors) and return it."""
    config = LlamaConfig(**{**_DEFAULTS, **config_overrides})
    torch.manual_seed(seed)
    model = LlamaForCausalLM(config)
    with torch.no_grad():
        # Norm weights start at ones; make them vary so a kernel ignoring them fails.
        for name, p in model.named_parameters():
            if name.endswith("norm.weight"):
                p.uniform_(0.5, 1.5)
    model.to(_DTYPES[dtype]).save_pretrained(folder)
    return Path(folder)


def reference_logits(folder: Path, prompt_ids: list[int], steps: int) -> tuple[np.ndarray, list[int]]:
    """Greedy decoding with a KV cache, in float32 on CPU.

    Returns (logits, generated): row i of logits [len(prompt) + steps - 1, vocab] is the output
    after token i of prompt + generated[:-1]; generated[k] is the argmax of row len(prompt)-1+k.
    """
    model = LlamaForCausalLM.from_pretrained(folder, dtype=torch.float32,
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
