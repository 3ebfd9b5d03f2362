"""Which tokens a grammar allows next, fast enough for every decoded token, in pure Python.

The matcher is a pushdown automaton over bytes.  A stack is a chain of grammar positions (the
top one a byte set to match next, the ones below where to go on after the rule it is in
ends), interned as a small integer; a state is the set of stacks alive after the bytes so
far, interned too, and its transitions on each byte are computed once and kept, so the
automaton grows into a DFA over the states a vocabulary actually reaches.

Tokens are walked as a byte trie (`TokenIndex`: the sorted tokens' prefixes in preorder, so a
node's subtree is a contiguous range and a dead state skips it in one step).  Walking all
128k tokens of Llama 3 for every state would cost a few hundred ms, so, as XGrammar does,
the work is split by what depends on the context:

* For the top FRAMES entries of a stack, the tokens they consume entirely, without the
  bottom one's rule ending, are allowed whatever lies below them.  They are found once by
  walking the trie from those entries over a marker (OUT) and cached in the vocabulary's
  `TokenIndex` under their signature (the rules they reach), so the characters of a string
  are walked once for all grammars and requests.  (Two entries, not one: a string's
  character is a rule of its own, which ends after every character; the repetition around
  it ends only at the closing quote.)
* The trie edges where that rule may have ended and the next byte may belong to what follows
  it (its follow set) are kept as "uncertain" nodes; for a real stack only their subtrees are
  walked, from the stack below.

Measured on Llama 3's 128k tokens (CPython, this machine): a state seen before costs ~0.02 ms,
a new state 0.3-1 ms, and the first walk of a string's characters 50-300 ms (once per
vocabulary, and once per remaining length under a maxLength).

A state's mask is the union over its stacks, cached per state (up to CACHED_MASKS of them):
inside a long string or a repeated structure the state recurs and its mask is a dictionary
lookup.  Masks are Python
ints of vocab_size bits (bit i: token i), so unions are fast, and `bitmask` is the uint32
words the GPU kernel reads.
"""

from __future__ import annotations

import time
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .grammar import CompiledGrammar

ACCEPT, OUT = 0, 1  # stack ids: the finished grammar; the marker under a position's own rule
DEAD = 0  # state id of the empty set of stacks
FRAMES = 2  # stack entries analysed once per vocabulary (see `TokenGrammar._position`)
CACHED_MASKS = 2048  # masks kept per grammar, and position sets per vocabulary (16 KB each at 128k)
CLOSING_MARGIN = 8  # tokens of slack before a reply starts closing (see `GrammarMatcher.bitmask`)
LOOKAHEAD = 64  # within this many tokens of the budget, a reply that may end starts nothing it cannot finish
_BITS = bytes.maketrans(b"\x00\x01", b"01")


def _pack(flags: bytearray) -> int:
    """An int whose bit i is flags[i] (flags hold 0 or 1)."""
    return int(flags.translate(_BITS)[::-1], 2) if flags else 0


