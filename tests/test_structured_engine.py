"""Structured output through the engine: response_format (json_schema, json_object, grammar) and
tool calls (forced, in each template format, streamed as OpenAI deltas), on the GPU's mask.

Models: stories260K (its 512-token vocabulary) with small chat templates, and a random Llama
over Llama 3's 128k vocabulary with the real Llama 3.1 template.  The engine raises if a
sampled token is one the grammar's mask forbids, so every reply here also checks the kernel.
"""

from __future__ import annotations

import asyncio
import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest

from engine_chat_model import STRING_TEMPLATE, chat_model
from reference import make_random_llama
from webllm_py.engine import AppConfig, InvalidRequestError, MLCEngine, ModelRecord
from webllm_py.engine.protocol import ChatCompletion, ChatCompletionChunk
from webllm_py.web.protocol import from_dict

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
CACHE = REPO / "tests" / ".cache"
HI = [{"role": "user", "content": "Tell me about a cat."}]
# The same chat template, each telling the model its tools in one format's words.
TEMPLATES = {
    "hermes": STRING_TEMPLATE + "{% if tools %}Call tools as <tool_call>{...}</tool_call>{% endif %}",
    "llama3": STRING_TEMPLATE + "{% if tools %}<|python_tag|>{% endif %}",
    "mistral": STRING_TEMPLATE + "{% if tools %}[TOOL_CALLS]{% endif %}",
}
WEATHER = {"type": "function", "function": {"name": "get_weather", "description": "The weather in a city", "parameters": {
    "type": "object", "properties": {"city": {"type": "string", "maxLength": 12},
                                     "unit": {"enum": ["celsius", "fahrenheit"]}},
    "required": ["city", "unit"], "additionalProperties": False}}}
TIME = {"type": "function", "function": {"name": "get_time", "parameters": {
    "type": "object", "properties": {"zone": {"type": "integer", "minimum": -12, "maximum": 14}}, "required": ["zone"]}}}
SCHEMAS = [
    {"type": "object", "properties": {"name": {"type": "string", "maxLength": 10},
                                      "age": {"type": "integer", "minimum": 0, "maximum": 120}},
     "required": ["name", "age"], "additionalProperties": False},
    {"type": "array", "items": {"enum": ["cat", "dog", "bird"]}, "minItems": 1, "maxItems": 3},
    {"type": "object", "properties": {"when": {"type": "string", "format": "date"},
                                      "ok": {"type": "boolean"}, "score": {"type": "number", "minimum": 0, "maximum": 10}},
     "required": ["when", "ok", "score"], "additionalProperties": False},
    {"anyOf": [{"type": "null"}, {"type": "string", "pattern": "^[a-z]{1,6}!$"}]},
]


def run(coro):
    return asyncio.run(coro)


@pytest.fixture(scope="module")
def engines(tmp_path_factory) -> dict[str, MLCEngine]:
    """One stories260K engine per tool call format."""
    out = {}
    for name, template in TEMPLATES.items():
        engine = MLCEngine(chat_model(tmp_path_factory.mktemp(name), template))
        run(engine.reload("stories-chat"))
        out[name] = engine
    return out


