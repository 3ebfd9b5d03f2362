"""Chat formats: OpenAI-style messages to the prompt a chat model was trained on.

A model describes its prompt format either with a Hugging Face Jinja ``chat_template``
(rendered exactly as transformers' ``apply_chat_template`` does, in jinja2's sandbox) or
with an MLC LLM ``conv_template``. `load_chat_format` finds whichever the model has::

    from webllm_py.conversation import load_chat_format, validate_messages
    chat = load_chat_format("path/to/model-folder")
    validate_messages(messages)                   # ValueError naming e.g. messages[2].role
    prompt_ids = chat.encode(tokenizer, messages)   # or chat.render(messages) for the text
    # ... generate until a token in chat.stop_token_ids or text in chat.stop_strings
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .base import ChatFormat
from .hf import JinjaChatFormat, load_hf_folder, read_json_object
from .jinja import ChatTemplateError, JinjaChatTemplate, TemplateLimitError, TemplateLimits
from .messages import validate_messages
from .mlc import BUILTIN_CONV_TEMPLATES, ConvTemplate, builtin_conv_template

if TYPE_CHECKING:
    from ..tokenizer import Tokenizer

__all__ = ["BUILTIN_CONV_TEMPLATES", "ChatFormat", "ChatTemplateError", "ConvTemplate",
           "JinjaChatFormat", "JinjaChatTemplate", "TemplateLimitError", "TemplateLimits",
           "builtin_conv_template", "load_chat_format", "validate_messages"]


def load_chat_format(source: str | os.PathLike[str] | Mapping[str, Any],
                     tokenizer: Tokenizer | None = None) -> ChatFormat:
    """The chat format of a model. `source` is one of:

    * a model folder: its Hugging Face chat template (``chat_template.jinja``,
      ``tokenizer_config.json``, ``chat_template.json``; see `hf`), else the
      ``conv_template`` of ``mlc-chat-config.json`` (an object, or the name of a built-in);
    * one file: a ``.jinja`` template, or a JSON file holding ``chat_template`` or
      ``conv_template``;
    * such a JSON object already parsed, or a ``conv_template`` object itself.

    `tokenizer`, if given, resolves special tokens to ids and adds its stop ids.
    Raises `ValueError` (`ChatTemplateError` for a template that does not compile).
    """
    if isinstance(source, Mapping):
        return _from_object(source, "chat config", tokenizer, _tokenizer_bos(tokenizer))
    path = Path(source)
    if path.is_dir():
        return _from_folder(path, tokenizer)
    if not path.is_file():
        raise ValueError(f"{path}: no such file or folder")
    if path.suffix == ".jinja":
        template = JinjaChatTemplate(path.read_text(encoding="utf-8"), str(path))
        return JinjaChatFormat({"default": template})
    return _from_object(read_json_object(path), str(path), tokenizer, _tokenizer_bos(tokenizer))


def _from_folder(folder: Path, tokenizer: Tokenizer | None) -> ChatFormat:
    chat = load_hf_folder(folder, tokenizer)
    if chat is not None:
        return chat
    mlc_path = folder / "mlc-chat-config.json"
    if not mlc_path.is_file():
        raise ValueError(f"{folder}: no chat template (looked for chat_template.jinja, "
                         "tokenizer_config.json, chat_template.json, mlc-chat-config.json)")
    config_path = folder / "tokenizer_config.json"
    bos = read_json_object(config_path).get("bos_token") if config_path.is_file() else None
    if isinstance(bos, Mapping):
        bos = bos.get("content")
    bos = bos if isinstance(bos, str) else _tokenizer_bos(tokenizer)
    return _from_object(read_json_object(mlc_path), str(mlc_path), tokenizer, bos)


def _from_object(data: Mapping[str, Any], source: str, tokenizer: Tokenizer | None,
                 bos_token: str | None) -> ChatFormat:
    if "chat_template" in data:
        return JinjaChatFormat.from_config(data, source, tokenizer=tokenizer)
    if "conv_template" in data:
        conv = data["conv_template"]
        if isinstance(conv, str):
            return builtin_conv_template(conv, bos_token)
        return ConvTemplate.from_json(conv, f"{source}: conv_template", bos_token)
    if "roles" in data and "seps" in data:
        return ConvTemplate.from_json(data, source, bos_token)
    raise ValueError(f"{source}: has neither a chat_template nor a conv_template")


def _tokenizer_bos(tokenizer: Tokenizer | None) -> str | None:
    if tokenizer is None or tokenizer.bos_id is None:
        return None
    return tokenizer.id_to_token(tokenizer.bos_id)
