"""Hugging Face model folders: template, special tokens and stop ids are found as
transformers finds them; prompts encode to transformers' ids; ollama's renders agree where
the HF template and ollama's Go template describe the same format."""

import datetime
import json
import shutil
from pathlib import Path

import pytest

from webllm_py.conversation import (ChatTemplateError, ConvTemplate, JinjaChatFormat,
                                    JinjaChatTemplate, load_chat_format)
from webllm_py.conversation import jinja as jinja_module
from webllm_py.tokenizer import load_tokenizer

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
CONFIGS = DATA / "chat_templates" / "tokenizer_configs"
OLLAMA = DATA / "chat_templates" / "ollama"
PHI3 = DATA / "tokenizers" / "hf_phi3_mini"

MESSAGES = [
    {"role": "system", "content": "You are a helpful assistant."},
    {"role": "user", "content": "Hello, how are you?"},
    {"role": "assistant", "content": "I'm doing great. How can I help you today?"},
    {"role": "user", "content": "I'd like to show off how chat templating works!"},
]
# Folder name -> shared files, copied under the names a model repository uses. Every
# folder also gets the Phi-3 tokenizer.json, so transformers can load it.
FOLDERS = {
    "qwen2.5": ["qwen2.5.tokenizer_config.json"],
    "qwen3": ["qwen3.tokenizer_config.json"],
    "gemma": ["gemma.tokenizer_config.json", "gemma.special_tokens_map.json"],
    "phi-3-mini": ["phi-3-mini.tokenizer_config.json"],
    "phi-3-vision": ["phi-3-vision.tokenizer_config.json"],
    "phi-4": ["phi-4.tokenizer_config.json"],
    "phi-4-mini": ["phi-4-mini.tokenizer_config.json"],
    "smollm3": ["smollm3.tokenizer_config.json", "smollm3.chat_template.jinja"],
    "gpt-oss": ["gpt-oss.tokenizer_config.json", "gpt-oss.chat_template.jinja"],
    "llama3": ["llama3-8b-instruct.tokenizer_config.json",
               "llama3-8b-instruct.special_tokens_map.json"],
    "deepseek": ["deepseek.tokenizer_config.json"],
}

# The shared files are named "<model>.<name in the model repository>".
REPO_NAMES = ("tokenizer_config.json", "special_tokens_map.json", "chat_template.jinja")


class _FixedDatetime(datetime.datetime):
    @classmethod
    def now(cls, tz=None):
        return datetime.datetime(2025, 7, 10)


@pytest.fixture
def fixed_clock(monkeypatch):
    """Both renderers' strftime_now see the same day (smollm3 and gpt-oss print it)."""
    monkeypatch.setattr(jinja_module, "datetime", _FixedDatetime)
    utils = pytest.importorskip("transformers.utils.chat_template_utils")
    monkeypatch.setattr(utils, "datetime", _FixedDatetime)


def _model_folder(root: Path, name: str) -> Path:
    folder = root / name
    folder.mkdir()
    for filename in FOLDERS[name]:
        repo_name = next(n for n in REPO_NAMES if filename.endswith("." + n))
        shutil.copy(CONFIGS / filename, folder / repo_name)
    shutil.copy(PHI3 / "tokenizer.json", folder / "tokenizer.json")
    return folder


@pytest.mark.parametrize("name", sorted(FOLDERS))
def test_folder_renders_as_transformers(name, tmp_path, fixed_clock):
    transformers = pytest.importorskip("transformers")
    folder = _model_folder(tmp_path, name)
    chat = load_chat_format(folder)
    reference = transformers.AutoTokenizer.from_pretrained(str(folder))
    assert isinstance(chat, JinjaChatFormat)
    # Class defaults transformers adds (gemma's mask_token) are not in the files.
    for key, value in chat.special_tokens.items():
        assert reference.special_tokens_map[key] == value
    assert {"bos_token", "eos_token"} & set(reference.special_tokens_map) == \
        {"bos_token", "eos_token"} & set(chat.special_tokens)
    for messages in (MESSAGES, MESSAGES[1:], MESSAGES[1:2]):
        for add_generation_prompt in (True, False):
            try:
                expected = reference.apply_chat_template(
                    messages, tokenize=False, add_generation_prompt=add_generation_prompt)
            except Exception as exc:  # noqa: BLE001 - gemma has no system role
                with pytest.raises(ChatTemplateError, match=str(exc)):
                    chat.render(messages, add_generation_prompt)
                continue
            assert chat.render(messages, add_generation_prompt) == expected


