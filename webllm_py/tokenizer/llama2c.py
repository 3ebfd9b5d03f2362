"""llama2.c ``tokenizer.bin``: a SentencePiece BPE vocabulary in Karpathy's binary format.

Layout: int32 max_token_length, then for every token: float32 score, int32 byte length,
the UTF-8 bytes (spaces written as " ", not "▁"). Ids 0/1/2 are <unk>/<s>/</s> (exported as
"\\n<s>\\n" and "\\n</s>\\n" so that run.c prints them on their own line).
"""

from __future__ import annotations

import math
import re
import struct
from pathlib import Path

from .base import Tokenizer, TokenizerError
from .normalizers import SPACE_SYMBOL
from .sentencepiece import BYTE, CONTROL, NORMAL, UNKNOWN, Piece, build

_HEADER = struct.Struct("<i")
_RECORD = struct.Struct("<fi")
_BYTE_PIECE = re.compile(r"<0x[0-9A-F]{2}>")


def is_llama2c(head: bytes) -> bool:
    """Whether a file starts like a llama2.c tokenizer (a plausible first record)."""
    if len(head) < _HEADER.size + _RECORD.size:
        return False
    (max_len,) = _HEADER.unpack_from(head)
    score, length = _RECORD.unpack_from(head, _HEADER.size)
    return 0 < max_len < 4096 and 0 < length <= max_len and math.isfinite(score)


def load(path: Path) -> Tokenizer:
    data = path.read_bytes()
    if len(data) < _HEADER.size:
        raise TokenizerError(path, "llama2.c tokenizer is truncated (no header)")
    (max_len,) = _HEADER.unpack_from(data)
    pieces = []
    pos = _HEADER.size
    while pos < len(data):
        if pos + _RECORD.size > len(data):
            raise TokenizerError(path, f"llama2.c tokenizer is truncated in token {len(pieces)}")
        score, length = _RECORD.unpack_from(data, pos)
        pos += _RECORD.size
        if not 0 < length <= max_len or pos + length > len(data):
            raise TokenizerError(path, f"llama2.c tokenizer is truncated or corrupt at token "
                                 f"{len(pieces)} (length {length})")
        try:
            text = data[pos:pos + length].decode("utf-8")
        except UnicodeDecodeError:
            raise TokenizerError(path, f"token {len(pieces)} is not valid UTF-8") from None
        pos += length
        pieces.append((text, score))
    if len(pieces) < 3:
        raise TokenizerError(path, "llama2.c tokenizer has fewer than 3 tokens")
    typed = []
    for i, (text, score) in enumerate(pieces):
        if i == 0:
            typed.append(Piece(text, score, UNKNOWN))
        elif i in (1, 2):
            typed.append(Piece(text.strip("\n"), score, CONTROL))
        elif _BYTE_PIECE.fullmatch(text):
            typed.append(Piece(text, score, BYTE))
        else:
            typed.append(Piece(text.replace(" ", SPACE_SYMBOL), score, NORMAL))
    byte_fallback = sum(p.type == BYTE for p in typed) == 256
    # run.c: dummy prefix, no whitespace clean-up, merges by score, BOS added.
    return build(path, "llama2c", typed, unigram=False, byte_fallback=byte_fallback,
                 add_dummy_prefix=True, remove_extra_whitespaces=False, bos_id=1, eos_id=2)
