"""Token sampling: the heavy work on the GPU, the decision in Python over 64 candidates.

Per token the GPU applies penalties and logit bias in place (`apply_logit_processors`, only
when some are set), then `top_candidates` and `top_candidates_merge` (see kernels/sampling.py)
reduce the row to one record: the 64 largest logits with their ids, the max, and the exp
sums at the sampling temperature and at temperature 1.  The host reads those 524 bytes,
not the vocabulary.

From the record Python knows each candidate's exact probability, so it can sample exactly
whenever the candidates settle the choice:
* temperature 0: the first candidate (argmax, lowest id on ties);
* top_k <= 64: the top-k set, and with it the top-p nucleus, are all candidates;
* top_p < 1 and the candidates' mass reaches top_p (of the top-k mass, when 64 < top_k):
  the nucleus is a prefix of the candidates;
* plain sampling (top_p == 1, no top_k): the uniform draw u lands among the candidates with
  probability equal to their mass.
Otherwise the sampler reads the whole row once and samples from it in Python (the same
draw u, the same order), so every path gives an exact sample of the specified distribution.
How rare that is depends on the model and the temperature: for plain sampling it happens
with probability equal to the mass outside the top 64; with top_p < 1 on tokens whose top 64
hold less than top_p of the mass (flat distributions); with 64 < top_k < vocab also when the
top-k mass is too uncertain to place the nucleus.  Next-token distributions are mostly
peaked (stories260K at temperature 1, with or without top_p 0.9: no full read in 199
tokens), so it is rare; `Sampler.full_reads` counts them.  A full read costs ~20-45 ms for
128k logits in CPython (read, unpack, and for top_p/top_k a sort).

Randomness is `random.Random(seed)`, one uniform per token (drawn even at temperature 0),
so CPython and Pyodide give the same tokens for the same logits and seed.
"""

from __future__ import annotations

import math
import random
import struct
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate

from .gpu import Device, Tensor

CANDIDATES = 64  # K of the top_candidates kernels
CHUNK = 1024  # logits per top_candidates workgroup
FANIN = 16  # records per top_candidates_merge workgroup
_RECORD = struct.Struct(f"<{CANDIDATES}f{CANDIDATES}i3f")  # values, ids, max, sum at T, sum at 1
MAX_TOP_LOGPROBS = 20
GREEDY_BELOW = 1e-5  # temperatures below this sample greedily, as vLLM does (float32-safe)


@dataclass
class SamplingParams:
    """OpenAI-style sampling settings; invalid values raise ValueError naming the field.

    top_k = 0 disables top-k; temperature 0 (or below 1e-5) is greedy.  Logprobs are those of
    the temperature-1 distribution after penalties and bias (the same at any temperature, as
    OpenAI reports them), whichever temperature, top_k and top_p pick the token.
    """

    temperature: float = 1.0
    top_p: float = 1.0
    top_k: int = 0
    repetition_penalty: float = 1.0
    presence_penalty: float = 0.0
    frequency_penalty: float = 0.0
    logit_bias: dict[int, float] = field(default_factory=dict)
    seed: int | None = None
    logprobs: bool = False
    top_logprobs: int = 0

    def __post_init__(self) -> None:
        _check_float("temperature", self.temperature, 0.0, math.inf)
        _check_float("top_p", self.top_p, 0.0, 1.0, low_open=True)
        _check_int("top_k", self.top_k, 0)
        _check_float("repetition_penalty", self.repetition_penalty, 0.0, math.inf, low_open=True)
        _check_float("presence_penalty", self.presence_penalty, -2.0, 2.0)
        _check_float("frequency_penalty", self.frequency_penalty, -2.0, 2.0)
        if not isinstance(self.logit_bias, dict):
            raise ValueError(f"logit_bias must be a dict of token id to bias, got {type(self.logit_bias).__name__}")
        for token, bias in self.logit_bias.items():
            _check_int("logit_bias token id", token, 0)
            _check_float(f"logit_bias[{token}]", bias, -100.0, 100.0)
        if self.seed is not None:
            _check_int("seed", self.seed, None)
        if not isinstance(self.logprobs, bool):
            raise ValueError(f"logprobs must be true or false, got {self.logprobs!r}")
        _check_int("top_logprobs", self.top_logprobs, 0, MAX_TOP_LOGPROBS)
        if self.top_logprobs and not self.logprobs:
            raise ValueError("top_logprobs needs logprobs to be true")


