"""Hugging Face `tokenizers` files: ``tokenizer.json``, and the GPT-2 style pairs
``vocab.json`` + ``merges.txt`` / ``encoder.json`` + ``vocab.bpe``.

Each JSON component (normalizer, pre-tokenizer, model, post-processor, decoder) is
translated into the parts of `base.Tokenizer`; anything not supported raises a
`TokenizerError` naming the component.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from . import normalizers as norm
from . import pretokenizers as pre
from .base import (AddedToken, Model, Template, TokenDecoder, Tokenizer, TokenizerError,
                   read_json)
from .bytelevel import byte_level_encode
from .models import BPE, Unigram, WordPiece
from .normalizers import CharsMap
from .unicode import GPT2_PATTERN, compile_pattern

_BOS_NAMES = ("<|begin_of_text|>", "<s>", "<bos>", "<|startoftext|>")
_EOS_NAMES = ("<|end_of_text|>", "</s>", "<eos>", "<|endoftext|>")
_STOP_NAMES = ("<|eot_id|>", "<|eom_id|>", "<|im_end|>", "<|end|>", "<end_of_turn>", "<|eot|>",
               "<|eom|>", "<|return|>", "<|call|>")


def load_json(path: Path) -> Tokenizer:
    data = read_json(path, parse_float=serde_json_float)
    if isinstance(data, dict) and data and all(isinstance(v, int) for v in data.values()):
        return load_gpt2_files(path)
    if isinstance(data, dict) and "model" in data:
        return _from_tokenizer_json(path, data)
    raise TokenizerError(path, "JSON file is neither a tokenizer.json nor a GPT-2 vocabulary")


def serde_json_float(literal: str) -> float:
    """A JSON number as Rust's serde_json reads it (without its `float_roundtrip` feature),
    which `tokenizers` uses: the digits as an integer (at most 64 bits), converted to float,
    then multiplied or divided by a power of ten. This can be one ulp off the exact value,
    and Unigram scores must match HF's bit for bit to break ties the same way."""
    negative = literal.startswith("-")
    mantissa, _, exponent_text = literal.lstrip("-").lower().partition("e")
    integer, _, fraction = mantissa.partition(".")
    significand = 0
    exponent = int(exponent_text or 0)
    overflowed = False
    for position, digit in enumerate(integer + fraction):
        in_fraction = position >= len(integer)
        if not overflowed and significand * 10 + int(digit) > 0xFFFFFFFFFFFFFFFF:
            overflowed = True
        if overflowed:
            exponent += 0 if in_fraction else 1  # extra integer digits scale; fraction ones drop
            continue
        significand = significand * 10 + int(digit)
        exponent -= 1 if in_fraction else 0
    value = float(significand)
    while value != 0.0 and exponent < -308:
        value /= 1e308
        exponent += 308
    if exponent > 308:
        raise ValueError(f"number out of range: {literal}")
    value = value * float(f"1e{exponent}") if exponent >= 0 else value / float(f"1e{-exponent}")
    return -value if negative else value


# -- GPT-2 style vocabulary + merges --------------------------------------------------------

def load_gpt2_files(path: Path) -> Tokenizer:
    """A byte-level BPE from a vocabulary JSON and a merges file, given either of them:
    ``vocab.json`` + ``merges.txt`` (Hugging Face) or ``encoder.json`` + ``vocab.bpe``
    (OpenAI's GPT-2 release)."""
    openai = path.name in ("encoder.json", "vocab.bpe")
    vocab_path = path if path.suffix == ".json" else path.with_name(
        "encoder.json" if openai else "vocab.json")
    merges_path = path if path.suffix != ".json" else path.with_name(
        "vocab.bpe" if openai else "merges.txt")
    if not vocab_path.is_file() or not merges_path.is_file():
        raise TokenizerError(path, f"GPT-2 style tokenizer needs both {vocab_path.name} and "
                             f"{merges_path.name} in {path.parent}")
    vocab = read_json(vocab_path)
    if not isinstance(vocab, dict) or not all(isinstance(v, int) for v in vocab.values()):
        raise TokenizerError(vocab_path, "vocabulary must map tokens to integer ids")
    try:
        lines = merges_path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise TokenizerError(merges_path, f"cannot read merges: {exc}") from None
    if lines and lines[0].startswith("#version"):
        lines = lines[1:]
    merges = _merges([line for line in lines if line], merges_path)
    special = [AddedToken(i, t) for t, i in vocab.items() if t == "<|endoftext|>"]
    eos = special[0].id if special else None
    return Tokenizer(
        path=str(path), kind="gpt2-bpe", vocab=vocab, model=BPE(vocab, merges=merges),
        decoder=TokenDecoder("byte_level"), pre_tokenizer=pre.regex_split(GPT2_PATTERN),
        word_transform=byte_level_encode, added_tokens=special,
        special_ids=frozenset(t.id for t in special), bos_id=eos, eos_id=eos)


