"""Jinja chat templates render as transformers' apply_chat_template: the huggingface.js
render tests, the jinja feature tests, transformers itself on real templates, the sandbox."""

import datetime
import json
import re
from pathlib import Path

import pytest

from webllm_py.conversation import ChatTemplateError, JinjaChatFormat, JinjaChatTemplate
from webllm_py.conversation import jinja as jinja_module

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "chat_templates"
HF_TESTS = DATA / "hf_jinja_tests"
PHI3_TOKENIZER = DATA.parent / "tokenizers" / "hf_phi3_mini" / "tokenizer.json"

E2E = json.loads((HF_TESTS / "e2e_model_templates.json").read_text(encoding="utf-8"))
E2E_CASES = {name: case for group in ("default_templates", "custom_templates")
             for name, case in E2E[group].items()}
FEATURES = json.loads((HF_TESTS / "jinja_feature_tests.json").read_text(encoding="utf-8"))

# Upstream exceptions documented in shared/data/README.md section 5 and the file's _meta:
# huggingface.js prints a list of dicts as JSON, Python jinja2 (and so transformers) as a
# Python repr; the Hammer2.1 template prints the tools list directly.
JS_ONLY_TARGETS = {"MadeAgents/Hammer2.1": "huggingface.js prints lists as JSON, Python as repr"}
# The SmolLM3 target was rendered on this date (README section 5); its template calls
# strftime_now, so the test fixes the clock.
SMOLLM3_DATE = datetime.datetime(2025, 7, 10)
# huggingface.js leaves a variable the case data omits undefined; transformers always
# defines add_generation_prompt (False by default). Jamba's template turns an undefined flag
# into True, so the transformers call giving the target passes True.
UNDEFINED_GENERATION_FLAG = {"ai21labs/AI21-Jamba-Large-1.6"}
# transformers 5 drops message keys whose value is None before rendering (OpenAI sends
# "content": null with tool calls). functionary v2.2 then reads the missing content and
# fails; huggingface.js keeps the null, and the target comes from that. We follow
# transformers, and test_e2e_cases_match_transformers checks that it fails there too.
NONE_KEYS_DROPPED = {"meetkai/functionary-medium-v2.2"}


class _FixedDatetime(datetime.datetime):
    @classmethod
    def now(cls, tz=None):
        return SMOLLM3_DATE


def _render_case(name: str, case: dict) -> str:
    data = dict(case["data"])
    messages = data.pop("messages")
    if name in UNDEFINED_GENERATION_FLAG:
        assert "add_generation_prompt" not in data
        data["add_generation_prompt"] = True
    return JinjaChatTemplate(case["chat_template"], name).render(messages, **data)


# A JS-only target is no target for Python: test_e2e_cases_match_transformers covers those cases.
@pytest.mark.parametrize("name", sorted(set(E2E_CASES) - set(JS_ONLY_TARGETS)))
def test_e2e_case_renders_target(name, monkeypatch):
    monkeypatch.setattr(jinja_module, "datetime", _FixedDatetime)
    case = E2E_CASES[name]
    if name in NONE_KEYS_DROPPED:
        with pytest.raises(ChatTemplateError, match="has no attribute 'content'"):
            _render_case(name, case)
        return
    assert _render_case(name, case) == case["target"]


def test_e2e_cases_match_transformers(monkeypatch):
    """Every case, the skipped and failing ones included, renders (or fails) as in
    transformers' apply_chat_template."""
    transformers = pytest.importorskip("transformers")
    tokenizer = transformers.PreTrainedTokenizerFast(tokenizer_file=str(PHI3_TOKENIZER))
    assert tokenizer.special_tokens_map == {}  # the case data gives every token
    monkeypatch.setattr(jinja_module, "datetime", _FixedDatetime)
    monkeypatch.setattr(transformers.utils.chat_template_utils, "datetime", _FixedDatetime)
    for name, case in E2E_CASES.items():
        data = dict(case["data"])
        messages = data.pop("messages")
        if name in UNDEFINED_GENERATION_FLAG:
            data["add_generation_prompt"] = True
        try:
            expected = tokenizer.apply_chat_template(messages, chat_template=case["chat_template"],
                                                     tokenize=False, **data)
        except Exception as exc:  # noqa: BLE001 - the template's own failure
            with pytest.raises(ChatTemplateError):
                _render_case(name, case)
            assert name in NONE_KEYS_DROPPED, (name, exc)
            continue
        assert _render_case(name, case) == expected, name


