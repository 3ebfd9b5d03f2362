"""Text normalizers: SentencePiece's (precompiled charsmap, whitespace rules, dummy prefix)
and the Hugging Face `tokenizers` ones."""

from __future__ import annotations

import re
import struct
import unicodedata
from array import array
from collections.abc import Callable, Iterable

from .base import TokenizerError
from .unicode import (char_class, class_body, compile_pattern, difference, grapheme_ranges,
                      property_ranges)

Normalizer = Callable[[str], str]
SPACE_SYMBOL = "\u2581"  # "▁", SentencePiece's visible space


_EXTENDERS = char_class(grapheme_ranges("Extend") + grapheme_ranges("SpacingMark")
                        + ((0x200D, 0x200D),))
_CONTROL_BODY = class_body(grapheme_ranges("Control") + ((0x0A, 0x0A), (0x0D, 0x0D)))
_PREPEND = char_class(grapheme_ranges("Prepend"))
_RI = "[\U0001F1E6-\U0001F1FF]"
# One extended grapheme cluster (UAX #29, without the Hangul, emoji-ZWJ and Indic rules,
# which never make a cluster shorter than 6 UTF-8 bytes).
_GRAPHEME = re.compile(rf"\r\n|[{_CONTROL_BODY}]|{_RI}{_RI}{_EXTENDERS}*"
                       rf"|{_PREPEND}*(?:[^{_CONTROL_BODY}]{_EXTENDERS}*)?", re.DOTALL)
_IS_EXTENDER = re.compile(_EXTENDERS)
_IS_PREPEND = re.compile(_PREPEND)
_IS_CONTROL = re.compile(f"[{_CONTROL_BODY}]")


class CharsMap:
    """A SentencePiece ``precompiled_charsmap``: a darts-clone double-array trie over UTF-8
    keys whose values point into a blob of NUL-terminated replacement strings."""

    def __init__(self, blob: bytes, path: object) -> None:
        if len(blob) <= 4:
            raise TokenizerError(path, "precompiled_charsmap is truncated")
        (trie_size,) = struct.unpack_from("<I", blob)
        if trie_size % 4 or trie_size + 4 > len(blob):
            raise TokenizerError(path, "precompiled_charsmap trie size exceeds the blob")
        units = array("I")
        units.frombytes(blob[4:4 + trie_size])
        if struct.pack("<I", 1) != struct.pack("=I", 1):
            units.byteswap()
        if not units:
            raise TokenizerError(path, "precompiled_charsmap trie is empty")
        self._units = units
        self._strings = blob[4 + trie_size:]
        self._root = self._offset(units[0])
        self._char_cache: dict[str, tuple[int, str | None]] = {}
        # Positions worth a look, so that plain ASCII text is skipped at C speed: non-ASCII
        # characters, ASCII characters the map replaces, and (for longest match) ASCII
        # characters that begin a longer key and are followed by a possible continuation.
        keys = [c for c in map(chr, range(1, 128)) if self._char(c)[1] is not None]
        starts = []
        for c in map(chr, range(1, 128)):
            node = self._char(c)[0]
            if node >= 0:
                nexts = [chr(b) for b in range(1, 128) if self._step(node, b)[0] >= 0]
                starts.append(f"{re.escape(c)}(?=[^\\x00-\\x7f{''.join(map(re.escape, nexts))}])")
        ascii_keys = f"|[{''.join(map(re.escape, keys))}]" if keys else ""
        self._longest_candidates = re.compile("|".join([f"[^\\x00-\\x7f]{ascii_keys}", *starts]))
        self._grapheme_candidates = re.compile(f"[^\\x00-\\x7f]{ascii_keys}|\\r(?=\\n)")

    @staticmethod
    def _offset(unit: int) -> int:
        return (unit >> 10) << ((unit & (1 << 9)) >> 6)

    def _step(self, node: int, byte: int) -> tuple[int, int | None]:
        """Follow one byte from `node`: (next node or -1, value if a key ends here)."""
        units = self._units
        pos = node ^ byte
        if pos >= len(units):
            return -1, None
        unit = units[pos]
        if unit & ((1 << 31) | 0xFF) != byte:
            return -1, None
        pos ^= self._offset(unit)
        return pos, (units[pos] & 0x7FFFFFFF if (unit >> 8) & 1 else None)

    def _string(self, value: int) -> str:
        end = self._strings.find(b"\0", value)
        return self._strings[value:end if end >= 0 else None].decode("utf-8", "replace")

    def _walk(self, node: int, char: str) -> tuple[int, str | None]:
        value = None
        for byte in char.encode("utf-8", "surrogatepass"):
            if node < 0:
                return -1, None
            node, value = self._step(node, byte)
        return node, (None if value is None else self._string(value))

    def _char(self, char: str) -> tuple[int, str | None]:
        """(trie node after `char` or -1, replacement if `char` alone is a key)."""
        hit = self._char_cache.get(char)
        if hit is None:
            hit = self._char_cache[char] = self._walk(self._root, char)
        return hit

    def _match(self, text: str, start: int, end: int, longest: bool) -> tuple[int, str] | None:
        """The longest (or shortest) key starting at `start` within text[:end]."""
        node, value = self._char(text[start])
        found = None if value is None else (start + 1, value)
        if found and not longest:
            return found
        i = start + 1
        while node >= 0 and i < end:
            node, value = self._walk(node, text[i])
            i += 1
            if value is not None:
                found = (i, value)
                if not longest:
                    break
        return found

    def normalize_longest(self, text: str) -> str:
        """SentencePiece: at each position the longest matching key is replaced."""
        out = []
        pos = 0
        n = len(text)
        search = self._longest_candidates.search
        while True:
            m = search(text, pos)
            if m is None:
                break
            i = m.start()
            hit = self._match(text, i, n, longest=True)
            if hit is None:
                out.append(text[pos:i + 1])
                pos = i + 1
            else:
                out.append(text[pos:i])
                out.append(hit[1])
                pos = hit[0]
        out.append(text[pos:])
        return "".join(out)

    def normalize_graphemes(self, text: str) -> str:
        """Hugging Face's `Precompiled`: a grapheme cluster shorter than 6 UTF-8 bytes is
        replaced whole by the shortest key it starts with; otherwise each character is
        replaced on its own."""
        out = []
        pos = 0
        search = self._grapheme_candidates.search
        while True:
            m = search(text, pos)
            if m is None:
                break
            i = m.start()
            if i > pos and _IS_EXTENDER.match(text, i) and text[i - 1] < "\x80":
                i -= 1  # an ASCII character starts this cluster
            out.append(text[pos:i])
            end = _grapheme_end(text, i) if _grapheme_start(text, i) else i + 1
            if end - i > 1 and len(text[i:end].encode("utf-8", "surrogatepass")) < 6:
                hit = self._match(text, i, end, longest=False)
                if hit is not None:
                    out.append(hit[1])
                    pos = end
                    continue
            for c in text[i:end]:
                value = self._char(c)[1]
                out.append(c if value is None else value)
            pos = end
        out.append(text[pos:])
        return "".join(out)