def _check_float(name: str, value: object, low: float, high: float, low_open: bool = False) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value):
        raise ValueError(f"{name} must be a number, got {value!r}")
    if value < low or (low_open and value == low) or value > high or math.isinf(value):
        bounds = f"{'(' if low_open else '['}{low:g}, {high:g}{']' if math.isfinite(high) else ')'}"
        raise ValueError(f"{name} must be in {bounds}, got {value!r}")


def _check_int(name: str, value: object, low: int | None, high: int | None = None) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{name} must be an integer, got {value!r}")
    if (low is not None and value < low) or (high is not None and value > high):
        raise ValueError(f"{name} must be in [{low}, {'inf' if high is None else high}], got {value!r}")


class SamplingError(RuntimeError):
    """No valid token to pick: the logits hold NaN or infinity, or the GPU named a token
    outside the vocabulary.  Picking anyway would give text that is silently wrong."""


@dataclass(frozen=True)
class Choice:
    """The picked token; logprob and top_logprobs only when SamplingParams.logprobs."""

    token_id: int
    logprob: float | None = None
    top_logprobs: list[tuple[int, float]] = field(default_factory=list)


@dataclass(frozen=True)
class Decision:
    """What one `Sampler.sample` decided from, kept for inspection (`Sampler.decisions`): the
    candidates (ids and logits after penalties and bias, best first), the row's max and exp sum
    at `temperature` (so exp((logit - max) / temperature) / sum_t is a candidate's exact
    probability over the whole vocabulary), the uniform drawn and the token picked."""

    ids: tuple[int, ...]
    logits: tuple[float, ...]
    max: float
    sum_t: float
    temperature: float  # 1.0 for greedy sampling
    greedy: bool
    u: float
    token: int
    full_read: bool  # the candidates could not settle it: the whole row was read


@dataclass(frozen=True)
class Candidates:
    """A row's best logits as the top_candidates kernels leave them: values largest first with
    their token ids, the row's max, and its exp sums at the temperature and at 1."""

    values: tuple[float, ...]
    ids: list[int]
    max: float
    sum_t: float
    sum_1: float

    @classmethod
    def unpack(cls, record: bytes, vocab_size: int) -> "Candidates":
        values = _RECORD.unpack(record)
        n = min(CANDIDATES, vocab_size)
        return cls(values[:n], list(values[CANDIDATES:CANDIDATES + n]), *values[-3:])


