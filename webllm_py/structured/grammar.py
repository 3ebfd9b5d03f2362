"""Grammars: an expression tree that JSON Schema, regular expressions and GBNF text all build,
lowered to a flat byte-level BNF that the matcher runs.

Why bytes: tokens are byte strings (a byte-level BPE token may hold half a UTF-8 character),
so the matcher consumes bytes, and a character class over code points is lowered to the UTF-8
byte sequences that encode it (split into ranges as regex engines do for UTF-8 automata).

Why a flat BNF: rules are alternatives of sequences of elements, an element either a byte
set or a reference to a rule.  Repetitions become helper rules (`x*` is `r ::= x r | ""`),
which the matcher runs as tail calls, so a long string does not grow its stack.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

MAX_CODE_POINT = 0x10FFFF
SURROGATES = (0xD800, 0xDFFF)


class GrammarError(ValueError):
    """A grammar, regular expression or schema that cannot be compiled; the message names the
    problem (the keyword, rule or position)."""


# ---- the expression tree -----------------------------------------------------------------

@dataclass(frozen=True)
class Literal:
    """These bytes, in order."""

    data: bytes


@dataclass(frozen=True)
class Chars:
    """One character of a set of code points, as sorted disjoint inclusive ranges."""

    ranges: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Seq:
    items: tuple[Expr, ...]


@dataclass(frozen=True)
class Alt:
    items: tuple[Expr, ...]


@dataclass(frozen=True)
class Repeat:
    """`item` between `low` and `high` times (`high` None: no upper bound)."""

    item: Expr
    low: int
    high: int | None


@dataclass(frozen=True)
class Ref:
    """The rule of this name."""

    name: str


Expr = Union[Literal, Chars, Seq, Alt, Repeat, Ref]
EMPTY = Seq(())


def seq(*items: Expr) -> Expr:
    return items[0] if len(items) == 1 else Seq(tuple(items))


def alt(*items: Expr) -> Expr:
    return items[0] if len(items) == 1 else Alt(tuple(items))


def lit(text: str) -> Literal:
    return Literal(text.encode())


def char_set(ranges: list[tuple[int, int]], negated: bool = False) -> Chars:
    """Normalized (sorted, merged, surrogates removed) and, if `negated`, complemented."""
    merged: list[list[int]] = []
    for low, high in sorted(ranges):
        if merged and low <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], high)
        else:
            merged.append([low, high])
    if negated:
        gaps, start = [], 0
        for low, high in merged:
            if low > start:
                gaps.append([start, low - 1])
            start = high + 1
        if start <= MAX_CODE_POINT:
            gaps.append([start, MAX_CODE_POINT])
        merged = gaps
    out = []
    for low, high in merged:  # surrogates have no UTF-8 encoding
        if low < SURROGATES[0]:
            out.append((low, min(high, SURROGATES[0] - 1)))
        if high > SURROGATES[1]:
            out.append((max(low, SURROGATES[1] + 1), high))
    return Chars(tuple(out))


@dataclass
class Grammar:
    """Named rules (the tree) and the root rule's name; `compile()` lowers it for the matcher."""

    rules: dict[str, Expr]
    root: str = "root"

    def compile(self) -> CompiledGrammar:
        return CompiledGrammar(self)


# ---- UTF-8 --------------------------------------------------------------------------------

def _utf8_ranges(low: int, high: int, out: list[list[tuple[int, int]]]) -> None:
    """Byte-range sequences that encode exactly the code points low..high (one encoded length)."""
    length = len(chr(low).encode())
    for i in range(1, length):
        m = (1 << (6 * i)) - 1
        if low & ~m != high & ~m:
            if low & m:
                _utf8_ranges(low, low | m, out)
                _utf8_ranges((low | m) + 1, high, out)
                return
            if high & m != m:
                _utf8_ranges(low, (high & ~m) - 1, out)
                _utf8_ranges(high & ~m, high, out)
                return
    out.append(list(zip(chr(low).encode(), chr(high).encode())))


def utf8_sequences(chars: Chars) -> list[list[tuple[int, int]]]:
    out: list[list[tuple[int, int]]] = []
    for low, high in chars.ranges:
        for a, b in ((0, 0x7F), (0x80, 0x7FF), (0x800, 0xFFFF), (0x10000, MAX_CODE_POINT)):
            if max(low, a) <= min(high, b):
                _utf8_ranges(max(low, a), min(high, b), out)
    return out


# ---- lowering -----------------------------------------------------------------------------

Element = Union[bytes, int]  # a byte set (256 flags) or a rule id