def _merges(items: list[Any], path: object) -> dict[tuple[str, str], int]:
    """Pair -> rank, from ``"left right"`` strings (split on the ASCII space only) or pairs."""
    merges: dict[tuple[str, str], int] = {}
    for rank, item in enumerate(items):
        if isinstance(item, str):
            parts = item.split(" ")
        else:
            parts = list(item) if isinstance(item, (list, tuple)) else []
        if len(parts) != 2 or not all(isinstance(p, str) for p in parts):
            raise TokenizerError(path, f"merge {rank} ({item!r}) is not a pair of tokens")
        merges.setdefault((parts[0], parts[1]), rank)
    return merges


# -- tokenizer.json -----------------------------------------------------------------------------

def _from_tokenizer_json(path: Path, data: dict) -> Tokenizer:
    spec = data["model"]
    if not isinstance(spec, dict):
        raise TokenizerError(path, "'model' must be an object")
    added = [_added_token(path, t) for t in data.get("added_tokens") or []]
    model, vocab, unk_id = _model(path, spec)
    normalizer = _normalizer(path, data.get("normalizer"))
    spelled_by_model = _ends_with_byte_level(data.get("pre_tokenizer"))
    pre_tokenizer = _pre_tokenizer(path, data.get("pre_tokenizer"), spelled_by_model)
    if (pre_tokenizer is None and isinstance(model, BPE) and model.merges is not None
            and not (model.ignore_merges or model.prefix or model.suffix)
            and pre.words_are_independent((a + b for a, b in model.merges), vocab)):
        # SentencePiece-style BPE with no pre-tokenizer encodes the whole text as one word;
        # cutting it into words gives the same ids, far faster (see sentencepiece_chunks).
        pre_tokenizer = pre.sentencepiece_chunks()
    special_ids = frozenset(t.id for t in added if t.special)
    tokenizer = Tokenizer(
        path=str(path), kind=f"hf:{type(model).__name__.lower()}", vocab=vocab, model=model,
        decoder=_decoder(path, data.get("decoder")), normalizer=normalizer,
        pre_tokenizer=pre_tokenizer, added_tokens=added,
        word_transform=byte_level_encode if spelled_by_model else None,
        template=_post_processor(path, data.get("post_processor")), special_ids=special_ids,
        unk_id=unk_id)
    # tokenizer.json does not say which tokens are BOS/EOS (tokenizer_config.json does, see
    # load_tokenizer); until then, go by the usual names.
    specials = {t.content: t.id for t in added if t.special}
    tokenizer.bos_id = next((specials[n] for n in _BOS_NAMES if n in specials), None)
    tokenizer.eos_id = next((specials[n] for n in _EOS_NAMES if n in specials), None)
    stops = {specials[n] for n in _STOP_NAMES if n in specials}
    tokenizer.stop_ids = frozenset(stops | ({tokenizer.eos_id} - {None}))
    return tokenizer


def _added_token(path: Path, item: Any) -> AddedToken:
    if not isinstance(item, dict) or not isinstance(item.get("id"), int) or not isinstance(
            item.get("content"), str):
        raise TokenizerError(path, f"malformed added token {item!r}")
    return AddedToken(item["id"], item["content"], special=bool(item.get("special", True)),
                      lstrip=bool(item.get("lstrip")), rstrip=bool(item.get("rstrip")),
                      single_word=bool(item.get("single_word")),
                      normalized=bool(item.get("normalized", not item.get("special", True))))


