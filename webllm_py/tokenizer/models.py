"""Subword models: BPE, Unigram and WordPiece. Each encodes one word (pre-token) to ids."""

from __future__ import annotations

import heapq
import struct
from collections.abc import Callable, Mapping

_F32 = struct.Struct("<f")


def _round_f32(x: float) -> float:
    return _F32.unpack(_F32.pack(x))[0]


def byte_token_ids(vocab: Mapping[str, int], text: str) -> list[int] | None:
    """Ids of the ``<0xNN>`` tokens spelling `text`'s UTF-8 bytes (None if one is missing)."""
    ids = []
    for b in text.encode("utf-8", "surrogatepass"):
        token_id = vocab.get(f"<0x{b:02X}>")
        if token_id is None:
            return None
        ids.append(token_id)
    return ids


class BPE:
    """Byte-pair encoding.

    Merge priority comes either from `merges` (pair -> rank, Hugging Face: only the listed
    pairs merge) or from `piece_ranks` (merged string -> rank, tiktoken and SentencePiece:
    any two adjacent symbols whose concatenation is ranked merge). Lower rank merges first,
    leftmost first on ties. Unknown symbols become ``<0xNN>`` byte tokens (`byte_fallback`)
    or `unk_id` (consecutive ones fused when `fuse_unk`).
    """

    def __init__(self, vocab: Mapping[str, int], *,
                 merges: Mapping[tuple[str, str], int] | None = None,
                 piece_ranks: Mapping[str, float] | None = None,
                 unk_id: int | None = None, byte_fallback: bool = False,
                 fuse_unk: bool = False, ignore_merges: bool = False,
                 continuing_subword_prefix: str = "", end_of_word_suffix: str = "",
                 unused: frozenset[str] = frozenset()) -> None:
        self.vocab = vocab
        self.merges = merges
        self._rank: Callable[[str, str], float | None]
        if merges is not None and piece_ranks is None:
            self._rank = lambda left, right: merges.get((left, right))
        elif piece_ranks is not None and merges is None:
            self._rank = lambda left, right: piece_ranks.get(left + right)
        else:
            raise ValueError("BPE needs exactly one of merges / piece_ranks")
        self.unk_id = unk_id
        self.byte_fallback = byte_fallback
        self.fuse_unk = fuse_unk
        self.ignore_merges = ignore_merges
        self.prefix = continuing_subword_prefix
        self.suffix = end_of_word_suffix
        self._unused = unused  # SentencePiece UNUSED pieces: merged, then split back

    def _symbols(self, word: str) -> list[str]:
        if not (self.prefix or self.suffix):
            return list(word)
        symbols = [c if i == 0 else self.prefix + c for i, c in enumerate(word)]
        symbols[-1] += self.suffix
        return symbols

    def merge(self, symbols: list[str]) -> tuple[list[str], dict[str, tuple[str, str]]]:
        """Apply merges until none is left (heap of candidate pairs, O(n log n)).

        Returns the final symbols and, for merged UNUSED pieces, the pair each came from.
        """
        n = len(symbols)
        origin: dict[str, tuple[str, str]] = {}
        if n < 2:
            return symbols, origin
        rank = self._rank
        nxt = list(range(1, n + 1))
        nxt[-1] = -1
        prv = list(range(-1, n - 1))
        heap = []
        for i in range(n - 1):
            r = rank(symbols[i], symbols[i + 1])
            if r is not None:
                heap.append((r, i, symbols[i], symbols[i + 1]))
        heapq.heapify(heap)
        symbols = list(symbols)
        while heap:
            _, i, left, right = heapq.heappop(heap)
            j = nxt[i]
            if j < 0 or symbols[i] != left or symbols[j] != right:
                continue  # stale: one side was merged away since this pair was queued
            merged = left + (right[len(self.prefix):] if self.prefix else right)
            if merged in self._unused:
                origin[merged] = (left, right)
            symbols[i] = merged
            symbols[j] = ""
            k = nxt[j]
            nxt[i] = k
            if k >= 0:
                prv[k] = i
                r = rank(merged, symbols[k])
                if r is not None:
                    heapq.heappush(heap, (r, i, merged, symbols[k]))
            p = prv[i]
            if p >= 0:
                r = rank(symbols[p], merged)
                if r is not None:
                    heapq.heappush(heap, (r, p, symbols[p], merged))
        out = []
        i = 0
        while i >= 0:
            out.append(symbols[i])
            i = nxt[i]
        return out, origin

    def tokenize(self, word: str) -> list[int]:
        if self.ignore_merges:
            token_id = self.vocab.get(word)
            if token_id is not None:
                return [token_id]
        symbols, origin = self.merge(self._symbols(word))
        ids: list[int] = []
        prev_unk = False
        for symbol in symbols:
            token_id = self.vocab.get(symbol)
            if token_id is not None:
                if symbol in origin:
                    ids.extend(self._resegment(symbol, origin))
                else:
                    ids.append(token_id)
                prev_unk = False
                continue
            if self.byte_fallback:
                byte_ids = byte_token_ids(self.vocab, symbol)
                if byte_ids is not None:
                    ids.extend(byte_ids)
                    prev_unk = False
                    continue
            if self.unk_id is not None and not (prev_unk and self.fuse_unk):
                ids.append(self.unk_id)
            prev_unk = True
        return ids

    def _resegment(self, symbol: str, origin: dict[str, tuple[str, str]]) -> list[int]:
        if symbol not in origin:
            return [self.vocab[symbol]]
        left, right = origin[symbol]
        return self._resegment(left, origin) + self._resegment(right, origin)