class CompiledGrammar:
    """The flat grammar: every element of every alternative is a numbered position.

    `term[p]` is the byte set of a byte position (None for a reference), `ref[p]` the rule a
    reference position calls (-1 for bytes), `nxt[p]` the next position of its alternative
    (-1 at the end); `starts[r]` the first positions of rule r's non-empty alternatives,
    `empty[r]` whether r has an empty one.  `follow[r]` (256-bit int) over-approximates the
    bytes that can come right after rule r ends, in any context.
    """

    def __init__(self, grammar: Grammar):
        self.names: list[str] = []
        self._ids: dict[str, int] = {}
        self._alts: list[list[list[Element]]] = []
        self._helpers: dict[Expr, int] = {}
        self._sets: dict[bytes, bytes] = {}
        self._source = grammar.rules
        if grammar.root not in grammar.rules:
            raise GrammarError(f"the grammar has no root rule {grammar.root!r}")
        self.root = self._rule_id(grammar.root)
        for name in list(grammar.rules):
            self._rule_id(name)
        self._flatten()
        self._check_left_recursion()
        self._follow_sets()
        self._shortest_texts()

    # rules of the tree
    def _rule_id(self, name: str) -> int:
        if name not in self._ids:
            if name not in self._source:
                raise GrammarError(f"undefined rule {name!r}")
            rid = self._ids[name] = self._new_rule(name)
            expr = self._source[name]
            self._alts[rid] = [self._lower(x) for x in expr.items] if isinstance(expr, Alt) else [self._lower(expr)]
        return self._ids[name]

    def _new_rule(self, name: str) -> int:
        self.names.append(name)
        self._alts.append([])
        return len(self.names) - 1

    def _helper(self, key: Expr, name: str, build) -> int:
        if key not in self._helpers:
            rid = self._helpers[key] = self._new_rule(name)
            self._alts[rid] = build(rid)
        return self._helpers[key]

    def _byte_set(self, ranges: list[tuple[int, int]]) -> bytes:
        flags = bytearray(256)
        for low, high in ranges:
            flags[low:high + 1] = b"\x01" * (high - low + 1)
        return self._sets.setdefault(bytes(flags), bytes(flags))

    def _lower(self, expr: Expr) -> list[Element]:
        """The elements of one alternative that match `expr`."""
        if isinstance(expr, Literal):
            return [self._byte_set([(b, b)]) for b in expr.data]
        if isinstance(expr, Ref):
            return [self._rule_id(expr.name)]
        if isinstance(expr, Seq):
            return [e for item in expr.items for e in self._lower(item)]
        if isinstance(expr, Chars):
            sequences = utf8_sequences(expr)
            if not sequences:
                raise GrammarError("an empty character class matches nothing")
            single = [s[0] for s in sequences if len(s) == 1]
            multi = [[self._byte_set([r]) for r in s] for s in sequences if len(s) > 1]
            alts = ([[self._byte_set(single)]] if single else []) + multi
            if len(alts) == 1:
                return alts[0]
            return [self._helper(expr, "char", lambda rid: alts)]
        if isinstance(expr, Alt):
            return [self._helper(expr, "alt", lambda rid: [self._lower(x) for x in expr.items])]
        if isinstance(expr, Repeat):
            if expr.low < 0 or (expr.high is not None and expr.high < expr.low):
                raise GrammarError(f"bad repetition bounds {{{expr.low},{expr.high}}}")
            item = self._lower(expr.item)
            out = item * expr.low
            if expr.high is None:
                out.append(self._helper(expr, "star", lambda rid: [item + [rid], []]))
            elif expr.high > expr.low:
                optional = self._helper(Repeat(expr.item, 0, 1), "opt", lambda rid: [item, []])
                for k in range(2, expr.high - expr.low + 1):
                    inner = optional
                    optional = self._helper(Repeat(expr.item, 0, k), "opt", lambda rid: [item + [inner], []])
                out.append(optional)
            return out
        raise TypeError(f"not a grammar expression: {expr!r}")

    # the flat positions
    def _flatten(self) -> None:
        self.term: list[bytes | None] = []
        self.ref: list[int] = []
        self.nxt: list[int] = []
        self.rule_of: list[int] = []
        self.starts: list[tuple[int, ...]] = []
        self.empty: list[bool] = []
        for rid, alts in enumerate(self._alts):
            firsts = []
            for elements in alts:
                if not elements:
                    continue
                firsts.append(len(self.term))
                for k, e in enumerate(elements):
                    self.term.append(e if isinstance(e, bytes) else None)
                    self.ref.append(e if isinstance(e, int) else -1)
                    self.nxt.append(len(self.term) if k + 1 < len(elements) else -1)
                    self.rule_of.append(rid)
            self.starts.append(tuple(firsts))
            self.empty.append(any(not elements for elements in alts))

    def _nullable(self) -> list[bool]:
        nullable = list(self.empty)
        changed = True
        while changed:
            changed = False
            for rid, alts in enumerate(self._alts):
                if not nullable[rid] and any(all(isinstance(e, int) and nullable[e] for e in a) for a in alts):
                    nullable[rid] = changed = True
        return nullable

    def _check_left_recursion(self) -> None:
        self.nullable = nullable = self._nullable()
        left: list[set[int]] = [set() for _ in self._alts]  # rules a rule may call before any byte
        for rid, alts in enumerate(self._alts):
            for elements in alts:
                for e in elements:
                    if isinstance(e, bytes):
                        break
                    left[rid].add(e)
                    if not nullable[e]:
                        break
        state = [0] * len(left)  # 0 new, 1 on the path, 2 done

        def visit(rid: int) -> None:
            state[rid] = 1
            for callee in left[rid]:
                if state[callee] == 1:
                    raise GrammarError(f"rule {self.names[callee]!r} is left-recursive")
                if state[callee] == 0:
                    visit(callee)
            state[rid] = 2

        for rid in range(len(left)):
            if state[rid] == 0:
                visit(rid)

    def _follow_sets(self) -> None:
        n = len(self._alts)
        bits = {s: sum(1 << b for b in range(256) if s[b]) for s in self._sets}
        first = [0] * n
        changed = True
        while changed:
            changed = False
            for rid, alts in enumerate(self._alts):
                value = first[rid]
                for a in alts:
                    value |= self._first_bits(a, first, bits)
                if value != first[rid]:
                    first[rid], changed = value, True
        follow = [0] * n
        changed = True
        while changed:
            changed = False
            for rid, alts in enumerate(self._alts):
                for a in alts:
                    for k, e in enumerate(a):
                        if isinstance(e, int):
                            rest, rest_nullable = self._first_bits(a[k + 1:], first, bits), self._all_nullable(a[k + 1:])
                            value = follow[e] | rest | (follow[rid] if rest_nullable else 0)
                            if value != follow[e]:
                                follow[e], changed = value, True
        self.follow = follow

    def _first_bits(self, elements: list[Element], first: list[int], bits: dict[bytes, int]) -> int:
        out = 0
        for e in elements:
            if isinstance(e, bytes):
                return out | bits[e]
            out |= first[e]
            if not self.nullable[e]:
                return out
        return out

    def _all_nullable(self, elements: list[Element]) -> bool:
        return all(isinstance(e, int) and self.nullable[e] for e in elements)

    def _shortest_texts(self) -> None:
        """`rest[p]`: a shortest text that finishes position p's alternative from p on (the
        lowest byte of each byte set), for ending a reply in as few tokens as possible."""
        shortest: list[bytes | None] = [None] * len(self._alts)
        lowest = {e: bytes([e.index(1)]) for e in self._sets}

        def text(elements: list[Element]) -> bytes | None:
            parts = [lowest[e] if isinstance(e, bytes) else shortest[e] for e in elements]
            return None if None in parts else b"".join(parts)

        changed = True
        while changed:
            changed = False
            for rid, alts in enumerate(self._alts):
                for elements in alts:
                    t = text(elements)
                    if t is not None and (shortest[rid] is None or len(t) < len(shortest[rid])):
                        shortest[rid], changed = t, True
        unreachable = [self.names[r] for r, t in enumerate(shortest) if t is None]
        if unreachable:
            raise GrammarError(f"rule {unreachable[0]!r} never ends (every alternative recurses into itself)")
        self.rest = [b""] * len(self.term)
        for p in range(len(self.term) - 1, -1, -1):
            head = lowest[self.term[p]] if self.ref[p] < 0 else shortest[self.ref[p]]
            self.rest[p] = head + (self.rest[self.nxt[p]] if self.nxt[p] >= 0 else b"")

    def signature(self, chain: tuple[int, ...], truncated: bool) -> tuple:
        """What the context-free analysis of a stack's top `chain` of positions depends on (the
        rules it can reach, the positions' places, the bottom rule's follow set when the chain
        was cut), with rules renumbered: equal signatures in two grammars give the same token
        sets, so a vocabulary's cache serves both."""
        order: dict[int, int] = {}
        queue: list[int] = []
        for p in chain:
            if self.rule_of[p] not in order:
                order[self.rule_of[p]] = len(order)
                queue.append(self.rule_of[p])
        body = []
        for rid in queue:
            alts = []
            for elements in self._alts[rid]:
                row = []
                for e in elements:
                    if isinstance(e, int):
                        if e not in order:
                            order[e] = len(order)
                            queue.append(e)
                        row.append(order[e])
                    else:
                        row.append(e)
                alts.append(tuple(row))
            body.append(tuple(alts))
        places = tuple((order[self.rule_of[p]], p - min(self.starts[self.rule_of[p]])) for p in chain)
        return tuple(body), places, self.follow[self.rule_of[chain[-1]]] if truncated else -1