class TokenIndex:
    """One vocabulary's tokens as a byte trie in preorder arrays, and its cache of per-position
    token sets.  `tokens[i]` is token i's bytes, or None for a token no grammar may produce
    (special and control tokens, empty ones); stop tokens are allowed by the matcher itself."""

    def __init__(self, tokens: Sequence[bytes | None]):
        self.vocab_size = len(tokens)
        self.tokens = tokens
        entries = sorted((data, i) for i, data in enumerate(tokens) if data)
        self.depth = array("H")
        self.byte = bytearray()
        self.token = array("i")  # the token ending at each node (-1: none)
        self.more: dict[int, list[int]] = {}  # further tokens with the same bytes
        path: list[int] = []
        previous = b""
        for data, token_id in entries:
            if data == previous:
                self.more.setdefault(path[-1], []).append(token_id)
                continue
            common = 0
            while common < min(len(data), len(previous)) and data[common] == previous[common]:
                common += 1
            del path[common:]
            for d in range(common, len(data)):
                path.append(len(self.byte))
                self.depth.append(d + 1)
                self.byte.append(data[d])
                self.token.append(-1)
            self.token[path[-1]] = token_id
            previous = data
        n = len(self.byte)
        self.skip = array("i", [n]) * n  # the node after each node's subtree
        open_nodes: list[int] = []
        for node in range(n):
            while open_nodes and self.depth[open_nodes[-1]] >= self.depth[node]:
                self.skip[open_nodes.pop()] = node
            open_nodes.append(node)
        self.max_depth = max(self.depth, default=0)
        self.positions: dict[tuple, tuple[int, array]] = {}  # signature -> (allowed, uncertain nodes)

    def walk(self, automaton: _Automaton, nodes: Iterable[int], start: int, flags: bytearray,
             follow: int = 0, uncertain: array | None = None) -> None:
        """Set flags[t] for each token in the subtrees of `nodes` that `automaton` can consume
        from state `start` (at the nodes' parent).  With `uncertain`: also collect the children,
        with a byte in `follow`, of the nodes where a stack reached OUT."""
        depth, byte, token, skip, more = self.depth, self.byte, self.token, self.skip, self.more
        trans, step, has_out = automaton.trans, automaton.step, automaton.has_out
        states = [DEAD] * (self.max_depth + 1)
        for first in nodes:
            states[depth[first] - 1] = start
            end, n = skip[first], first
            while n < end:
                d = depth[n]
                s = trans[states[d - 1]][byte[n]]
                if s < 0:
                    s = step(states[d - 1], byte[n])
                if s == DEAD:
                    n = skip[n]
                    continue
                states[d] = s
                t = token[n]
                if t >= 0:
                    flags[t] = 1
                    if n in more:
                        for t in more[n]:
                            flags[t] = 1
                if uncertain is not None and has_out[s]:
                    child, last = n + 1, skip[n]
                    while child < last:
                        if follow >> byte[child] & 1:
                            uncertain.append(child)
                        child = skip[child]
                n += 1

    def tokens_for(self, data: bytes) -> list[int] | None:
        """`data` as tokens, longest match first; None if some byte starts no token."""
        out, i = [], 0
        while i < len(data):
            node, end, best = 0, len(self.byte), None
            for k in range(i, len(data)):
                while node < end and self.byte[node] != data[k]:
                    node = self.skip[node]
                if node >= end:
                    break
                if self.token[node] >= 0:
                    best = (self.token[node], k + 1)
                end, node = self.skip[node], node + 1
            if best is None:
                return None
            out.append(best[0])
            i = best[1]
        return out

    def roots(self) -> list[int]:
        out, n = [], 0
        while n < len(self.byte):
            out.append(n)
            n = self.skip[n]
        return out


class _Automaton:
    """A compiled grammar's interned stacks and states, and their lazily computed transitions."""

    def __init__(self, grammar: CompiledGrammar):
        self.g = grammar
        self.stack_pos = [-1, -1]
        self.stack_parent = [-1, -1]
        self._stacks: dict[tuple[int, int], int] = {}
        self.sets: list[frozenset[int]] = [frozenset()]
        self._states: dict[frozenset[int], int] = {frozenset(): DEAD}
        self.trans: list[list[int]] = [[DEAD] * 256]
        self.has_out = [False]

    def stack(self, pos: int, parent: int) -> int:
        key = (pos, parent)
        sid = self._stacks.get(key)
        if sid is None:
            sid = self._stacks[key] = len(self.stack_pos)
            self.stack_pos.append(pos)
            self.stack_parent.append(parent)
        return sid

    def state(self, stacks: Iterable[int]) -> int:
        """The state of these stacks once every rule call on top is expanded."""
        g, out, seen = self.g, set(), set()
        todo = list(stacks)
        while todo:
            s = todo.pop()
            if s in seen:
                continue
            seen.add(s)
            if s <= OUT:
                out.add(s)
                continue
            p = self.stack_pos[s]
            rule = g.ref[p]
            if rule < 0:
                out.add(s)
                continue
            parent = self.stack_parent[s]
            after = parent if g.nxt[p] < 0 else self.stack(g.nxt[p], parent)
            todo.extend(self.stack(q, after) for q in g.starts[rule])
            if g.empty[rule]:
                todo.append(after)
        key = frozenset(out)
        sid = self._states.get(key)
        if sid is None:
            sid = self._states[key] = len(self.sets)
            self.sets.append(key)
            self.trans.append([-1] * 256)
            self.has_out.append(OUT in key)
        return sid

    def step(self, state: int, b: int) -> int:
        g, moved = self.g, []
        for s in self.sets[state]:
            if s > OUT:
                p = self.stack_pos[s]
                if g.term[p][b]:
                    moved.append(self.stack_parent[s] if g.nxt[p] < 0 else self.stack(g.nxt[p], self.stack_parent[s]))
        nxt = self.state(moved) if moved else DEAD
        self.trans[state][b] = nxt
        return nxt

    def advance(self, state: int, data: bytes) -> int:
        trans = self.trans
        for b in data:
            nxt = trans[state][b]
            state = self.step(state, b) if nxt < 0 else nxt
            if state == DEAD:
                return DEAD
        return state


