"""Tokenizers stored in GGUF metadata (``tokenizer.ggml.*``), read as llama.cpp reads them.

Every ``tokenizer.ggml.model`` llama.cpp knows is built here: ``llama`` (SentencePiece
BPE), ``gpt2`` / ``hybriddna`` / ``whitespace`` / ``gemma4`` (byte-pair merges; the
pre-tokenizer comes from ``tokenizer.ggml.pre``, see `gguf_pre`), ``bert`` (WordPiece),
``t5`` (Unigram), ``rwkv`` and ``plamo2``. Token types, ``add_bos_token`` /
``add_eos_token`` / ``add_space_prefix``, end-of-generation tokens and the chat template
follow llama.cpp's ``llama_vocab::impl::load``. Only the key/value header is read; tensors
are never touched.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..weights import WeightError
from ..weights.gguf import read_gguf
from . import normalizers, pretokenizers
from .base import AddedToken, Model, Template, TokenDecoder, Tokenizer, TokenizerError
from .bytelevel import CHAR_TO_BYTE, byte_level_encode, bytes_to_byte_level
from .gguf_pre import NAMES, TYPES
from .models import BPE, LongestMatch, Plamo2, WordPiece
from .normalizers import SPACE_SYMBOL, CharsMap
from .sentencepiece import BYTE, CONTROL, NORMAL, UNKNOWN, USER_DEFINED, Piece, build

# Token texts llama.cpp treats as ending generation (and so as control tokens).
_END_OF_GENERATION = frozenset([
    "<|eot_id|>", "<|im_end|>", "<|end|>", "<|return|>", "<|call|>", "<|flush|>", "<|calls|>",
    "<end_of_turn>", "<|endoftext|>", "</s>", "<|eom_id|>", "<EOT>", "_<EOT>", "[EOT]", "[EOS]",
    "<|end_of_text|>", "<end_of_utterance>", "<eos>", "<turn|>", "<|tool_response>",
    "<\uff5cend\u2581of\u2581sentence\uff5c>", "[e~[",
])
# Fill-in-the-middle tokens llama.cpp also stops at: pad, repository and file separators.
_FIM_END = frozenset(["<|fim_pad|>", "<fim-pad>", "<fim_pad>", "<PAD>", "[PAD]", "<|fim_repo|>",
                      "<|repo_name|>", "<fim-repo>", "<REPO>", "<reponame>", "<|file_sep|>"])
# gpt-oss's markup tokens, which llama.cpp always matches in text (user-defined).
_ALWAYS_MATCHED = frozenset(["<|channel|>", "<|message|>", "<|start|>", "<|constrain|>"])
_MODELS = ("llama", "gpt2", "hybriddna", "whitespace", "gemma4", "bert", "t5", "rwkv",
           "plamo2")


def read_metadata(path: Path) -> dict[str, Any]:
    """The key/value metadata of a GGUF file (versions 2 and 3), read by the one GGUF reader
    (`webllm_py.weights.gguf`: only the header, checked against the file's size)."""
    try:
        return read_gguf(path).metadata
    except WeightError as e:
        raise TokenizerError(path, str(e).removeprefix(f"{path}: ")) from None


@dataclass
class _Vocab:
    """The ``tokenizer.ggml.*`` keys every model uses, checked."""

    path: Path
    meta: dict[str, Any]
    model: str
    tokens: list[str]
    types: list[int]

    def token_id(self, key: str) -> int | None:
        value = self.meta.get(f"tokenizer.ggml.{key}")
        return value if isinstance(value, int) and 0 <= value < len(self.tokens) else None

    def flag(self, key: str, default: bool) -> bool:
        return bool(self.meta.get(f"tokenizer.ggml.{key}", default))

    def added(self) -> list[AddedToken]:
        """Control and unknown tokens are special (parsed only when asked); user-defined
        ones are matched in any text, as llama.cpp's tokenizer_st_partition does."""
        strip = self._strip_flags()
        return [AddedToken(i, t, special=k != USER_DEFINED, lstrip=strip.get(i) == "l",
                           rstrip=strip.get(i) == "r")
                for i, (t, k) in enumerate(zip(self.tokens, self.types))
                if k in (CONTROL, UNKNOWN, USER_DEFINED)]

    def _strip_flags(self) -> dict[int, str]:
        """llama.cpp's per-model token attributes: Phi-3's special tokens swallow the
        whitespace after them, Jina v2's and ModernBERT's mask token the whitespace before."""
        name = str(self.meta.get("general.name", "")).lower()
        pre = str(self.meta.get("tokenizer.ggml.pre", ""))
        arch = str(self.meta.get("general.architecture", ""))
        ids = {t: i for i, t in enumerate(self.tokens)}
        if any(k in pre for k in ("jina-v2-de", "jina-v2-es", "jina-v2-code")) or any(
                k in arch for k in ("nomic-bert-moe", "jina-bert-v3")):
            return {ids["<mask>"]: "l"} if "<mask>" in ids else {}
        if "phi-3" in name or "phi3" in name:
            flags = {i: "r" for i, k in enumerate(self.types) if k in (CONTROL, USER_DEFINED,
                                                                       UNKNOWN)}
            flags.update({ids[t]: "r" for t in ("</s>",) if t in ids})
            for t in ("<unk>", "<s>", "<|endoftext|>"):
                flags.pop(ids.get(t, -1), None)
            return flags
        if "modern-bert" in name and "[MASK]" in ids:
            return {ids["[MASK]"]: "l"}
        return {}


def load(path: Path) -> Tokenizer:
    vocab = _read_vocab(path)
    if vocab.model == "llama":
        tokenizer = _sentencepiece(vocab, unigram=False)
    elif vocab.model == "t5":
        tokenizer = _sentencepiece(vocab, unigram=True)
    elif vocab.model in ("gpt2", "hybriddna", "whitespace", "gemma4"):
        tokenizer = _byte_pair(vocab)
    elif vocab.model == "bert":
        tokenizer = _wordpiece(vocab)
    elif vocab.model == "rwkv":
        tokenizer = _rwkv(vocab)
    else:
        tokenizer = _plamo2(vocab)
    tokenizer.stop_ids = _end_of_generation(vocab, tokenizer)
    template = vocab.meta.get("tokenizer.chat_template")
    tokenizer.chat_template = template if isinstance(template, str) else None
    return tokenizer


def _read_vocab(path: Path) -> _Vocab:
    meta = read_metadata(path)
    model = meta.get("tokenizer.ggml.model")
    if model is None:
        raise TokenizerError(path, "GGUF file has no tokenizer (no tokenizer.ggml.model)")
    if model in ("none", "no_vocab"):
        raise TokenizerError(path, f"GGUF file has no vocabulary (tokenizer.ggml.model is "
                             f"{model!r})")
    if model not in _MODELS:
        raise TokenizerError(path, f"unsupported GGUF tokenizer model {model!r} (llama.cpp's "
                             f"are {', '.join(_MODELS)})")
    tokens = meta.get("tokenizer.ggml.tokens")
    if not isinstance(tokens, list) or not tokens or not all(isinstance(t, str) for t in tokens):
        raise TokenizerError(path, "GGUF file has no tokenizer.ggml.tokens string array")
    # llama.cpp names empty tokens so that they stay distinct and printable.
    tokens = [t or f"[EMPTY_{i}]" for i, t in enumerate(tokens)]
    seen: dict[str, int] = {}
    for i, token in enumerate(tokens):
        if seen.setdefault(token, i) != i:
            raise TokenizerError(path, f"duplicate token in vocabulary: {token!r} has ids "
                                 f"{seen[token]} and {i}")
    types = meta.get("tokenizer.ggml.token_type") or [NORMAL] * len(tokens)
    if len(types) < len(tokens):
        raise TokenizerError(path, "tokenizer.ggml.token_type is shorter than the tokens")
    return _Vocab(path, meta, model, tokens, _token_types(tokens, list(types[:len(tokens)])))


def _token_types(tokens: list[str], types: list[int]) -> list[int]:
    """llama.cpp's fixes to converted token types: end-of-generation and fill-in-the-middle
    tokens are control tokens, gpt-oss's markup tokens user-defined; with gpt-oss's
    ``<|return|>`` and ``<|call|>`` (or Solar's ``<|calls|>`` and ``<|flush|>``),
    ``<|end|>`` is user-defined text, and with Gemma 4's ``<|tool_response>``, ``</s>`` is
    ordinary text."""
    ids = {t: i for i, t in enumerate(tokens)}
    for text in _END_OF_GENERATION | _FIM_END:
        if text in ids:
            types[ids[text]] = CONTROL
    for text in _ALWAYS_MATCHED & ids.keys():
        types[ids[text]] = USER_DEFINED
    if "<|end|>" in ids and ({"<|return|>", "<|call|>"} <= ids.keys()
                             or {"<|calls|>", "<|flush|>"} <= ids.keys()):
        types[ids["<|end|>"]] = USER_DEFINED
    if "</s>" in ids and "<|tool_response>" in ids:
        types[ids["</s>"]] = NORMAL
    return types


def _end_of_generation(vocab: _Vocab, tokenizer: Tokenizer) -> frozenset[int]:
    """EOS, the declared end-of-turn tokens, and every token llama.cpp stops at by text."""
    stops = {tokenizer.eos_id, vocab.token_id("eot_token_id"), vocab.token_id("eom_token_id")}
    stops |= {vocab.token_id(f"fim_{k}_token_id") for k in ("pad", "rep", "sep")}
    stops |= {i for i, (t, k) in enumerate(zip(vocab.tokens, vocab.types))
              if k == CONTROL and t in _END_OF_GENERATION | _FIM_END}
    return frozenset(i for i in stops if i is not None)


def _template(vocab: _Vocab, add_bos: bool, add_eos: bool, bos: int | None,
              eos: int | None) -> Template:
    add_bos = vocab.flag("add_bos_token", add_bos)
    add_eos = vocab.flag("add_eos_token", add_eos)
    for wanted, token, name in ((add_bos, bos, "bos"), (add_eos, eos, "eos")):
        if wanted and token is None:
            raise TokenizerError(vocab.path, f"tokenizer.ggml.add_{name}_token is true, but "
                                 f"tokenizer.ggml.{name}_token_id is not set")
    return Template(prefix=(bos,) if add_bos and bos is not None else (),
                    suffix=(eos,) if add_eos and eos is not None else ())


def _sentencepiece(vocab: _Vocab, unigram: bool) -> Tokenizer:
    meta = vocab.meta
    scores = meta.get("tokenizer.ggml.scores") or [0.0] * len(vocab.tokens)
    pieces = [Piece(t, float(s), k) for t, s, k in zip(vocab.tokens, scores, vocab.types)]
    blob = meta.get("tokenizer.ggml.precompiled_charsmap")  # uint8 or int8 array
    charsmap = CharsMap(bytes(b & 0xFF for b in blob), vocab.path) if blob else None
    # llama.cpp's defaults: SentencePiece BPE adds BOS, Unigram (T5) adds EOS.
    bos = vocab.token_id("bos_token_id")
    eos = vocab.token_id("eos_token_id")
    template = _template(vocab, not unigram, unigram, bos, eos)
    return build(
        vocab.path, f"gguf:{vocab.model}", pieces, unigram=unigram,
        byte_fallback=any(p.type == BYTE for p in pieces), charsmap=charsmap,
        add_dummy_prefix=vocab.flag("add_space_prefix", True),
        remove_extra_whitespaces=vocab.flag("remove_extra_whitespaces", False),
        split_user_defined=True, bos_id=bos, eos_id=eos,
        pad_id=vocab.token_id("padding_token_id"), unk_id=vocab.token_id("unknown_token_id"),
        add_bos=bool(template.prefix), add_eos=bool(template.suffix))


def _pre_type(vocab: _Vocab) -> tuple[str, str]:
    """The ``tokenizer.ggml.pre`` name and its type (the gemma4 model implies its own)."""
    if vocab.model == "gemma4":
        return "gemma4", "gemma4"
    pre = vocab.meta.get("tokenizer.ggml.pre") or "default"
    if pre not in NAMES:
        raise TokenizerError(vocab.path, f"unsupported tokenizer.ggml.pre {pre!r} (not one "
                             "of the names llama.cpp knows)")
    return pre, NAMES[pre]


def _merges(vocab: _Vocab) -> dict[tuple[str, str], int]:
    """Pair -> rank. llama.cpp cuts each merge at its first space after the first character
    (so a merge may start with a space)."""
    merges: dict[tuple[str, str], int] = {}
    lines = vocab.meta.get("tokenizer.ggml.merges")
    if not isinstance(lines, list) or not lines:
        raise TokenizerError(vocab.path, "byte-pair vocabulary has no tokenizer.ggml.merges")
    for rank, line in enumerate(lines):
        cut = line.find(" ", 1) if isinstance(line, str) else -1
        if cut < 0:
            raise TokenizerError(vocab.path, f"merge {rank} {line!r} is not 'left right'")
        merges.setdefault((line[:cut], line[cut + 1:]), rank)
    return merges


def _byte_pair(vocab: _Vocab) -> Tokenizer:
    pre, type_name = _pre_type(vocab)
    pre_type = TYPES[type_name]
    ids = {t: i for i, t in enumerate(vocab.tokens)}
    bpe = BPE(ids, merges=_merges(vocab), ignore_merges=pre_type.ignore_merges,
              byte_fallback=not pre_type.byte_encode)
    model: Model = bpe
    pre_tokenizer = pre_type.pre_tokenizer()
    normalizer = None
    if pre_type.byte_encode:
        decoder = TokenDecoder("byte_level")
    else:  # SentencePiece-style: "▁" for spaces, <0xNN> byte tokens
        decoder = TokenDecoder("pieces", replacements=((SPACE_SYMBOL, " "),), byte_fallback=True)
        if type_name in ("gemma4", "sarvam_moe"):
            normalizer = normalizers.replace({"String": " "}, SPACE_SYMBOL, vocab.path)
        if type_name == "gemma4":
            model = _WholeNewlines(bpe)
    if vocab.model == "whitespace":
        lowercase = vocab.flag("normalizer.lowercase", False)
        normalizer = str.lower if lowercase else None
        pre_tokenizer = pretokenizers.whitespace_split
    if vocab.model == "hybriddna":
        model = _HybridDna(bpe, ids, byte_level=pre_type.byte_encode)
        pre_tokenizer = _dna_aware(pre_tokenizer)
        decoder = replace(decoder, replacements=decoder.replacements + ((_DNA_MARKER, ""),))
    bos, eos = vocab.token_id("bos_token_id"), vocab.token_id("eos_token_id")
    added = vocab.added()
    return Tokenizer(
        path=str(vocab.path), kind=f"gguf:{vocab.model}:{pre}", vocab=ids, model=model,
        decoder=decoder, normalizer=normalizer, pre_tokenizer=pre_tokenizer,
        word_transform=byte_level_encode if pre_type.byte_encode else None,
        added_tokens=added, template=_template(vocab, pre_type.add_bos, False, bos, eos),
        special_ids=frozenset(t.id for t in added if t.special), bos_id=bos, eos_id=eos,
        pad_id=vocab.token_id("padding_token_id"), unk_id=vocab.token_id("unknown_token_id"))


class _WholeNewlines:
    """Gemma 4: a run of newlines that is itself a token is that token (llama.cpp)."""

    def __init__(self, bpe: BPE) -> None:
        self.bpe = bpe

    def tokenize(self, word: str) -> list[int]:
        if not word.strip("\n") and word in self.bpe.vocab:
            return [self.bpe.vocab[word]]
        return self.bpe.tokenize(word)


_DNA_MARKER = "\ue000"  # suffix that keeps k-mer tokens apart from equal BPE tokens
_DNA = re.compile(r"(<dna>)(.*?)(</dna>|\Z)", re.DOTALL)


def _dna_aware(split: pretokenizers.PreTokenizer) -> pretokenizers.PreTokenizer:
    """Cut ``<dna>...</dna>`` spans out whole (the open tag, the content marked with a
    leading `_DNA_MARKER`, the close tag) for `_HybridDna`; `split` the text between."""
    def pre_tokenize(text: str, at_start: bool) -> list[str]:
        words: list[str] = []
        prev = 0
        for m in _DNA.finditer(text):
            if prev < m.start():
                words.extend(split(text[prev:m.start()], at_start and prev == 0))
            words.append(m.group(1))
            if m.group(2):
                words.append(_DNA_MARKER + m.group(2))
            if m.group(3):
                words.append(m.group(3))
            prev = m.end()
        if prev < len(text):
            words.extend(split(text[prev:], at_start and prev == 0))
        return words
    return pre_tokenize


class _HybridDna:
    """llama.cpp's ``hybriddna`` model: byte-pair text, with the DNA between ``<dna>`` and
    ``</dna>`` read as upper-case 6-mers (the last one padded with ``A``), each the token
    spelled with a trailing U+E000, or ``<oov>``. Without those three tokens it is plain BPE.
    Words arrive as `_dna_split` cut them, in the byte-level alphabet when `byte_level`."""

    def __init__(self, bpe: BPE, ids: dict[str, int], byte_level: bool) -> None:
        self.bpe = bpe
        self.ids = ids
        self.byte_level = byte_level
        self.tags = {t: ids[t] for t in ("<dna>", "</dna>") if t in ids}
        self.oov = ids.get("<oov>")

    def tokenize(self, word: str) -> list[int]:
        if self.oov is None or len(self.tags) < 2:
            return self.bpe.tokenize(word)
        text = bytes(CHAR_TO_BYTE[c] for c in word).decode() if self.byte_level else word
        if text in self.tags:
            return [self.tags[text]]
        if not text.startswith(_DNA_MARKER):
            return self.bpe.tokenize(word)
        dna = text[1:].translate(_ASCII_UPPER)
        kmers = [dna[i:i + 6] for i in range(0, len(dna), 6)]
        kmers[-1] = kmers[-1].ljust(6, "A")
        return [self.ids.get(k + _DNA_MARKER, self.oov) for k in kmers]


_ASCII_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _wordpiece(vocab: _Vocab) -> Tokenizer:
    # llama.cpp stores WordPiece tokens in "phantom space" form: "▁word" starts a word,
    # a bare piece continues one ("##piece" in the original vocabulary).
    original = []
    for token, kind in zip(vocab.tokens, vocab.types):
        if kind == CONTROL or (token.startswith("[") and token.endswith("]")):
            original.append(token)
        elif token.startswith(SPACE_SYMBOL):
            original.append(token[1:])
        else:
            original.append("##" + token)
    ids: dict[str, int] = {}
    for i, token in enumerate(original):
        ids.setdefault(token, i)
    unk = vocab.token_id("unknown_token_id")
    if unk is None:
        raise TokenizerError(vocab.path, "BERT vocabulary has no tokenizer.ggml.unknown_token_id")
    cls, sep = vocab.token_id("cls_token_id"), vocab.token_id("seperator_token_id")
    specials = [AddedToken(i, t) for i, (t, k) in enumerate(zip(original, vocab.types))
                if k in (CONTROL, UNKNOWN) or i in (unk, cls, sep)]
    return Tokenizer(
        path=str(vocab.path), kind="gguf:bert", vocab=ids, model=WordPiece(ids, unk_id=unk),
        normalizer=normalizers.bert_normalizer(
            True, True, vocab.meta.get("tokenizer.ggml.normalizer.strip_accents"),
            vocab.flag("normalizer.lowercase", True)),
        pre_tokenizer=pretokenizers.bert, added_tokens=specials,
        decoder=TokenDecoder("wordpiece", cleanup=True),
        template=Template(prefix=(cls,) if cls is not None else (),
                          suffix=(sep,) if sep is not None else ()),
        special_ids=frozenset(t.id for t in specials), bos_id=cls, eos_id=sep,
        pad_id=vocab.token_id("padding_token_id"), unk_id=unk)


def _rwkv_bytes(token: str) -> bytes:
    """An RWKV token's bytes: llama.cpp stores them with escapes ``\\t \\n \\r \\xNN``,
    and a backslash before any other character stands for that character."""
    out = bytearray()
    i = 0
    while i < len(token):
        c = token[i]
        if c != "\\" or i + 1 == len(token):
            out += c.encode()
            i += 1
        elif token[i + 1] == "x":
            out.append(int(token[i + 2:i + 4], 16))
            i += 4
        else:
            out += {"t": b"\t", "n": b"\n", "r": b"\r"}.get(token[i + 1], token[i + 1].encode())
            i += 2
    return bytes(out)


def _rwkv(vocab: _Vocab) -> Tokenizer:
    ids: dict[str, int] = {}
    for i, token in enumerate(vocab.tokens):
        try:
            ids.setdefault(bytes_to_byte_level(_rwkv_bytes(token)), i)
        except ValueError:
            raise TokenizerError(vocab.path, f"RWKV token {i} {token!r} has a bad \\x escape")
    unk = vocab.token_id("unknown_token_id")
    bos, eos = vocab.token_id("bos_token_id"), vocab.token_id("eos_token_id")
    # Control tokens (RWKV's "<s>") can be parsed and skipped; the longest match still
    # finds them in plain text, as in llama.cpp.
    added = vocab.added()
    return Tokenizer(
        path=str(vocab.path), kind="gguf:rwkv", vocab=ids, model=LongestMatch(ids, unk),
        decoder=TokenDecoder("byte_level"), word_transform=byte_level_encode,
        added_tokens=added, template=_template(vocab, False, False, bos, eos),
        special_ids=frozenset(t.id for t in added if t.special), bos_id=bos, eos_id=eos,
        unk_id=unk)


def _plamo2(vocab: _Vocab) -> Tokenizer:
    scores = vocab.meta.get("tokenizer.ggml.scores") or [0.0] * len(vocab.tokens)
    byte_ids = [-1] * 256
    pieces: dict[str, tuple[int, int]] = {}
    for i, (token, kind, score) in enumerate(zip(vocab.tokens, vocab.types, scores)):
        if kind == BYTE:
            if re.fullmatch("<0x[0-9A-Fa-f]{2}>", token):
                byte_ids[int(token[3:5], 16)] = i
        elif math.isfinite(score):
            pieces[token] = (i, Plamo2.fixed_point(score))
    if -1 in byte_ids:
        raise TokenizerError(vocab.path, f"PLaMo-2 vocabulary lacks byte token "
                             f"<0x{byte_ids.index(-1):02X}>")
    ids = {t: i for i, t in enumerate(vocab.tokens)}
    added = vocab.added()
    bos, eos = vocab.token_id("bos_token_id"), vocab.token_id("eos_token_id")
    return Tokenizer(
        path=str(vocab.path), kind="gguf:plamo2", vocab=ids, model=Plamo2(pieces, byte_ids),
        decoder=TokenDecoder("pieces", byte_fallback=True), added_tokens=added,
        template=_template(vocab, False, False, bos, eos),
        special_ids=frozenset(t.id for t in added if t.special), bos_id=bos, eos_id=eos,
        pad_id=vocab.token_id("padding_token_id"), unk_id=vocab.token_id("unknown_token_id"))
