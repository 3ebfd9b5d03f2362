"""Unicode-property regular expressions on top of the standard `re` module.

Tokenizer split patterns are written for Oniguruma / Rust `regex` (``\\p{L}``, ``\\p{N}``,
Unicode ``\\s`` ...). A bare Pyodide has no third-party `regex`, and `re` lacks ``\\p{..}``,
so `compile_pattern` rewrites every property escape into explicit code-point ranges taken
from the generated tables in `_unicode_data` (fixed Unicode version, whatever Python runs).
"""

from __future__ import annotations

import functools
import re

from . import _unicode_data as _data

Ranges = tuple[tuple[int, int], ...]

_LONG_NAMES = {
    "letter": "L", "cased_letter": "LC", "uppercase_letter": "Lu", "lowercase_letter": "Ll",
    "titlecase_letter": "Lt", "modifier_letter": "Lm", "other_letter": "Lo",
    "mark": "M", "combining_mark": "M", "nonspacing_mark": "Mn", "spacing_mark": "Mc",
    "enclosing_mark": "Me", "number": "N", "decimal_number": "Nd", "digit": "Nd",
    "letter_number": "Nl", "other_number": "No", "punctuation": "P", "punct": "P",
    "connector_punctuation": "Pc", "dash_punctuation": "Pd", "open_punctuation": "Ps",
    "close_punctuation": "Pe", "initial_punctuation": "Pi", "final_punctuation": "Pf",
    "other_punctuation": "Po", "symbol": "S", "math_symbol": "Sm", "currency_symbol": "Sc",
    "modifier_symbol": "Sk", "other_symbol": "So", "separator": "Z", "space_separator": "Zs",
    "line_separator": "Zl", "paragraph_separator": "Zp", "other": "C", "control": "Cc",
    "cntrl": "Cc", "format": "Cf", "surrogate": "Cs", "private_use": "Co", "unassigned": "Cn",
    "white_space": "White_Space", "space": "White_Space", "alphabetic": "Alphabetic",
    "alpha": "Alphabetic", "any": "Any",
}


@functools.lru_cache(maxsize=None)
def _category_runs() -> tuple[tuple[int, int, str], ...]:
    """(start, end, category) for every General_Category run, decoded from the table."""
    names = _data.CATEGORIES.split()
    letter_to_name = dict(zip(_data.LETTERS, names))
    runs = []
    start = 0
    for letter, length in re.findall(r"(\D)([0-9a-z]+)", _data.GENERAL_CATEGORY_RUNS):
        end = start + int(length, 36)
        runs.append((start, end - 1, letter_to_name[letter]))
        start = end
    return tuple(runs)


def _parse_ranges(text: str) -> Ranges:
    out = []
    for item in text.split(","):
        a, _, b = item.partition("-")
        out.append((int(a, 16), int(b or a, 16)))
    return tuple(out)


def _union(*range_lists: Ranges) -> Ranges:
    merged: list[list[int]] = []
    for a, b in sorted(r for ranges in range_lists for r in ranges):
        if merged and a <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return tuple((a, b) for a, b in merged)


def _complement(ranges: Ranges) -> Ranges:
    out = []
    nxt = 0
    for a, b in ranges:
        if a > nxt:
            out.append((nxt, a - 1))
        nxt = b + 1
    if nxt <= 0x10FFFF:
        out.append((nxt, 0x10FFFF))
    return tuple(out)


def difference(ranges: Ranges, removed: Ranges) -> Ranges:
    return _complement(_union(_complement(_union(ranges)), removed))


@functools.lru_cache(maxsize=None)
def property_ranges(name: str) -> Ranges:
    """Code-point ranges of a General_Category (``L``, ``Lu``, ``Letter`` ...), a script in
    the tables (``Han``), or one of ``White_Space``, ``Alphabetic``, ``Word`` (the Unicode
    ``\\w``), ``Any``."""
    key = _LONG_NAMES.get(name.lower().replace(" ", "_").replace("-", "_"), name)
    if key in _data.SCRIPTS:
        return _parse_ranges(_data.SCRIPTS[key])
    if key == "Any":
        return ((0, 0x10FFFF),)
    if key == "LC":
        return _union(property_ranges("Lu"), property_ranges("Ll"), property_ranges("Lt"))
    if key == "White_Space":
        return _union(((0x09, 0x0D), (0x85, 0x85)), property_ranges("Z"))
    if key == "Alphabetic":
        return _union(property_ranges("L"), property_ranges("Nl"),
                      property_ranges("M"), _parse_ranges(_data.ALPHABETIC_EXTRA))
    if key == "Word":  # UTS #18 \w, as in Rust `regex` and the `regex` module
        return _union(property_ranges("Alphabetic"), property_ranges("Nd"),
                      property_ranges("Pc"), ((0x200C, 0x200D),))
    if key == "Oniguruma_Word":  # Oniguruma's \w: no join controls, but ²³¹¼½¾
        return _union(property_ranges("Alphabetic"), property_ranges("Nd"),
                      property_ranges("Pc"), ((0xB2, 0xB3), (0xB9, 0xB9), (0xBC, 0xBE)))
    if key not in _data.CATEGORIES.split() and key not in ("L", "M", "N", "P", "S", "Z", "C"):
        raise ValueError(f"unsupported Unicode property {name!r}")
    return _union(tuple((a, b) for a, b, cat in _category_runs() if cat.startswith(key)))


