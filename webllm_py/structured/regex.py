"""The regular subset of ECMA-262 regular expressions that JSON Schema's `pattern` uses, as a
grammar expression: literals and escapes, classes, `.`, groups, `|`, `* + ? {m} {m,} {m,n}`,
and `^`/`$` at the ends.  What a grammar cannot express (lookaround, backreferences, anchors
in the middle) is refused with a `GrammarError` that names it and its position."""

from __future__ import annotations

from .grammar import EMPTY, Chars, Expr, GrammarError, Literal, Repeat, alt, char_set, seq

DIGIT = [(0x30, 0x39)]
WORD = [(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)]
SPACE = [(0x09, 0x0D), (0x20, 0x20), (0xA0, 0xA0), (0x1680, 0x1680), (0x2000, 0x200A), (0x2028, 0x2029),
         (0x202F, 0x202F), (0x205F, 0x205F), (0x3000, 0x3000), (0xFEFF, 0xFEFF)]
CLASSES = {"d": (DIGIT, False), "D": (DIGIT, True), "w": (WORD, False), "W": (WORD, True),
           "s": (SPACE, False), "S": (SPACE, True)}
CONTROL = {"n": 0x0A, "r": 0x0D, "t": 0x09, "f": 0x0C, "v": 0x0B, "0": 0x00}
MAX_REPEAT = 1000


def regex_expr(pattern: str, allowed: Chars | None = None) -> Expr:
    """The language of `pattern` (whole-string match), its characters limited to `allowed`."""
    return _Parser(pattern, allowed).parse()


class _Parser:
    def __init__(self, pattern: str, allowed: Chars | None):
        self.text, self.i, self.allowed = pattern, 0, allowed

    def error(self, problem: str) -> GrammarError:
        return GrammarError(f"pattern {self.text!r} at {self.i}: {problem}")

    def parse(self) -> Expr:
        if self.text.startswith("^"):
            self.i = 1
        expr = self._alternation()
        if self.i < len(self.text):
            raise self.error(f"unexpected {self.text[self.i]!r}")
        return expr

    def _peek(self) -> str:
        return self.text[self.i] if self.i < len(self.text) else ""

    def _alternation(self) -> Expr:
        branches = [self._sequence()]
        while self._peek() == "|":
            self.i += 1
            branches.append(self._sequence())
        return alt(*branches)

    def _sequence(self) -> Expr:
        items: list[Expr] = []
        while self._peek() not in ("", "|", ")"):
            if self._peek() == "$":
                if self.i + 1 != len(self.text):
                    raise self.error("'$' is only supported at the end")
                self.i += 1
                continue
            if self._peek() == "^":
                raise self.error("'^' is only supported at the start")
            items.append(self._quantified(self._atom()))
        return seq(*items) if items else EMPTY

    def _quantified(self, atom: Expr) -> Expr:
        while True:
            c = self._peek()
            if c in ("*", "+", "?"):
                self.i += 1
                atom = Repeat(atom, 1 if c == "+" else 0, 1 if c == "?" else None)
            elif c == "{" and self._bounds() is not None:
                low, high = self._bounds()
                self.i = self.text.index("}", self.i) + 1
                if high is not None and high < low:
                    raise self.error(f"repetition {{{low},{high}}} has its bounds reversed")
                if max(low, high or 0) > MAX_REPEAT:
                    raise self.error(f"repetition bounds above {MAX_REPEAT} are not supported")
                atom = Repeat(atom, low, high)
            else:
                return atom
            if self._peek() == "?":
                self.i += 1  # lazy and greedy quantifiers match the same language

    def _bounds(self) -> tuple[int, int | None] | None:
        end = self.text.find("}", self.i)
        body = self.text[self.i + 1:end] if end > 0 else ""
        low, comma, high = body.partition(",")
        if not low.isdigit() or (high and not high.isdigit()):
            return None
        return int(low), (int(high) if high else None) if comma else int(low)

    def _atom(self) -> Expr:
        c = self._peek()
        if c == "(":
            self.i += 1
            if self.text.startswith("?:", self.i):
                self.i += 2
            elif self._peek() == "?":
                raise self.error("lookaround and named groups are not supported")
            inner = self._alternation()
            if self._peek() != ")":
                raise self.error("unclosed group")
            self.i += 1
            return inner
        if c in ("*", "+", "?", "{", ")"):
            raise self.error(f"nothing to repeat before {c!r}" if c != ")" else "unbalanced ')'")
        if c == "[":
            return self._class()
        self.i += 1
        if c == ".":
            return self._chars([(0x0A, 0x0A), (0x0D, 0x0D), (0x2028, 0x2029)], True)
        if c == "\\":
            ranges, negated = self._escape(in_class=False)
            return self._chars(ranges, negated)
        return self._chars([(ord(c), ord(c))], False)

    def _escape(self, in_class: bool) -> tuple[list[tuple[int, int]], bool]:
        c = self._peek()
        if not c:
            raise self.error("a trailing backslash")
        self.i += 1
        if c in CLASSES:
            return CLASSES[c]
        if c in CONTROL:
            return [(CONTROL[c], CONTROL[c])], False
        if c == "b" and in_class:
            return [(8, 8)], False
        if c in "xu":
            digits = 2 if c == "x" else 4
            code = self.text[self.i:self.i + digits]
            if len(code) != digits or any(ch not in "0123456789abcdefABCDEF" for ch in code):
                raise self.error(f"\\{c} needs {digits} hex digits")
            self.i += digits
            return [(int(code, 16), int(code, 16))], False
        if c.isalnum():
            raise self.error(f"the escape \\{c} is not supported (backreferences, word boundaries, "
                             "unicode properties)")
        return [(ord(c), ord(c))], False

    def _class(self) -> Expr:
        self.i += 1
        negated = self._peek() == "^"
        if negated:
            self.i += 1
        ranges: list[tuple[int, int]] = []
        while self._peek() != "]":
            if not self._peek():
                raise self.error("unclosed character class")
            item = self._class_item()
            single = len(item) == 1 and item[0][0] == item[0][1]
            if single and self._peek() == "-" and self.text[self.i + 1:self.i + 2] not in ("]", ""):
                self.i += 1
                high = self._class_item()
                if len(high) != 1 or high[0][0] != high[0][1]:
                    raise self.error("a class range must go between two characters")
                if high[0][0] < item[0][0]:
                    raise self.error("a class range is out of order")
                ranges.append((item[0][0], high[0][0]))
            else:
                ranges.extend(item)
        self.i += 1
        return self._chars(ranges, negated)

    def _class_item(self) -> list[tuple[int, int]]:
        c = self._peek()
        self.i += 1
        if c != "\\":
            return [(ord(c), ord(c))]
        ranges, negated = self._escape(in_class=True)
        if negated:
            raise self.error("negated escapes (\\D, \\W, \\S) inside a class are not supported")
        return list(ranges)

    def _chars(self, ranges: list[tuple[int, int]], negated: bool) -> Expr:
        chars = char_set(ranges, negated)
        if self.allowed is not None:
            chars = _intersect(chars, self.allowed)
        if not chars.ranges:
            raise self.error("a character class matches no character allowed here")
        if len(chars.ranges) == 1 and chars.ranges[0][0] == chars.ranges[0][1]:
            return Literal(chr(chars.ranges[0][0]).encode())
        return chars


def _intersect(a: Chars, b: Chars) -> Chars:
    out = []
    for low, high in a.ranges:
        for low2, high2 in b.ranges:
            if max(low, low2) <= min(high, high2):
                out.append((max(low, low2), min(high, high2)))
    return char_set(out)