# The feature tests' `python_jinja2` column: jinja2 with transformers' settings.
@pytest.mark.parametrize("case", FEATURES["cases"], ids=[c["name"] for c in FEATURES["cases"]])
def test_jinja_feature_case(case):
    context = dict(case["context"])
    chat_inputs = {key: context.pop(key) for key in ("tools", "documents", "add_generation_prompt")
                   if key in context}
    messages = context.pop("messages", None)
    if messages is None:
        # render() needs a message; these templates never read `messages`.
        assert not re.search(r"\bmessages\b", case["template"])
        messages = [{"role": "user", "content": ""}]
    template = JinjaChatTemplate(case["template"], case["name"])
    expected = case["python_jinja2"]
    if expected["error"] is not None:
        with pytest.raises(ChatTemplateError) as info:
            template.render(messages, **chat_inputs, **context)
        assert expected["error"] in str(info.value)
    else:
        assert template.render(messages, **chat_inputs, **context) == expected["output"]


# -- transformers on the shared real templates ---------------------------------------------

SYSTEM = {"role": "system", "content": "You are a helpful assistant. Answer in one line."}
TURNS = [
    {"role": "user", "content": "Hello, how are you?"},
    {"role": "assistant", "content": "I'm doing great. How can I help you today?"},
    {"role": "user", "content": "What is 2 + 2? Use \"quotes\" & <tags>, café."},
    {"role": "assistant", "content": "  4, with spaces around.  "},
    {"role": "user", "content": "Thanks!"},
]
WEATHER_TOOL = {"type": "function", "function": {
    "name": "get_weather", "description": "Current weather in a city (°C).",
    "parameters": {"type": "object", "required": ["city"],
                   "properties": {"city": {"type": "string", "description": "City, e.g. Zürich"}}}}}
TOOL_CHAT = [
    {"role": "user", "content": "Weather in Paris?"},
    {"role": "assistant", "content": None, "tool_calls": [{"id": "call12345", "type": "function",
     "function": {"name": "get_weather", "arguments": {"city": "Paris"}}}]},
    {"role": "tool", "tool_call_id": "call12345", "name": "get_weather", "content": "18°C, sunny"},
]
# (template file, special tokens of the model's tokenizer_config.json)
REAL_TEMPLATES = {
    "llama-3.1": ("meta-llama-Llama-3.1-8B-Instruct.jinja",
                  {"bos_token": "<|begin_of_text|>", "eos_token": "<|eot_id|>"}),
    "qwen2.5": ("Qwen-Qwen2.5-7B-Instruct.jinja",
                {"eos_token": "<|im_end|>", "pad_token": "<|endoftext|>"}),
    "phi-3.5": ("microsoft-Phi-3.5-mini-instruct.jinja",
                {"bos_token": "<s>", "eos_token": "<|endoftext|>", "unk_token": "<unk>"}),
    "gemma-2": ("google-gemma-2-2b-it.jinja",
                {"bos_token": "<bos>", "eos_token": "<eos>", "pad_token": "<pad>"}),
    "mistral-nemo": ("mistralai-Mistral-Nemo-Instruct-2407.jinja",
                     {"bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>"}),
}
# (messages, keyword arguments) rendered by every template.
REQUESTS = {
    "system+3 turns": ([SYSTEM, *TURNS], {"add_generation_prompt": True}),
    "system+3 turns, no prompt": ([SYSTEM, *TURNS], {"add_generation_prompt": False}),
    "3 turns": (TURNS, {"add_generation_prompt": True}),
    "tools": ([SYSTEM, *TOOL_CHAT], {"add_generation_prompt": True, "tools": [WEATHER_TOOL]}),
    "continue": ([*TURNS, {"role": "assistant", "content": "You're welcome, "}],
                 {"add_generation_prompt": False, "continue_final_message": True}),
    "variables": (TURNS, {"add_generation_prompt": True, "date_string": "01 Jan 2025",
                          "tools_in_user_message": False, "tools": [WEATHER_TOOL]}),
}


