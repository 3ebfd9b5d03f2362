"""validate_messages: OpenAI-style message lists, errors naming the field to fix."""

import pytest

from webllm_py.conversation import validate_messages

USER = {"role": "user", "content": "Hi"}
CALL = {"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}


@pytest.mark.parametrize("messages", [
    [USER],
    [{"role": "system", "content": "Be brief."}, USER, {"role": "assistant", "content": "Hello"}],
    [USER, {"role": "assistant", "content": None, "tool_calls": [CALL]},
     {"role": "tool", "content": "42", "tool_call_id": "c1", "name": "f"}],
    [USER, {"role": "assistant", "tool_calls": [CALL]}],
    [{"role": "user", "content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}]}],
    [USER, {"role": "assistant", "content": ""}],
])
def test_valid(messages):
    assert validate_messages(messages) is messages


@pytest.mark.parametrize("messages, error", [
    (None, r"^messages: must be a non-empty list"),
    ([], r"^messages: must be a non-empty list"),
    ((USER,), r"^messages: must be a non-empty list"),
    ([USER, "hi"], r"^messages\[1\]: must be an object"),
    ([{"content": "x"}], r"^messages\[0\]\.role: must be one of system, user, assistant, tool"),
    ([USER, {"role": "developer", "content": "x"}], r"^messages\[1\]\.role: .*'developer'"),
    ([USER, {"role": "system", "content": "x"}],
     r"^messages\[1\]\.role: a system message may only"),
    ([{"role": "user"}], r"^messages\[0\]\.content: missing"),
    ([USER, {"role": "assistant", "content": None}], r"^messages\[1\]\.content: missing"),
    ([USER, {"role": "assistant", "tool_calls": []}], r"^messages\[1\]\.content: missing"),
    ([{"role": "user", "content": 5}], r"^messages\[0\]\.content: must be a string or a list"),
    ([{"role": "user", "content": ["a"]}], r"^messages\[0\]\.content\[0\]: must be an object"),
    ([{"role": "user", "content": [{"type": "text", "text": "a"},
                                   {"type": "image_url", "image_url": {"url": "u"}}]}],
     r"^messages\[0\]\.content\[1\]\.type: only \"text\" parts.*'image_url'"),
    ([{"role": "user", "content": [{"type": "text"}]}], r"^messages\[0\]\.content\[0\]\.text"),
    ([{"role": "user", "content": "x", "tool_calls": [CALL]}],
     r"^messages\[0\]\.tool_calls: only assistant messages"),
    ([USER, {"role": "assistant", "tool_calls": {"function": {}}}],
     r"^messages\[1\]\.tool_calls: must be a list"),
    ([USER, {"role": "assistant", "tool_calls": [{"type": "function"}]}],
     r"^messages\[1\]\.tool_calls\[0\]\.function: must be an object"),
    ([USER, {"role": "assistant", "tool_calls": [CALL, {"function": {"name": 3}}]}],
     r"^messages\[1\]\.tool_calls\[1\]\.function\.name: must be a string"),
    ([USER, {"role": "tool", "content": "x", "tool_call_id": 7}],
     r"^messages\[1\]\.tool_call_id: must be a string"),
    ([{"role": "user", "content": "x", "name": ["n"]}], r"^messages\[0\]\.name: must be a string"),
])
def test_invalid_names_the_field(messages, error):
    with pytest.raises(ValueError, match=error):
        validate_messages(messages)
