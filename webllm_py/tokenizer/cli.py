"""``python -m webllm_py tokenize``: print the token ids of a text as JSON."""

from __future__ import annotations

import argparse
import json
import sys

from . import TokenizerError, load_tokenizer


def tokenize_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="webllm-py tokenize",
        description="Encode text with a tokenizer file or model folder; print the ids as JSON.")
    parser.add_argument("--tokenizer", required=True,
                        help="tokenizer.json, tokenizer.model, *.tiktoken, *.gguf, tokenizer.bin "
                             "or a model folder")
    parser.add_argument("--text", help="text to encode (default: standard input)")
    parser.add_argument("--add-special-tokens", action="store_true",
                        help="add the model's BOS/EOS-style tokens")
    parser.add_argument("--parse-special", action="store_true",
                        help="turn special-token text such as <|eot_id|> into those tokens")
    args = parser.parse_args(argv)
    text = sys.stdin.read() if args.text is None else args.text
    try:
        tokenizer = load_tokenizer(args.tokenizer)
    except (TokenizerError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    ids = tokenizer.encode(text, add_special_tokens=args.add_special_tokens,
                           parse_special=args.parse_special)
    print(json.dumps(ids))
    return 0