def test_prompt_ids_match_transformers(tmp_path):
    transformers = pytest.importorskip("transformers")
    folder = _model_folder(tmp_path, "phi-3-mini")
    tokenizer = load_tokenizer(folder)
    chat = load_chat_format(folder, tokenizer)
    # The tokenizer.json as the `tokenizers` library runs it. (AutoTokenizer would apply
    # the config's LlamaTokenizer `legacy: false` rules, which webllm_py.tokenizer does not:
    # "<|user|>\nHello" then gives "Hello", not "▁Hello".)
    reference = transformers.PreTrainedTokenizerFast(
        tokenizer_file=str(folder / "tokenizer.json"), chat_template=chat.template().text,
        **chat.special_tokens)
    messages = [*MESSAGES[1:], {"role": "user", "content": "Say <|end|> twice, ok?"}]
    expected = reference.apply_chat_template(messages, add_generation_prompt=True,
                                             return_dict=False)
    assert chat.encode(tokenizer, messages) == list(expected)
    assert not chat.adds_bos_in_text and chat.prefix_token_ids == []
    assert set(tokenizer.stop_ids) <= set(chat.stop_token_ids)


def test_stop_tokens_from_generation_config(tmp_path):
    folder = _model_folder(tmp_path, "llama3")
    chat = load_chat_format(folder)
    assert chat.stop_token_ids == [128001] and chat.stop_strings == ["<|end_of_text|>"]
    assert chat.adds_bos_in_text  # the Llama 3 template writes bos_token
    (folder / "config.json").write_text(json.dumps({"eos_token_id": 128009}))
    assert load_chat_format(folder).stop_token_ids == [128009, 128001]
    # generation_config.json wins over config.json, as in transformers.
    (folder / "generation_config.json").write_text(json.dumps({"eos_token_id": [128001, 128009]}))
    chat = load_chat_format(folder)
    assert chat.stop_token_ids == [128001, 128009]
    assert chat.stop_strings == ["<|end_of_text|>", "<|eot_id|>"]


def test_template_file_priority(tmp_path):
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "chat_template.json").write_text(json.dumps({"chat_template": "json"}))
    assert load_chat_format(folder).render(MESSAGES) == "json"
    (folder / "tokenizer_config.json").write_text(json.dumps(
        {"chat_template": "config {{ bos_token }}", "bos_token": "<s>"}))
    assert load_chat_format(folder).render(MESSAGES) == "config <s>"
    (folder / "chat_template.jinja").write_text("jinja {{ bos_token }}")
    assert load_chat_format(folder).render(MESSAGES) == "jinja <s>"
    (folder / "additional_chat_templates").mkdir()
    (folder / "additional_chat_templates" / "tool_use.jinja").write_text("tools")
    chat = load_chat_format(folder)
    assert chat.render(MESSAGES) == "jinja <s>"
    assert chat.render(MESSAGES, tools=[]) == "tools"
    assert chat.render(MESSAGES, template_name="default") == "jinja <s>"
    with pytest.raises(ValueError, match="no chat template named 'rag'"):
        chat.render(MESSAGES, template_name="rag")


def test_named_templates_in_config():
    config = {"chat_template": [{"name": "tool_use", "template": "T"},
                                {"name": "rag", "template": "R{{ documents[0].title }}"}]}
    chat = load_chat_format(config)
    assert chat.render(MESSAGES, tools=[{"type": "function"}]) == "T"
    assert chat.render(MESSAGES, documents=[{"title": "d"}], template_name="rag") == "Rd"
    with pytest.raises(ValueError, match="none of this model's chat templates is named default"):
        chat.render(MESSAGES)
    config["chat_template"].append({"name": "default", "template": "D"})
    assert load_chat_format(config).render(MESSAGES) == "D"


