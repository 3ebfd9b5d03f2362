"""A seeded fuzzer of random valid and invalid requests against one engine (issue 13).

1000 chat-completion and completion requests from `random.Random(SEED)`: each valid one must
give a well-formed response, each invalid one an `InvalidRequestError` (or a subclass such as
`ContextWindowError`) before any generation; anything else is a crash, and a request that takes
longer than `TIMEOUT_S` a hang. After *every* invalid request a fixed greedy probe must give the
same text as at the start, so a refused request never leaves state behind (cache, sampler,
epoch). A failure prints the request that caused it; a pass prints the counts by kind and
error class. About 70 s of CPU (2 minutes on 2 busy cores): valid requests ask for 1-3 tokens.
"""

from __future__ import annotations

import asyncio
import collections
import math
import random
from typing import Any, Callable

import pytest

from webllm_py.engine import InvalidRequestError, MLCEngine

SEED = 13
REQUESTS = 1000
TIMEOUT_S = 30.0
PROBE = {"messages": [{"role": "user", "content": "Once upon a time"}], "temperature": 0, "max_tokens": 4}
FINISH_REASONS = {"stop", "length"}
VOCAB = 512  # stories260K's

Request = tuple[str, dict[str, Any]]  # ("chat" | "completion", fields)

# ---- valid requests --------------------------------------------------------------------


def _text(rng: random.Random) -> str:
    words = ["Once", "upon", "a", "time", "Lily", "dog", "happy", "the", "park", "é", "日本", "🙂", "\n", "\t",
             "\x00", "e\u0301", "\u200b", "\U0010ffff", "\ufeff"]
    return " ".join(rng.choice(words) for _ in range(rng.randint(1, 8)))


def _content(rng: random.Random) -> str | list[dict[str, str]]:
    if rng.random() < 0.2:
        return [{"type": "text", "text": _text(rng)} for _ in range(rng.randint(1, 3))]
    return _text(rng)


def _messages(rng: random.Random) -> list[dict[str, Any]]:
    # content parts only from the user: stories260K's MLC template refuses them (by name) elsewhere
    messages = [{"role": "system", "content": _text(rng)}] if rng.random() < 0.3 else []
    for _ in range(rng.randint(0, 2)):
        messages += [{"role": "user", "content": _content(rng)}, {"role": "assistant", "content": _text(rng)}]
    return [*messages, {"role": "user", "content": _content(rng)}]


def valid_request(rng: random.Random) -> Request:
    """A request inside OpenAI's types and ranges, small enough to run fast."""
    kind = rng.choice(["chat", "completion"])
    fields: dict[str, Any] = {"max_tokens": rng.randint(1, 3)}
    if kind == "chat":
        fields["messages"] = _messages(rng)
    else:
        fields["prompt"] = _text(rng)
        if rng.random() < 0.2:
            fields["echo"] = rng.random() < 0.5
    optional: dict[str, Callable[[], Any]] = {
        "temperature": lambda: rng.choice([0, 0.0, 2, rng.uniform(0, 2)]),
        "top_p": lambda: rng.choice([1, rng.uniform(1e-6, 1)]),
        "presence_penalty": lambda: rng.uniform(-2, 2),
        "frequency_penalty": lambda: rng.choice([-2, 2, rng.uniform(-2, 2)]),
        "repetition_penalty": lambda: rng.uniform(0.5, 2),
        "seed": lambda: rng.choice([0, -1, 2**63 - 1, rng.randint(-2**31, 2**31)]),
        "n": lambda: rng.randint(1, 2),
        "stop": lambda: rng.choice([_text(rng), [_text(rng), "a"], [], "the"]),
        "logit_bias": lambda: {rng.choice([str, int])(rng.randrange(VOCAB)): rng.uniform(-100, 100)
                               for _ in range(rng.randint(0, 3))},
        "ignore_eos": lambda: rng.random() < 0.5,
        "user": lambda: _text(rng),
        "model": lambda: "stories260K",
    }
    for name, value in optional.items():
        if rng.random() < 0.3:
            fields[name] = value() if rng.random() < 0.9 else None  # None is "the default"
    if rng.random() < 0.3:
        fields["logprobs"] = True
        fields["top_logprobs"] = rng.randint(0, 20)
    if rng.random() < 0.4:
        fields["stream"] = True
        if rng.random() < 0.5:
            fields["stream_options"] = {"include_usage": rng.random() < 0.5}
    return kind, fields


