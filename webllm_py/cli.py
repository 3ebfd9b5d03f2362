"""Command line for CPython: `python -m webllm_py {generate,bench,convert,tokenize,bench-tokenizer}`."""

from __future__ import annotations

import argparse
import asyncio
import json
import struct
import sys
from importlib import resources
from pathlib import Path

DEFAULT_MODEL = "stories260K"


def embedded_model(name: str) -> tuple[Path, Path] | None:
    """(weights, tokenizer) of a model shipped inside the package, by name."""
    folder = Path(str(resources.files("webllm_py") / "assets" / name))
    if name == DEFAULT_MODEL and folder.is_dir():
        return folder / "stories260K.bin", folder / "tok512.bin"
    return None


def write_npy(path: str, rows: list[list[float]]) -> None:
    """A float32 [rows, cols] .npy file (format 1.0), written without numpy."""
    shape = (len(rows), len(rows[0]) if rows else 0)
    header = f"{{'descr': '<f4', 'fortran_order': False, 'shape': {shape}, }}"
    header += " " * (-(len(header) + 11) % 64) + "\n"
    tmp = Path(path + ".partial")
    with open(tmp, "wb") as f:
        f.write(b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header.encode("latin1"))
        for row in rows:
            f.write(struct.pack(f"<{len(row)}f", *row))
    tmp.replace(path)  # never leave a half-written file under the real name


async def _generate(args: argparse.Namespace) -> int:
    from .generation import generate
    from .gpu import request_device
    from .models.load import load_model

    model_path, tokenizer_path = embedded_model(args.model) or (Path(args.model), args.tokenizer)
    tokenizer_path = args.tokenizer or tokenizer_path
    tokenizer = None
    if args.prompt is not None or not args.json:
        if tokenizer_path is None:
            tokenizer_path = Path(args.model) if Path(args.model).is_dir() else None
        if tokenizer_path is None:
            raise SystemExit("error: --prompt and text output need a tokenizer (--tokenizer PATH)")
        from .tokenizer import load_tokenizer

        tokenizer = load_tokenizer(tokenizer_path)
    if args.prompt_ids is not None:
        try:
            prompt = [int(x) for x in args.prompt_ids.split(",") if x.strip()]
        except ValueError:
            raise SystemExit(f"error: --prompt-ids must be comma-separated integers, got {args.prompt_ids!r}") from None
    elif args.prompt is not None:
        prompt = tokenizer.encode(args.prompt, add_special_tokens=True)
    else:
        prompt = [tokenizer.bos_id] if tokenizer and tokenizer.bos_id is not None else [1]
    model = load_model(await request_device(), model_path, context_window=args.context_window)
    bad = [i for i in prompt if not 0 <= i < model.config.vocab_size]
    if bad:
        raise SystemExit(f"error: prompt ids {bad[:5]} are outside the vocabulary (0..{model.config.vocab_size - 1})")
    out = await generate(model, prompt, args.max_tokens, temperature=args.temperature, seed=args.seed,
                         keep_logits=args.logits_out is not None)
    if args.logits_out:
        write_npy(args.logits_out, out.logits)
    if args.json:
        print(json.dumps({"prompt_ids": prompt, "ids": out.ids,
                          **({"text": tokenizer.decode(out.ids)} if tokenizer else {})}))
    else:
        print(tokenizer.decode(prompt + out.ids, skip_special_tokens=True))
    return 0


async def _bench(args: argparse.Namespace) -> int:
    from .bench import run_bench
    from .gpu import request_device

    model = str(embedded_model(args.model)[0]) if embedded_model(args.model) else args.model
    result = await run_bench(await request_device(), model, args.prompt_tokens, args.decode_tokens,
                             quantization=args.quantization)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            if key != "config":
                print(f"{key:>26}: {value}")
    return 0


def _convert(args: argparse.Namespace) -> int:
    from .convert import convert

    out = convert(args.hf_dir, args.out_dir, args.quantization, context_window=args.context_window,
                  prefill_chunk=args.prefill_chunk_size, conv_template=args.conv_template, force=args.force)
    print(f"wrote {out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m webllm_py", description="webllm-py: LLM inference on WebGPU")
    sub = parser.add_subparsers(dest="command", required=True)

    g = sub.add_parser("generate", help="generate from a model (default: the embedded stories260K)")
    g.add_argument("model", nargs="?", default=DEFAULT_MODEL,
                   help="'stories260K', a Hugging Face folder, or a llama2.c .bin file")
    g.add_argument("--prompt-ids", help="comma-separated prompt token ids")
    g.add_argument("--prompt", help="prompt text (needs a tokenizer)")
    g.add_argument("--tokenizer", help="tokenizer file or folder (default: the model's own)")
    g.add_argument("--max-tokens", type=int, default=200)
    g.add_argument("--temperature", type=float, default=0.0)
    g.add_argument("--seed", type=int)
    g.add_argument("--context-window", type=int)
    g.add_argument("--json", action="store_true", help="print the generated ids as JSON")
    g.add_argument("--logits-out", metavar="FILE.npy",
                   help="write float32 logits [positions, vocab] for every prompt position and generated step")

    b = sub.add_parser("bench", help="prefill and decode tokens/s for a model or a standard shape")
    b.add_argument("model", help="a model path, 'stories260K', or a standard shape: llama-3.2-1b, "
                   "llama-3.1-8b, tinyllama-1.1b, redpajama-incite-3b, qwen2.5-0.5b, phi-3.5-mini, gemma-2-2b, "
                   "mistral-7b (random weights; webllm_py/bench.py)")
    b.add_argument("--prompt-tokens", type=int, default=128)
    b.add_argument("--decode-tokens", type=int, default=64)
    b.add_argument("--quantization", choices=["q0f32", "q4f32_1", "q4f16_1"], default="q0f32",
                   help="weight format of the random weights of a standard shape")
    b.add_argument("--json", action="store_true")

    c = sub.add_parser("convert", help="write an MLC/WebLLM model folder from a Hugging Face folder")
    c.add_argument("hf_dir", help="Hugging Face folder: config.json, *.safetensors, tokenizer files")
    c.add_argument("out_dir")
    c.add_argument("--quantization", required=True, choices=["q0f32", "q0f16", "q4f32_1", "q4f16_1"])
    c.add_argument("--context-window", type=int, help="default: the model's max_position_embeddings")
    c.add_argument("--prefill-chunk-size", type=int, help="default: min(context window, 2048)")
    c.add_argument("--conv-template", help="MLC conversation template name (default: guessed from the vocabulary)")
    c.add_argument("--force", action="store_true", help="replace OUT_DIR if it exists")

    sub.add_parser("tokenize", help="print token ids as JSON", add_help=False)
    sub.add_parser("bench-tokenizer", help="tokenizer encode throughput", add_help=False)

    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "tokenize":
        from .tokenizer.cli import tokenize_main

        return tokenize_main(argv[1:])
    if argv and argv[0] == "bench-tokenizer":
        from .tokenizer.bench import main as bench_tokenizer

        return bench_tokenizer(argv[1:])
    args = parser.parse_args(argv)
    if args.command == "generate" and args.prompt_ids is not None and args.prompt is not None:
        parser.error("give --prompt-ids or --prompt, not both")
    try:
        if args.command == "convert":
            return _convert(args)
        return asyncio.run(_generate(args) if args.command == "generate" else _bench(args))
    except ValueError as e:  # bad files, configs, prompts: WeightError, ConfigError, TokenizerError, ...
        print(f"error: {e}", file=sys.stderr)
        return 2
