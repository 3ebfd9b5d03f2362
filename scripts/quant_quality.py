"""How much a weight format costs in quality: mean KL divergence and top-1 agreement against float32.

    .venv/bin/python -P scripts/quant_quality.py MODEL.gguf TEXT.txt [--tokens 256]

The reference is transformers in float32 on the GGUF's dequantized weights.  Each candidate
runs on our engine over the same tokens (the first `--tokens` of TEXT, no chat template):
the GGUF itself (its block format on the GPU), and conversions of it to MLC's `q4f16_1`,
`q4f32_1` and `q0f16`.  Per position, KL(reference || candidate) of the next-token
distributions; top-1 agreement is how often both pick the same most likely token.
The README's quality table is this script's output.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from webllm_py.convert import convert
from webllm_py.gpu import request_device
from webllm_py.loading.load import load_model

CANDIDATES = ("q4f16_1", "q4f32_1", "q0f16")


def log_softmax(logits: np.ndarray) -> np.ndarray:
    z = logits.astype(np.float64)
    z -= z.max(axis=-1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=-1, keepdims=True))


def compare(reference: np.ndarray, candidate: np.ndarray) -> tuple[float, float]:
    """(mean KL(reference || candidate), top-1 agreement) over positions."""
    p, q = log_softmax(reference), log_softmax(candidate)
    kl = (np.exp(p) * (p - q)).sum(axis=-1)
    return float(kl.mean()), float((reference.argmax(-1) == candidate.argmax(-1)).mean())


def reference_logits(gguf: Path, ids: list[int]) -> np.ndarray:
    import torch
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, dtype=torch.float32)
    with torch.no_grad():
        return model(torch.tensor([ids])).logits[0].numpy()


async def our_logits(model_path: str, ids: list[int]) -> np.ndarray:
    """Every position's logits from our engine, in prefill chunks."""
    model = load_model(await request_device(), model_path, context_window=len(ids), prefill_chunk=64)
    rows = []
    for start in range(0, len(ids), model.prefill_chunk):
        chunk = ids[start:start + model.prefill_chunk]
        logits = model.forward(chunk, start, all_logits=True)
        rows.append(np.frombuffer(await model.device.read(logits), np.float32).reshape(len(chunk), -1))
    model.release()
    return np.concatenate(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gguf", type=Path)
    parser.add_argument("text", type=Path)
    parser.add_argument("--tokens", type=int, default=256)
    args = parser.parse_args(argv)

    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(args.gguf.parent, gguf_file=args.gguf.name)
    ids = tokenizer(args.text.read_text(encoding="utf-8")[:20 * args.tokens])["input_ids"][:args.tokens]
    reference = reference_logits(args.gguf, ids)
    rows = [("GGUF (native block format)", str(args.gguf))]
    with tempfile.TemporaryDirectory() as tmp:
        for q in CANDIDATES:
            rows.append((f"`{q}`", str(convert(args.gguf, Path(tmp) / q, q, context_window=len(ids)))))
        print(f"{args.gguf.name}, {len(ids)} tokens of {args.text.name}; reference: transformers float32")
        print("| weights | mean KL | top-1 agreement |\n|---|---|---|")
        for name, path in rows:
            t0 = time.perf_counter()
            kl, top1 = compare(reference, asyncio.run(our_logits(path, ids)))
            print(f"| {name} | {kl:.3g} | {top1:.3f} |", flush=True)
            print(f"  ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