class Unigram:
    """Unigram language model: the most likely segmentation (Viterbi), as SentencePiece's
    optimized encoder and HF's `Unigram` compute it.

    `pieces` maps each piece that may appear in a segmentation to (id, score). A character
    no piece covers costs `unk_score`; consecutive unknowns fuse into one `unk_id` (or become
    ``<0xNN>`` tokens with `byte_fallback`). `float32` reproduces SentencePiece's float
    arithmetic, which decides near-ties differently from HF's doubles.
    """

    def __init__(self, vocab: Mapping[str, int], pieces: Mapping[str, tuple[int, float]], *,
                 unk_id: int | None, unk_score: float, byte_fallback: bool = False,
                 float32: bool = False) -> None:
        self.vocab = vocab
        self.pieces = pieces
        self.unk_id = unk_id
        self.unk_score = unk_score
        self.byte_fallback = byte_fallback
        self.float32 = float32
        prefixes = set()
        for piece in pieces:
            for end in range(1, len(piece) + 1):
                prefixes.add(piece[:end])
        self._prefixes = frozenset(prefixes)

    def tokenize(self, word: str) -> list[int]:
        n = len(word)
        pieces = self.pieces
        prefixes = self._prefixes
        rnd = _round_f32 if self.float32 else float
        # For each end position: the score of the best path ending there, where its last
        # piece starts (-1: not reached yet) and that piece's id (None: unknown character).
        scores = [0.0] * (n + 1)
        starts = [-1] * (n + 1)
        ids: list[int | None] = [None] * (n + 1)
        for start in range(n):
            base = scores[start]  # every position is reached (unknown characters included)
            has_single = False
            end = start + 1
            while end <= n:
                candidate = word[start:end]
                if candidate not in prefixes:
                    break
                entry = pieces.get(candidate)
                if entry is not None:
                    score = rnd(entry[1] + base)
                    if starts[end] < 0 or score > scores[end]:
                        scores[end], starts[end], ids[end] = score, start, entry[0]
                    has_single = has_single or end == start + 1
                end += 1
            if not has_single:
                score = rnd(self.unk_score + base)
                if starts[start + 1] < 0 or score > scores[start + 1]:
                    scores[start + 1], starts[start + 1], ids[start + 1] = score, start, None
        spans = []
        end = n
        while end > 0:
            spans.append((starts[end], end, ids[end]))
            end = starts[end]
        spans.reverse()
        return self._ids(word, spans)

    def _ids(self, word: str, spans: list[tuple[int, int, int | None]]) -> list[int]:
        """Ids of the best path; runs of unknown characters fuse into one token."""
        ids: list[int] = []
        unk_start = -1
        for index, (start, end, token_id) in enumerate(spans):
            if token_id is not None:
                ids.append(token_id)
                continue
            if unk_start < 0:
                unk_start = start
            if index + 1 < len(spans) and spans[index + 1][2] is None:
                continue
            text = word[unk_start:end]
            unk_start = -1
            byte_ids = byte_token_ids(self.vocab, text) if self.byte_fallback else None
            if byte_ids is not None:
                ids.extend(byte_ids)
            elif self.unk_id is None:
                raise ValueError(f"cannot encode {text!r}: no piece covers it and there is no unk")
            else:
                ids.append(self.unk_id)
        return ids


