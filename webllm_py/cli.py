"""Command line for CPython: `python -m webllm_py {generate,bench,convert,tokenize,bench-tokenizer}`.

A user's mistake (a model name that names nothing, a missing file, a bad argument) prints one
line, `error: ...`, and exits with status 2, as argparse does for bad options; Ctrl-C prints
`interrupted` and exits with 130.  Results go to stdout, progress and errors to stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import struct
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from .console import ProgressBar, stop_on_ctrl_c
from .sampling import SamplingError
from .tokenizer import bench as tokenizer_bench
from .tokenizer import cli as tokenizer_cli

if TYPE_CHECKING:
    from .gpu import Device

PROG = "python -m webllm_py"
DEFAULT_MODEL = "stories260K"
MODEL_HELP = "an embedded model id (stories260K), a Hugging Face or MLC model folder, a llama2.c .bin file, or a URL"


class UsageError(ValueError):
    """A command line that cannot work as given."""


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


async def _device() -> Device:
    from .gpu import request_device

    try:
        return await request_device()
    except (ImportError, RuntimeError) as e:  # no wgpu, no adapter: the machine, not a bug
        raise UsageError(f"no WebGPU device: {e}") from None


def _prompt_ids(text: str) -> list[int]:
    try:
        return [int(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise UsageError(f"--prompt-ids must be comma-separated integers, got {text!r}") from None


def _write_line(text: str) -> None:
    """`text` on stdout, ending with a newline (one is added where it has none)."""
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


async def _generate(args: argparse.Namespace) -> int:
    from .generation import generate
    from .loading.load import load_model_async
    from .loading.resolve import resolve_model
    from .tokenizer import load_tokenizer
    from .transport import files_dir_for

    source = resolve_model(args.model)
    prompt = _prompt_ids(args.prompt_ids) if args.prompt_ids is not None else None
    needs_tokenizer = args.prompt is not None or not args.json
    tokenizer_path = args.tokenizer or source.tokenizer  # a URL's comes down with its model
    if needs_tokenizer and tokenizer_path is None and not source.is_url:
        raise UsageError(f"{args.model} has no tokenizer beside it: give --tokenizer FILE "
                         "(--prompt and text output need one)")
    tokenizer = load_tokenizer(tokenizer_path) if needs_tokenizer and tokenizer_path else None
    files_dir = files_dir_for(source.location) if source.is_url else None
    model = await load_model_async(await _device(), source.location, context_window=args.context_window,
                                   files_dir=files_dir)
    if needs_tokenizer and tokenizer is None:
        tokenizer = load_tokenizer(files_dir)
    if prompt is None and args.prompt is not None:
        prompt = tokenizer.encode(args.prompt, add_special_tokens=True)
    elif prompt is None:
        prompt = [tokenizer.bos_id] if tokenizer and tokenizer.bos_id is not None else [1]
    bad = [i for i in prompt if not 0 <= i < model.config.vocab_size]
    if bad:
        raise UsageError(f"prompt ids {bad[:5]} are outside the vocabulary (0..{model.config.vocab_size - 1})")
    out = await generate(model, prompt, args.max_tokens, temperature=args.temperature, seed=args.seed,
                         keep_logits=args.logits_out is not None)
    if args.logits_out:
        write_npy(args.logits_out, out.logits)
    if args.json:
        _write_line(json.dumps({"prompt_ids": prompt, "ids": out.ids,
                                **({"text": tokenizer.decode(out.ids)} if tokenizer else {})}))
    else:
        _write_line(tokenizer.decode(prompt + out.ids, skip_special_tokens=True))
    return 0


async def _bench(args: argparse.Namespace) -> int:
    from .bench import run_bench

    device = await _device()
    with ProgressBar() as bar:
        result = await run_bench(device, args.model, args.prompt_tokens, args.decode_tokens,
                                 quantization=args.quantization, progress=bar.update, replay=not args.no_replay,
                                 host_only=args.host_only)
    if args.json:
        _write_line(json.dumps(result))
    else:
        for key, value in result.items():
            if key != "config":
                _write_line(f"{key:>26}: {value}")
    return 0


def _convert(args: argparse.Namespace) -> int:
    from .convert import convert

    out = convert(args.hf_dir, args.out_dir, args.quantization, context_window=args.context_window,
                  prefill_chunk=args.prefill_chunk_size, conv_template=args.conv_template, force=args.force)
    _write_line(f"wrote {out}")
    return 0


class _Parser(argparse.ArgumentParser):
    """argparse, with its errors on one line like the CLI's others."""

    def error(self, message: str):  # noqa: D102 - argparse's hook
        self.exit(2, f"error: {message} (see {self.prog} --help)\n")