# ---- invalid requests ------------------------------------------------------------------

NAN, INF = math.nan, math.inf
HUGE = 10**5000  # more digits than Python prints
JUNK = [None, True, False, 0, -1, 1.5, NAN, INF, -INF, 10**400, HUGE, -HUGE, "", "x", "\ud800", "\x00", [], [None], {},
        {"a": {"b": [1, {"c": NAN}]}}, [[[]]], b"bytes", object()]
NUMBER_FIELDS = ["temperature", "top_p", "presence_penalty", "frequency_penalty", "repetition_penalty"]
# (field, bad values) beyond JUNK's wrong types; None is absent from each (it means "the default")
BAD: dict[str, list[Any]] = {
    **{name: [NAN, INF, -INF, 1e308, -2.0001, 10.0001, 10**400, HUGE, -HUGE, True, "1", [1]]
       for name in NUMBER_FIELDS},
    "temperature": [-1e-9, 2.0001, NAN, -INF, 10**400, -HUGE, "0"],
    "top_p": [0, 0.0, -0.5, 1.0000001, NAN, False],
    "repetition_penalty": [0, -1, 10.5, NAN],
    "max_tokens": [0, -1, 1.0, 2.5, True, "3", NAN, INF, [3]],
    "n": [0, -3, 129, 10**30, HUGE, -HUGE, 1.0, True, "2", NAN],
    "seed": [1.0, "7", True, NAN, INF, [1]],
    "top_logprobs": [-1, 21, 10**20, HUGE, 1.0, True, "2"],
    "logprobs": [1, 0, "true", "false", [], {}],
    "stream": [1, 0, "true", "false", "", []],
    "ignore_eos": [1, "yes"],
    "echo": [1, "false"],
    "stop": [[""], "", 5, [1, "a"], {"a": 1}, [None], True, [HUGE]],
    "logit_bias": [[5], "5", 5, {"-1": 1}, {"512": 1}, {str(10**30): 1}, {"5.0": 1}, {5.0: 1}, {True: 1},
                   {None: 1}, {"1e2": 1}, {" 5": 1}, {"٣": 1}, {"5": NAN}, {"5": INF}, {"5": 101}, {"5": -100.5},
                   {"5": "1"}, {"5": True}, {"5": None}, {(1, 2): 1}, {"5": [1]},
                   {"5": HUGE}, {HUGE: 1}, {"9" * 5000: 1}],
    "stream_options": [{"include_usage": "true"}, {"include_usage": 1}, {"other": True}, [], "x", True],
    "user": [5, [], {}, True],
    "model": ["nope", 5, [], "", "stories260K ", True],
    "suffix": ["x"],
    "response_format": [{"type": "xml"}, "json", 5, {"type": "json_schema", "json_schema": {}}],
    "tools": ["f", [1], [{"type": "function"}], [{"function": {}}], {"type": "function"}],
    "tool_choice": ["required", "none", {"type": "function"}, 5],
}
BAD_MESSAGES: list[Any] = [
    [], {}, "Hi", 5, [None], ["Hi"], [[]], [5], [{"role": "user"}], [{"content": "Hi"}],
    [{"role": "bot", "content": "Hi"}], [{"role": "", "content": "Hi"}], [{"role": None, "content": "Hi"}],
    [{"role": ["user"], "content": "Hi"}], [{"role": {"a": 1}, "content": "Hi"}],
    [{"role": "USER", "content": "Hi"}], [{"role": "user", "content": 5}], [{"role": "user", "content": None}],
    [{"role": "user", "content": {"text": "Hi"}}], [{"role": "user", "content": [{"type": "text"}]}],
    [{"role": "user", "content": [{"type": "text", "text": 5}]}], [{"role": "user", "content": ["Hi"]}],
    [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "x"}}]}],
    [{"role": "user", "content": [{"type": None, "text": "Hi"}]}], [{"role": "user", "content": [[]]}],
    [{"role": "user", "content": "Hi"}, {"role": "system", "content": "late"}],
    [{"role": "user", "content": "Hi", "name": 5}], [{"role": "user", "content": "Hi", "tool_calls": []}],
    [{"role": "assistant", "content": None, "tool_calls": "x"}],
    [{"role": "assistant", "content": None, "tool_calls": [{"function": {}}]}],
    [{"role": "user", "content": "Hi \ud800"}], [{"role": "user", "content": [{"type": "text", "text": "\udfff"}]}],
    [{"role": HUGE, "content": "Hi"}], [{"role": "user", "content": "Hi", "name": HUGE}],
    [{"role": "user", "content": "x" * 2_000_000}],  # far past the context window
    [{"role": "user", "content": "Once " * 600}],  # just past it
]
BAD_PROMPTS: list[Any] = [None, "", 5, "Once \ud800", "\udfff", HUGE, ["Once"], [1, 2], {"a": 1}, b"Once", True, "x" * 2_000_000, "Once " * 600]


