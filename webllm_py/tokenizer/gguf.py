"""Tokenizers stored in GGUF metadata (``tokenizer.ggml.*``), as llama.cpp writes them.

Only the key/value header is read; tensors are never touched.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any, BinaryIO

from . import normalizers, pretokenizers
from .base import AddedToken, Template, TokenDecoder, Tokenizer, TokenizerError
from .bytelevel import byte_level_encode
from .models import BPE, WordPiece
from .normalizers import SPACE_SYMBOL, CharsMap
from .sentencepiece import BYTE, CONTROL, NORMAL, UNKNOWN, USER_DEFINED, Piece, build
from .unicode import GPT2_PATTERN, LLAMA3_PATTERN, O200K_PATTERN, QWEN2_PATTERN

_SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?",
            10: "<Q", 11: "<q", 12: "<d"}
_STRING, _ARRAY = 8, 9
# tokenizer.ggml.pre -> (split pattern, ignore_merges), for byte-level BPE vocabularies.
_PRE = {
    "default": (GPT2_PATTERN, False), "gpt-2": (GPT2_PATTERN, False),
    "phi-2": (GPT2_PATTERN, False), "roberta-bpe": (GPT2_PATTERN, False),
    "llama-bpe": (LLAMA3_PATTERN, True), "llama3": (LLAMA3_PATTERN, True),
    "dbrx": (LLAMA3_PATTERN, False), "smaug-bpe": (LLAMA3_PATTERN, False),
    "qwen2": (QWEN2_PATTERN, False), "gpt-4o": (O200K_PATTERN, False),
    "llama4": (O200K_PATTERN, True),
}
_STOP_TEXTS = ("<|eot_id|>", "<|eom_id|>", "<|end_of_text|>", "<|im_end|>", "<|end|>",
               "<|endoftext|>", "<end_of_turn>", "<|eot|>", "<|eom|>")


class _Reader:
    def __init__(self, f: BinaryIO, path: Path) -> None:
        self.f = f
        self.path = path

    def read(self, fmt: str) -> Any:
        size = struct.calcsize(fmt)
        data = self.f.read(size)
        if len(data) != size:
            raise TokenizerError(self.path, "GGUF header is truncated")
        return struct.unpack(fmt, data)[0]

    def string(self) -> str:
        length = self.read("<Q")
        data = self.f.read(length)
        if len(data) != length:
            raise TokenizerError(self.path, "GGUF header is truncated (inside a string)")
        return data.decode("utf-8", "replace")

    def value(self, kind: int) -> Any:
        if kind in _SCALARS:
            return self.read(_SCALARS[kind])
        if kind == _STRING:
            return self.string()
        if kind == _ARRAY:
            item_kind = self.read("<I")
            count = self.read("<Q")
            if item_kind in _SCALARS:  # read the whole array at once
                fmt = _SCALARS[item_kind]
                size = struct.calcsize(fmt) * count
                data = self.f.read(size)
                if len(data) != size:
                    raise TokenizerError(self.path, "GGUF header is truncated (inside an array)")
                return list(struct.unpack(f"<{count}{fmt[1]}", data))
            return [self.value(item_kind) for _ in range(count)]
        raise TokenizerError(self.path, f"GGUF header has unknown value type {kind}")


def read_metadata(path: Path) -> dict[str, Any]:
    """The key/value metadata of a GGUF file (versions 2 and 3)."""
    with open(path, "rb") as f:
        reader = _Reader(f, path)
        if f.read(4) != b"GGUF":
            raise TokenizerError(path, "not a GGUF file (bad magic)")
        version = reader.read("<I")
        if version not in (2, 3):
            raise TokenizerError(path, f"unsupported GGUF version {version}")
        reader.read("<Q")  # tensor count
        count = reader.read("<Q")
        metadata = {}
        for _ in range(count):
            key = reader.string()
            metadata[key] = reader.value(reader.read("<I"))
    return metadata


def load(path: Path) -> Tokenizer:
    meta = read_metadata(path)
    model = meta.get("tokenizer.ggml.model")
    tokens = meta.get("tokenizer.ggml.tokens")
    if model is None or not isinstance(tokens, list) or not tokens:
        raise TokenizerError(path, "GGUF file has no tokenizer (no tokenizer.ggml.model/tokens)")
    types = meta.get("tokenizer.ggml.token_type") or [NORMAL] * len(tokens)
    if len(types) != len(tokens):
        raise TokenizerError(path, "tokenizer.ggml.token_type and tokens differ in length")

    def token_id(key: str) -> int | None:
        value = meta.get(f"tokenizer.ggml.{key}")
        return value if isinstance(value, int) and 0 <= value < len(tokens) else None

    def flag(key: str, default: bool) -> bool:
        return bool(meta.get(f"tokenizer.ggml.{key}", default))

    ids = {k: token_id(k) for k in ("bos_token_id", "eos_token_id", "padding_token_id",
                                    "unknown_token_id", "cls_token_id", "seperator_token_id")}
    if model in ("llama", "t5"):
        scores = meta.get("tokenizer.ggml.scores") or [0.0] * len(tokens)
        pieces = [Piece(t, s, k) for t, s, k in zip(tokens, scores, types)]
        blob = meta.get("tokenizer.ggml.precompiled_charsmap")  # uint8 or int8 array
        charsmap = CharsMap(bytes(b & 0xFF for b in blob), path) if blob else None
        tokenizer = build(
            path, f"gguf:{model}", pieces, unigram=model == "t5",
            byte_fallback=any(p.type == BYTE for p in pieces), charsmap=charsmap,
            add_dummy_prefix=flag("add_space_prefix", True),
            remove_extra_whitespaces=flag("remove_extra_whitespaces", False),
            split_user_defined=True, bos_id=ids["bos_token_id"], eos_id=ids["eos_token_id"],
            pad_id=ids["padding_token_id"], unk_id=ids["unknown_token_id"],
            add_bos=flag("add_bos_token", model == "llama"),
            add_eos=flag("add_eos_token", model == "t5"))
    elif model == "gpt2":
        tokenizer = _byte_level_bpe(path, meta, tokens, types, ids)
    elif model == "bert":
        tokenizer = _wordpiece(path, tokens, types, ids)
    else:
        raise TokenizerError(path, f"unsupported GGUF tokenizer model {model!r}")
    # Generation stops at EOS, the declared end-of-turn tokens and known turn terminators.
    stops = {tokenizer.eos_id, token_id("eot_token_id"), token_id("eom_token_id")}
    stops |= {tokenizer.token_to_id(t) for t in _STOP_TEXTS} & tokenizer.special_ids
    tokenizer.stop_ids = frozenset(i for i in stops if i is not None)
    return tokenizer


def _added(tokens: list[str], types: list[int]) -> list[AddedToken]:
    """Control and unknown tokens are special; user-defined ones are matched in any text."""
    return [AddedToken(i, t, special=k != USER_DEFINED)
            for i, (t, k) in enumerate(zip(tokens, types)) if k in (CONTROL, UNKNOWN, USER_DEFINED)]


def _byte_level_bpe(path: Path, meta: dict, tokens: list[str], types: list[int],
                    ids: dict[str, int | None]) -> Tokenizer:
    pre = meta.get("tokenizer.ggml.pre", "default")
    if pre not in _PRE:
        raise TokenizerError(path, f"unsupported tokenizer.ggml.pre {pre!r}")
    pattern, ignore_merges = _PRE[pre]
    merges: dict[tuple[str, str], int] = {}
    for rank, line in enumerate(meta.get("tokenizer.ggml.merges") or []):
        left, sep, right = line.partition(" ")
        if not sep:
            raise TokenizerError(path, f"merge {rank} {line!r} is not 'left right'")
        merges.setdefault((left, right), rank)
    vocab = {t: i for i, t in enumerate(tokens)}
    added = _added(tokens, types)
    bos = ids["bos_token_id"]
    return Tokenizer(
        path=str(path), kind=f"gguf:gpt2:{pre}", vocab=vocab,
        model=BPE(vocab, merges=merges, ignore_merges=ignore_merges),
        decoder=TokenDecoder("byte_level"), pre_tokenizer=pretokenizers.regex_split(pattern),
        word_transform=byte_level_encode, added_tokens=added,
        template=Template(prefix=(bos,) if bos is not None and meta.get(
            "tokenizer.ggml.add_bos_token", False) else ()),
        special_ids=frozenset(t.id for t in added if t.special), bos_id=bos,
        eos_id=ids["eos_token_id"], pad_id=ids["padding_token_id"], unk_id=ids["unknown_token_id"])


def _wordpiece(path: Path, tokens: list[str], types: list[int],
               ids: dict[str, int | None]) -> Tokenizer:
    # llama.cpp stores WordPiece tokens in "phantom space" form: "▁word" starts a word,
    # a bare piece continues one ("##piece" in the original vocabulary).
    original = []
    for token, kind in zip(tokens, types):
        if kind == CONTROL or (token.startswith("[") and token.endswith("]")):
            original.append(token)
        elif token.startswith(SPACE_SYMBOL):
            original.append(token[1:])
        else:
            original.append("##" + token)
    vocab = {}
    for i, token in enumerate(original):
        vocab.setdefault(token, i)
    unk = ids["unknown_token_id"]
    if unk is None:
        raise TokenizerError(path, "BERT vocabulary has no tokenizer.ggml.unknown_token_id")
    specials = [AddedToken(i, t) for i, (t, k) in enumerate(zip(original, types))
                if k in (CONTROL, UNKNOWN) or i in (unk, ids["cls_token_id"],
                                                   ids["seperator_token_id"])]
    cls, sep = ids["cls_token_id"], ids["seperator_token_id"]
    return Tokenizer(
        path=str(path), kind="gguf:bert", vocab=vocab, model=WordPiece(vocab, unk_id=unk),
        normalizer=normalizers.bert_normalizer(True, True, None, True),
        pre_tokenizer=pretokenizers.bert, added_tokens=specials,
        decoder=TokenDecoder("wordpiece", cleanup=True),
        template=Template(prefix=(cls,) if cls is not None else (),
                          suffix=(sep,) if sep is not None else ()),
        special_ids=frozenset(t.id for t in specials), bos_id=cls, eos_id=sep,
        pad_id=ids["padding_token_id"], unk_id=unk)
