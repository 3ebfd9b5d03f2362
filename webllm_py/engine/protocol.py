"""OpenAI-shaped requests and responses (`ChatCompletion`, `ChatCompletionChunk`, `Completion`).

Responses are plain dataclasses with attribute access like the `openai` package's
objects, plus `to_dict()` for JSON.  Requests are validated here, so a bad field
fails with an error that names it before any GPU work starts.
"""

from __future__ import annotations

import dataclasses
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from ..sampling import SamplingParams


class InvalidRequestError(ValueError):
    """A request field is unknown, mistyped or out of range; the message names it."""


def _to_dict(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj):
        return {f.name: _to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)
                if getattr(obj, f.name) is not None or f.name in ("content", "finish_reason", "logprobs")}
    if isinstance(obj, list):
        return [_to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _to_dict(v) for k, v in obj.items()}
    return obj


class _Response:
    def to_dict(self) -> dict:
        return _to_dict(self)


@dataclass
class TopLogprob(_Response):
    token: str
    logprob: float
    bytes: list[int]


@dataclass
class TokenLogprob(_Response):
    token: str
    logprob: float
    bytes: list[int]
    top_logprobs: list[TopLogprob]


@dataclass
class ChoiceLogprobs(_Response):
    content: list[TokenLogprob]


@dataclass
class CompletionUsage(_Response):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    # webllm-py's (and WebLLM's) extras: speed and latency of this request
    extra: dict[str, float] = field(default_factory=dict)


@dataclass
class ChatCompletionMessage(_Response):
    role: str
    content: str


@dataclass
class ChatChoice(_Response):
    index: int
    message: ChatCompletionMessage
    finish_reason: str  # "stop" | "length" | "abort"
    logprobs: ChoiceLogprobs | None = None


@dataclass
class ChatCompletion(_Response):
    id: str
    model: str
    choices: list[ChatChoice]
    usage: CompletionUsage
    created: int = field(default_factory=lambda: int(time.time()))
    object: str = "chat.completion"


@dataclass
class ChoiceDelta(_Response):
    content: str | None = None
    role: str | None = None


@dataclass
class ChunkChoice(_Response):
    index: int
    delta: ChoiceDelta
    finish_reason: str | None = None
    logprobs: ChoiceLogprobs | None = None


@dataclass
class ChatCompletionChunk(_Response):
    id: str
    model: str
    choices: list[ChunkChoice]
    usage: CompletionUsage | None = None  # on the last chunk
    created: int = field(default_factory=lambda: int(time.time()))
    object: str = "chat.completion.chunk"


@dataclass
class CompletionChoice(_Response):
    index: int
    text: str
    finish_reason: str | None
    logprobs: ChoiceLogprobs | None = None


@dataclass
class Completion(_Response):
    id: str
    model: str
    choices: list[CompletionChoice]
    usage: CompletionUsage | None
    created: int = field(default_factory=lambda: int(time.time()))
    object: str = "text_completion"


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex}"


# ---- requests --------------------------------------------------------------------------

_COMMON = {
    "model", "stream", "stream_options", "max_tokens", "temperature", "top_p", "stop", "seed", "n",
    "logit_bias", "presence_penalty", "frequency_penalty", "repetition_penalty", "logprobs", "top_logprobs",
    "ignore_eos",
}
CHAT_FIELDS = _COMMON | {"messages", "tools", "tool_choice", "response_format", "user"}
COMPLETION_FIELDS = _COMMON | {"prompt", "echo", "suffix", "user"}


@dataclass
class GenerationRequest:
    """What the engine needs from either API after validation."""

    max_tokens: int | None
    stop: list[str]
    n: int
    stream: bool
    include_usage: bool
    sampling: SamplingParams
    ignore_eos: bool


def _check_type(name: str, value: Any, types: tuple, what: str) -> None:
    if isinstance(value, bool) and bool not in types:
        raise InvalidRequestError(f"{name} must be {what}, got {value!r}")
    if not isinstance(value, types):
        raise InvalidRequestError(f"{name} must be {what}, got {type(value).__name__} {value!r}")


def parse_request(fields: dict[str, Any], allowed: set[str], defaults: dict[str, Any]) -> GenerationRequest:
    """Validate the shared OpenAI fields; `defaults` are the model's chat options."""
    unknown = sorted(set(fields) - allowed)
    if unknown:
        raise InvalidRequestError(f"unknown field {unknown[0]!r}" + (f" (and {unknown[1:]})" if len(unknown) > 1 else ""))
    get = lambda k: fields[k] if fields.get(k) is not None else defaults.get(k)  # noqa: E731

    max_tokens = get("max_tokens")
    if max_tokens is not None:
        _check_type("max_tokens", max_tokens, (int,), "a positive integer")
        if max_tokens < 1:
            raise InvalidRequestError(f"max_tokens must be at least 1, got {max_tokens}")
    stop = fields.get("stop")
    if stop is None:
        stop = []
    elif isinstance(stop, str):
        stop = [stop]
    elif not (isinstance(stop, list) and all(isinstance(s, str) for s in stop)):
        raise InvalidRequestError(f"stop must be a string or a list of strings, got {stop!r}")
    if any(s == "" for s in stop):
        raise InvalidRequestError("stop strings must not be empty")
    n = fields.get("n", 1) if fields.get("n") is not None else 1
    _check_type("n", n, (int,), "a positive integer")
    if not 1 <= n <= 128:
        raise InvalidRequestError(f"n must be between 1 and 128, got {n}")
    stream = bool(fields.get("stream", False))
    options = fields.get("stream_options") or {}
    if not isinstance(options, dict) or set(options) - {"include_usage"}:
        raise InvalidRequestError(f"stream_options must be {{'include_usage': bool}}, got {options!r}")
    if options and not stream:
        raise InvalidRequestError("stream_options needs stream=True")
    logprobs = bool(fields.get("logprobs") or False)
    top_logprobs = fields.get("top_logprobs") or 0
    if top_logprobs and not logprobs:
        raise InvalidRequestError("top_logprobs needs logprobs=True")
    bias = fields.get("logit_bias") or {}
    if not isinstance(bias, dict):
        raise InvalidRequestError(f"logit_bias must be a map of token id to bias, got {bias!r}")
    try:
        logit_bias = {int(k): float(v) for k, v in bias.items()}
    except (TypeError, ValueError):
        raise InvalidRequestError(f"logit_bias must map token ids to numbers, got {bias!r}") from None
    try:
        sampling = SamplingParams(
            temperature=get("temperature") if get("temperature") is not None else 1.0,
            top_p=get("top_p") if get("top_p") is not None else 1.0,
            repetition_penalty=get("repetition_penalty") if get("repetition_penalty") is not None else 1.0,
            presence_penalty=get("presence_penalty") or 0.0,
            frequency_penalty=get("frequency_penalty") or 0.0,
            logit_bias=logit_bias,
            seed=fields.get("seed"),
            logprobs=logprobs,
            top_logprobs=top_logprobs,
        )
    except ValueError as e:
        raise InvalidRequestError(str(e)) from None
    return GenerationRequest(max_tokens=max_tokens, stop=stop, n=n, stream=stream,
                             include_usage=bool(options.get("include_usage", False)), sampling=sampling,
                             ignore_eos=bool(fields.get("ignore_eos", False)))
