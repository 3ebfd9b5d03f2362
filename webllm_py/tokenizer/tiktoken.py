"""tiktoken BPE files: OpenAI's ``*.tiktoken`` and Meta's Llama 3 / Llama 4 ``tokenizer.model``.

The file holds only ``base64(token bytes) rank`` lines; the split pattern and the special
tokens belong to the model, so they are chosen here from the file name or vocabulary size.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from pathlib import Path

from . import pretokenizers
from .base import AddedToken, Template, TokenDecoder, Tokenizer, TokenizerError
from .bytelevel import byte_level_encode, bytes_to_byte_level
from .models import BPE
from .unicode import GPT2_PATTERN, LLAMA3_PATTERN, O200K_PATTERN


@dataclass(frozen=True)
class _Encoding:
    name: str
    pattern: str
    specials: tuple[tuple[str, int], ...]  # (text, id)
    bos: str | None = None
    eos: str | None = None
    pad: str | None = None
    stops: tuple[str, ...] = ()


def _llama3_specials(first_id: int) -> tuple[tuple[str, int], ...]:
    names = ["<|begin_of_text|>", "<|end_of_text|>", "<|reserved_special_token_0|>",
             "<|reserved_special_token_1|>", "<|finetune_right_pad_id|>", "<|step_id|>",
             "<|start_header_id|>", "<|end_header_id|>", "<|eom_id|>", "<|eot_id|>",
             "<|python_tag|>", "<|image|>"]
    names += [f"<|reserved_special_token_{2 + i}|>" for i in range(256 - len(names))]
    return tuple((name, first_id + i) for i, name in enumerate(names))


def _llama4_specials(first_id: int) -> tuple[tuple[str, int], ...]:
    def reserved(name: str, count: int, start: int = 0) -> list[str]:
        return [f"<|{name}_reserved_special_token_{i}|>" for i in range(start, start + count)]
    names = ["<|begin_of_text|>", "<|end_of_text|>", "<|fim_prefix|>", "<|fim_middle|>",
             "<|fim_suffix|>", "<|header_start|>", "<|header_end|>", "<|eom|>", "<|eot|>",
             "<|step|>", *reserved("text_post_train", 6), "<|python_start|>", "<|python_end|>",
             "<|finetune_right_pad|>", *reserved("text_post_train", 61, 8),
             "<|image_start|>", "<|image_end|>", *reserved("vision", 2), "<|tile_x_separator|>",
             "<|tile_y_separator|>", *reserved("vision", 4, 2), "<|image|>",
             *reserved("vision", 1, 6), "<|patch|>", *reserved("vision", 1041, 7),
             *reserved("reasoning", 8), "<|reasoning_thinking_start|>",
             "<|reasoning_thinking_end|>"]
    names += [f"<|reserved_special_token_{i}|>" for i in range(2048 - len(names))]
    return tuple((name, first_id + i) for i, name in enumerate(names))


# Known vocabularies: by file-name stem, and by number of ranks for Meta's tokenizer.model.
_BY_NAME = {
    "r50k_base": _Encoding("r50k_base", GPT2_PATTERN, (("<|endoftext|>", 50256),),
                           eos="<|endoftext|>", stops=("<|endoftext|>",)),
    "p50k_base": _Encoding("p50k_base", GPT2_PATTERN, (("<|endoftext|>", 50256),),
                           eos="<|endoftext|>", stops=("<|endoftext|>",)),
    "cl100k_base": _Encoding("cl100k_base", LLAMA3_PATTERN, (
        ("<|endoftext|>", 100257), ("<|fim_prefix|>", 100258), ("<|fim_middle|>", 100259),
        ("<|fim_suffix|>", 100260), ("<|endofprompt|>", 100276)),
        eos="<|endoftext|>", stops=("<|endoftext|>",)),
    "o200k_base": _Encoding("o200k_base", O200K_PATTERN, (
        ("<|endoftext|>", 199999), ("<|endofprompt|>", 200018)),
        eos="<|endoftext|>", stops=("<|endoftext|>",)),
}
_BY_SIZE = {
    128000: _Encoding("llama3", LLAMA3_PATTERN, _llama3_specials(128000),
                      bos="<|begin_of_text|>", eos="<|end_of_text|>",
                      pad="<|finetune_right_pad_id|>",
                      stops=("<|end_of_text|>", "<|eom_id|>", "<|eot_id|>")),
    200000: _Encoding("llama4", O200K_PATTERN, _llama4_specials(200000),
                      bos="<|begin_of_text|>", eos="<|end_of_text|>",
                      pad="<|finetune_right_pad|>",
                      stops=("<|end_of_text|>", "<|eom|>", "<|eot|>")),
    50256: _BY_NAME["r50k_base"],
    50280: _BY_NAME["p50k_base"],
    100256: _BY_NAME["cl100k_base"],
    199998: _BY_NAME["o200k_base"],
}


def is_tiktoken(head: bytes) -> bool:
    """Whether a file starts like a tiktoken BPE file (``base64 rank`` lines)."""
    line = head.split(b"\n", 1)[0].strip()
    token, _, rank = line.partition(b" ")
    if not token or not rank.isdigit():
        return False
    try:
        base64.b64decode(token, validate=True)
    except binascii.Error:
        return False
    return True


def read_ranks(path: Path) -> dict[str, int]:
    """Token (in the byte-level alphabet) -> rank, from a tiktoken file."""
    ranks: dict[str, int] = {}
    with open(path, "rb") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            parts = line.split()
            if len(parts) != 2 or not parts[1].isdigit():
                raise TokenizerError(path, f"line {number} is not 'base64-token rank'")
            try:
                token = base64.b64decode(parts[0], validate=True)
            except binascii.Error:
                raise TokenizerError(path, f"line {number}: invalid base64 token") from None
            ranks[bytes_to_byte_level(token)] = int(parts[1])
    if not ranks:
        raise TokenizerError(path, "no tokens in tiktoken file")
    if len(set(ranks.values())) != len(ranks):
        raise TokenizerError(path, "tiktoken file repeats a rank")
    missing = [b for b in range(256) if bytes_to_byte_level(bytes([b])) not in ranks]
    if missing:
        raise TokenizerError(path, f"tiktoken file lacks {len(missing)} single-byte tokens")
    return ranks


def load(path: Path) -> Tokenizer:
    ranks = read_ranks(path)
    stem = path.name.split(".")[0]
    encoding = _BY_NAME.get(stem) or _BY_SIZE.get(len(ranks))
    if encoding is None:
        raise TokenizerError(path, f"unknown tiktoken vocabulary ({len(ranks)} ranks): its split "
                             "pattern and special tokens are not known")
    specials = dict(encoding.specials)
    added = [AddedToken(i, text) for text, i in encoding.specials]
    model = BPE(ranks, piece_ranks=ranks, ignore_merges=True)
    bos = specials.get(encoding.bos) if encoding.bos else None
    return Tokenizer(
        path=str(path), kind=f"tiktoken:{encoding.name}", vocab=ranks, model=model,
        decoder=TokenDecoder("byte_level"),
        pre_tokenizer=pretokenizers.regex_split(encoding.pattern),
        word_transform=byte_level_encode, added_tokens=added,
        template=Template(prefix=(bos,) if bos is not None else ()),
        special_ids=frozenset(specials.values()), bos_id=bos,
        eos_id=specials.get(encoding.eos) if encoding.eos else None,
        pad_id=specials.get(encoding.pad) if encoding.pad else None,
        stop_ids=frozenset(specials[s] for s in encoding.stops), lone_surrogates="replace")