class TokenGrammar:
    """A compiled grammar over one vocabulary: its automaton and its masks per state, shared by
    the matchers (generations) that use the grammar."""

    def __init__(self, grammar: CompiledGrammar, index: TokenIndex):
        self.grammar, self.index = grammar, index
        self.automaton = _Automaton(grammar)
        self._masks: dict[int, int] = {}
        self._endings: dict[int, list[int] | None] = {}
        self._positions: dict[tuple, tuple[int, array]] = {}
        a = self.automaton
        self.start = a.state([a.stack(q, ACCEPT) for q in grammar.starts[grammar.root]]
                             + ([ACCEPT] if grammar.empty[grammar.root] else []))

    def _position(self, stack: int) -> tuple[int, array, int]:
        """For a stack: the tokens its top FRAMES positions allow whatever is below them, the
        uncertain trie nodes, and the stack below (ACCEPT when the chain is the whole stack)."""
        a = self.automaton
        chain, below = [], stack
        while below > OUT and len(chain) < FRAMES:
            chain.append(a.stack_pos[below])
            below = a.stack_parent[below]
        key = tuple(chain), below > OUT
        found = self._positions.get(key)
        if found is None:
            signature = self.grammar.signature(*key)
            cached = self.index.positions.get(signature)
            if cached is None:
                index = self.index
                rooted = OUT if key[1] else ACCEPT
                for p in reversed(chain):
                    rooted = a.stack(p, rooted)
                flags, uncertain = bytearray(index.vocab_size), array("i")
                follow = self.grammar.follow[self.grammar.rule_of[chain[-1]]] if key[1] else 0
                index.walk(a, index.roots(), a.state([rooted]), flags, follow, uncertain)
                if len(index.positions) >= CACHED_MASKS:
                    del index.positions[next(iter(index.positions))]
                cached = index.positions[signature] = (_pack(flags), uncertain)
            found = self._positions[key] = cached
        return found[0], found[1], below

    def ending(self, state: int) -> list[int] | None:
        """The fewest tokens (of a shortest text) that complete the grammar from `state`."""
        if state not in self._endings:
            a, rest = self.automaton, self.grammar.rest
            texts = []
            for s in a.sets[state]:
                parts = []
                while s > OUT:
                    parts.append(rest[a.stack_pos[s]])
                    s = a.stack_parent[s]
                texts.append(b"".join(parts))
            self._endings[state] = self.index.tokens_for(min(texts, key=len)) if texts else None
        return self._endings[state]

    def mask(self, state: int) -> int:
        """Bit t set: token t may come next (stop tokens aside: see `GrammarMatcher`)."""
        cached = self._masks.get(state)
        if cached is not None:
            return cached
        a, index = self.automaton, self.index
        allowed, flags = 0, None
        for s in a.sets[state]:
            if s <= OUT:
                continue
            position, uncertain, below = self._position(s)
            allowed |= position
            if uncertain:
                below_state = a.state([below])
                if below_state != DEAD:
                    if flags is None:
                        flags = bytearray(index.vocab_size)
                    index.walk(a, uncertain, below_state, flags)
        if flags is not None:
            allowed |= _pack(flags)
        if len(self._masks) >= CACHED_MASKS:
            del self._masks[next(iter(self._masks))]
        self._masks[state] = allowed
        return allowed


@dataclass
class MatchStats:
    tokens: int = 0
    mask_seconds: float = 0.0


