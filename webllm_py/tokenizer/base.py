"""The tokenizer pipeline shared by every file format.

A `Tokenizer` runs the same stages as Hugging Face `tokenizers`, so each loader only has to
translate its file into these parts:

1. added tokens are cut out of the raw text (special ones only when asked);
2. each remaining segment is normalized, split into words, and every word is encoded by
   the model (BPE, Unigram or WordPiece), with a per-word cache;
3. a template adds BOS/EOS-style tokens when `add_special_tokens` is set.

Decoding maps every id to bytes and decodes their concatenation as UTF-8, which is what
makes incremental decoding (`stream.StreamDecoder`) give exactly the one-shot text.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from .bytelevel import byte_level_decode
from .stream import StreamDecoder
from .unicode import property_ranges

# Unicode White_Space, which Rust's char::is_whitespace tests (str.isspace adds \x1c-\x1f).
_SURROGATE = re.compile("[\ud800-\udfff]")
_WHITE_SPACE = frozenset(chr(c) for a, b in property_ranges("White_Space")
                         for c in range(a, b + 1))


class TokenizerError(ValueError):
    """A tokenizer file is malformed, truncated or uses an unsupported feature."""

    def __init__(self, path: object, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


def read_json(path: Path, parse_float: Callable[[str], float] = float) -> object:
    """Parse a JSON file, reporting problems as `TokenizerError`."""
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f, parse_float=parse_float)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TokenizerError(path, f"cannot read JSON: {exc}") from None


class Model(Protocol):
    """A subword model (see `models.py`): the ids of one pre-tokenized word."""

    def tokenize(self, word: str) -> list[int]: ...


@dataclass(frozen=True)
class AddedToken:
    """A token matched as a whole in the input before any other processing."""

    id: int
    content: str
    special: bool = True
    lstrip: bool = False
    rstrip: bool = False
    single_word: bool = False
    normalized: bool = False


class AddedTokenMatcher:
    """Finds added tokens in text, leftmost-longest, with HF's lstrip/rstrip/single_word rules."""

    def __init__(self, tokens: Iterable[AddedToken]) -> None:
        self._tokens: dict[str, AddedToken] = {}
        for token in tokens:  # the first of tokens with equal (normalized) text wins, as in HF
            if token.content:
                self._tokens.setdefault(token.content, token)
        ordered = sorted(self._tokens, key=len, reverse=True)
        self._all = self._compile(ordered)
        self._plain = self._compile([c for c in ordered if not self._tokens[c].special])

    @staticmethod
    def _compile(contents: list[str]) -> re.Pattern[str] | None:
        return re.compile("|".join(map(re.escape, contents))) if contents else None

    def split(self, text: str, parse_special: bool) -> list[str | int]:
        """Text pieces and token ids, in order; special tokens only if `parse_special`."""
        pattern = self._all if parse_special else self._plain
        if pattern is None:
            return [text]
        out: list[str | int] = []
        start = 0
        for match in pattern.finditer(text):
            token = self._tokens[match.group()]
            begin, end = match.span()
            if begin < start:  # inside whitespace an earlier rstrip token swallowed
                continue
            if token.single_word and not _is_single_word(text, begin, end):
                continue
            if token.lstrip:
                while begin > start and text[begin - 1] in _WHITE_SPACE:
                    begin -= 1
            if token.rstrip:
                while end < len(text) and text[end] in _WHITE_SPACE:
                    end += 1
            if begin > start:
                out.append(text[start:begin])
            out.append(token.id)
            start = end
        if start < len(text):
            out.append(text[start:])
        return out


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _is_single_word(text: str, begin: int, end: int) -> bool:
    return ((begin == 0 or not _is_word_char(text[begin - 1]))
            and (end == len(text) or not _is_word_char(text[end])))


@dataclass(frozen=True)
class Template:
    """Post-processor: the ids added around a sequence when `add_special_tokens` is set."""

    prefix: tuple[int, ...] = ()
    suffix: tuple[int, ...] = ()

    def apply(self, ids: list[int]) -> list[int]:
        return [*self.prefix, *ids, *self.suffix]


_CLEANUPS = ((" .", "."), (" ?", "?"), (" !", "!"), (" ,", ","), (" ' ", "'"), (" n't", "n't"),
             (" 'm", "'m"), (" do not", " don't"), (" 's", "'s"), (" 've", "'ve"), (" 're", "'re"))


def cleanup_token(text: str) -> str:
    """HF WordPiece decoder cleanup (applied per token, as `tokenizers` does)."""
    for old, new in _CLEANUPS:
        text = text.replace(old, new)
    return text


_BYTE_TOKEN = re.compile("<0x[0-9A-Fa-f]{2}>")
BYTE_BY_BYTE = "webllm-replace-each-byte"  # a codecs error handler, registered below