def invalid_request(rng: random.Random) -> Request:
    """A valid request with one field broken (two at times): a wrong type, a value out of range,
    an unknown field or broken messages/prompt."""
    kind, fields = valid_request(rng)
    for _ in range(rng.choice([1, 1, 1, 2])):
        what = rng.random()
        if what < 0.12:
            name = rng.choice(["foo", "Temperature", "max_completion_tokens", "functions", "\ud800", "", "messages "])
            fields[name] = rng.choice(JUNK)
        elif what < 0.3 and kind == "chat":
            fields["messages"] = rng.choice(BAD_MESSAGES)
        elif what < 0.3:
            fields["prompt"] = rng.choice(BAD_PROMPTS)
        elif what < 0.38:
            fields.pop("messages" if kind == "chat" else "prompt", None)
        else:
            name = rng.choice(sorted(BAD))
            if kind == "completion" and name in ("response_format", "tools", "tool_choice"):
                name = rng.choice(["echo", "suffix"])
            elif kind == "chat" and name in ("echo", "suffix"):
                name = "tool_choice"
            value = rng.choice(BAD[name] + [j for j in JUNK if j is not None and _wrong_type(name, j)])
            fields[name] = value
            if name == "top_logprobs" and rng.random() < 0.7:
                fields["logprobs"] = True
            if name == "stream_options" and rng.random() < 0.7:
                fields["stream"] = True
    return kind, fields


def _wrong_type(name: str, value: Any) -> bool:
    """Whether a JUNK value is invalid for the field whatever its range (a small int may be a valid
    max_tokens, an empty list a valid stop, false a valid flag)."""
    if isinstance(value, bool):
        return name not in ("logprobs", "stream", "ignore_eos", "echo")
    if isinstance(value, (int, float)):
        return name not in NUMBER_FIELDS and not (isinstance(value, int)
                                                  and name in ("max_tokens", "n", "seed", "top_logprobs"))
    if isinstance(value, str):
        return name not in ("stop", "user")
    if value == []:
        return name not in ("stop", "tools")
    if value == {}:
        return name not in ("logit_bias", "stream_options")
    return True


# ---- checking the responses ------------------------------------------------------------


def _check_logprobs(logprobs: Any, fields: dict[str, Any]) -> int:
    """The logprobs of one choice (or chunk): their count of tokens."""
    if not fields.get("logprobs"):
        assert logprobs is None
        return 0
    for entry in logprobs.content:
        assert isinstance(entry.token, str) and entry.logprob <= 0 and math.isfinite(entry.logprob)
        assert bytes(entry.bytes).decode("utf-8", "replace") is not None
        assert len(entry.top_logprobs) == (fields.get("top_logprobs") or 0)
        assert all(t.logprob <= 0 for t in entry.top_logprobs)
    return len(logprobs.content)


