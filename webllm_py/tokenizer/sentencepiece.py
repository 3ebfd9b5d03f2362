"""SentencePiece ``.model`` files (BPE and Unigram), read without the sentencepiece library.

`build` is shared with the GGUF and llama2.c loaders, whose vocabularies are SentencePiece
vocabularies in another container.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from . import protobuf, pretokenizers
from .base import ALL_SPACES, AddedToken, Template, TokenDecoder, Tokenizer, TokenizerError
from .models import BPE, Unigram
from .normalizers import SPACE_SYMBOL, CharsMap, SentencePieceNormalizer

# ModelProto.SentencePiece.Type
NORMAL, UNKNOWN, CONTROL, USER_DEFINED, UNUSED, BYTE = 1, 2, 3, 4, 5, 6
# TrainerSpec.ModelType
_UNIGRAM, _BPE = 1, 2
_FLT_MIN = 1.1754943508222875e-38  # SentencePiece starts max_score at FLT_MIN
_BYTE_PIECE = re.compile(r"<0x[0-9A-F]{2}>")


@dataclass(frozen=True)
class Piece:
    text: str
    score: float
    type: int = NORMAL


class _FrozenFirst:
    """A BPE model that maps user-defined symbols straight to their ids (they never merge)."""

    def __init__(self, model: BPE, frozen: dict[str, int]) -> None:
        self._model = model
        self._frozen = frozen

    def tokenize(self, word: str) -> list[int]:
        token_id = self._frozen.get(word)
        return [token_id] if token_id is not None else self._model.tokenize(word)


def build(path: object, kind: str, pieces: Sequence[Piece], *, unigram: bool,
          byte_fallback: bool, charsmap: CharsMap | None = None, add_dummy_prefix: bool = True,
          remove_extra_whitespaces: bool = False, escape_whitespaces: bool = True,
          split_user_defined: bool = False, bos_id: int | None = None,
          eos_id: int | None = None, pad_id: int | None = None, unk_id: int | None = None,
          add_bos: bool = True, add_eos: bool = False) -> Tokenizer:
    """A tokenizer for a SentencePiece vocabulary.

    With `split_user_defined`, user-defined pieces are cut out of the raw text first, as
    Hugging Face does for converted SentencePiece models; otherwise they are frozen inside
    the normalized text, as SentencePiece itself does. `unk_id` defaults to the piece of
    type UNKNOWN.
    """
    vocab: dict[str, int] = {}
    for i, piece in enumerate(pieces):
        vocab.setdefault(piece.text, i)
    if unk_id is None:
        unk_id = next((i for i, p in enumerate(pieces) if p.type == UNKNOWN), None)
    specials = [AddedToken(i, p.text) for i, p in enumerate(pieces) if p.type in (CONTROL, UNKNOWN)]
    user_defined = {p.text: i for i, p in enumerate(pieces) if p.type == USER_DEFINED}
    mergeable = [p for p in pieces if p.type in (NORMAL, USER_DEFINED, UNUSED)]
    split_words = pretokenizers.words_are_independent((p.text for p in mergeable), vocab)
    frozen = () if split_user_defined else user_defined
    if unigram:
        normal = [p.score for p in pieces if p.type == NORMAL]
        max_score = max([_FLT_MIN, *normal])
        lattice = {}
        for i, p in enumerate(pieces):
            if p.type == NORMAL:
                lattice[p.text] = (i, p.score)
            elif p.type == USER_DEFINED:  # a bonus that makes them always win
                lattice[p.text] = (i, len(p.text.encode()) * max_score - 0.1)
        model = Unigram(vocab, lattice, unk_id=unk_id, unk_score=min(normal, default=0.0) - 10.0,
                        byte_fallback=byte_fallback, float32=True)
        pre_tokenizer = pretokenizers.sentencepiece_chunks((), split_words)
    else:
        bpe = BPE(vocab, piece_ranks={p.text: -p.score for p in mergeable}, unk_id=unk_id,
                  byte_fallback=byte_fallback, fuse_unk=True,
                  unused=frozenset(p.text for p in pieces if p.type == UNUSED))
        model = _FrozenFirst(bpe, dict(frozen)) if frozen else bpe
        pre_tokenizer = pretokenizers.sentencepiece_chunks(frozen, split_words)
    added = specials + ([AddedToken(i, text, special=False) for text, i in user_defined.items()]
                       if split_user_defined else [])
    template = Template(prefix=(bos_id,) if add_bos and bos_id is not None else (),
                        suffix=(eos_id,) if add_eos and eos_id is not None else ())
    return Tokenizer(
        path=str(path), kind=kind, vocab=vocab, model=model,
        normalizer=SentencePieceNormalizer(
            charsmap, add_dummy_prefix=add_dummy_prefix,
            remove_extra_whitespaces=remove_extra_whitespaces,
            escape_whitespaces=escape_whitespaces, user_defined=frozen),
        pre_tokenizer=pre_tokenizer, added_tokens=added,
        decoder=TokenDecoder(
            "pieces", replacements=((SPACE_SYMBOL, " "),) if escape_whitespaces else (),
            byte_fallback=byte_fallback,
            # SentencePiece drops the dummy prefix, and every leading space if it removes
            # extra whitespace.
            strip_leading=ALL_SPACES if remove_extra_whitespaces else int(add_dummy_prefix)),
        template=template, special_ids=frozenset(t.id for t in specials),
        bos_id=bos_id, eos_id=eos_id, pad_id=pad_id, unk_id=unk_id)


def is_model_proto(head: bytes) -> bool:
    """Whether a file starts like a SentencePiece ModelProto: field 1 (a piece message)
    whose own first field is the piece string."""
    if head[:1] != b"\x0a":
        return False
    try:
        _, pos = protobuf.read_varint(head, 1, "")
    except TokenizerError:
        return False
    return head[pos:pos + 1] == b"\x0a"


def _check(path: Path, pieces: list[Piece], byte_fallback: bool) -> None:
    """The consistency checks SentencePiece makes when it loads a model."""
    seen: set[str] = set()
    for i, piece in enumerate(pieces):
        if not piece.text:
            raise TokenizerError(path, f"piece {i} is empty")
        if piece.text in seen:
            raise TokenizerError(path, f"piece {piece.text!r} is defined twice")
        seen.add(piece.text)
        if piece.type not in (NORMAL, UNKNOWN, CONTROL, USER_DEFINED, UNUSED, BYTE):
            raise TokenizerError(path, f"piece {i} has unknown type {piece.type}")
        if piece.type == BYTE and not (byte_fallback and _BYTE_PIECE.fullmatch(piece.text)):
            raise TokenizerError(path, f"byte piece {piece.text!r} is invalid, or "
                                 "byte_fallback is off")
    if sum(p.type == UNKNOWN for p in pieces) != 1:
        raise TokenizerError(path, "the model must define exactly one unknown piece")
    if byte_fallback and sum(p.type == BYTE for p in pieces) != 256:
        raise TokenizerError(path, "byte_fallback is on but there are not 256 byte pieces")


def load(path: Path) -> Tokenizer:
    model = protobuf.Message(path.read_bytes(), path)
    if 1 not in model:
        raise TokenizerError(path, "SentencePiece model has no pieces")
    pieces = []
    for raw in model.repeated(1):
        piece = protobuf.Message(raw, path)
        try:
            text = piece.raw(1).decode("utf-8")
        except UnicodeDecodeError:
            raise TokenizerError(path, f"piece {len(pieces)} is not valid UTF-8") from None
        pieces.append(Piece(text, piece.float32(2), piece.varint(3, NORMAL)))
    trainer, spec = model.message(2), model.message(3)
    model_type = trainer.varint(3, _UNIGRAM)
    if model_type not in (_UNIGRAM, _BPE):
        name = {3: "WORD", 4: "CHAR"}.get(model_type, str(model_type))
        raise TokenizerError(path, f"unsupported SentencePiece model type {name}")
    if trainer.varint(24):
        raise TokenizerError(path, "unsupported SentencePiece option treat_whitespace_as_suffix")
    if model.message(5).raw(2):
        raise TokenizerError(path, "unsupported SentencePiece denormalizer rules")
    byte_fallback = bool(trainer.varint(35))
    _check(path, pieces, byte_fallback)
    blob = spec.raw(2)

    def special_id(field: int, default: int) -> int | None:
        value = trainer.varint(field, default)
        return value if 0 <= value < len(pieces) else None

    kind = "unigram" if model_type == _UNIGRAM else "bpe"
    return build(path, f"sentencepiece:{kind}", pieces, unigram=model_type == _UNIGRAM,
                 byte_fallback=byte_fallback, charsmap=CharsMap(blob, path) if blob else None,
                 add_dummy_prefix=bool(spec.varint(3, 1)),
                 remove_extra_whitespaces=bool(spec.varint(4, 1)),
                 escape_whitespaces=bool(spec.varint(5, 1)),
                 bos_id=special_id(41, 1), eos_id=special_id(42, 2), pad_id=special_id(43, -1))