def _grapheme_start(text: str, i: int) -> bool:
    """Whether an extended grapheme cluster (UAX #29) starts at `i`, judged from the
    previous character (regional-indicator parity and emoji ZWJ chains are ignored)."""
    if i == 0:
        return True
    prev, cur = text[i - 1], text[i]
    if prev == "\r":
        return cur != "\n"
    if _IS_CONTROL.match(prev):
        return True
    if _IS_CONTROL.match(cur):
        return True
    return not (_IS_EXTENDER.match(cur) or _IS_PREPEND.match(prev))


def _grapheme_end(text: str, i: int) -> int:
    m = _GRAPHEME.match(text, i)
    return max(m.end(), i + 1) if m else i + 1


class SentencePieceNormalizer:
    """SentencePiece's `Normalizer`: charsmap, then whitespace rules, dummy prefix and
    ``▁`` escaping. User-defined pieces are copied through untouched."""

    def __init__(self, charsmap: CharsMap | None, *, add_dummy_prefix: bool,
                 remove_extra_whitespaces: bool, escape_whitespaces: bool,
                 user_defined: Iterable[str] = ()) -> None:
        self.charsmap = charsmap
        self.add_dummy_prefix = add_dummy_prefix
        self.remove_extra_whitespaces = remove_extra_whitespaces
        self.escape_whitespaces = escape_whitespaces
        symbols = sorted(user_defined, key=len, reverse=True)
        self._user_defined = re.compile(
            "(" + "|".join(map(re.escape, symbols)) + ")") if symbols else None

    def _map(self, text: str) -> str:
        if self.charsmap is None:
            return text
        if self._user_defined is None:
            return self.charsmap.normalize_longest(text)
        parts = self._user_defined.split(text)  # odd indices are the symbols
        return "".join(p if i % 2 else self.charsmap.normalize_longest(p)
                       for i, p in enumerate(parts))

    def __call__(self, text: str) -> str:
        if not text:
            return ""
        text = self._map(text)
        if self.remove_extra_whitespaces:
            text = re.sub(" {2,}", " ", text).lstrip(" ")
        if self.add_dummy_prefix:
            text = " " + text
        if self.escape_whitespaces:
            text = text.replace(" ", SPACE_SYMBOL)
        if self.remove_extra_whitespaces:  # SentencePiece trims the escaped text, so a
            # literal "▁" at the end goes too, and the dummy prefix of an empty text
            text = text.rstrip(SPACE_SYMBOL if self.escape_whitespaces else " ")
        return text