def _model(path: Path, spec: dict) -> tuple[Model, dict[str, int], int | None]:
    kind = spec.get("type") or ("BPE" if "merges" in spec else "Unigram" if isinstance(
        spec.get("vocab"), list) else "WordPiece" if "max_input_chars_per_word" in spec
        else "WordLevel")
    vocab_spec = spec.get("vocab")
    if kind == "Unigram":
        if not isinstance(vocab_spec, list) or not all(
                isinstance(v, list) and len(v) == 2 for v in vocab_spec):
            raise TokenizerError(path, "Unigram vocab must be a list of [piece, score]")
        vocab = {}
        for i, (piece, _) in enumerate(vocab_spec):
            vocab.setdefault(piece, i)
        unk_id = spec.get("unk_id")
        if unk_id is not None and not (isinstance(unk_id, int) and 0 <= unk_id < len(vocab_spec)):
            raise TokenizerError(path, f"Unigram unk_id {unk_id!r} is not in the vocabulary")
        pieces = {piece: (i, float(score)) for i, (piece, score) in enumerate(vocab_spec)}
        min_score = min((float(s) for _, s in vocab_spec), default=0.0)
        model: Model = Unigram(vocab, pieces, unk_id=unk_id, unk_score=min_score - 10.0,
                               byte_fallback=bool(spec.get("byte_fallback")))
        return model, vocab, unk_id
    if not isinstance(vocab_spec, dict) or not all(isinstance(v, int) for v in vocab_spec.values()):
        raise TokenizerError(path, f"{kind} vocab must map tokens to integer ids")
    vocab = vocab_spec
    unk_token = spec.get("unk_token")
    unk_id = vocab.get(unk_token) if unk_token is not None else None
    if unk_token is not None and unk_id is None:
        raise TokenizerError(path, f"unk_token {unk_token!r} is not in the vocabulary")
    if kind == "BPE":
        if spec.get("dropout"):
            raise TokenizerError(path, "unsupported BPE option: dropout")
        merges_spec = spec.get("merges") or []
        if not isinstance(merges_spec, list):
            raise TokenizerError(path, "BPE merges must be a list")
        model = BPE(vocab, merges=_merges(merges_spec, path), unk_id=unk_id,
                    byte_fallback=bool(spec.get("byte_fallback")),
                    fuse_unk=bool(spec.get("fuse_unk")),
                    ignore_merges=bool(spec.get("ignore_merges")),
                    continuing_subword_prefix=spec.get("continuing_subword_prefix") or "",
                    end_of_word_suffix=spec.get("end_of_word_suffix") or "")
    elif kind == "WordPiece":
        if unk_id is None:
            raise TokenizerError(path, "WordPiece needs an unk_token in the vocabulary")
        model = WordPiece(vocab, unk_id=unk_id,
                          prefix=spec.get("continuing_subword_prefix", "##"),
                          max_input_chars_per_word=spec.get("max_input_chars_per_word", 100))
    elif kind == "WordLevel":
        model = _WordLevel(vocab, unk_id)
    else:
        raise TokenizerError(path, f"unsupported model type {kind!r}")
    return model, vocab, unk_id


class _WordLevel:
    """HF `WordLevel`: every word is one token (or unk)."""

    def __init__(self, vocab: dict[str, int], unk_id: int | None) -> None:
        self.vocab = vocab
        self.unk_id = unk_id

    def tokenize(self, word: str) -> list[int]:
        token_id = self.vocab.get(word, self.unk_id)
        if token_id is None:
            raise ValueError(f"{word!r} is not in the vocabulary and there is no unk_token")
        return [token_id]


def _normalizer(path: Path, spec: Any) -> norm.Normalizer | None:
    if spec is None:
        return None
    kind = spec.get("type") if isinstance(spec, dict) else None
    if kind == "Sequence":
        steps = [_normalizer(path, s) for s in spec.get("normalizers") or []]
        return norm.sequence([s for s in steps if s is not None])
    if kind in ("NFC", "NFD", "NFKC", "NFKD"):
        return norm.unicode_form(kind)
    if kind == "Lowercase":
        return str.lower
    if kind == "StripAccents":
        return norm.strip_accents
    if kind == "Strip":
        left, right = spec.get("strip_left", True), spec.get("strip_right", True)
        return norm.strip(left, right)
    if kind == "Replace":
        return norm.replace(spec.get("pattern") or {}, spec.get("content", ""), path)
    if kind == "Prepend":
        return norm.prepend(spec.get("prepend", ""))
    if kind == "Precompiled":
        blob = spec.get("precompiled_charsmap")
        if not blob:
            return None
        try:
            return CharsMap(base64.b64decode(blob, validate=True), path).normalize_graphemes
        except binascii.Error:
            raise TokenizerError(path, "precompiled_charsmap is not valid base64") from None
    if kind == "BertNormalizer":
        return norm.bert_normalizer(spec.get("clean_text", True),
                                    spec.get("handle_chinese_chars", True),
                                    spec.get("strip_accents"), spec.get("lowercase", True))
    if kind == "Nmt":
        return norm.nmt
    if kind == "ByteLevel":
        return byte_level_encode
    raise TokenizerError(path, f"unsupported normalizer {kind or spec!r}")


def _split_pattern(path: Path, pattern: Any) -> tuple[str, bool]:
    """(pattern, is_regex) of a Split / Replace pattern object."""
    if isinstance(pattern, dict) and isinstance(pattern.get("Regex"), str):
        return pattern["Regex"], True
    if isinstance(pattern, dict) and isinstance(pattern.get("String"), str):
        return pattern["String"], False
    raise TokenizerError(path, f"malformed split pattern {pattern!r}")


