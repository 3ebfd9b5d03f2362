"""MLC LLM conv templates render what MLC's Conversation.as_prompt builds from an OpenAI
request (expected strings derived by hand from python/mlc_llm/protocol/
conversation_protocol.py and serve/engine_base.py)."""

import json
from pathlib import Path

import pytest

from webllm_py.conversation import (BUILTIN_CONV_TEMPLATES, ConvTemplate, JinjaChatTemplate,
                                    builtin_conv_template, load_chat_format)
from webllm_py.tokenizer import load_tokenizer

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

S = {"role": "system", "content": "SYS"}
U1 = {"role": "user", "content": "U1"}
A1 = {"role": "assistant", "content": "A1"}
U2 = {"role": "user", "content": "U2"}
CHAT = [S, U1, A1, U2]

# name -> (render of CHAT with the generation prompt, system_prefix_token_ids, stop ids)
EXPECTED = {
    # add_role_after_system_message=False: the first user message joins the system turn.
    "llama-2": ("[INST] <<SYS>>\nSYS\n<</SYS>>\n\nU1 [/INST] A1 </s><s>[INST] U2 [/INST] ",
                [1], [2]),
    "llama-3": ("<|start_header_id|>system<|end_header_id|>\n\nSYS<|eot_id|>"
                "<|start_header_id|>user<|end_header_id|>\n\nU1<|eot_id|>"
                "<|start_header_id|>assistant<|end_header_id|>\n\nA1<|eot_id|>"
                "<|start_header_id|>user<|end_header_id|>\n\nU2<|eot_id|>"
                "<|start_header_id|>assistant<|end_header_id|>\n\n", [128000], [128001, 128009]),
    "chatml": ("<|im_start|>system\nSYS<|im_end|>\n<|im_start|>user\nU1<|im_end|>\n"
               "<|im_start|>assistant\nA1<|im_end|>\n<|im_start|>user\nU2<|im_end|>\n"
               "<|im_start|>assistant\n", [], [2]),
    # system_template is the bare message, so it runs into the first role.
    "redpajama_chat": ("SYS<human>: U1\n<bot>: A1\n<human>: U2\n<bot>:", [], [0]),
    "phi-3": ("<|system|>\nSYS<|user|>\nU1<|end|>\n<|assistant|>\nA1<|end|>\n<|user|>\nU2<|end|>\n"
              "<|assistant|>\n", [1], [2, 32000, 32001, 32007]),
    "gemma_instruction": ("SYS<start_of_turn>user\nU1<end_of_turn>\n<start_of_turn>model\n"
                          "A1<end_of_turn>\n<start_of_turn>user\nU2<end_of_turn>\n"
                          "<start_of_turn>model\n", [2], [1, 107]),
    "qwen3": ("<|im_start|>system\nSYS<|im_end|>\n<|im_start|>user\nU1<|im_end|>\n"
              "<|im_start|>assistant\nA1<|im_end|>\n<|im_start|>user\nU2<|im_end|>\n"
              "<|im_start|>assistant\n", [], [151643, 151645]),
    "mistral_default": ("[INST] SYSU1 [/INST] A1 [INST] U2 [/INST]", [1], [2]),
    "LM": ("SYSU1A1U2", [1], [2]),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_builtin_render(name):
    text, prefix, stops = EXPECTED[name]
    chat = builtin_conv_template(name)
    assert chat.render(CHAT) == text
    assert chat.prefix_token_ids == prefix and chat.stop_token_ids == stops
    assert chat.stop_strings == BUILTIN_CONV_TEMPLATES[name].get("stop_str", [])


def test_default_system_message_and_no_generation_prompt():
    llama2 = builtin_conv_template("llama-2")
    assert llama2.render([U1, A1], add_generation_prompt=False) == (
        "[INST] <<SYS>>\nYou are a helpful, respectful and honest assistant.\n<</SYS>>\n\n"
        "U1 [/INST] A1 </s>")
    # An empty system message still leaves the template's text, so no role follows it.
    assert llama2.render([{"role": "system", "content": ""}, U1]) == \
        "[INST] <<SYS>>\n\n<</SYS>>\n\nU1 [/INST] "
    assert builtin_conv_template("redpajama_chat").render([U1]) == "<human>: U1\n<bot>:"
    assert builtin_conv_template("chatml").render([U1]).startswith(
        "<|im_start|>system\nA conversation between a user and an LLM-based AI assistant.")


def test_llama3_matches_the_hf_template():
    """MLC's llama-3 text is the Hugging Face Llama 3 template's render without its BOS
    (MLC puts BOS in system_prefix_token_ids)."""
    config = json.loads((DATA / "chat_templates" / "tokenizer_configs" /
                         "llama3-8b-instruct.tokenizer_config.json").read_text())
    hf = JinjaChatTemplate(config["chat_template"]).render(
        CHAT, add_generation_prompt=True, bos_token="<|begin_of_text|>")
    assert hf == "<|begin_of_text|>" + builtin_conv_template("llama-3").render(CHAT)


def test_chatml_matches_ollama_expected_render():
    expected = (DATA / "chat_templates" / "ollama" / "gotmpl_expected" / "chatml.gotmpl" /
                "system-user-assistant-user").read_text()
    messages = [{"role": "system", "content": "You are a helpful assistant."},
                {"role": "user", "content": "Hello, how are you?"},
                {"role": "assistant", "content": "I'm doing great. How can I help you today?"},
                {"role": "user", "content": "I'd like to show off how chat templating works!"}]
    assert builtin_conv_template("chatml").render(messages) == expected


def test_tool_role_text_parts_and_history():
    llama31 = builtin_conv_template("llama-3_1")
    tool = {"role": "tool", "content": "18C"}
    assert llama31.render([U1, tool], add_generation_prompt=False).endswith(
        "<|start_header_id|>user<|end_header_id|>\n\nU1<|eot_id|>"
        "<|start_header_id|>ipython<|end_header_id|>\n\n18C<|eot_id|>")
    parts = {"role": "user",
             "content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}]}
    conv = ConvTemplate.from_json({
        "roles": {"user": "U", "assistant": "A"}, "seps": ["|", "#"], "role_content_sep": ":",
        "role_templates": {"user": "<{user_message}>"},
        "messages": [["user", "h"], ["assistant", "y"]],
    })
    assert conv.render([parts]) == "U:<h>|A:y#U:<a><b>|A"


def test_qwen3_strips_reasoning_before_the_last_user_message():
    thought = {"role": "assistant", "content": "<think>\nhmm\n</think>\n\nA1"}
    latest = {"role": "assistant", "content": "<think>x</think>A2"}
    out = builtin_conv_template("qwen3").render([U1, thought, U2, latest], False)
    assert out.endswith("<|im_start|>assistant\nA1<|im_end|>\n<|im_start|>user\nU2<|im_end|>\n"
                        "<|im_start|>assistant\n<think>x</think>A2<|im_end|>\n")


def test_tools_fill_the_last_function_placeholder():
    conv = ConvTemplate.from_json({
        "system_template": "[{function_string}]{system_message}",
        "roles": {"user": "U", "assistant": "A"}, "seps": ["\n"], "role_content_sep": ": ",
        "role_templates": {"user": "{user_message} {function_string}"},
    })
    tool = {"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}
    functions = json.dumps([{"description": None, "name": "f", "parameters": {"type": "object"}}])
    assert conv.render([U1], tools=[tool]) == f"[]U: U1 {functions}\nA"
    assert conv.render([U1]) == "[]U: U1 \nA"
    with pytest.raises(ValueError, match=r"^tools\[0\]"):
        conv.render([U1], tools=[{"type": "retrieval"}])


def test_mlc_chat_config_form_and_bos():
    """The object MLC writes into mlc-chat-config.json (Conversation.to_json_dict)."""
    config = {"model_type": "llama", "conv_template": {
        "name": "llama-3", "system_template": BUILTIN_CONV_TEMPLATES["llama-3"]["system_template"],
        "system_message": "You are a helpful, respectful and honest assistant.",
        "system_prefix_token_ids": [128000], "add_role_after_system_message": True,
        "roles": {"user": "<|start_header_id|>user", "assistant": "<|start_header_id|>assistant"},
        "role_templates": {"user": "{user_message}", "assistant": "{assistant_message}",
                           "tool": "{tool_message}"},
        "messages": [], "seps": ["<|eot_id|>"], "role_content_sep": "<|end_header_id|>\n\n",
        "role_empty_sep": "<|end_header_id|>\n\n", "stop_str": ["<|end_of_text|>", "<|eot_id|>"],
        "stop_token_ids": [128001, 128009], "function_string": "", "use_function_calling": False}}
    chat = load_chat_format(config)
    assert chat.render(CHAT) == EXPECTED["llama-3"][0]
    assert not chat.adds_bos_in_text
    with_bos = {"system_template": "<s>{system_message}", "roles": {"user": "U", "assistant": "A"},
                "seps": [" "]}
    assert ConvTemplate.from_json(with_bos, bos_token="<s>").adds_bos_in_text
    assert not ConvTemplate.from_json(with_bos).adds_bos_in_text  # BOS text unknown


def test_encode_prepends_prefix_ids():
    tokenizer = load_tokenizer(DATA / "tokenizers" / "hf_phi3_mini")
    chat = builtin_conv_template("phi-3")
    ids = chat.encode(tokenizer, [U1])
    assert ids[0] == 1 and tokenizer.id_to_token(ids[1]) == "<|system|>"
    assert ids[1:] == tokenizer.encode(chat.render([U1]), parse_special=True)


@pytest.mark.parametrize("messages, error", [
    ([], r"^messages: must be a non-empty list"),
    ([U1, "x"], r"^messages\[1\]: must be a dict"),
    ([U1, {"role": "tool", "content": "x"}],
     r"^messages\[1\]\.role: template 'llama-3' has no role"),
    ([U1, S], r"^messages\[1\]\.role: a system message may only come first"),
    ([{"role": "system", "content": [{"type": "text", "text": "x"}]}], r"^messages\[0\]\.content"),
    ([U1, {"role": "assistant", "content": [{"type": "text", "text": "x"}]}],
     r"^messages\[1\]\.content: MLC takes a list of parts only from the user"),
    ([{"role": "user", "content": [{"type": "image_url", "image_url": "u"}]}],
     r"^messages\[0\]\.content\[0\]\.type"),
    ([U1, {"role": "assistant", "content": None, "tool_calls": [{"function": {}}]}],
     r"^messages\[1\]\.tool_calls"),
    ([{"role": "user"}], r"^messages\[0\]\.content: missing"),
])
def test_render_errors_name_the_field(messages, error):
    with pytest.raises(ValueError, match=error):
        builtin_conv_template("llama-3").render(messages)


@pytest.mark.parametrize("patch, error", [
    ({"roles": None}, r"^cfg\.roles: missing"),
    ({"roles": {"user": "U"}}, r"^cfg\.roles: has no 'assistant' role"),
    ({"roles": {"user": "U", "assistant": "A", "ipython": "I"}}, r"^cfg\.roles: unknown role"),
    ({"seps": []}, r"^cfg\.seps: must hold 1 or 2"),
    ({"seps": ["a", "b", "c"]}, r"^cfg\.seps: must hold 1 or 2"),
    ({"seps": "\n"}, r"^cfg\.seps: must be a list of strings"),
    ({"stop_token_ids": [2, "3"]}, r"^cfg\.stop_token_ids: must be a list of integers"),
    ({"add_role_after_system_message": 1}, r"^cfg\.add_role_after_system_message: must be true"),
    ({"system_template": 5}, r"^cfg\.system_template: must be a string"),
    ({"messages": [["user"]]}, r"^cfg\.messages: must be a list of \[role, content\] pairs"),
])
def test_config_errors_name_the_field(patch, error):
    data = {"roles": {"user": "U", "assistant": "A"}, "seps": ["\n"]} | patch
    with pytest.raises(ValueError, match=error):
        ConvTemplate.from_json(data, "cfg")


def test_unknown_builtin_lists_names():
    with pytest.raises(ValueError, match="built in: LM, chatml, gemma_instruction"):
        builtin_conv_template("vicuna")