@functools.lru_cache(maxsize=None)
def grapheme_ranges(name: str) -> Ranges:
    """Ranges of a Grapheme_Cluster_Break class (Extend, SpacingMark, Prepend, Control)."""
    return _parse_ranges(_data.GRAPHEME_BREAK[name])


def _escape(cp: int) -> str:
    return f"\\U{cp:08x}" if cp > 0xFFFF else f"\\u{cp:04x}"


def class_body(ranges: Ranges) -> str:
    """The inside of a `re` character class matching exactly `ranges`."""
    return "".join(_escape(a) if a == b else f"{_escape(a)}-{_escape(b)}" for a, b in ranges)


def char_class(ranges: Ranges) -> str:
    return f"[{class_body(ranges)}]"


_SHORTHAND = {"s": "White_Space", "w": "Word", "d": "Nd"}
# Where the engines differ: HF tokenizers runs Split / Replace patterns with Oniguruma, its
# Whitespace pre-tokenizer and tiktoken run Rust's `regex` (UTS #18, like the `regex` module).
_WORD = {"oniguruma": "Oniguruma_Word", "rust": "Word"}


@functools.lru_cache(maxsize=None)
def _word_boundary(negate: bool, flavor: str) -> str:
    """``\\b`` (or ``\\B``) over the flavor's Unicode ``\\w``; `re`'s own ``\\b`` tests
    str.isalnum, a different set."""
    w = char_class(property_ranges(_WORD[flavor]))
    if negate:
        return f"(?:(?<={w})(?={w})|(?<!{w})(?!{w}))"
    return f"(?:(?<={w})(?!{w})|(?<!{w})(?={w}))"
_PROPERTY = re.compile(r"\\([pP])(?:\{(\^?)([^}]*)\}|([A-Za-z]))")


def _property_escape(match: re.Match[str]) -> Ranges:
    negate = (match.group(1) == "P") != bool(match.group(2))
    name = match.group(3) if match.group(3) is not None else match.group(4)
    if "=" in name:  # gc=L, General_Category=Lu, sc=Han, Script=Han
        key, _, name = name.partition("=")
        if key.strip().lower() not in ("gc", "general_category", "sc", "script"):
            raise ValueError(f"unsupported Unicode property {match.group(0)!r}")
    ranges = property_ranges(name.strip())
    return _complement(ranges) if negate else ranges


def translate_pattern(pattern: str, flavor: str = "oniguruma") -> str:
    """Rewrite an Oniguruma (`flavor` ``"oniguruma"``) or Rust-regex (``"rust"``) pattern
    into an equivalent `re` pattern."""
    if flavor not in _WORD:
        raise ValueError(f"unknown regex flavor {flavor!r}")
    out: list[str] = []
    in_class = False
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            nxt = pattern[i + 1]
            prop = _PROPERTY.match(pattern, i)
            if prop:
                ranges = _property_escape(prop)
                out.append(class_body(ranges) if in_class else char_class(ranges))
                i = prop.end()
                continue
            if nxt.lower() in _SHORTHAND:
                name = _SHORTHAND[nxt.lower()]
                ranges = property_ranges(_WORD[flavor] if name == "Word" else name)
                if nxt.isupper():
                    ranges = _complement(ranges)
                out.append(class_body(ranges) if in_class else char_class(ranges))
            elif nxt == "x" and pattern.startswith("{", i + 2):
                end = pattern.index("}", i)
                out.append(_escape(int(pattern[i + 3:end], 16)))
                i = end + 1
                continue
            elif nxt == "z":
                out.append(r"\Z")
            elif nxt in "bB" and not in_class:
                out.append(_word_boundary(nxt == "B", flavor))
            elif nxt in "GhHRXKy" and not in_class:
                raise ValueError(f"unsupported regex escape \\{nxt} in {pattern!r}")
            else:
                out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == "[":
                if pattern.startswith("[:", i):
                    raise ValueError(f"unsupported POSIX class in {pattern!r}")
                out.append("\\[")
            elif c == "]" and not (out and out[-1] in ("[", "[^")):
                in_class = False
                out.append(c)
            elif c in "&~|-" and pattern.startswith(c * 2, i):
                if c == "&":
                    raise ValueError(f"unsupported class intersection in {pattern!r}")
                out.append("\\" + c)
            else:
                out.append(c)
        elif c == "[":
            in_class = True
            if pattern.startswith("[^", i):
                out.append("[^")
                i += 2
                continue
            out.append(c)
        elif c == "(" and pattern.startswith("(?<", i) and pattern[i + 3:i + 4] not in ("=", "!"):
            out.append("(?P<")
            i += 3
            continue
        else:
            out.append(c)
        i += 1
    return "".join(out)


@functools.lru_cache(maxsize=64)
def compile_pattern(pattern: str, flavor: str = "oniguruma") -> re.Pattern[str]:
    """Compile an Oniguruma / Rust-regex style pattern with `re` (cached)."""
    return re.compile(translate_pattern(pattern, flavor))


# Split patterns of the common tokenizers (verbatim from their sources).
GPT2_PATTERN = r"""'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+"""
LLAMA3_PATTERN = (r"""(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}|"""
                  r""" ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+""")
QWEN2_PATTERN = (r"""(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}|"""
                 r""" ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+""")
O200K_PATTERN = "|".join([
    r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
    r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
    r"""\p{N}{1,3}""",
    r""" ?[^\s\p{L}\p{N}]+[\r\n/]*""",
    r"""\s*[\r\n]+""",
    r"""\s+(?!\S)""",
    r"""\s+""",
])
