"""OpenAI-shaped requests and responses (`ChatCompletion`, `ChatCompletionChunk`, `Completion`).

Responses are plain dataclasses with attribute access like the `openai` package's
objects, plus `to_dict()` for JSON.  Requests are validated here, typed as OpenAI's API
types them (booleans are JSON booleans, numbers finite and in OpenAI's ranges, logit_bias
keys token ids), so a bad field fails with an error that names it before any GPU work starts.

`check_chat_fields` turns `response_format` (json_object, json_schema, grammar), `tools`,
`tool_choice` and `parallel_tool_calls` into a `ChatStructure`: the grammar that constrains the
reply (webllm_py.structured), or the functions a forced tool call chooses from.

`CompletionUsage.extra` holds webllm-py's (and WebLLM's) extras: prefill/decode speed,
time to first token, ``"grammar_mask_ms_per_token"`` under a grammar, and ``"dropped_messages"``: how many of the request's oldest messages
(whole user/assistant exchanges, never the system message or the last message) the engine
left out so that the conversation fits the context window (0 when all fit).
"""

from __future__ import annotations

import dataclasses
import json
import re
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from ..conversation.messages import shown
from ..sampling import MAX_TOP_LOGPROBS, SamplingParams
from ..structured import Grammar, GrammarError, json_object_grammar, parse_gbnf, schema_grammar


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
    # webllm-py's (and WebLLM's) extras: speed and latency of this request, and for chat
    # completions "dropped_messages" (see the module docstring)
    extra: dict[str, float] = field(default_factory=dict)


@dataclass
class FunctionCall(_Response):
    name: str
    arguments: str  # JSON text, as OpenAI sends it


@dataclass
class ToolCall(_Response):
    id: str
    function: FunctionCall
    type: str = "function"


@dataclass
class ChatCompletionMessage(_Response):
    role: str
    content: str | None
    tool_calls: list[ToolCall] | None = None


@dataclass
class ChatChoice(_Response):
    index: int
    message: ChatCompletionMessage
    finish_reason: str  # "stop" | "length" | "abort" | "tool_calls"
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
class ToolCallDelta(_Response):
    index: int
    id: str
    function: FunctionCall
    type: str = "function"


@dataclass
class ChoiceDelta(_Response):
    content: str | None = None
    role: str | None = None
    tool_calls: list[ToolCallDelta] | None = None


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
    "ignore_eos", "user",
}
CHAT_FIELDS = _COMMON | {"messages", "tools", "tool_choice", "parallel_tool_calls", "response_format"}
COMPLETION_FIELDS = _COMMON | {"prompt", "echo", "suffix"}
MAX_N = 128
MAX_REPETITION_PENALTY = 10.0  # not an OpenAI field; a bound that keeps the logits finite
_TOKEN_ID = re.compile(r"[0-9]+")


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
        raise InvalidRequestError(f"{name} must be {what}, got {shown(value)}")
    if not isinstance(value, types):
        raise InvalidRequestError(f"{name} must be {what}, got {type(value).__name__} {shown(value)}")


def flag(fields: dict[str, Any], name: str) -> bool:
    """An optional JSON boolean: the string "false" is an error, not a true value."""
    value = fields.get(name)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise InvalidRequestError(f"{name} must be true or false, got {type(value).__name__} {shown(value)}")
    return value


def _number(name: str, value: Any, low: float, high: float, low_open: bool = False) -> float:
    """A finite JSON number in [low, high] (or (low, high])."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidRequestError(f"{name} must be a number, got {type(value).__name__} {shown(value)}")
    # NaN and infinities fail the comparison; an int compares exactly (math.isfinite would
    # overflow on one past float's range)
    if not low <= value <= high or (low_open and value == low):
        raise InvalidRequestError(f"{name} must be in {'(' if low_open else '['}{low:g}, {high:g}], got {shown(value)}")
    return float(value)


def _logit_bias(bias: Any, vocab_size: int) -> dict[int, float]:
    """OpenAI's logit_bias: token ids (JSON object keys are strings of integers) to [-100, 100]."""
    if not isinstance(bias, dict):
        raise InvalidRequestError(f"logit_bias must be a map of token id to bias, got {type(bias).__name__}")
    out: dict[int, float] = {}
    for key, value in bias.items():
        if isinstance(key, str) and _TOKEN_ID.fullmatch(key):
            if len(key) > 100:  # outside any vocabulary (and int() refuses thousands of digits)
                raise InvalidRequestError(f"logit_bias token id {key[:20]}... is outside the vocabulary "
                                          f"(0..{vocab_size - 1})")
            token = int(key)
        elif isinstance(key, int) and not isinstance(key, bool):
            token = key
        else:
            raise InvalidRequestError(f"logit_bias keys must be token ids (integers), got {shown(key)}")
        if not 0 <= token < vocab_size:
            raise InvalidRequestError(f"logit_bias token id {shown(token)} is outside the vocabulary (0..{vocab_size - 1})")
        out[token] = _number(f"logit_bias[{shown(key)}]", value, -100.0, 100.0)
    return out