def _replace_each_byte(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return "\ufffd" * (error.end - error.start), error.end


codecs.register_error(BYTE_BY_BYTE, _replace_each_byte)
ALL_SPACES = -1  # TokenDecoder.strip_leading: strip every leading space


@dataclass(frozen=True)
class TokenDecoder:
    """How one token string becomes bytes.

    ``kind`` is ``"byte_level"`` (GPT-2 byte-to-unicode alphabet), ``"pieces"`` (text
    pieces with `replacements`, e.g. SentencePiece's ``▁`` for space, and ``<0xNN>`` byte
    tokens when `byte_fallback`) or ``"wordpiece"`` (``##`` continues a word, other tokens
    start one after a space, except the first). `strip_leading` spaces are removed from the
    start of the text (all of them if it is `ALL_SPACES`); `first_drops` is deleted from
    the first token (HF's Metaspace decoder drops every ``▁`` of it). `steps` rewrite each
    token string first (HF's Replace and Strip decoders).
    """

    kind: str
    replacements: tuple[tuple[str, str], ...] = ()
    byte_fallback: bool = False
    strip_leading: int = 0
    first_drops: str = ""
    wordpiece_prefix: str = "##"
    cleanup: bool = False
    steps: tuple[Callable[[str], str], ...] = ()

    @property
    def utf8_errors(self) -> str:
        """How invalid UTF-8 in the decoded bytes becomes U+FFFD: with byte-fallback tokens,
        one per byte, as sentencepiece and HF's ByteFallback do; otherwise one per maximal
        invalid sequence, as HF's ByteLevel (Rust's from_utf8_lossy) and tiktoken do."""
        return BYTE_BY_BYTE if self.byte_fallback else "replace"

    @property
    def first_differs(self) -> bool:
        """Whether the first token of a text decodes differently from later ones."""
        return self.kind == "wordpiece" or bool(self.first_drops)

    def token_bytes(self, token: str, first: bool = False) -> bytes:
        if self.byte_fallback and _BYTE_TOKEN.fullmatch(token):
            return bytes([int(token[3:5], 16)])
        for step in self.steps:
            token = step(token)
        if self.kind == "byte_level":
            for old, new in self.replacements:  # (characters outside the byte alphabet)
                token = token.replace(old, new)
            return byte_level_decode(token)
        if self.kind == "wordpiece":
            if first:
                text = token
            elif self.wordpiece_prefix and token.startswith(self.wordpiece_prefix):
                text = token[len(self.wordpiece_prefix):]
            else:
                text = " " + token
            return (cleanup_token(text) if self.cleanup else text).encode()
        if first and self.first_drops:
            token = token.replace(self.first_drops, "")
        for old, new in self.replacements:
            token = token.replace(old, new)
        return token.encode()


@dataclass(repr=False)
class Tokenizer:
    """A loaded tokenizer. Build one with `webllm_py.tokenizer.load_tokenizer`.

    `kind` names the format and model (``tiktoken:llama3``, ``sentencepiece:bpe``,
    ``hf:bpe``, ``gguf:bert`` ...). `special_ids` are the ids `decode` can skip;
    `stop_ids` the ones that end generation; `chat_template` is the Jinja template the file
    itself carries (GGUF's ``tokenizer.chat_template``), if any.

    `lone_surrogates` says what `encode` does with text holding a lone UTF-16 surrogate
    (which UTF-8 cannot encode), as the format's reference library does: ``"error"``
    (HF tokenizers, SentencePiece refuse such text) or ``"replace"`` (tiktoken re-reads the
    text as UTF-16, joining surrogate pairs and replacing lone ones with U+FFFD).
    """

    path: str
    kind: str
    vocab: dict[str, int]
    model: Model
    decoder: TokenDecoder
    normalizer: Callable[[str], str] | None = None
    pre_tokenizer: Callable[[str, bool], list[str]] | None = None
    word_transform: Callable[[str], str] | None = None
    added_tokens: Sequence[AddedToken] = ()
    template: Template = Template()
    special_ids: frozenset[int] = frozenset()
    bos_id: int | None = None
    eos_id: int | None = None
    pad_id: int | None = None
    unk_id: int | None = None
    stop_ids: frozenset[int] = frozenset()
    chat_template: str | None = None
    lone_surrogates: str = "error"
    _added_vocab: dict[str, int] = field(init=False, repr=False)
    _id_to_token: dict[int, str] = field(init=False, repr=False)
    _raw_added: AddedTokenMatcher = field(init=False, repr=False)
    _normalized_added: AddedTokenMatcher = field(init=False, repr=False)
    _word_cache: dict[str, list[int]] = field(init=False, repr=False, default_factory=dict)
    _bytes_cache: dict[int, bytes] = field(init=False, repr=False, default_factory=dict)

    _CACHE_LIMIT = 200_000  # words; the cache is emptied when it grows past this

    def __repr__(self) -> str:
        return f"Tokenizer(kind={self.kind!r}, path={self.path!r}, vocab_size={self.vocab_size})"

    def __post_init__(self) -> None:
        self._added_vocab = {t.content: t.id for t in self.added_tokens}
        # Tokens marked `normalized` are matched, and shown, in normalized form (HF semantics).
        if self.normalizer is not None:
            normalize = self.normalizer
            added = [replace(t, content=normalize(t.content)) if t.normalized else t
                     for t in self.added_tokens]
        else:
            added = list(self.added_tokens)
        self._id_to_token = {i: t for t, i in self.vocab.items()}
        self._id_to_token.update((t.id, t.content) for t in added)
        self._raw_added = AddedTokenMatcher(t for t in added if not t.normalized
                                            or self.normalizer is None)
        self._normalized_added = AddedTokenMatcher(t for t in added if t.normalized
                                                   and self.normalizer is not None)
        if self.stop_ids == frozenset() and self.eos_id is not None:
            self.stop_ids = frozenset({self.eos_id})

    # -- vocabulary ----------------------------------------------------------------------
    @property
    def vocab_size(self) -> int:
        """Number of ids (one more than the largest id)."""
        return max(self._id_to_token) + 1 if self._id_to_token else 0

    def token_to_id(self, token: str) -> int | None:
        token_id = self._added_vocab.get(token)
        return self.vocab.get(token) if token_id is None else token_id

    def id_to_token(self, token_id: int) -> str | None:
        return self._id_to_token.get(token_id)

    # -- encoding ------------------------------------------------------------------------
    def encode(self, text: str, add_special_tokens: bool = False,
               parse_special: bool = False) -> list[int]:
        """Token ids of `text`.

        `add_special_tokens` adds the model's BOS/EOS-style tokens (its template).
        `parse_special` lets special-token text in `text` (``<|eot_id|>``, ``</s>`` ...)
        become those tokens; by default it is encoded as ordinary text, so user input
        cannot inject control tokens. Non-special added tokens are always recognized.
        """
        if not text.isascii():
            text = self._check_surrogates(text)
        ids: list[int] = []
        for index, piece in enumerate(self._raw_added.split(text, parse_special)):
            if isinstance(piece, int):
                ids.append(piece)
            else:
                self._encode_segment(piece, index == 0, parse_special, ids)
        return self.template.apply(ids) if add_special_tokens else ids

    def _check_surrogates(self, text: str) -> str:
        match = _SURROGATE.search(text)
        if match is None:
            return text
        if self.lone_surrogates == "replace":
            return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        raise ValueError(f"text holds a lone surrogate U+{ord(match.group()):04X} at index "
                         f"{match.start()}: not Unicode text that UTF-8 can encode")

    def _encode_segment(self, text: str, at_start: bool, parse_special: bool,
                        out: list[int]) -> None:
        if self.normalizer is not None:
            text = self.normalizer(text)
            pieces = self._normalized_added.split(text, parse_special)
        else:
            pieces = [text]
        for piece in pieces:
            if isinstance(piece, int):
                out.append(piece)
                at_start = False
                continue
            if not piece:  # HF pre-tokenizers see no empty text (no lone Metaspace "▁")
                continue
            words = self.pre_tokenizer(piece, at_start) if self.pre_tokenizer else [piece]
            at_start = False
            for word in words:
                out.extend(self._encode_word(word))

    def _encode_word(self, word: str) -> list[int]:
        ids = self._word_cache.get(word)
        if ids is None:
            if not word:
                return []
            ids = self.model.tokenize(self.word_transform(word) if self.word_transform else word)
            if len(self._word_cache) >= self._CACHE_LIMIT:
                self._word_cache.clear()
            self._word_cache[word] = ids
        return ids

    # -- decoding ------------------------------------------------------------------------
    def token_bytes(self, token_id: int, first: bool = False) -> bytes:
        """The bytes one id contributes to decoded text (`first`: as the first token)."""
        first = first and self.decoder.first_differs
        data = None if first else self._bytes_cache.get(token_id)
        if data is None:
            token = self._id_to_token.get(token_id)
            if token is None:
                raise ValueError(f"token id {token_id} is not in the vocabulary of {self.path}")
            data = self.decoder.token_bytes(token, first)
            if not first:
                self._bytes_cache[token_id] = data
        return data

    def decode(self, ids: Iterable[int], skip_special_tokens: bool = False) -> str:
        """Text of `ids`. Invalid UTF-8 (e.g. a cut multi-byte character) becomes U+FFFD."""
        special = self.special_ids if skip_special_tokens else frozenset()
        kept = [i for i in ids if i not in special]
        data = b"".join(self.token_bytes(i, first=n == 0) for n, i in enumerate(kept))
        text = data.decode("utf-8", self.decoder.utf8_errors)
        n = self.decoder.strip_leading
        stripped = text.lstrip(" ")
        return stripped if n == ALL_SPACES or len(text) - len(stripped) <= n else text[n:]

    def stream(self, skip_special_tokens: bool = False) -> StreamDecoder:
        """A decoder that turns ids into text one step at a time (see `stream.py`)."""
        return StreamDecoder(self, skip_special_tokens)

