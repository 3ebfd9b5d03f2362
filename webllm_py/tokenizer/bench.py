"""``python -m webllm_py bench-tokenizer``: encode throughput on War and Peace.

Each tokenizer is loaded fresh, so the figure includes filling the per-word cache, as the
first encode of a long prompt would. Works in CPython and in Pyodide (where the shared data
folder is usually mounted at ``/data``).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from . import load_tokenizer

DEFAULT_TOKENIZERS = {
    "llama3": "tokenizers/llama3_tiktoken/tokenizer.model",
    "llama2": "tokenizers/llama2_sentencepiece/tokenizer.model",
}
DEFAULT_TEXT = "text/war-and-peace.txt"


def default_data_dir() -> Path:
    """``$WEBLLM_PY_DATA``, else ``shared/data`` beside the repository, else ``/data``."""
    if os.environ.get("WEBLLM_PY_DATA"):
        return Path(os.environ["WEBLLM_PY_DATA"])
    beside_repo = Path(__file__).resolve().parents[3] / "shared" / "data"
    return beside_repo if beside_repo.is_dir() else Path("/data")


def run(text_path: Path, tokenizers: dict[str, Path]) -> list[dict[str, object]]:
    """Load each tokenizer and encode the text once; return the timings."""
    text = text_path.read_text(encoding="utf-8")
    size = len(text.encode("utf-8"))
    results = []
    for name, path in tokenizers.items():
        start = time.perf_counter()
        tokenizer = load_tokenizer(path)
        loaded = time.perf_counter()
        ids = tokenizer.encode(text)
        done = time.perf_counter()
        results.append({"name": name, "kind": tokenizer.kind, "bytes": size, "tokens": len(ids),
                        "load_s": loaded - start, "encode_s": done - loaded,
                        "mb_per_s": size / (done - loaded) / 1e6})
    return results


PROG = "python -m webllm_py bench-tokenizer"
DESCRIPTION = ("Tokenizer encode throughput on War and Peace. Each tokenizer is loaded fresh, so the figure "
               "includes filling its per-word cache, as the first encode of a long prompt would.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", type=Path, default=None,
                        help="shared data folder (default: $WEBLLM_PY_DATA, ../shared/data, /data)")
    parser.add_argument("--text", type=Path, default=None,
                        help=f"text to encode (default: <data>/{DEFAULT_TEXT})")
    parser.add_argument("--tokenizer", action="append", default=[], metavar="NAME=PATH",
                        help="tokenizer to time (repeatable; default: Llama 3 and Llama 2)")


def run_command(args: argparse.Namespace) -> int:
    """Time the tokenizers `args` name and print one line each."""
    data = args.data or default_data_dir()
    tokenizers = {name: data / path for name, path in DEFAULT_TOKENIZERS.items()}
    if args.tokenizer:
        tokenizers = {}
        for item in args.tokenizer:
            name, sep, path = item.partition("=")
            tokenizers[name if sep else Path(item).name] = Path(path if sep else item)
    text_path = args.text or data / DEFAULT_TEXT
    print(f"Python {sys.version.split()[0]} on {sys.platform}; text {text_path}")
    for r in run(text_path, tokenizers):
        print(f"{r['name']:>8} ({r['kind']}): load {r['load_s']:.2f} s, encode "
              f"{r['bytes'] / 1e6:.2f} MB in {r['encode_s']:.2f} s = {r['mb_per_s']:.2f} MB/s "
              f"({r['tokens']} tokens)")
    return 0


def main(argv: list[str] | None = None) -> int:
    """The command without the rest of the CLI (for Pyodide, where there is no shell)."""
    parser = argparse.ArgumentParser(prog=PROG, description=DESCRIPTION)
    add_arguments(parser)
    return run_command(parser.parse_args(argv))