async def _check_response(kind: str, fields: dict[str, Any], response: Any) -> None:
    n = fields.get("n") or 1
    max_tokens = fields["max_tokens"]
    if fields.get("stream"):
        finished: dict[int, str] = {}
        usage = None
        async for chunk in response:
            if not chunk.choices:
                usage = chunk.usage
                continue
            for choice in chunk.choices:
                assert 0 <= choice.index < n and choice.index not in finished
                if choice.logprobs is not None:  # a chunk without a token (the last one) has none
                    _check_logprobs(choice.logprobs, fields)
                if choice.finish_reason is not None:
                    finished[choice.index] = choice.finish_reason
        assert sorted(finished) == list(range(n)) and set(finished.values()) <= FINISH_REASONS
        assert (usage is not None) == bool((fields.get("stream_options") or {}).get("include_usage"))
    else:
        assert len(response.choices) == n and [c.index for c in response.choices] == list(range(n))
        for choice in response.choices:
            assert choice.finish_reason in FINISH_REASONS
            text = choice.message.content if kind == "chat" else choice.text
            assert isinstance(text, str)
            assert _check_logprobs(choice.logprobs, fields) <= max_tokens
        usage = response.usage
    if usage is not None:
        assert usage.prompt_tokens > 0 and 0 <= usage.completion_tokens <= n * max_tokens
        assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens


def _shown(fields: dict[str, Any]) -> str:
    """The request for a failure message, each value cut to 300 characters (Python refuses to
    print an int of thousands of digits)."""
    def value(v: Any) -> str:
        try:
            return repr(v)[:300]
        except ValueError:
            return "<holds an int too large to print>"
    return "{" + ", ".join(f"{k!r}: {value(v)}" for k, v in fields.items()) + "}"


async def _probe(engine: MLCEngine) -> str:
    response = await asyncio.wait_for(engine.chat.completions.create(**PROBE), TIMEOUT_S)
    return response.choices[0].message.content


async def _fuzz(engine: MLCEngine) -> collections.Counter:
    rng = random.Random(SEED)
    expected = await _probe(engine)
    counts: collections.Counter = collections.Counter()
    for i in range(REQUESTS):
        valid = rng.random() < 0.4
        kind, fields = valid_request(rng) if valid else invalid_request(rng)
        where = f"request {i} ({'valid' if valid else 'invalid'} {kind}): {_shown(fields)}"
        create = engine.chat.completions.create if kind == "chat" else engine.completions.create

        async def call() -> None:
            response = await create(**fields)
            await _check_response(kind, fields, response)

        try:
            await asyncio.wait_for(call(), TIMEOUT_S)
        except InvalidRequestError as e:
            assert not valid, f"a valid request was refused: {e}\n{where}"
            counts[f"invalid: {type(e).__name__}"] += 1
        except asyncio.TimeoutError:
            pytest.fail(f"hang: no answer in {TIMEOUT_S} s\n{where}")
        except AssertionError as e:
            pytest.fail(f"malformed response {e!r}\n{where}")
        except Exception as e:  # noqa: BLE001 - any other exception is the crash we look for
            pytest.fail(f"crash: {type(e).__name__}: {e}\n{where}")
        else:
            assert valid, f"an invalid request was accepted\n{where}"
            counts[f"valid {kind}" + (" streamed" if fields.get("stream") else "")] += 1
        if not valid:
            assert await _probe(engine) == expected, f"the probe changed after\n{where}"
    return counts


def test_a_thousand_random_requests_crash_nothing_and_leave_no_trace():
    engine = MLCEngine()
    asyncio.run(engine.reload("stories260K"))
    counts = asyncio.run(_fuzz(engine))
    for name, count in sorted(counts.items()):
        print(f"{name}: {count}")
    assert sum(counts.values()) == REQUESTS
    assert sum(c for k, c in counts.items() if k.startswith("valid")) >= REQUESTS // 3
