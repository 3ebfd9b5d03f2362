"""Tool call formats: the grammar of a forced call in each format gives text that the format's
parser reads back with arguments valid under the function's schema (random replies over Llama
3's vocabulary), and replies as real models write them parse; the format follows the template."""

from __future__ import annotations

import jsonschema
import pytest

from test_structured import generate, vocabulary
from webllm_py.structured import GrammarError, TokenGrammar
from webllm_py.structured.tools import ParsedCall, call_grammar, may_be_calls, parse_tool_calls, tool_format

FUNCTIONS = [
    {"name": "search", "parameters": {"type": "object", "properties": {
        "query": {"type": "string", "maxLength": 20}, "limit": {"type": "integer", "minimum": 1, "maximum": 50}},
        "required": ["query"], "additionalProperties": False}},
    {"name": "add_event", "parameters": {"$defs": {"day": {"type": "string", "format": "date"}}, "type": "object",
                                         "properties": {"title": {"type": "string", "maxLength": 8},
                                                        "on": {"$ref": "#/$defs/day"}},
                                         "required": ["title", "on"], "additionalProperties": False}},
    {"name": "ping"},  # no parameters: any object
]
SCHEMAS = {f["name"]: f.get("parameters", {"type": "object"}) for f in FUNCTIONS}


@pytest.mark.parametrize("fmt", ["hermes", "llama3", "mistral"])
@pytest.mark.parametrize("parallel", [False, True])
def test_forced_calls_parse_with_valid_arguments(fmt, parallel):
    tokens, index = vocabulary("llama3")
    grammar = TokenGrammar(call_grammar(fmt, FUNCTIONS, parallel).compile(), index)
    for seed in range(3):
        text = generate(grammar, tokens, seed).decode()
        calls = parse_tool_calls(fmt, text)
        assert calls, text
        assert parallel or len(calls) == 1
        for call in calls:
            jsonschema.validate(call.arguments, SCHEMAS[call.name],
                                format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


@pytest.mark.parametrize("fmt, text, expected", [
    ("hermes", '<tool_call>\n{"name": "f", "arguments": {"x": 1}}\n</tool_call>', [ParsedCall("f", {"x": 1})]),
    ("hermes", '<tool_call>{"name": "f", "arguments": {}}</tool_call>\n<tool_call>{"name": "g", "arguments": '
               '"{\\"y\\": 2}"}</tool_call>', [ParsedCall("f", {}), ParsedCall("g", {"y": 2})]),
    ("hermes", '{"name": "f", "arguments": {"x": 1}}', [ParsedCall("f", {"x": 1})]),  # <tool_call> dropped as special
    ("llama3", '<|python_tag|>{"name": "f", "parameters": {"x": 1}}', [ParsedCall("f", {"x": 1})]),
    ("llama3", '{"name": "f", "parameters": {}}; {"name": "g", "parameters": {"z": null}}',
     [ParsedCall("f", {}), ParsedCall("g", {"z": None})]),
    ("mistral", '[TOOL_CALLS][{"name": "f", "arguments": {"x": 1}}, {"name": "g", "arguments": {}}]',
     [ParsedCall("f", {"x": 1}), ParsedCall("g", {})]),
    ("mistral", '[{"name": "f", "arguments": {"x": 1}}]', [ParsedCall("f", {"x": 1})]),
    ("hermes", "The weather is nice.", None),
    ("hermes", '<tool_call>{"name": "f", "arguments": {"x": 1}}</tool_call> and then some text', None),
    ("llama3", '{"name": "f", "parameters": {"x": ', None),
    ("llama3", '{"answer": 42}', None),
    ("mistral", "[1, 2]", None),
])
def test_replies_parse_per_format(fmt, text, expected):
    assert parse_tool_calls(fmt, text) == expected


@pytest.mark.parametrize("fmt, text, expected", [
    ("hermes", "", True),
    ("hermes", " \n<tool", True),
    ("hermes", "<tool_call>\n{", True),
    ("hermes", "<tool_cat", False),
    ("hermes", "The weather", False),
    ("llama3", "<tool_call>", False),  # only Hermes writes calls in tags
    ("llama3", "<|python", True),
    ("llama3", ' {"name', True),
    ("mistral", "[TOOL_CALLS][", True),
    ("mistral", "Sure, [", False),
])
def test_a_reply_may_be_calls_only_while_it_begins_like_them(fmt, text, expected):
    """A streamed reply shows its text from the first character that no call could begin with;
    whatever `parse_tool_calls` reads as calls begins like them."""
    assert may_be_calls(fmt, text) == expected


def test_the_format_follows_the_template():
    assert tool_format("{% for c in tool_calls %}<tool_call>{{ c }}</tool_call>{% endfor %}") == "hermes"
    assert tool_format("{{- '<|python_tag|>' + tool_call }}") == "llama3"
    assert tool_format("[TOOL_CALLS] {{ calls }}") == "mistral"
    assert tool_format("{{ messages }}") == "hermes"


def test_bad_parameters_and_formats_are_named():
    with pytest.raises(GrammarError, match=r"tools\[1\].function.parameters: #/properties/a: unsupported JSON "
                                           r"Schema keyword 'patternProperties'"):
        call_grammar("hermes", [{"name": "f"}, {"name": "g", "parameters": {"type": "object", "properties": {
            "a": {"patternProperties": {}}}}}], False)
    with pytest.raises(ValueError, match="unknown tool call format 'xml'"):
        call_grammar("xml", FUNCTIONS, False)