class GrammarMatcher:
    """One generation under a grammar: the allowed tokens now, and the state after each token.

    Stop tokens are allowed once the grammar may end; a generation ends by itself when the
    grammar can take nothing more (`finished`).  `rollback(k)` undoes the last k tokens."""

    def __init__(self, grammar: TokenGrammar, stop_ids: Iterable[int] = ()):
        self.grammar = grammar
        self.stop_ids = frozenset(stop_ids)
        self._stop_bits = sum(1 << t for t in self.stop_ids if 0 <= t < grammar.index.vocab_size)
        self._states = [grammar.start]
        self.stopped = False
        self.stats = MatchStats()
        self._ending: list[int] = []  # the rest of a forced ending (see `bitmask`), last token first

    @property
    def can_end(self) -> bool:
        return ACCEPT in self.grammar.automaton.sets[self._states[-1]]

    @property
    def finished(self) -> bool:
        """Nothing but the end may follow (or a stop token came)."""
        return self.stopped or self.grammar.automaton.sets[self._states[-1]] == {ACCEPT}

    def allowed(self) -> int:
        """The allowed tokens as a vocab_size-bit int (bit t: token t), timed in `stats`."""
        started = time.perf_counter()
        mask = self.grammar.mask(self._states[-1]) | (self._stop_bits if self.can_end else 0)
        self.stats.tokens += 1
        self.stats.mask_seconds += time.perf_counter() - started
        return mask

    def bitmask(self, tokens_left: int | None = None) -> bytes:
        """`allowed()` as little-endian uint32 words, bit t % 32 of word t // 32 for token t.

        With `tokens_left` (the generation's token budget): once the budget comes within
        CLOSING_MARGIN tokens of the n tokens of the shortest way to finish, the reply writes
        those n tokens, so one cut by max_tokens still parses (strings and brackets close).
        Where the reply may end already, within LOOKAHEAD tokens of the budget, it may only go on
        with tokens after which it can still finish in time (another parallel tool call, another
        array item).  A single token that opens more than the margin can hold (an object with
        many required properties, say) can still leave too little room."""
        words = -(-self.grammar.index.vocab_size // 32)
        started = time.perf_counter()
        if not self._ending and tokens_left is not None and not self.can_end:
            ending = self.grammar.ending(self._states[-1]) or []
            if len(ending) + CLOSING_MARGIN >= tokens_left:
                self._ending = ending[::-1]
        if self._ending:
            self.stats.tokens += 1
            self.stats.mask_seconds += time.perf_counter() - started
            return (1 << self._ending[-1]).to_bytes(words * 4, "little")
        self.stats.mask_seconds += time.perf_counter() - started
        mask = self.allowed()
        if tokens_left is not None and tokens_left <= LOOKAHEAD and self.can_end:
            mask = self._finishable(mask, tokens_left)
        return mask.to_bytes(words * 4, "little")

    def _finishable(self, mask: int, tokens_left: int) -> int:
        """The tokens of `mask` after which the reply can still end within `tokens_left` tokens
        (this one included): stop tokens, and tokens whose shortest ending fits."""
        started = time.perf_counter()
        grammar, state = self.grammar, self._states[-1]
        automaton, tokens = grammar.automaton, grammar.index.tokens
        late = 0  # the tokens after which the reply cannot finish in time
        for token in [i for i, bit in enumerate(bin(mask)[:1:-1]) if bit == "1"]:
            if token in self.stop_ids:
                continue
            after = automaton.advance(state, tokens[token])
            if ACCEPT in automaton.sets[after]:
                continue
            ending = grammar.ending(after)
            if ending is None or len(ending) >= tokens_left - 1:  # one token for this one, one to stop
                late |= 1 << token
        self.stats.mask_seconds += time.perf_counter() - started
        return mask & ~late

    def accept(self, token_id: int, data: bytes) -> bool:
        """Advance over a token (its bytes `data`); False, and no change, if the grammar refuses it."""
        if self.stopped:
            return False
        if token_id in self.stop_ids:
            if not self.can_end:
                return False
            self.stopped = True
            self._states.append(self._states[-1])
            return True
        state = self.grammar.automaton.advance(self._states[-1], data) if data else DEAD
        if state == DEAD:
            return False
        self._states.append(state)
        if self._ending:
            self._ending = self._ending[:-1] if self._ending[-1] == token_id else []
        return True

    def accept_bytes(self, data: bytes) -> bool:
        """Advance over text (a forced prefix, say); False and no change if it does not fit."""
        state = self.grammar.automaton.advance(self._states[-1], data)
        if state == DEAD:
            return False
        self._states.append(state)
        return True

    def rollback(self, tokens: int) -> None:
        if not 0 <= tokens < len(self._states):
            raise ValueError(f"cannot roll back {tokens} tokens: {len(self._states) - 1} were accepted")
        if tokens:
            del self._states[len(self._states) - tokens:]
            self.stopped = False
            self._ending = []