def _positive(text: str) -> int:
    """An argparse type: an integer of at least 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, got {text!r}")
    return value


def parser() -> argparse.ArgumentParser:
    p = _Parser(prog=PROG, description="webllm-py: LLM inference on WebGPU")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, run: Callable[[argparse.Namespace], int], help: str,
                description: str | None = None) -> argparse.ArgumentParser:
        c = sub.add_parser(name, help=help, description=description or help)
        c.set_defaults(run=run)
        return c

    g = command("generate", lambda a: asyncio.run(_generate(a)),
                "generate from a model (default: the embedded stories260K)")
    g.add_argument("model", nargs="?", default=DEFAULT_MODEL, help=MODEL_HELP)
    prompt = g.add_mutually_exclusive_group()
    prompt.add_argument("--prompt-ids", help="comma-separated prompt token ids")
    prompt.add_argument("--prompt", help="prompt text (needs a tokenizer)")
    g.add_argument("--tokenizer", help="tokenizer file or folder (default: the model's own)")
    g.add_argument("--max-tokens", type=_positive, default=200)
    g.add_argument("--temperature", type=float, default=0.0)
    g.add_argument("--seed", type=int)
    g.add_argument("--context-window", type=_positive)
    g.add_argument("--json", action="store_true", help="print the generated ids as JSON")
    g.add_argument("--logits-out", metavar="FILE.npy",
                   help="write float32 logits [positions, vocab] for every prompt position and generated step")

    b = command("bench", lambda a: asyncio.run(_bench(a)),
                "prefill and decode tokens/s for a model or a standard shape",
                "Prefill and decode tokens/s, best of 3 after a warm-up round; progress on stderr.")
    b.add_argument("model", help=f"{MODEL_HELP}, or a standard shape with random weights: llama-3.2-1b, "
                   "llama-3.1-8b, tinyllama-1.1b, redpajama-incite-3b, qwen2.5-0.5b, phi-3.5-mini, gemma-2-2b, "
                   "mistral-7b, llama-16l-tiny (Llama-3.2-1B's 16 layers and heads at a tiny width: the host's cost per token)")
    b.add_argument("--prompt-tokens", type=_positive, default=128)
    b.add_argument("--decode-tokens", type=_positive, default=64)
    b.add_argument("--quantization", choices=["q0f32", "q4f32_1", "q4f16_1"], default="q0f32",
                   help="weight format of the random weights of a standard shape")
    b.add_argument("--no-replay", action="store_true",
                   help="record every decode step anew instead of replaying one recording (for comparison)")
    b.add_argument("--host-only", action="store_true",
                   help="every kernel an empty shader: the host's own cost per step, without the GPU's work "
                        "(for a CPU adapter, whose work would slow the host being measured); no GPU figures")
    b.add_argument("--json", action="store_true")

    c = command("convert", _convert, "write an MLC/WebLLM model folder from a Hugging Face folder")
    c.add_argument("hf_dir", help="Hugging Face folder: config.json, *.safetensors, tokenizer files")
    c.add_argument("out_dir")
    c.add_argument("--quantization", required=True, choices=["q0f32", "q0f16", "q4f32_1", "q4f16_1"])
    c.add_argument("--context-window", type=_positive, help="default: the model's max_position_embeddings")
    c.add_argument("--prefill-chunk-size", type=_positive, help="default: min(context window, 2048)")
    c.add_argument("--conv-template", help="MLC conversation template name (default: guessed from the vocabulary)")
    c.add_argument("--force", action="store_true", help="replace OUT_DIR if it exists")

    t = command("tokenize", tokenizer_cli.run, "print token ids as JSON", tokenizer_cli.DESCRIPTION)
    tokenizer_cli.add_arguments(t)
    tb = command("bench-tokenizer", tokenizer_bench.run_command, "tokenizer encode throughput",
                 tokenizer_bench.DESCRIPTION)
    tokenizer_bench.add_arguments(tb)
    return p


def _message(e: Exception) -> str:
    if isinstance(e, OSError) and e.strerror and e.filename:
        return f"{e.filename}: {e.strerror}"  # not "[Errno 2] ..."
    return str(e)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:  # what can it do?
        parser().print_help()
        return 2
    args = parser().parse_args(argv)
    with stop_on_ctrl_c():
        try:
            return args.run(args)
        except BrokenPipeError:  # `... | head`: the reader has gone, which is no error
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second complaint at exit
            return 1
        # bad names, files, configs, prompts (UsageError, WeightError, ...), weights that give NaN logits
        except (ValueError, OSError, SamplingError) as e:
            print(f"error: {_message(e)}", file=sys.stderr)
            return 2