def _ends_with_byte_level(spec: Any) -> bool:
    """Whether the pre-tokenizer's last step is `ByteLevel` (whose spelling of words the
    tokenizer can then do, cached)."""
    while isinstance(spec, dict) and spec.get("type") == "Sequence" and spec.get("pretokenizers"):
        spec = spec["pretokenizers"][-1]
    return isinstance(spec, dict) and spec.get("type") == "ByteLevel"


def _pre_tokenizer(path: Path, spec: Any, spelled_later: bool = False) -> pre.PreTokenizer | None:
    """The pre-tokenizer; `Sequence` steps run in order on every piece, as in HF (a
    `ByteLevel` step spells its pieces in the byte-level alphabet for the steps after it,
    unless it is the last step and `spelled_later`)."""
    if spec is None:
        return None
    kind = spec.get("type") if isinstance(spec, dict) else None
    if kind == "Sequence":
        specs = spec.get("pretokenizers") or []
        steps = [_pre_tokenizer(path, s, spelled_later and i == len(specs) - 1)
                 for i, s in enumerate(specs)]
        return pre.sequence(s for s in steps if s is not None)
    if kind == "ByteLevel":
        return pre.byte_level(spec.get("add_prefix_space", True), spec.get("use_regex", True),
                              spell=not spelled_later)
    if kind == "Split":
        pattern, is_regex = _split_pattern(path, spec.get("pattern"))
        behavior = spec.get("behavior", "Isolated")
        try:
            if is_regex:
                return pre.regex_split(pattern, behavior, bool(spec.get("invert")))
            return pre.literal_split(pattern, behavior, bool(spec.get("invert")))
        except ValueError as exc:
            raise TokenizerError(path, f"unsupported Split pre-tokenizer: {exc}") from None
    if kind == "Metaspace":
        return pre.metaspace(spec.get("replacement", "\u2581"), _prepend_scheme(spec),
                             spec.get("split", True))
    if kind == "Whitespace":
        return pre.whitespace
    if kind == "WhitespaceSplit":
        return pre.whitespace_split
    if kind == "BertPreTokenizer":
        return pre.bert
    if kind == "Punctuation":
        return pre.punctuation(spec.get("behavior", "Isolated"))
    if kind == "Digits":
        return pre.digits(bool(spec.get("individual_digits")))
    if kind == "CharDelimiterSplit":
        return pre.literal_split(spec.get("delimiter", " "), "removed")
    if kind == "FixedLength":
        try:
            return pre.fixed_length(int(spec.get("length", 5)))
        except (TypeError, ValueError) as exc:
            raise TokenizerError(path, f"malformed FixedLength pre-tokenizer: {exc}") from None
    raise TokenizerError(path, f"unsupported pre-tokenizer {kind or spec!r}")


def _prepend_scheme(spec: dict) -> str:
    if "prepend_scheme" in spec:
        return spec["prepend_scheme"]
    return "always" if spec.get("add_prefix_space", True) else "never"


def _post_processor(path: Path, spec: Any) -> Template:
    if spec is None:
        return Template()
    kind = spec.get("type") if isinstance(spec, dict) else None
    if kind == "Sequence":
        prefix: tuple[int, ...] = ()
        suffix: tuple[int, ...] = ()
        for step in spec.get("processors") or []:
            template = _post_processor(path, step)
            prefix, suffix = template.prefix + prefix, suffix + template.suffix
        return Template(prefix, suffix)
    if kind == "ByteLevel":
        return Template()
    if kind in ("BertProcessing", "RobertaProcessing"):
        try:
            return Template(prefix=(int(spec["cls"][1]),), suffix=(int(spec["sep"][1]),))
        except (KeyError, IndexError, TypeError, ValueError):
            raise TokenizerError(path, f"malformed {kind} post-processor") from None
    if kind == "TemplateProcessing":
        specials = spec.get("special_tokens") or {}
        before: list[int] = []
        after: list[int] = []
        seen_sequence = False
        for item in spec.get("single") or []:
            if "Sequence" in item:
                seen_sequence = True
            elif "SpecialToken" in item:
                name = item["SpecialToken"].get("id")
                ids = (specials.get(name) or {}).get("ids")
                if not ids:
                    raise TokenizerError(path, f"template special token {name!r} has no ids")
                (after if seen_sequence else before).extend(ids)
            else:
                raise TokenizerError(path, f"malformed template item {item!r}")
        return Template(tuple(before), tuple(after))
    raise TokenizerError(path, f"unsupported post-processor {kind or spec!r}")