class WordPiece:
    """Greedy longest-match-first WordPiece (BERT): `prefix` marks word-internal pieces."""

    def __init__(self, vocab: Mapping[str, int], *, unk_id: int, prefix: str = "##",
                 max_input_chars_per_word: int = 100) -> None:
        self.vocab = vocab
        self.unk_id = unk_id
        self.prefix = prefix
        self.max_chars = max_input_chars_per_word

    def tokenize(self, word: str) -> list[int]:
        if len(word) > self.max_chars:
            return [self.unk_id]
        ids = []
        start = 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else self.prefix + word[start:end]
                token_id = self.vocab.get(piece)
                if token_id is not None:
                    ids.append(token_id)
                    break
                end -= 1
            else:
                return [self.unk_id]
            start = end
        return ids


class LongestMatch:
    """Greedy longest match from the left (RWKV's "world" tokenizer in llama.cpp).

    Tokens and words are spelled in the byte-level alphabet, so one character is one byte,
    as llama.cpp matches them. A byte that starts no token becomes `unk_id`.
    """

    def __init__(self, vocab: Mapping[str, int], unk_id: int | None) -> None:
        self.vocab = vocab
        self.unk_id = unk_id
        self._prefixes = frozenset(t[:end] for t in vocab for end in range(1, len(t) + 1))

    def tokenize(self, word: str) -> list[int]:
        ids = []
        start = 0
        while start < len(word):
            end = start + 1
            best = 0
            while end <= len(word) and word[start:end] in self._prefixes:
                if word[start:end] in self.vocab:
                    best = end
                end += 1
            if best:
                ids.append(self.vocab[word[start:best]])
                start = best
            elif self.unk_id is None:
                raise ValueError(f"no token starts with byte {word[start]!r} and there is no unk")
            else:
                ids.append(self.unk_id)
                start += 1
        return ids


class Plamo2:
    """PLaMo-2's tokenizer (llama.cpp's ``plamo2`` model): the segmentation with the highest
    total score, scores fixed-point (``round(score * 1e4)``), each character no token
    covers costing 1e7 and spelled as ``<0xNN>`` byte tokens. On equal totals the longer
    piece at the leftmost differing position wins, as llama.cpp's table order makes it.
    """

    _UNKNOWN_COST = 10_000_000

    def __init__(self, pieces: Mapping[str, tuple[int, int]], byte_ids: list[int]) -> None:
        self.pieces = pieces  # text -> (id, fixed-point score)
        self.byte_ids = byte_ids
        self.max_len = max(map(len, pieces), default=1)

    @staticmethod
    def fixed_point(score: float) -> int:
        """C's ``round(score * 1e4)``: halves away from zero."""
        x = score * 1e4
        return int(x + 0.5) if x >= 0 else -int(-x + 0.5)

    def tokenize(self, word: str) -> list[int]:
        if word.startswith("\ufeff"):
            word = word[1:]
        n = len(word)
        cost = [0] * (n + 1)
        step: list[tuple[int, int]] = [(1, -1)] * (n + 1)  # (length, id; -1: bytes)
        for i in range(n - 1, -1, -1):
            best, choice = 1 << 60, (1, -1)
            for length in range(min(self.max_len, n - i), 0, -1):  # longest first,
                entry = self.pieces.get(word[i:i + length])
                if entry is not None and cost[i + length] - entry[1] < best:
                    best, choice = cost[i + length] - entry[1], (length, entry[0])
            if cost[i + 1] + self._UNKNOWN_COST < best:  # the unknown character last
                best, choice = cost[i + 1] + self._UNKNOWN_COST, (1, -1)
            cost[i], step[i] = best, choice
        ids = []
        i = 0
        while i < n:
            length, token_id = step[i]
            if token_id >= 0:
                ids.append(token_id)
            else:
                ids.extend(self.byte_ids[b] for b in word[i].encode("utf-8", "surrogatepass"))
            i += length
        return ids