def test_special_tokens_map_applies_only_without_added_tokens_decoder(tmp_path):
    transformers = pytest.importorskip("transformers")
    for name in ("deepseek", "llama3"):
        folder = _model_folder(tmp_path, name)
        (folder / "special_tokens_map.json").write_text(json.dumps(
            {"bos_token": {"content": "<B>", "lstrip": False}, "eos_token": "<E>"}))
        reference = transformers.AutoTokenizer.from_pretrained(str(folder))
        chat = load_chat_format(folder)
        assert chat.special_tokens["bos_token"] == reference.special_tokens_map["bos_token"]
        assert chat.special_tokens["eos_token"] == reference.special_tokens_map["eos_token"]
        assert chat.render(MESSAGES[1:]) == reference.apply_chat_template(
            MESSAGES[1:], tokenize=False, add_generation_prompt=True)
    assert load_chat_format(tmp_path / "deepseek").special_tokens["bos_token"] == "<B>"


def test_processor_template_json(tmp_path):
    """gemma-3 ships only chat_template.json (a processor file transformers' tokenizer
    ignores); rendered as transformers renders that template."""
    transformers = pytest.importorskip("transformers")
    folder = tmp_path / "gemma-3"
    folder.mkdir()
    shutil.copy(CONFIGS / "gemma-3.chat_template.json", folder / "chat_template.json")
    template = json.loads((folder / "chat_template.json").read_text())["chat_template"]
    reference = transformers.PreTrainedTokenizerFast(tokenizer_file=str(PHI3 / "tokenizer.json"))
    messages = [MESSAGES[0], {"role": "user", "content": [{"type": "text", "text": "Hi"}]}]
    assert load_chat_format(folder).render(messages, bos_token="<bos>") == \
        reference.apply_chat_template(messages, chat_template=template, tokenize=False,
                                      add_generation_prompt=True, bos_token="<bos>")


def test_single_files_and_objects(tmp_path):
    jinja_file = tmp_path / "t.jinja"
    jinja_file.write_text("{{ messages[0].content }}")
    assert load_chat_format(jinja_file).render(MESSAGES) == MESSAGES[0]["content"]
    config = tmp_path / "tokenizer_config.json"
    shutil.copy(CONFIGS / "qwen2.5.tokenizer_config.json", config)
    chat = load_chat_format(config)
    assert chat.stop_token_ids == [151645] and chat.stop_strings == ["<|im_end|>"]
    assert chat.render(MESSAGES[1:2]).startswith("<|im_start|>system\nYou are Qwen")
    assert isinstance(load_chat_format({"conv_template": "chatml"}), ConvTemplate)


@pytest.mark.parametrize("files, error", [
    ({}, "no chat template"),
    ({"tokenizer_config.json": "{"}, "tokenizer_config.json: cannot read JSON"),
    ({"tokenizer_config.json": "[]"}, "tokenizer_config.json: must hold a JSON object"),
    ({"tokenizer_config.json": '{"chat_template": 3}'}, "must be a string or a list"),
    ({"tokenizer_config.json": '{"chat_template": [{"name": "x"}]}'}, r"chat_template\[0\]"),
    ({"tokenizer_config.json": '{"chat_template": "x", "bos_token": 1}'}, "bos_token must be"),
    ({"chat_template.jinja": "{% for %}"}, "chat_template.jinja, line 1: syntax error"),
    ({"mlc-chat-config.json": '{"conv_template": "nope"}'}, "unknown MLC template 'nope'"),
    ({"mlc-chat-config.json": '{"conv_template": {"roles": {"user": "U", "assistant": "A"}}}'},
     r"mlc-chat-config.json: conv_template.seps: missing"),
    ({"mlc-chat-config.json": '{"model_type": "llama"}'}, "neither a chat_template nor"),
])
def test_load_errors_name_the_file(tmp_path, files, error):
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    with pytest.raises(ValueError, match=error):
        load_chat_format(tmp_path)
    with pytest.raises(ValueError, match="no such file or folder"):
        load_chat_format(tmp_path / "missing")


