"""``python -m webllm_py tokenize``: print the token ids of a text as JSON."""

from __future__ import annotations

import argparse
import json
import sys

from . import TokenizerError, load_tokenizer

PROG = "python -m webllm_py tokenize"
DESCRIPTION = "Encode text with a tokenizer file or model folder; print the ids as JSON."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--tokenizer", required=True,
                        help="tokenizer.json, tokenizer.model, *.tiktoken, *.gguf, tokenizer.bin "
                             "or a model folder")
    parser.add_argument("--text", help="text to encode (default: standard input)")
    parser.add_argument("--add-special-tokens", action="store_true",
                        help="add the model's BOS/EOS-style tokens")
    parser.add_argument("--parse-special", action="store_true",
                        help="turn special-token text such as <|eot_id|> into those tokens")


def run(args: argparse.Namespace) -> int:
    """Print the ids; a bad tokenizer file raises `TokenizerError`."""
    tokenizer = load_tokenizer(args.tokenizer)
    if args.text is None and sys.stdin.isatty():  # else a person sees nothing happen
        print("reading the text from standard input; end it with Ctrl-D", file=sys.stderr)
    text = sys.stdin.read() if args.text is None else args.text
    ids = tokenizer.encode(text, add_special_tokens=args.add_special_tokens, parse_special=args.parse_special)
    print(json.dumps(ids))
    return 0


def tokenize_main(argv: list[str]) -> int:
    """The command without the rest of the CLI (for Pyodide, where there is no shell)."""
    parser = argparse.ArgumentParser(prog=PROG, description=DESCRIPTION)
    add_arguments(parser)
    try:
        return run(parser.parse_args(argv))
    except (TokenizerError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
