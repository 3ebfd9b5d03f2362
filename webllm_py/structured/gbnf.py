"""GBNF, llama.cpp's grammar text (also EBNF as WebLLM's `grammar` response format takes it):

    root   ::= answer ("," answer)*     # comments run to the end of the line
    answer ::= "yes" | "no" | [0-9]+ | [^\\n]{1,5} | .

Rules are `name ::= alternatives`; an item is a "string", a [class] (negated with ^), `.` (any
character), a rule name or a (group), followed by `*`, `+`, `?` or `{m}`, `{m,}`, `{m,n}`.
Errors name the line and column, an undefined or twice-defined rule, or left recursion.
"""

from __future__ import annotations

import re

from .grammar import EMPTY, Expr, Grammar, GrammarError, Literal, Ref, Repeat, alt, char_set, seq

_NAME = re.compile(r"[a-zA-Z_][a-zA-Z0-9_-]*")
_SPACE = re.compile(r"(?:\s|#[^\n]*)*")
_ESCAPES = {"n": 0x0A, "r": 0x0D, "t": 0x09, "\\": 0x5C, '"': 0x22, "[": 0x5B, "]": 0x5D, "-": 0x2D, "^": 0x5E,
            "/": 0x2F, "'": 0x27}
MAX_REPEAT = 1000


def parse_gbnf(text: str, root: str = "root") -> Grammar:
    """The grammar `text` defines, starting at rule `root`."""
    if not isinstance(text, str):
        raise GrammarError(f"a grammar must be a string, got {type(text).__name__}")
    rules = _Parser(text).rules()
    if root not in rules:
        raise GrammarError(f"the grammar defines no {root!r} rule")
    grammar = Grammar(rules, root)
    grammar.compile()  # undefined rules and left recursion fail here, by name
    return grammar


class _Parser:
    def __init__(self, text: str):
        self.text, self.i = text, 0

    def error(self, problem: str) -> GrammarError:
        line = self.text.count("\n", 0, self.i) + 1
        column = self.i - (self.text.rfind("\n", 0, self.i) + 1) + 1
        return GrammarError(f"grammar line {line}, column {column}: {problem}")

    def _skip(self) -> None:
        self.i = _SPACE.match(self.text, self.i).end()

    def _at_rule_start(self) -> bool:
        m = _NAME.match(self.text, self.i)
        return bool(m) and self.text.startswith("::=", _SPACE.match(self.text, m.end()).end())

    def rules(self) -> dict[str, Expr]:
        rules: dict[str, Expr] = {}
        self._skip()
        while self.i < len(self.text):
            m = _NAME.match(self.text, self.i)
            if not m:
                raise self.error("expected a rule name")
            self.i = m.end()
            self._skip()
            if not self.text.startswith("::=", self.i):
                raise self.error(f"expected '::=' after {m.group()!r}")
            self.i += 3
            if m.group() in rules:
                raise self.error(f"rule {m.group()!r} is defined twice")
            rules[m.group()] = self._alternatives(top=True)
        if not rules:
            raise self.error("the grammar is empty")
        return rules

    def _alternatives(self, top: bool) -> Expr:
        branches = [self._sequence(top)]
        while self.i < len(self.text) and self.text[self.i] == "|":
            self.i += 1
            branches.append(self._sequence(top))
        return alt(*branches)

    def _sequence(self, top: bool) -> Expr:
        items: list[Expr] = []
        while True:
            self._skip()
            if self.i >= len(self.text) or self.text[self.i] in "|)" or top and self._at_rule_start():
                return seq(*items) if items else EMPTY
            items.append(self._quantified(self._atom()))

    def _atom(self) -> Expr:
        c = self.text[self.i]
        if c == '"':
            return self._string()
        if c == "[":
            return self._class()
        if c == ".":
            self.i += 1
            return char_set([], negated=True)
        if c == "(":
            self.i += 1
            inner = self._alternatives(top=False)
            self._skip()
            if self.i >= len(self.text) or self.text[self.i] != ")":
                raise self.error("expected ')'")
            self.i += 1
            return inner
        m = _NAME.match(self.text, self.i)
        if m:
            self.i = m.end()
            return Ref(m.group())
        raise self.error(f"unexpected {c!r}")

    def _char(self) -> int:
        c = self.text[self.i]
        self.i += 1
        if c != "\\":
            return ord(c)
        if self.i >= len(self.text):
            raise self.error("a trailing backslash")
        e = self.text[self.i]
        self.i += 1
        if e in _ESCAPES:
            return _ESCAPES[e]
        digits = {"x": 2, "u": 4, "U": 8}.get(e)
        if digits is None:
            raise self.error(f"unknown escape \\{e}")
        code = self.text[self.i:self.i + digits]
        if len(code) != digits or any(ch not in "0123456789abcdefABCDEF" for ch in code):
            raise self.error(f"\\{e} needs {digits} hex digits")
        self.i += digits
        if int(code, 16) > 0x10FFFF:
            raise self.error(f"\\{e}{code} is not a Unicode code point")
        return int(code, 16)

    def _string(self) -> Expr:
        self.i += 1
        out = []
        while True:
            if self.i >= len(self.text) or self.text[self.i] == "\n":
                raise self.error("unclosed string")
            if self.text[self.i] == '"':
                self.i += 1
                break
            out.append(self._char())
        try:
            return Literal("".join(map(chr, out)).encode())
        except UnicodeEncodeError:
            raise self.error("a string holds a lone surrogate") from None

    def _class(self) -> Expr:
        self.i += 1
        negated = self.text.startswith("^", self.i)
        self.i += negated
        ranges = []
        while True:
            if self.i >= len(self.text):
                raise self.error("unclosed character class")
            if self.text[self.i] == "]":
                self.i += 1
                break
            low = self._char()
            high = low
            if self.text.startswith("-", self.i) and self.text[self.i + 1:self.i + 2] not in ("]", ""):
                self.i += 1
                high = self._char()
                if high < low:
                    raise self.error("a class range is out of order")
            ranges.append((low, high))
        chars = char_set(ranges, negated)
        if not chars.ranges:
            raise self.error("an empty character class matches nothing")
        return chars

    def _quantified(self, atom: Expr) -> Expr:
        while self.i < len(self.text):
            c = self.text[self.i]
            if c in "*+?":
                self.i += 1
                atom = Repeat(atom, 1 if c == "+" else 0, 1 if c == "?" else None)
            elif c == "{":
                m = re.compile(r"\{\s*(\d+)\s*(?:(,)\s*(\d*)\s*)?\}").match(self.text, self.i)
                if not m:
                    raise self.error("expected {m}, {m,} or {m,n}")
                low = int(m.group(1))
                high = low if not m.group(2) else (int(m.group(3)) if m.group(3) else None)
                if high is not None and high < low:
                    raise self.error(f"repetition {m.group()} has its bounds reversed")
                if max(low, high or 0) > MAX_REPEAT:
                    raise self.error(f"repetition bounds above {MAX_REPEAT} are not supported")
                self.i = m.end()
                atom = Repeat(atom, low, high)
            else:
                return atom
        return atom