def parse_request(fields: dict[str, Any], allowed: set[str], defaults: dict[str, Any], *,
                  model_id: str | None, vocab_size: int) -> GenerationRequest:
    """Validate the shared OpenAI fields.

    `defaults` are the model's chat options, `model_id` the loaded model (a request may
    name it, or no model), `vocab_size` the model's (logit_bias keys must be inside it).
    """
    unknown = sorted(set(fields) - allowed)
    if unknown:
        raise InvalidRequestError(f"unknown field {unknown[0]!r}" + (f" (and {unknown[1:]})" if len(unknown) > 1 else ""))
    get = lambda k: fields[k] if fields.get(k) is not None else defaults.get(k)  # noqa: E731

    model = fields.get("model")
    if model is not None and model != model_id:
        raise InvalidRequestError(f"model {shown(model)} is not the loaded model {model_id!r}: "
                                  "load it with `await engine.reload(model)` first")
    if fields.get("user") is not None:
        _check_type("user", fields["user"], (str,), "a string")
    max_tokens = get("max_tokens")
    if max_tokens is not None:
        _check_type("max_tokens", max_tokens, (int,), "a positive integer")
        if max_tokens < 1:
            raise InvalidRequestError(f"max_tokens must be at least 1, got {shown(max_tokens)}")
    stop = fields.get("stop")
    if stop is None:
        stop = []
    elif isinstance(stop, str):
        stop = [stop]
    elif not (isinstance(stop, list) and all(isinstance(s, str) for s in stop)):
        raise InvalidRequestError(f"stop must be a string or a list of strings, got {shown(stop)}")
    if any(s == "" for s in stop):
        raise InvalidRequestError("stop strings must not be empty")
    n = fields.get("n", 1) if fields.get("n") is not None else 1
    _check_type("n", n, (int,), "a positive integer")
    if not 1 <= n <= MAX_N:
        raise InvalidRequestError(f"n must be between 1 and {MAX_N}, got {shown(n)}")
    stream = flag(fields, "stream")
    options = fields.get("stream_options")
    if options is None:
        options = {}
    if not isinstance(options, dict) or set(options) - {"include_usage"}:
        raise InvalidRequestError(f"stream_options must be {{'include_usage': bool}}, got {shown(options)}")
    include_usage = flag(options, "include_usage")
    if options and not stream:
        raise InvalidRequestError("stream_options needs stream=True")
    logprobs = flag(fields, "logprobs")
    top_logprobs = fields.get("top_logprobs")
    if top_logprobs is None:
        top_logprobs = 0
    _check_type("top_logprobs", top_logprobs, (int,), "an integer")
    if not 0 <= top_logprobs <= MAX_TOP_LOGPROBS:
        raise InvalidRequestError(f"top_logprobs must be between 0 and {MAX_TOP_LOGPROBS}, got {shown(top_logprobs)}")
    if top_logprobs and not logprobs:
        raise InvalidRequestError("top_logprobs needs logprobs=True")
    seed = fields.get("seed")
    if seed is not None:
        _check_type("seed", seed, (int,), "an integer")
    numbers = {  # OpenAI's ranges (repetition_penalty is WebLLM's extension)
        "temperature": (0.0, 2.0, False, 1.0), "top_p": (0.0, 1.0, True, 1.0),
        "presence_penalty": (-2.0, 2.0, False, 0.0), "frequency_penalty": (-2.0, 2.0, False, 0.0),
        "repetition_penalty": (0.0, MAX_REPETITION_PENALTY, True, 1.0),
    }
    values = {name: default if get(name) is None else _number(name, get(name), low, high, low_open)
              for name, (low, high, low_open, default) in numbers.items()}
    bias = fields.get("logit_bias")
    sampling = SamplingParams(**values, logit_bias=_logit_bias({} if bias is None else bias, vocab_size),
                              seed=seed, logprobs=logprobs, top_logprobs=top_logprobs)
    return GenerationRequest(max_tokens=max_tokens, stop=stop, n=n, stream=stream, include_usage=include_usage,
                             sampling=sampling, ignore_eos=flag(fields, "ignore_eos"))


@dataclass
class ChatStructure:
    """What constrains a chat reply: the grammar of `response_format` (None for text), the tools
    for the template (None when there are none or tool_choice is "none"), which of them a reply
    must call (None: the model decides), and whether it may call several."""

    grammar: Grammar | None = None
    grammar_key: str = ""  # the request's grammar in a canonical form (the key of its cache)
    tools: list[dict[str, Any]] | None = None
    forced: list[dict[str, Any]] | None = None  # the functions of a forced call
    parallel: bool = True