class SamplerBuffers:
    """The GPU buffers sampling needs for one vocabulary, made once per model and shared by the
    samplers of its generations (one samples at a time): a buffer of candidate records per
    reduction level, and the processor table, grown as needed.  A sampler whose table another
    overwrote since its last upload uploads it whole again."""

    def __init__(self, device: Device, vocab_size: int):
        self.device = device
        self.vocab_size = vocab_size
        # one buffer of records per reduction level: one per CHUNK logits, then FANIN times fewer
        sizes = [-(-vocab_size // CHUNK)]
        while sizes[-1] > 1:
            sizes.append(-(-sizes[-1] // FANIN))
        self.levels = [device.empty((n, _RECORD.size // 4), label="sampling records") for n in sizes]
        self._table: Tensor | None = None
        self._table_owner: object = None  # whose rows the table holds

    def narrow(self, logits: Tensor, row: int, temperature: float) -> Tensor:
        """Record the dispatches that narrow logits[row] to one candidates record (see
        `Candidates`); the buffer that holds it once they ran."""
        self.device.run("top_candidates", {"row": row, "temperature": temperature}, logits=logits,
                        part=self.levels[0])
        for part, out in zip(self.levels, self.levels[1:]):
            self.device.run("top_candidates_merge", {"temperature": temperature}, part=part, out=out)
        return self.levels[-1]

    def table(self, owner: object, rows: int) -> tuple[Tensor, bool]:
        """The table buffer (at least `rows` rows) for `owner`, and whether it still holds
        what `owner` uploaded last."""
        kept = self._table_owner is owner
        if self._table is None or rows > self._table.shape[0]:
            if self._table is not None:
                self.device.release(self._table)
            self._table = self.device.empty((max(64, 2 * rows), 4), "int32", label="sampling table")
            kept = False
        self._table_owner = owner
        return self._table, kept

    def release(self) -> None:
        self.device.release(*self.levels, *([self._table] if self._table else []))
        self._table = self._table_owner = None


class _ProcessorTable:
    """GPU rows (token id, seen in context, times generated, bias as float32 bits) per token.

    One row per distinct token, so the kernel's threads never share a logit.  The id lists a
    generation passes grow by appending, so each call only folds in their new tail and
    uploads the rows from the first one that changed.
    """

    def __init__(self, buffers: SamplerBuffers, vocab_size: int, params: SamplingParams):
        self.buffers = buffers
        self.vocab_size = vocab_size
        self.track_context = params.repetition_penalty != 1.0
        self.track_generated = params.presence_penalty != 0.0 or params.frequency_penalty != 0.0
        self.rows = array("i")
        self.slots: dict[int, int] = {}
        self.n_context = self.n_generated = 0
        self.dirty = 0  # the first row the GPU copy lacks
        for token, bias in sorted(params.logit_bias.items()):
            self.rows[self._slot(token) * 4 + 3] = struct.unpack("<i", struct.pack("<f", bias))[0]

    def _slot(self, token: int) -> int:
        slot = self.slots.get(token)
        if slot is None:
            slot = self.slots[token] = len(self.slots)
            self.rows.extend((token, 0, 0, 0))
        return slot

    def update(self, context_ids: list[int], generated_ids: list[int]) -> Tensor | None:
        """Fold in the ids added since the last call; return the table to pass to the kernel."""
        if len(context_ids) < self.n_context or len(generated_ids) < self.n_generated:
            raise ValueError("context_ids and generated_ids may only grow during one generation")
        new_context, new_generated = context_ids[self.n_context:], generated_ids[self.n_generated:]
        for token in (*new_context, *new_generated):
            if not 0 <= token < self.vocab_size:
                raise ValueError(f"token id {token} is outside the vocabulary (0..{self.vocab_size - 1})")
        self.n_context, self.n_generated = len(context_ids), len(generated_ids)
        first = self.dirty
        if self.track_context:
            for token in (*new_context, *new_generated):
                slot = self._slot(token)
                self.rows[slot * 4 + 1] = 1
                first = min(first, slot)
        if self.track_generated:
            for token in new_generated:
                slot = self._slot(token)
                self.rows[slot * 4 + 2] += 1
                first = min(first, slot)
        n = len(self.slots)
        if n == 0:
            return None
        buffer, kept = self.buffers.table(self, n)
        if not kept:
            first = 0
        if first < n:
            self.buffers.device.write(buffer, memoryview(self.rows)[first * 4:].cast("B"), offset=first * 16)
        self.dirty = n
        return buffer.view(n, 4)


class Sampler:
    """Samples one generation's tokens, in the model's `buffers` (without them, in its own)."""

    def __init__(self, device: Device, vocab_size: int, params: SamplingParams,
                 buffers: SamplerBuffers | None = None):
        if vocab_size < 1:
            raise ValueError(f"vocab_size must be positive, got {vocab_size}")
        for token in params.logit_bias:
            if token >= vocab_size:
                raise ValueError(f"logit_bias token id {token} is outside the vocabulary (0..{vocab_size - 1})")
        self.device = device
        self.vocab_size = vocab_size
        self.params = params
        self.full_reads = 0  # tokens the candidates could not settle (see the module docstring)
        self.decisions: list[Decision] | None = None  # a list: each sample's Decision is appended
        self._rng = random.Random(params.seed)
        if buffers is not None and buffers.vocab_size != vocab_size:
            raise ValueError(f"sampler buffers are for a vocabulary of {buffers.vocab_size}, not {vocab_size}")
        self._buffers = buffers or SamplerBuffers(device, vocab_size)
        self._table = _ProcessorTable(self._buffers, vocab_size, params)

    async def sample(self, logits: Tensor, row: int, context_ids: list[int], generated_ids: list[int]) -> Choice:
        """Pick the next token from logits[row] (penalties and bias are applied to it in place).

        context_ids: the tokens before the completion (the prompt); generated_ids: the
        completion so far.  The repetition penalty covers both, presence and frequency
        penalties count generated tokens only.  Between calls both lists may only grow.
        """
        rows, vocab = logits.shape
        if vocab != self.vocab_size or logits.dtype != "float32":
            raise ValueError(f"logits must be float32 [rows, {self.vocab_size}], "
                             f"got {logits.dtype} {list(logits.shape)}")
        if not 0 <= row < rows:
            raise ValueError(f"row {row} is outside logits' {rows} rows")
        p, dev = self.params, self.device
        table = self._table.update(context_ids, generated_ids)
        u = self._rng.random()
        greedy = p.temperature < GREEDY_BELOW
        temperature = 1.0 if greedy else p.temperature  # greedy reports temperature-1 logprobs
        if table is not None:
            dev.run("apply_logit_processors", {"row": row, "repetition_penalty": p.repetition_penalty,
                                               "presence_penalty": p.presence_penalty,
                                               "frequency_penalty": p.frequency_penalty},
                    logits=logits, table=table)
        found = Candidates.unpack(await dev.read(self._buffers.narrow(logits, row, temperature)), vocab)
        values, ids, m, sum_t, sum_1 = found.values, found.ids, found.max, found.sum_t, found.sum_1
        if not (math.isfinite(m) and math.isfinite(sum_1)):  # any NaN or infinite logit makes the sums NaN
            raise SamplingError(f"logits row {row} holds NaN or infinite values (max {m}, exp sum {sum_1})")
        full_row = None
        if greedy:
            token = ids[0]
        else:
            probs = [math.exp((x - m) / temperature) / sum_t for x in values]
            index = _pick_from_candidates(u, probs, p.top_k, p.top_p, vocab)
            if index is not None:
                token = ids[index]
            else:
                self.full_reads += 1
                data = await dev.read(logits)
                full_row = struct.unpack_from(f"<{vocab}f", data, row * vocab * 4)
                token = _pick_from_row(u, full_row, ids, temperature, p.top_k, p.top_p)
        if not 0 <= token < vocab:
            raise SamplingError(f"the sampler picked token id {token}, outside the vocabulary (0..{vocab - 1}): "
                                "the GPU returned a corrupt record")
        if self.decisions is not None:
            self.decisions.append(Decision(tuple(ids), values, m, sum_t, temperature, greedy, u, token,
                                           full_row is not None))
        if not p.logprobs:
            return Choice(token)
        log_z = m + math.log(sum_1)  # log-sum-exp at temperature 1
        logprob = {i: x - log_z for i, x in zip(ids, values)}
        chosen = logprob[token] if token in logprob else full_row[token] - log_z
        return Choice(token, chosen, [(i, logprob[i]) for i in ids[:p.top_logprobs]])


def _pick_from_candidates(u: float, probs: list[float], top_k: int, top_p: float, vocab: int) -> int | None:
    """The candidate index that u selects, or None when the candidates cannot settle it.

    probs: the candidates' probabilities under softmax(logits / T), in descending order.
    """
    n = len(probs)
    if 0 < top_k < n:
        probs = probs[:top_k]
    cum = list(accumulate(probs))
    # z: the mass top-k keeps, of which top_p takes its share; bounded when the top-k set
    # reaches past the candidates (each of its other tokens is at most as likely as the last)
    if n == vocab or 0 < top_k <= n:
        z_low = z_high = cum[-1]
    elif top_k == 0 or top_k >= vocab:
        z_low = z_high = 1.0
    else:
        z_low, z_high = cum[-1], min(1.0, cum[-1] + (top_k - n) * probs[-1])
    if top_p < 1.0:
        end = bisect_left(cum, top_p * z_low)
        if end < len(cum) and end == bisect_left(cum, top_p * z_high):
            return min(bisect_right(cum, u * cum[end]), end)
        return None
    if z_low == z_high and u * z_low < cum[-1]:
        return min(bisect_right(cum, u * z_low), len(cum) - 1)
    return None


def _pick_from_row(u: float, row: tuple[float, ...], candidate_ids: list[int], temperature: float,
                   top_k: int, top_p: float) -> int:
    """Exact pick from the whole row, ordered as the candidates are (so that plain sampling,
    which only comes here when u lands past the candidates, continues their order)."""
    vocab = len(row)
    if 0 < top_k < vocab or top_p < 1.0:
        order = sorted(range(vocab), key=row.__getitem__, reverse=True)  # stable: lower id first on ties
        if 0 < top_k < vocab:
            del order[top_k:]
    else:
        seen = set(candidate_ids)
        order = candidate_ids + [i for i in range(vocab) if i not in seen]
    m = max(row)
    cum = list(accumulate(math.exp((row[i] - m) / temperature) for i in order))
    end = min(bisect_left(cum, top_p * cum[-1]), len(cum) - 1) if top_p < 1.0 else len(cum) - 1
    return order[min(bisect_right(cum, u * cum[end]), end)]