def validate(schema: dict, value: object) -> None:
    jsonschema.validate(value, schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


@pytest.mark.parametrize("temperature", [0.0, 1.0])
def test_json_schema_replies_validate(engines, temperature):
    engine = engines["hermes"]
    for k, schema in enumerate(SCHEMAS):
        reply = run(engine.chat.completions.create(
            messages=HI, temperature=temperature, seed=k, max_tokens=40,
            response_format={"type": "json_schema", "json_schema": {"name": f"s{k}", "schema": schema, "strict": True}}))
        choice = reply.choices[0]
        assert choice.finish_reason == "stop", choice.message.content
        validate(schema, json.loads(choice.message.content))
        assert 0 <= reply.usage.extra["grammar_mask_ms_per_token"] < 1000


def test_json_object_and_grammar_response_formats(engines):
    engine = engines["hermes"]
    for seed in range(2):  # the budget runs out inside the object: it is closed in time
        reply = run(engine.chat.completions.create(messages=HI, temperature=0.7, seed=seed, max_tokens=30,
                                                   response_format={"type": "json_object"}))
        assert isinstance(json.loads(reply.choices[0].message.content), dict), reply.choices[0].message.content
    schema = SCHEMAS[0]  # WebLLM's form: json_object with a schema, as a JSON string or an object
    for form in (json.dumps(schema), schema):
        reply = run(engine.chat.completions.create(messages=HI, temperature=0.7, seed=3, max_tokens=40,
                                                   response_format={"type": "json_object", "schema": form}))
        validate(schema, json.loads(reply.choices[0].message.content))
    grammar = 'root ::= "The " animal " is " [0-9]{1,2} " years old."\nanimal ::= "cat" | "dog"'
    reply = run(engine.chat.completions.create(messages=HI, temperature=1.0, seed=1, max_tokens=40,
                                               response_format={"type": "grammar", "grammar": grammar}))
    assert re.fullmatch(r"The (cat|dog) is [0-9]{1,2} years old\.", reply.choices[0].message.content)
    assert reply.choices[0].finish_reason == "stop"


@pytest.mark.parametrize("fmt", sorted(TEMPLATES))
def test_forced_tool_calls_parse_with_valid_arguments(engines, fmt):
    engine = engines[fmt]
    tools = [WEATHER, TIME]
    for choice_field, names in (("required", {"get_weather", "get_time"}),
                                ({"type": "function", "function": {"name": "get_time"}}, {"get_time"})):
        for seed in range(1):
            reply = run(engine.chat.completions.create(messages=HI, tools=tools, tool_choice=choice_field,
                                                       parallel_tool_calls=False, temperature=1.0, seed=seed,
                                                       max_tokens=160))
            choice = reply.choices[0]
            assert choice.finish_reason == "tool_calls" and choice.message.content is None
            (call,) = choice.message.tool_calls
            assert call.id.startswith("call-") and call.type == "function" and call.function.name in names
            schema = next(t["function"]["parameters"] for t in tools if t["function"]["name"] == call.function.name)
            validate(schema, json.loads(call.function.arguments))
            as_dict = reply.to_dict()["choices"][0]["message"]
            assert as_dict["content"] is None and as_dict["tool_calls"][0]["function"]["name"] == call.function.name


def test_a_streamed_tool_call_comes_as_deltas(engines):
    engine = engines["hermes"]

    async def chunks():
        return [c async for c in await engine.chat.completions.create(
            messages=HI, tools=[WEATHER], tool_choice="required", parallel_tool_calls=False, temperature=0,
            max_tokens=80, stream=True, stream_options={"include_usage": True})]

    got = run(chunks())
    reply = run(engine.chat.completions.create(messages=HI, tools=[WEATHER], tool_choice="required",
                                               parallel_tool_calls=False, temperature=0, max_tokens=80))
    assert got[0].choices[0].delta.role == "assistant"
    assert not any(c.choices[0].delta.content for c in got if c.choices)  # nothing shown as text
    last = got[-2].choices[0]
    assert last.finish_reason == "tool_calls"
    (delta,) = last.delta.tool_calls
    assert delta.index == 0 and delta.function.name == "get_weather"
    assert delta.function.arguments == reply.choices[0].message.tool_calls[0].function.arguments
    assert 0 <= got[-1].usage.extra["grammar_mask_ms_per_token"] < 1000
    assert last.to_dict()["delta"]["tool_calls"][0]["type"] == "function"
    # the web worker sends responses as their to_dict() and the proxy rebuilds them
    assert from_dict(ChatCompletionChunk, got[-2].to_dict()) == got[-2]
    assert from_dict(ChatCompletion, reply.to_dict()) == reply


def test_a_streamed_text_reply_with_tools_offered_shows_as_it_comes(engines):
    """With tools offered (tool_choice "auto") a reply that does not begin like a call streams
    its text as it is written, not only at the end, and says the same as the whole reply."""
    engine = engines["hermes"]
    fields = dict(messages=HI, tools=[WEATHER], temperature=0, max_tokens=12)

    async def contents():
        return [c.choices[0].delta.content async for c in await engine.chat.completions.create(**fields, stream=True)
                if c.choices]

    got = run(contents())
    reply = run(engine.chat.completions.create(**fields))
    assert reply.choices[0].message.tool_calls is None
    assert "".join(c or "" for c in got) == reply.choices[0].message.content
    assert sum(bool(c) for c in got[:-1]) >= 5  # shown piece by piece before the last chunk


def test_auto_tool_choice_reads_calls_the_model_writes(engines):
    """With tool_choice "auto" the model decides; a reply written as a call (here made so by a
    grammar) comes back as tool_calls, a plain reply as content."""
    engine = engines["hermes"]
    written = '<tool_call>\n{"name": "get_weather", "arguments": {"city": "Oslo", "unit": "celsius"}}\n</tool_call>'
    grammar = "root ::= " + json.dumps(written)
    reply = run(engine.chat.completions.create(messages=HI, tools=[WEATHER], temperature=0, max_tokens=80,
                                               response_format={"type": "grammar", "grammar": grammar}))
    choice = reply.choices[0]
    assert choice.finish_reason == "tool_calls" and choice.message.content is None
    assert json.loads(choice.message.tool_calls[0].function.arguments) == {"city": "Oslo", "unit": "celsius"}
    plain = run(engine.chat.completions.create(messages=HI, tools=[WEATHER], temperature=0, max_tokens=8))
    assert plain.choices[0].message.tool_calls is None and plain.choices[0].message.content
    assert plain.choices[0].finish_reason == "length"


def test_tool_choice_none_and_tool_messages(engines):
    """tool_choice "none" keeps the tools out of the prompt; a tool's result goes back through
    the template as a `tool` message after the assistant's call."""
    engine = engines["hermes"]
    plain = run(engine.chat.completions.create(messages=HI, temperature=0, max_tokens=8))
    none = run(engine.chat.completions.create(messages=HI, tools=[WEATHER], tool_choice="none", temperature=0,
                                              max_tokens=8))
    assert none.choices[0].message.content == plain.choices[0].message.content
    assert none.choices[0].message.tool_calls is None
    call = {"id": "call-1", "type": "function", "function": {"name": "get_weather",
                                                             "arguments": '{"city": "Paris", "unit": "celsius"}'}}
    messages = [*HI, {"role": "assistant", "content": None, "tool_calls": [call]},
                {"role": "tool", "tool_call_id": "call-1", "content": "sunny, 21"}]
    reply = run(engine.chat.completions.create(messages=messages, tools=[WEATHER], temperature=0, max_tokens=8))
    assert reply.usage.prompt_tokens > plain.usage.prompt_tokens
    assert reply.choices[0].finish_reason in ("stop", "length")


@pytest.mark.parametrize("fields, error", [
    ({"response_format": {"type": "xml"}}, "response_format must be {'type': 'text' | 'json_object'"),
    ({"response_format": {"type": "json_schema", "json_schema": {"schema": {}}}}, "json_schema must be {'name'"),
    ({"response_format": {"type": "json_schema", "json_schema": {"name": "x", "schema": {"type": "string",
                                                                                        "format": "iban"}}}},
     "response_format.json_schema.schema: #/format: unsupported format 'iban'"),
    ({"response_format": {"type": "json_schema", "json_schema": {"name": "x", "schema": {}, "strict": "yes"}}},
     "strict must be true or false"),
    ({"response_format": {"type": "grammar", "grammar": "root ::= undefined"}},
     "response_format.grammar: undefined rule 'undefined'"),
    ({"response_format": {"type": "grammar", "grammar": 'root ::= "a'}},
     "response_format.grammar: grammar line 1, column 12: unclosed string"),
    ({"response_format": {"type": "json_object", "extra": 1}}, "unknown field 'extra'"),
    ({"response_format": {"type": "json_object", "schema": "{nope"}}, "response_format.schema is not JSON"),
    ({"tools": [WEATHER], "tool_choice": "sometimes"}, "tool_choice must be 'auto', 'none', 'required'"),
    ({"tools": [WEATHER], "tool_choice": "required", "response_format": {"type": "json_object"}},
     "response_format cannot constrain a reply that tool_choice forces"),
    ({"parallel_tool_calls": True}, "parallel_tool_calls needs tools"),
    ({"tools": [WEATHER], "parallel_tool_calls": "no"}, "parallel_tool_calls must be true or false"),
    ({"tools": [{"type": "function", "function": {"name": "f", "parameters": {"type": "object", "properties": {
        "x": {"type": "string", "contentEncoding": "base64"}}}}}], "tool_choice": "required"},
     "tools\\[0\\].function.parameters: #/properties/x: unsupported JSON Schema keyword 'contentEncoding'"),
    ({"tools": [{"type": "function", "function": {"name": ""}}]}, "tools\\[0\\].function.name must be"),
])
def test_refusals_are_named(engines, fields, error):
    with pytest.raises(InvalidRequestError, match=re.escape(error) if "\\[" not in error else error):
        run(engines["hermes"].chat.completions.create(messages=HI, max_tokens=4, **fields))


@pytest.fixture(scope="module")
def llama3_engine() -> MLCEngine:
    """A random Llama over Llama 3's vocabulary with the real Llama 3.1 template."""
    folder = CACHE / "llama3_structured"
    shutil.rmtree(folder, ignore_errors=True)
    make_random_llama(folder, seed=3, vocab_size=128256, hidden_size=32, intermediate_size=64, head_dim=8,
                      num_attention_heads=4, num_key_value_heads=2, num_hidden_layers=1, bos_token_id=128000,
                      eos_token_id=[128001, 128008, 128009], max_position_embeddings=1024, rope_theta=500000.0)
    template = (DATA / "chat_templates" / "llama_cpp" / "meta-llama-Llama-3.1-8B-Instruct.jinja").read_text()
    (folder / "tokenizer_config.json").write_text(json.dumps(
        {"chat_template": template, "bos_token": "<|begin_of_text|>", "eos_token": "<|eot_id|>"}))
    engine = MLCEngine(AppConfig([ModelRecord("llama3-random", model=str(folder), tokenizer=str(
        DATA / "tokenizers" / "llama3_tiktoken" / "tokenizer.model"))]))
    run(engine.reload("llama3-random"))
    return engine


def test_llama3_vocabulary_schema_and_forced_call(llama3_engine):
    schema = SCHEMAS[0]
    reply = run(llama3_engine.chat.completions.create(
        messages=HI, temperature=1.0, seed=0, max_tokens=60,
        response_format={"type": "json_schema", "json_schema": {"name": "person", "schema": schema}}))
    validate(schema, json.loads(reply.choices[0].message.content))
    reply = run(llama3_engine.chat.completions.create(messages=HI, tools=[WEATHER], tool_choice="required",
                                                      parallel_tool_calls=False, temperature=1.0, seed=0,
                                                      max_tokens=50))
    (call,) = reply.choices[0].message.tool_calls
    assert reply.choices[0].finish_reason == "tool_calls" and call.function.name == "get_weather"
    validate(WEATHER["function"]["parameters"], json.loads(call.function.arguments))


def test_smollm2_instruct_replies_validate(smollm2):
    """The real SmolLM2-135M-Instruct (its GGUF, its own template) under a schema, json_object and a
    forced call: every reply parses and validates (the model is slow on CPU drivers: three replies;
    every schema runs over its vocabulary in test_structured.py)."""
    engine = MLCEngine()
    run(engine.reload(str(smollm2)))
    person = "Give me a made-up person as JSON."
    reply = run(engine.chat.completions.create(
        messages=[{"role": "user", "content": person}], temperature=0, max_tokens=40,
        response_format={"type": "json_schema", "json_schema": {"name": "person", "schema": SCHEMAS[0]}}))
    validate(SCHEMAS[0], json.loads(reply.choices[0].message.content))
    reply = run(engine.chat.completions.create(messages=[{"role": "user", "content": person}], max_tokens=40,
                                               temperature=0, response_format={"type": "json_object"}))
    assert isinstance(json.loads(reply.choices[0].message.content), dict)
    reply = run(engine.chat.completions.create(messages=[{"role": "user", "content": "Weather in Paris?"}],
                                               tools=[WEATHER], tool_choice="required", parallel_tool_calls=False,
                                               temperature=0, max_tokens=40))
    (call,) = reply.choices[0].message.tool_calls
    validate(WEATHER["function"]["parameters"], json.loads(call.function.arguments))