def test_mlc_config_folder(tmp_path):
    mlc_config = tmp_path / "mlc-chat-config.json"
    mlc_config.write_text(json.dumps({"conv_template": "gemma_instruction"}))
    (tmp_path / "tokenizer_config.json").write_text(json.dumps({"bos_token": "<bos>"}))
    chat = load_chat_format(tmp_path)
    assert isinstance(chat, ConvTemplate) and not chat.adds_bos_in_text
    assert chat.prefix_token_ids == [2] and chat.stop_token_ids == [1, 107]
    mlc_config.write_text(json.dumps({"conv_template": {
        "system_template": "<bos>{system_message}", "roles": {"user": "U", "assistant": "A"},
        "seps": ["\n"]}}))
    assert load_chat_format(tmp_path).adds_bos_in_text  # BOS text from tokenizer_config.json
    # A Hugging Face template, when there is one, comes first.
    (tmp_path / "chat_template.jinja").write_text("hf")
    assert load_chat_format(tmp_path).render(MESSAGES) == "hf"


# -- ollama: Go templates' expected renders ---------------------------------------------------

OLLAMA_CASES = {
    "user": MESSAGES[1:2],
    "user-assistant-user": MESSAGES[1:],
    "system-user-assistant-user": MESSAGES,
}
OLLAMA_TEMPLATES = [next(iter(json.loads(line).items())) for line in
                    (OLLAMA / "templates.jsonl").read_text(encoding="utf-8").splitlines()]
# (line of templates.jsonl, case) pairs whose HF render is ollama's Go render.
# ollama files many different HF templates under one family and ports only one of them to
# Go, so the others differ by design. The differences, all reproduced by transformers:
# * the HF template adds a default system prompt when there is none (chatml 7, 8, 17, 18,
#   34; chatqa 30; the Deepseek-Coder "alpaca" 19; starcoder2 11 and magicoder 24);
# * it prints the system message bare (chatml 0), drops it (phi-3 27, 28), raises on it
#   (mistral 10 and 14, gemma 21, starcoder2, magicoder) or folds it into <<SYS>> (llama2);
# * it writes other separators: EOS text after turns (zephyr 9, chatqa 20, solar 33,
#   llama2 12 and 26, mistral, starcoder2, magicoder), spacing around [INST] (mistral),
#   "User: " vs "User:\n" (falcon 31, 32), a literal <s> (codellama 13).
OLLAMA_AGREE = {
    0: {"user", "user-assistant-user"},
    **{i: set(OLLAMA_CASES) for i in (1, 2, 3, 4, 5, 6, 15, 16, 22, 23, 25, 29)},
    **{i: {"system-user-assistant-user"} for i in (7, 8, 17, 18, 34)},
    **{i: {"user", "user-assistant-user"} for i in (21, 27, 28)},
    20: {"user"},
    33: {"user"},
}


def test_ollama_expected_renders(fixed_clock):
    transformers = pytest.importorskip("transformers")
    reference = transformers.PreTrainedTokenizerFast(tokenizer_file=str(PHI3 / "tokenizer.json"))
    # ollama's renders have no BOS: an empty bos_token gives the text that follows it.
    tokens = {"bos_token": "", "eos_token": "</s>"}
    agreed = 0
    for line, (family, template) in enumerate(OLLAMA_TEMPLATES):
        chat = JinjaChatFormat({"default": JinjaChatTemplate(template, family)}, tokens)
        for case, messages in OLLAMA_CASES.items():
            go = (OLLAMA / "gotmpl_expected" / f"{family}.gotmpl" / case).read_text("utf-8")
            try:
                expected = reference.apply_chat_template(messages, chat_template=template,
                                                         tokenize=False, add_generation_prompt=True,
                                                         **tokens)
            except Exception:  # noqa: BLE001 - templates that reject a system message
                with pytest.raises(ChatTemplateError):
                    chat.render(messages)
                assert case not in OLLAMA_AGREE.get(line, ())
                continue
            got = chat.render(messages)
            assert got == expected, (line, family, case)
            assert (got == go) == (case in OLLAMA_AGREE.get(line, ())), (line, family, case)
            agreed += got == go
    assert agreed == sum(map(len, OLLAMA_AGREE.values())) == 51