def _decoder(path: Path, spec: Any) -> TokenDecoder:
    """HF's decoder chain as per-token steps.

    HF runs each decoder over the list of token strings in turn. Replace, Strip and
    ByteFallback work token by token; WordPiece and Metaspace also token by token, the first
    token differently; ByteLevel and Fuse join the tokens into one text, after which only a
    leading Strip (Llama's) can still be applied while text streams out. A chain that
    needs more raises a `TokenizerError` naming the decoder.
    """
    if spec is None:  # HF joins the tokens with spaces
        return TokenDecoder("wordpiece", wordpiece_prefix="")
    kind = spec.get("type") if isinstance(spec, dict) else None
    chain = _flatten(spec.get("decoders") or []) if kind == "Sequence" else [spec]
    steps: list[Callable[[str], str]] = []
    decoder: TokenDecoder | None = None  # the step that maps tokens (as WordPiece, ByteLevel)
    byte_fallback = joined = False
    for step in chain:
        step_kind = step.get("type") if isinstance(step, dict) else None
        if joined:
            if step_kind == "Strip" and step.get("content") == " " and not step.get("stop"):
                decoder = replace(decoder, strip_leading=int(step.get("start", 0)))
                continue
            if step_kind != "Fuse":
                raise TokenizerError(path, f"unsupported decoder {step_kind or step!r} after "
                                     "the tokens are joined (ByteLevel or Fuse)")
        elif decoder is not None and step_kind != "Fuse":
            raise TokenizerError(path, f"unsupported decoder {step_kind or step!r} after "
                                 f"{decoder.kind}")
        elif byte_fallback and step_kind not in ("Fuse", "ByteFallback"):
            # HF joins a run of byte tokens into one text token, which the later steps then
            # rewrite (Replace, Strip), map (ByteLevel), space (WordPiece) or trim (Metaspace)
            # as one token; decoding token by token cannot, so only joining may follow.
            raise TokenizerError(path, f"unsupported decoder {step_kind or step!r} after ByteFallback")
        elif step_kind == "Replace":
            steps.append(_replace_step(path, step))
        elif step_kind == "Strip":
            steps.append(_strip_step(str(step.get("content", " ")), int(step.get("start", 0)),
                                     int(step.get("stop", 0))))
        elif step_kind == "ByteFallback":
            byte_fallback = True
        elif step_kind == "ByteLevel":
            decoder = TokenDecoder("byte_level")
        elif step_kind == "WordPiece":
            decoder = TokenDecoder("wordpiece", wordpiece_prefix=step.get("prefix", "##"),
                                   cleanup=step.get("cleanup", True))
        elif step_kind == "Metaspace":
            replacement = step.get("replacement", "\u2581")
            decoder = TokenDecoder("pieces", replacements=((replacement, " "),),
                                   first_drops="" if _prepend_scheme(step) == "never"
                                   else replacement)
        elif step_kind != "Fuse":
            raise TokenizerError(path, f"unsupported decoder {step_kind or step!r}")
        if step_kind == "Fuse":
            decoder = decoder or TokenDecoder("pieces")
        joined = joined or step_kind in ("ByteLevel", "Fuse")
    decoder = decoder or TokenDecoder("pieces")
    return replace(decoder, steps=tuple(steps), byte_fallback=byte_fallback)


def _flatten(chain: list[Any]) -> list[Any]:
    return [item for step in chain for item in (
        _flatten(step.get("decoders") or []) if isinstance(step, dict)
        and step.get("type") == "Sequence" else [step])]


def _replace_step(path: Path, spec: dict) -> Callable[[str], str]:
    pattern, is_regex = _split_pattern(path, spec.get("pattern"))
    content = str(spec.get("content", ""))
    if not is_regex:
        return lambda token: token.replace(pattern, content)
    try:
        compiled = compile_pattern(pattern)
    except (ValueError, re.error) as exc:
        raise TokenizerError(path, f"unsupported Replace decoder pattern: {exc}") from None
    return lambda token: compiled.sub(lambda match: content, token)


def _strip_step(content: str, start: int, stop: int) -> Callable[[str], str]:
    """HF's Strip decoder: up to `start` leading and `stop` trailing `content` characters
    off each token."""
    def strip(token: str) -> str:
        begin = 0
        while begin < min(start, len(token)) and token[begin] == content:
            begin += 1
        end = len(token)
        while len(token) - end < stop and end > begin and token[end - 1] == content:
            end -= 1
        return token[begin:end]
    return strip
