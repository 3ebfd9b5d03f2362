"""Requests are typed as OpenAI's API types them, checked before any GPU work with errors that
name the field; content parts reach the chat template in the form it takes; a sampled token is
always a valid one."""

from __future__ import annotations

import asyncio
import math
import struct

import pytest

from engine_chat_model import PARTS_TEMPLATE, STRING_TEMPLATE, chat_model
from webllm_py.engine import InvalidRequestError, MLCEngine
from webllm_py.gpu import request_device
from webllm_py.sampling import _RECORD, CANDIDATES, Sampler, SamplingError, SamplingParams

HI = [{"role": "user", "content": "Hi"}]


def run(coro):
    return asyncio.run(coro)


@pytest.fixture(scope="module")
def engine() -> MLCEngine:
    e = MLCEngine()
    run(e.reload("stories260K"))
    return e


BAD_CHAT = [
    ({"stream": "false"}, "stream must be true or false"),
    ({"stream": 1}, "stream must be true or false"),
    ({"logprobs": "false"}, "logprobs must be true or false"),
    ({"ignore_eos": "yes"}, "ignore_eos must be true or false"),
    ({"stream": True, "stream_options": {"include_usage": "true"}}, "include_usage must be true or false"),
    ({"temperature": 3.5e38}, r"temperature must be in \[0, 2\]"),
    ({"temperature": math.nan}, "temperature must be in"),
    ({"temperature": math.inf}, "temperature must be in"),
    ({"temperature": 10**400}, "temperature must be in"),
    ({"temperature": "0.5"}, "temperature must be a number"),
    ({"top_p": 0}, r"top_p must be in \(0, 1\]"),
    ({"presence_penalty": 2.5}, "presence_penalty must be in"),
    ({"frequency_penalty": True}, "frequency_penalty must be a number"),
    ({"repetition_penalty": 1e300}, "repetition_penalty must be in"),
    ({"max_tokens": 1.5}, "max_tokens must be a positive integer"),
    ({"n": True}, "n must be a positive integer"),
    ({"seed": "1"}, "seed must be an integer"),
    ({"logprobs": True, "top_logprobs": 21}, "top_logprobs must be between 0 and 20"),
    ({"top_logprobs": 2}, "top_logprobs needs logprobs"),
    ({"logit_bias": {5.7: 5}}, "logit_bias keys must be token ids"),
    ({"logit_bias": {"5.7": 5}}, "logit_bias keys must be token ids"),
    ({"logit_bias": {True: 5}}, "logit_bias keys must be token ids"),
    ({"logit_bias": {"-1": 5}}, "logit_bias keys must be token ids"),
    ({"logit_bias": {"512": 5}}, r"logit_bias token id 512 is outside the vocabulary \(0..511\)"),
    ({"logit_bias": {"5": 101}}, r"logit_bias\['5'\] must be in \[-100, 100\]"),
    ({"logit_bias": {"5": "1"}}, r"logit_bias\['5'\] must be a number"),
    ({"logit_bias": [5]}, "logit_bias must be a map"),
    ({"logit_bias": False}, "logit_bias must be a map"),
    ({"logit_bias": ""}, "logit_bias must be a map"),
    ({"response_format": {"type": "json_schema", "json_schema": {"name": "x", "schema": {"not": {}}}}},
     "response_format.json_schema.schema: #: unsupported JSON Schema keyword 'not'"),
    ({"tools": [{"type": "function", "function": {"name": "f"}}], "tool_choice": {"type": "function",
                                                                                  "function": {"name": "g"}}},
     "tool_choice names the function 'g', which is not in tools"),
    ({"tool_choice": "auto"}, "tool_choice needs tools"),
    ({"tools": "f"}, "tools must be a list"),
    ({"model": "Llama-3-8B"}, "model 'Llama-3-8B' is not the loaded model 'stories260K'"),
    ({"user": 5}, "user must be a string"),
    ({"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "x"}}]}]},
     r"messages\[0\].content\[0\].type: only \"text\" parts are supported; got 'image_url'"),
]


@pytest.mark.parametrize("fields, message", BAD_CHAT, ids=[str(f) for f, _ in BAD_CHAT])
def test_a_mistyped_chat_request_fails_up_front_naming_the_field(engine, fields, message):
    with pytest.raises(InvalidRequestError, match=message):
        run(engine.chat.completions.create(**{"messages": HI, **fields}))


@pytest.mark.parametrize("fields, message", [
    ({"echo": "false"}, "echo must be true or false"),
    ({"prompt": ["Once"]}, "prompt must be a non-empty string"),
    ({"stream": "true"}, "stream must be true or false"),
    ({"prompt": "Once \ud800"}, r"prompt: text holds a lone surrogate U\+D800"),
])
def test_a_mistyped_completion_request_fails_up_front_naming_the_field(engine, fields, message):
    with pytest.raises(InvalidRequestError, match=message):
        run(engine.completions.create(**{"prompt": "Once", **fields}))


def test_an_integer_too_large_to_print_is_refused_with_a_short_message(engine):
    huge = 10**5000  # more digits than Python converts to text
    for fields, message in [({"n": huge}, "n must be between 1 and 128, got a value too large to show"),
                            ({"temperature": -huge}, r"temperature must be in \[0, 2\], got a value too large"),
                            ({"logit_bias": {"9" * 5000: 1}}, r"logit_bias token id 9{20}\.\.\. is outside"),
                            ({"logit_bias": {huge: 1}}, "logit_bias token id a value too large to show"),
                            ({"stop": [huge]}, "stop must be a string or a list of strings, got a value too large"),
                            ({"messages": [{"role": huge, "content": "hi"}]},
                             r"messages\[0\]\.role: must be one of .*got a value too large to show")]:
        with pytest.raises(InvalidRequestError, match=message):
            run(engine.chat.completions.create(**{"messages": HI, **fields}))


def test_fields_in_their_openai_form_are_accepted(engine):
    async def go():
        base = await engine.chat.completions.create(messages=HI, max_tokens=6, temperature=0)
        forced = await engine.chat.completions.create(
            messages=HI, max_tokens=6, temperature=0, logit_bias={"400": 100}, model="stories260K", stream=False,
            response_format={"type": "text"}, user="me", logprobs=False)
        return base, forced

    base, forced = run(go())
    assert forced.model == "stories260K" and forced.choices[0].message.content != base.choices[0].message.content
    assert run(engine.completions.create(prompt="Once", max_tokens=3, logit_bias={400: 100}, temperature=0)
               ).choices[0].text == engine.tokenizer.decode([400] * 3)


def test_tools_reach_the_chat_template(tmp_path):
    template = STRING_TEMPLATE.replace("{{ bos_token }}", "{{ bos_token }}{% if tools %}{{ tools[0]['function']['name'] }} {% endif %}")
    tools = [{"type": "function", "function": {"name": "get_weather", "parameters": {}}}]

    async def go():
        engine = MLCEngine(chat_model(tmp_path / "model", template))
        await engine.reload("stories-chat")
        await engine.chat.completions.create(messages=HI, max_tokens=2, tools=tools, tool_choice="auto")
        return engine.tokenizer.decode(engine._pipeline.cached)

    assert "get_weather user: Hi" in run(go())


@pytest.mark.parametrize("template, shown", [
    (STRING_TEMPLATE, "user: Once upon\na time\nassistant:"),  # a string template gets the parts joined
    (PARTS_TEMPLATE, "user: Once upon|a time|assistant:"),  # one that renders parts gets them
])
def test_text_parts_reach_the_template_in_the_form_it_takes(tmp_path, template, shown):
    parts = [{"type": "text", "text": "Once upon"}, {"type": "text", "text": "a time"}]

    async def go():
        engine = MLCEngine(chat_model(tmp_path / "model", template))
        await engine.reload("stories-chat")
        await engine.chat.completions.create(messages=[{"role": "user", "content": parts}], max_tokens=1)
        return engine.tokenizer.decode(engine._pipeline.cached)

    assert shown in run(go())


def test_text_parts_with_an_mlc_template(engine):
    parts = [{"type": "text", "text": "Once upon"}, {"type": "text", "text": " a time"}]
    with_parts = run(engine.chat.completions.create(messages=[{"role": "user", "content": parts}], max_tokens=8))
    joined = run(engine.chat.completions.create(messages=[{"role": "user", "content": "Once upon a time"}],
                                                max_tokens=8))
    assert with_parts.choices[0].message.content == joined.choices[0].message.content


class _Tampered:
    """A device whose reads pass through `tamper(bytes) -> bytes`."""

    def __init__(self, device, tamper):
        self._device, self._tamper = device, tamper

    def __getattr__(self, name):
        return getattr(self._device, name)

    async def read(self, tensor):
        return self._tamper(await self._device.read(tensor))


def _first_candidate(bad: int):
    """A tamper that makes a sampling record name token `bad` first."""
    def tamper(data: bytes) -> bytes:
        if len(data) != _RECORD.size:
            return data
        record = list(_RECORD.unpack(data))
        record[CANDIDATES] = bad
        return _RECORD.pack(*record)

    return tamper


@pytest.mark.parametrize("bad", [512, -1])
def test_a_token_outside_the_vocabulary_is_never_returned(bad):
    async def go():
        device = await request_device()
        logits = device.tensor(struct.pack("<512f", *[float(i % 7) for i in range(512)]), (1, 512))
        return await Sampler(_Tampered(device, _first_candidate(bad)), 512, SamplingParams(temperature=0)).sample(logits, 0, [], [])

    with pytest.raises(SamplingError, match=rf"token id {bad}, outside the vocabulary \(0..511\)"):
        run(go())


@pytest.mark.parametrize("value", [math.nan, math.inf])
def test_logits_that_are_not_finite_are_an_error_not_a_token(value):
    async def go():
        device = await request_device()
        row = [0.5] * 511 + [value]
        logits = device.tensor(struct.pack("<512f", *row), (1, 512))
        return await Sampler(device, 512, SamplingParams(temperature=1.0, seed=1)).sample(logits, 0, [], [])

    with pytest.raises(SamplingError, match="logits row 0 holds NaN or infinite values"):
        run(go())


def test_the_plain_generation_loop_refuses_a_corrupt_argmax():
    from webllm_py.generation import generate
    from webllm_py.loading.load import load_model

    async def go():
        model = load_model(await request_device(), "stories260K")
        read_soon = model.device.read_soon

        class Corrupt:  # a read of the 4-byte pick answers token id 512
            def __init__(self, pending):
                self.pending = pending

            def __await__(self):
                data = yield from self.pending.__await__()
                return struct.pack("<i", 512) if len(data) == 4 else data

        model.device.read_soon = lambda tensor: Corrupt(read_soon(tensor))
        return await generate(model, [1, 403], max_tokens=2)

    with pytest.raises(SamplingError, match=r"argmax picked token id 512, outside the vocabulary \(0..511\)"):
        run(go())
