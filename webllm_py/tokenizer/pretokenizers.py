"""Pre-tokenizers: split normalized text into the words the model encodes one by one.

Each one is a function ``(text, at_start) -> list[str]``; `at_start` says whether the text
begins the whole input (Metaspace's ``prepend_scheme: "first"`` needs it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from .bytelevel import byte_level_encode
from .normalizers import SPACE_SYMBOL
from .unicode import GPT2_PATTERN, char_class, compile_pattern, property_ranges

PreTokenizer = Callable[[str, bool], list[str]]

_WHITESPACE = re.compile(char_class(property_ranges("White_Space")))
_PUNCTUATION = re.compile(char_class(property_ranges("P") + (
    (0x21, 0x2F), (0x3A, 0x40), (0x5B, 0x60), (0x7B, 0x7E))))  # Unicode P + ASCII punctuation
_NUMERIC = re.compile(char_class(property_ranges("N")))
_WORDS = compile_pattern(r"\w+|[^\w\s]+", "rust")


def split_spans(text: str, pattern: re.Pattern[str], behavior: str, invert: bool = False,
                one_char: bool = False) -> list[str]:
    """HF `NormalizedString.split`: cut `text` at the matches of `pattern`.

    `behavior` is HF's SplitDelimiterBehavior (isolated, removed, merged_with_previous,
    merged_with_next, contiguous); `invert` swaps matches and gaps; `one_char` treats
    every matching character as its own match (HF's character-predicate patterns).
    An empty match is an empty span, so it still cuts the text (``(?=\\d{3})`` splits
    digits), except right after another match, where Oniguruma and Rust report none.
    """
    spans: list[tuple[int, int, bool]] = []
    prev = 0
    last_end = -1
    for m in pattern.finditer(text):
        start, end = m.span()
        if start == end == last_end:
            continue
        last_end = end
        if prev < start:
            spans.append((prev, start, invert))
        if one_char:
            spans.extend((i, i + 1, not invert) for i in range(start, end))
        else:
            spans.append((start, end, not invert))
        prev = end
    if prev < len(text):
        spans.append((prev, len(text), invert))
    behavior = behavior.lower().replace("_", "")
    pieces: list[list[int]] = []
    if behavior == "isolated":
        pieces = [[s, e] for s, e, _ in spans]
    elif behavior == "removed":
        pieces = [[s, e] for s, e, is_match in spans if not is_match]
    elif behavior in ("contiguous", "mergedwithprevious"):
        previous = False
        for s, e, is_match in spans:
            merge = is_match == previous if behavior == "contiguous" else is_match and not previous
            if merge and pieces:
                pieces[-1][1] = e
            else:
                pieces.append([s, e])
            previous = is_match
    elif behavior == "mergedwithnext":
        previous = False
        for s, e, is_match in reversed(spans):
            if is_match and not previous and pieces:
                pieces[-1][0] = s
            else:
                pieces.append([s, e])
            previous = is_match
        pieces.reverse()
    else:
        raise ValueError(f"unsupported split behavior {behavior!r}")
    return [text[s:e] for s, e in pieces if e > s]


def regex_split(pattern: str, behavior: str = "isolated", invert: bool = False) -> PreTokenizer:
    compiled = compile_pattern(pattern)
    if behavior.lower() == "isolated" and not invert and not compiled.groups:
        # The common case (GPT-2 / Llama 3 patterns cover every character): plain findall,
        # plus the gaps between matches, if any.
        def split_isolated(text: str, at_start: bool) -> list[str]:
            words = compiled.findall(text)
            if sum(map(len, words)) == len(text):  # no gaps: empty matches cut nothing new
                return [w for w in words if w] if "" in words else words
            return split_spans(text, compiled, "isolated")
        return split_isolated
    return lambda text, at_start: split_spans(text, compiled, behavior, invert)


def literal_split(literal: str, behavior: str, invert: bool = False) -> PreTokenizer:
    compiled = re.compile(re.escape(literal))
    return lambda text, at_start: split_spans(text, compiled, behavior, invert)


def byte_level(add_prefix_space: bool, use_regex: bool, spell: bool = True) -> PreTokenizer:
    """HF `ByteLevel`: a space before each piece that lacks one, the GPT-2 split, then each
    word spelled in the byte-level alphabet (so later steps of a `sequence` see ``Ġ``, as
    HF's do). As the last step, `spell` can be left to the tokenizer's `word_transform`,
    which runs only for words not in its cache (a fifth of the encoding time otherwise)."""
    split = regex_split(GPT2_PATTERN)

    def pre_tokenize(text: str, at_start: bool) -> list[str]:
        if add_prefix_space and not text.startswith(" "):
            text = " " + text
        words = split(text, at_start) if use_regex else [text]
        return [byte_level_encode(w) for w in words] if spell else words
    return pre_tokenize


def fixed_length(length: int) -> PreTokenizer:
    """HF `FixedLength`: pieces of `length` characters."""
    if length < 1:
        raise ValueError(f"FixedLength length must be positive, not {length}")
    return lambda text, at_start: [text[i:i + length] for i in range(0, len(text), length)]


def metaspace(replacement: str, prepend_scheme: str, split: bool) -> PreTokenizer:
    r = re.escape(replacement)
    # Each replacement character starts a piece (HF splits MergedWithNext on it).
    pieces = re.compile(f"{r}(?:(?!{r}).)*|(?:(?!{r}).)+", re.DOTALL)

    def pre_tokenize(text: str, at_start: bool) -> list[str]:
        text = text.replace(" ", replacement)
        if not text.startswith(replacement) and (
                prepend_scheme == "always" or (prepend_scheme == "first" and at_start)):
            text = replacement + text
        return pieces.findall(text) if split else [text]
    return pre_tokenize


def whitespace(text: str, at_start: bool) -> list[str]:
    """HF `Whitespace`: runs of word characters, runs of other non-space characters."""
    return _WORDS.findall(text)


def whitespace_split(text: str, at_start: bool) -> list[str]:
    return [w for w in _WHITESPACE.split(text) if w]


def bert(text: str, at_start: bool) -> list[str]:
    """HF `BertPreTokenizer`: split on whitespace, then isolate each punctuation mark."""
    words = []
    for word in whitespace_split(text, at_start):
        words.extend(split_spans(word, _PUNCTUATION, "isolated", one_char=True))
    return words


def punctuation(behavior: str) -> PreTokenizer:
    return lambda text, at_start: split_spans(text, _PUNCTUATION, behavior, one_char=True)


def digits(individual_digits: bool) -> PreTokenizer:
    behavior = "isolated" if individual_digits else "contiguous"
    return lambda text, at_start: split_spans(text, _NUMERIC, behavior, one_char=True)


def sequence(steps: Iterable[PreTokenizer]) -> PreTokenizer:
    steps = list(steps)

    def pre_tokenize(text: str, at_start: bool) -> list[str]:
        words = [text]
        for step in steps:
            words = [piece for i, word in enumerate(words)
                     for piece in step(word, at_start and i == 0)]
        return words
    return pre_tokenize


_INNER_SPACE = re.compile(f"[^{SPACE_SYMBOL}]{SPACE_SYMBOL}")


def words_are_independent(pieces: Iterable[str], vocab: Mapping[str, int]) -> bool:
    """Whether `sentencepiece_chunks` may cut text before each "▁" run: no piece (that a
    merge can produce) has "▁" after another character, and "▁" itself is in the vocabulary
    (else a run of unknown characters could fuse across a cut)."""
    return SPACE_SYMBOL in vocab and not any(_INNER_SPACE.search(p) for p in pieces)


def sentencepiece_chunks(frozen: Iterable[str] = (), split_words: bool = True) -> PreTokenizer:
    """Cut SentencePiece-normalized text into independently encodable chunks.

    `frozen` pieces (user-defined symbols of a BPE model, which never merge) become chunks
    of their own. With `split_words` the text is also cut before each ``▁`` run that follows
    other text; loaders allow this only if `words_are_independent`: then no piece can span a
    cut, and the chunks (cached) encode exactly like the whole text, only much faster.
    """
    symbols = sorted(frozen, key=len, reverse=True)
    alternatives = "|".join(map(re.escape, symbols))
    other = f"(?:(?!{alternatives})[^{SPACE_SYMBOL}])" if symbols else f"[^{SPACE_SYMBOL}]"
    if split_words:
        body = f"{SPACE_SYMBOL}*{other}+|{SPACE_SYMBOL}+"
    elif symbols:
        body = f"(?:(?!{alternatives}).)+"
    else:
        return lambda text, at_start: [text]
    pattern = re.compile(f"{alternatives}|{body}" if symbols else body, re.DOTALL)
    return lambda text, at_start: pattern.findall(text)