@pytest.fixture(scope="module")
def hf_tokenizer():
    transformers = pytest.importorskip("transformers")
    return transformers.PreTrainedTokenizerFast(tokenizer_file=str(PHI3_TOKENIZER))


@pytest.mark.parametrize("model", sorted(REAL_TEMPLATES))
def test_real_template_matches_transformers(model, hf_tokenizer):
    filename, special_tokens = REAL_TEMPLATES[model]
    text = (DATA / "llama_cpp" / filename).read_text(encoding="utf-8")
    chat = JinjaChatFormat({"default": JinjaChatTemplate(text, filename)}, special_tokens)
    compared = 0
    for request, (messages, kwargs) in REQUESTS.items():
        kwargs = dict(kwargs)
        try:
            expected = hf_tokenizer.apply_chat_template(
                messages, chat_template=text, tokenize=False, **special_tokens, **kwargs)
        except Exception as exc:  # noqa: BLE001 - e.g. gemma has no system role
            with pytest.raises(ChatTemplateError) as info:
                chat.render(messages, **kwargs)
            assert str(exc) in str(info.value), request
            continue
        assert chat.render(messages, **kwargs) == expected, request
        compared += 1
    assert compared >= 3


def test_llama31_render_details():
    """Spot checks of what the transformers comparison covers: BOS in the text, tojson
    with indent 4 and non-ASCII kept, the assistant header as generation prompt."""
    text = (DATA / "llama_cpp" / "meta-llama-Llama-3.1-8B-Instruct.jinja").read_text()
    chat = JinjaChatFormat({"default": JinjaChatTemplate(text)},
                           {"bos_token": "<|begin_of_text|>", "eos_token": "<|eot_id|>"})
    out = chat.render([SYSTEM, *TOOL_CHAT], tools=[WEATHER_TOOL])
    assert chat.adds_bos_in_text and out.startswith("<|begin_of_text|><|start_header_id|>system")
    assert '    "type": "function",\n' in out and "Zürich" in out and "(°C)" in out
    assert out.endswith("<|start_header_id|>assistant<|end_header_id|>\n\n")


# -- transformers' extras ---------------------------------------------------------------------

def _render(template: str, messages=None, **kwargs) -> str:
    messages = messages or [{"role": "user", "content": "x"}]
    return JinjaChatTemplate(template, "test").render(messages, **kwargs)


def test_tojson_has_transformers_semantics():
    value = {"b": "<é&'>", "a": [1, 2.5, None, True]}
    assert _render("{{ v | tojson }}", v=value) == json.dumps(value, ensure_ascii=False)
    assert _render("{{ v | tojson(indent=2, sort_keys=true) }}", v=value) == json.dumps(
        value, ensure_ascii=False, indent=2, sort_keys=True)
    assert _render("{{ v | tojson(separators=(',', ':')) }}", v=value) == json.dumps(
        value, ensure_ascii=False, separators=(",", ":"))
    assert _render("{{ v | tojson(ensure_ascii=true) }}", v="é") == '"\\u00e9"'


def test_generation_tag_renders_body_in_its_own_scope():
    template = "{% set x = 1 %}{% generation %}{% set x = 2 %}[{{ x }}]{% endgeneration %}{{ x }}"
    assert _render(template) == "[2]1"


def test_loop_controls_trim_and_lstrip_blocks():
    template = "{% for i in range(5) %}\n  {% if i == 1 %}{% continue %}{% endif %}\n" \
               "  {% if i == 3 %}{% break %}{% endif %}\n{{ i }}\n{% endfor %}"
    assert _render(template) == "0\n2\n"


def test_strftime_now_and_variables(monkeypatch):
    monkeypatch.setattr(jinja_module, "datetime", _FixedDatetime)
    assert _render("{{ strftime_now('%d %B %Y') }}|{{ custom }}", custom="v") == "10 July 2025|v"