def _response_grammar(response_format: Any) -> tuple[Grammar | None, str]:
    if response_format is None:
        return None, ""
    if not isinstance(response_format, dict) or response_format.get("type") not in ("text", "json_object",
                                                                                    "json_schema", "grammar"):
        raise InvalidRequestError(f"response_format must be {{'type': 'text' | 'json_object' | 'json_schema' | "
                                  f"'grammar', ...}}, got {shown(response_format)}")
    kind = response_format["type"]
    allowed = {"text": {"type"}, "json_object": {"type", "schema"}, "json_schema": {"type", "json_schema"},
               "grammar": {"type", "grammar"}}[kind]
    unknown = sorted(set(response_format) - allowed)
    if unknown:
        raise InvalidRequestError(f"response_format of type {kind!r} has unknown field {unknown[0]!r}")
    try:
        if kind == "text":
            return None, ""
        if kind == "grammar":
            text = response_format.get("grammar")
            if not isinstance(text, str):
                raise InvalidRequestError(f"response_format.grammar must be a GBNF string, got {shown(text)}")
            return parse_gbnf(text), "gbnf:" + text
        if kind == "json_object":  # WebLLM's form of a schema: {"type": "json_object", "schema": "..."}
            schema = response_format.get("schema")
            if schema is None:
                return json_object_grammar(), "json_object"
            if isinstance(schema, str):
                try:
                    schema = json.loads(schema)
                except ValueError as e:
                    raise InvalidRequestError(f"response_format.schema is not JSON: {e}") from None
        else:
            spec = response_format.get("json_schema")
            if not isinstance(spec, dict) or not isinstance(spec.get("name"), str):
                raise InvalidRequestError("response_format.json_schema must be {'name': str, 'schema': {...}, "
                                          f"'strict': bool}}, got {shown(spec)}")
            unknown = sorted(set(spec) - {"name", "schema", "strict", "description"})
            if unknown:
                raise InvalidRequestError(f"response_format.json_schema has unknown field {unknown[0]!r}")
            flag(spec, "strict")
            schema = spec.get("schema", {})
        return schema_grammar(schema), "schema:" + json.dumps(schema, sort_keys=True)
    except GrammarError as e:
        field_name = {"grammar": "response_format.grammar", "json_object": "response_format.schema"}.get(
            kind, "response_format.json_schema.schema")
        raise InvalidRequestError(f"{field_name}: {e}") from None


def check_chat_fields(fields: dict[str, Any]) -> ChatStructure:
    """Validate `response_format`, `tools`, `tool_choice` and `parallel_tool_calls`, and build
    the grammar that constrains the reply (see `ChatStructure`)."""
    grammar, key = _response_grammar(fields.get("response_format"))
    tools = fields.get("tools")
    if tools is not None:
        if not isinstance(tools, list) or not all(isinstance(t, dict) and t.get("type") == "function"
                                                  and isinstance(t.get("function"), dict) for t in tools):
            raise InvalidRequestError("tools must be a list of {'type': 'function', 'function': {...}} objects")
        for i, tool in enumerate(tools):
            function = tool["function"]
            if not isinstance(function.get("name"), str) or not function["name"]:
                raise InvalidRequestError(f"tools[{i}].function.name must be a non-empty string")
            if "parameters" in function and not isinstance(function["parameters"], dict):
                raise InvalidRequestError(f"tools[{i}].function.parameters must be a JSON Schema object")
    tool_choice = fields.get("tool_choice")
    if tool_choice is not None and tools is None:
        raise InvalidRequestError("tool_choice needs tools")
    parallel = fields.get("parallel_tool_calls")
    if parallel is not None and tools is None:
        raise InvalidRequestError("parallel_tool_calls needs tools")
    structure = ChatStructure(grammar, key, tools or None, None, True if parallel is None else flag(fields,
                                                                                                  "parallel_tool_calls"))
    if tool_choice in (None, "auto"):
        return structure
    if tool_choice == "none":
        structure.tools = None
        return structure
    if tool_choice == "required":
        structure.forced = [t["function"] for t in tools]
    elif isinstance(tool_choice, dict) and tool_choice.get("type") == "function" \
            and isinstance(tool_choice.get("function"), dict) and isinstance(tool_choice["function"].get("name"), str):
        name = tool_choice["function"]["name"]
        structure.forced = [t["function"] for t in tools if t["function"]["name"] == name]
        if not structure.forced:
            raise InvalidRequestError(f"tool_choice names the function {name!r}, which is not in tools")
    else:
        raise InvalidRequestError(f"tool_choice must be 'auto', 'none', 'required' or "
                                  f"{{'type': 'function', 'function': {{'name': ...}}}}, got {shown(tool_choice)}")
    if grammar is not None:
        raise InvalidRequestError("response_format cannot constrain a reply that tool_choice forces to be a tool call")
    return structure