# -- Hugging Face normalizers -------------------------------------------------------------

_CHINESE = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x20000, 0x2A6DF), (0x2A700, 0x2B73F),
            (0x2B740, 0x2B81F), (0x2B920, 0x2CEAF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))
# HF's BERT clean-up drops NUL, U+FFFD and "other" characters except unassigned ones.
_BERT_CONTROL = re.compile(char_class(difference(
    property_ranges("Cc") + property_ranges("Cf") + property_ranges("Co") + property_ranges("Cs")
    + ((0xFFFD, 0xFFFD),), ((0x09, 0x0A), (0x0D, 0x0D)))))
_BERT_WHITESPACE = re.compile(f"[\t\n\r{class_body(property_ranges('White_Space'))}]")
_CHINESE_CHAR = re.compile(f"({char_class(_CHINESE)})")
_NONSPACING_MARK = re.compile(char_class(property_ranges("Mn")))
_MARK = re.compile(char_class(property_ranges("M")))


def bert_normalizer(clean_text: bool, handle_chinese_chars: bool, strip_accents: bool | None,
                    lowercase: bool) -> Normalizer:
    strip = lowercase if strip_accents is None else strip_accents

    def normalize(text: str) -> str:
        if clean_text:
            text = _BERT_WHITESPACE.sub(" ", _BERT_CONTROL.sub("", text))
        if handle_chinese_chars:
            text = _CHINESE_CHAR.sub(r" \1 ", text)
        if strip:
            text = _NONSPACING_MARK.sub("", unicodedata.normalize("NFD", text))
        return text.lower() if lowercase else text

    return normalize


def strip_accents(text: str) -> str:
    """HF `StripAccents`: remove every combining mark (the BERT normalizer removes only
    non-spacing ones)."""
    return _MARK.sub("", text)


def sequence(normalizers: list[Normalizer]) -> Normalizer:
    def normalize(text: str) -> str:
        for step in normalizers:
            text = step(text)
        return text
    return normalize


def replace(pattern: dict, content: str, path: object) -> Normalizer:
    """HF `Replace`: a literal (``{"String": ...}``) or regex (``{"Regex": ...}``) pattern."""
    if "String" in pattern:
        literal = pattern["String"]
        return lambda text: text.replace(literal, content)
    if "Regex" in pattern:
        try:
            regex = compile_pattern(pattern["Regex"])
        except (ValueError, re.error) as exc:
            raise TokenizerError(path, f"unsupported Replace pattern: {exc}") from None
        return lambda text: regex.sub(lambda _: content, text)
    raise TokenizerError(path, f"unsupported Replace pattern {pattern!r}")


def prepend(prefix: str) -> Normalizer:
    return lambda text: prefix + text if text else text


def unicode_form(form: str) -> Normalizer:
    return lambda text: unicodedata.normalize(form, text)


_WHITE_SPACE = class_body(property_ranges("White_Space"))
_LEADING_SPACE = re.compile(f"^[{_WHITE_SPACE}]+")
_TRAILING_SPACE = re.compile(f"[{_WHITE_SPACE}]+$")


def strip(left: bool, right: bool) -> Normalizer:
    """HF `Strip`: remove leading and/or trailing Unicode whitespace."""
    def normalize(text: str) -> str:
        if left:
            text = _LEADING_SPACE.sub("", text)
        if right:
            text = _TRAILING_SPACE.sub("", text)
        return text
    return normalize


_NMT_TABLE = {**{c: None for c in [*range(0x01, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F, 0x8F, 0x9F]},
              **{c: " " for c in [0x09, 0x0A, 0x0C, 0x0D, 0x1680, *range(0x200B, 0x2010), 0x2028,
                                  0x2029, 0x2581, 0xFEFF, 0xFFFD]}}


def nmt(text: str) -> str:
    """HF `Nmt`: drop ASCII control characters, turn other spacing characters into spaces."""
    return text.translate(_NMT_TABLE)