def test_dict_and_namespace_globals():
    assert _render("{{ dict(a=1)['a'] }}{{ dict.fromkeys(['k'], 2)['k'] }}") == "12"
    assert _render("{% set ns = namespace(n=0) %}{% set ns.n = ns.n + 1 %}{{ ns.n }}") == "1"
    with pytest.raises(ChatTemplateError, match="underscore"):
        _render("{% set ns = namespace(__dict__=1) %}")
    with pytest.raises(ChatTemplateError, match="underscore"):
        _render("{% set ns = namespace() %}{% set ns._x = 1 %}")


def test_none_fields_are_dropped_and_reasoning_aliased():
    template = "{% for m in messages %}{{ m | tojson }}{% endfor %}"
    out = _render(template, [{"role": "assistant", "content": None, "reasoning": "r"}])
    assert json.loads(out) == {"thinking": "r", "role": "assistant", "reasoning": "r",
                               "reasoning_content": "r"}
    assert list(json.loads(out)) == ["thinking", "role", "reasoning", "reasoning_content"]


def test_inputs_are_reduced_to_plain_data():
    class Text(str):
        def danger(self):
            raise AssertionError("called")

    out = _render("{{ messages[0].content.danger is defined }}|{{ obj }}",
                  [{"role": "user", "content": Text("hi")}], obj=object())
    assert out == "False|<object>"


def test_continue_final_message_cuts_after_the_text():
    template = "{% for m in messages %}<{{ m.role }}>{{ m.content | trim }}</s>{% endfor %}"
    messages = [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello "}]
    assert _render(template, messages, continue_final_message=True) == \
        "<user>Hi</s><assistant>Hello"
    with pytest.raises(ValueError, match="cannot be combined"):
        _render(template, messages, continue_final_message=True, add_generation_prompt=True)
    with pytest.raises(ValueError, match="never reads 'reasoning_content'"):
        _render(template, [{"role": "assistant", "content": "a", "reasoning_content": "b"}],
                continue_final_message="reasoning_content")


# -- errors and the sandbox -------------------------------------------------------------------

@pytest.mark.parametrize("template", [
    "{{ ''.__class__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ messages.__class__.__base__ }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ lipsum.__globals__['os'] }}",
    "{{ raise_exception.__globals__ }}",
    "{{ namespace.__init__ }}",
    "{{ ''|attr('__class__') }}",
    "{{ messages['__class__'] }}",
    "{{ '{0.__class__}'.format(messages) }}",
    "{{ messages.append({'role': 'user'}) }}",
    "{{ messages[0].update(role='system') }}",
    "{{ dict.__call__.__globals__ }}",
])
def test_sandbox_blocks_python_internals(template):
    with pytest.raises(ChatTemplateError, match="unsafe|SecurityError") as info:
        _render(template)
    assert info.value.source == "test"


def test_errors_name_source_line_and_problem():
    with pytest.raises(ChatTemplateError) as info:
        JinjaChatTemplate("ok\n{% if %}", "tokenizer_config.json (chat_template)")
    assert str(info.value).startswith("chat template tokenizer_config.json (chat_template), "
                                      "line 2: syntax error")
    assert isinstance(info.value, ValueError)

    with pytest.raises(ChatTemplateError) as info:
        _render("a\nb\n{{ raise_exception('Roles must alternate') }}")
    assert info.value.line == 3
    assert info.value.problem == "the template raised: Roles must alternate"

    with pytest.raises(ChatTemplateError, match="line 2: TypeError: can only concatenate"):
        _render("x\n{{ 'a' + 1 }}")
    with pytest.raises(ChatTemplateError, match="UndefinedError"):
        _render("{{ missing.attr }}")


def test_bad_arguments_are_value_errors():
    template = JinjaChatTemplate("{{ messages | length }}")
    with pytest.raises(ValueError, match="^messages: must be a non-empty list"):
        template.render([])
    with pytest.raises(ValueError, match=r"^messages\[1\]: must be a dict"):
        template.render([{"role": "user", "content": "a"}, "b"])
    with pytest.raises(ValueError, match=r"^tools\[0\]: must be a dict"):
        template.render([{"role": "user", "content": "a"}], tools=["get_weather"])
    with pytest.raises(ChatTemplateError, match="must be a string"):
        JinjaChatTemplate(None)
