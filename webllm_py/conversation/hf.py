"""Hugging Face chat formats: a Jinja chat template plus the tokenizer's special tokens.

A model folder is read the way transformers' tokenizer loading reads it:

* templates: ``chat_template.jinja`` and ``additional_chat_templates/*.jinja`` take priority
  over ``chat_template`` in ``tokenizer_config.json`` (a string, or a list of
  ``{"name", "template"}``); ``chat_template.json`` (a processor's template, which
  multimodal models ship instead) comes last;
* special tokens (``bos_token`` ...): ``tokenizer_config.json``, overridden by
  ``special_tokens_map.json`` only when the config has no ``added_tokens_decoder``
  (transformers 5's rule). Defaults built into transformers' tokenizer classes (a
  ``LlamaTokenizer``'s ``<s>``, say) are not applied;
* stop tokens: ``eos_token_id`` of ``generation_config.json`` (else ``config.json``), plus
  the tokenizer's EOS token, as vLLM and TGI stop chat generation.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .base import ChatFormat
from .jinja import JinjaChatTemplate

if TYPE_CHECKING:
    from ..tokenizer import Tokenizer

__all__ = ["SPECIAL_TOKEN_NAMES", "JinjaChatFormat", "load_hf_folder", "read_json_object"]

# The named special tokens transformers passes to every chat template.
SPECIAL_TOKEN_NAMES = ("bos_token", "eos_token", "unk_token", "sep_token", "pad_token",
                       "cls_token", "mask_token")


class JinjaChatFormat(ChatFormat):
    """A chat format given by Hugging Face Jinja templates: one, or several by name
    (``default``, ``tool_use``, ``rag`` ...)."""

    def __init__(self, templates: Mapping[str, JinjaChatTemplate],
                 special_tokens: Mapping[str, str] | None = None,
                 stop_token_ids: Sequence[int] = (), stop_strings: Sequence[str] = ()) -> None:
        if not templates:
            raise ValueError("a Jinja chat format needs at least one template")
        self.templates = dict(templates)
        self.special_tokens = dict(special_tokens or {})
        self.stop_token_ids = list(stop_token_ids)
        self.stop_strings = list(stop_strings)
        self.prefix_token_ids = []
        bos = self.special_tokens.get("bos_token")
        main = self.templates.get("default", next(iter(self.templates.values())))
        self.adds_bos_in_text = bool(bos) and (main.reads("bos_token") or bos in main.text)

    def template(self, name: str | None = None,
                 tools: Sequence[Mapping[str, Any]] | None = None) -> JinjaChatTemplate:
        """The template to use, chosen as transformers does: `name` if given, else
        ``tool_use`` when there are tools and the model has one, else ``default``."""
        if name is not None:
            if name not in self.templates:
                raise ValueError(f"no chat template named {name!r}; this model has "
                                 + ", ".join(sorted(self.templates)))
            return self.templates[name]
        if tools is not None and "tool_use" in self.templates:
            return self.templates["tool_use"]
        if "default" in self.templates:
            return self.templates["default"]
        raise ValueError("none of this model's chat templates is named default; pick one of "
                         + ", ".join(sorted(self.templates)))

    def render(self, messages: Sequence[Mapping[str, Any]], add_generation_prompt: bool = True,
               tools: Sequence[Mapping[str, Any]] | None = None, *,
               documents: Sequence[Mapping[str, Any]] | None = None,
               continue_final_message: bool | str = False, template_name: str | None = None,
               **variables: Any) -> str:
        """As ``tokenizer.apply_chat_template(messages, tokenize=False, ...)``.

        `variables` reach the template next to the special tokens (and win over them):
        ``enable_thinking=False``, say. To continue the last message instead of starting a
        new turn, pass ``continue_final_message=True, add_generation_prompt=False``.
        """
        template = self.template(template_name, tools)
        return template.render(messages, tools=tools, documents=documents,
                               add_generation_prompt=add_generation_prompt,
                               continue_final_message=continue_final_message,
                               **{**self.special_tokens, **variables})

    @classmethod
    def from_config(cls, config: Mapping[str, Any], source: str,
                    templates: Mapping[str, JinjaChatTemplate] | None = None,
                    special_tokens_map: Mapping[str, Any] | None = None,
                    eos_token_ids: Sequence[int] = (),
                    tokenizer: Tokenizer | None = None) -> JinjaChatFormat:
        """Build from a ``tokenizer_config.json`` object. `templates` (from files) replace
        the config's own; `special_tokens_map` and `eos_token_ids` come from the files
        beside it; `tokenizer`, if given, resolves token ids and adds its stop ids."""
        if templates is None:
            templates = config_templates(config, source)
            if not templates:
                raise ValueError(f"{source}: has no chat_template")
        special = _special_tokens(config, source)
        if special_tokens_map is not None and "added_tokens_decoder" not in config:
            special |= _special_tokens(special_tokens_map, source)
        id_of, text_of = _token_maps(config, tokenizer)
        stop_ids = list(eos_token_ids)
        eos = special.get("eos_token")
        if eos is not None and id_of(eos) is not None:
            stop_ids.append(id_of(eos))
        if tokenizer is not None:
            stop_ids.extend(sorted(tokenizer.stop_ids))
        stop_ids = list(dict.fromkeys(stop_ids))
        stop_strings = [eos] if eos else []
        stop_strings += [t for t in map(text_of, stop_ids) if t is not None]
        return cls(templates, special, stop_ids, list(dict.fromkeys(stop_strings)))


def read_json_object(path: Path) -> dict[str, Any]:
    """A JSON file that must hold an object; `ValueError` names the file otherwise."""
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: cannot read JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: must hold a JSON object")
    return data


def config_templates(config: Mapping[str, Any], source: str) -> dict[str, JinjaChatTemplate]:
    """The ``chat_template`` of a config: a string (named ``default``), or a list of
    ``{"name": ..., "template": ...}``. Empty if the config has none."""
    value = config.get("chat_template")
    if value is None:
        return {}
    if isinstance(value, str):
        return {"default": JinjaChatTemplate(value, f"{source} (chat_template)")}
    if not isinstance(value, list):
        raise ValueError(f"{source}: chat_template must be a string or a list of templates")
    templates = {}
    for i, entry in enumerate(value):
        if not (isinstance(entry, Mapping) and isinstance(entry.get("name"), str)
                and isinstance(entry.get("template"), str)):
            raise ValueError(f"{source}: chat_template[{i}] must be "
                             "{\"name\": str, \"template\": str}")
        templates[entry["name"]] = JinjaChatTemplate(
            entry["template"], f"{source} (chat_template {entry['name']!r})")
    return templates


def load_hf_folder(folder: Path, tokenizer: Tokenizer | None = None) -> JinjaChatFormat | None:
    """The chat format of a Hugging Face model folder; None if it has no chat template."""
    config_path = folder / "tokenizer_config.json"
    config = read_json_object(config_path) if config_path.is_file() else {}
    templates = (_file_templates(folder) or config_templates(config, str(config_path))
                 or _processor_templates(folder))
    if not templates:
        return None
    special_map_path = folder / "special_tokens_map.json"
    special_map = read_json_object(special_map_path) if special_map_path.is_file() else None
    return JinjaChatFormat.from_config(config, str(config_path), templates, special_map,
                                       _generation_eos_ids(folder), tokenizer)


def _file_templates(folder: Path) -> dict[str, JinjaChatTemplate]:
    paths = {"default": folder / "chat_template.jinja"}
    extra = folder / "additional_chat_templates"
    if extra.is_dir():
        paths |= {p.name.removesuffix(".jinja"): p for p in sorted(extra.glob("*.jinja"))}
    return {name: JinjaChatTemplate(path.read_text(encoding="utf-8"), str(path))
            for name, path in paths.items() if path.is_file()}


def _processor_templates(folder: Path) -> dict[str, JinjaChatTemplate]:
    path = folder / "chat_template.json"
    return config_templates(read_json_object(path), str(path)) if path.is_file() else {}


def _special_tokens(config: Mapping[str, Any], source: str) -> dict[str, str]:
    """Named special tokens as text; a token may be stored as an ``AddedToken`` object."""
    tokens = {}
    for name in SPECIAL_TOKEN_NAMES:
        value = config.get(name)
        if isinstance(value, Mapping):
            value = value.get("content")
        if value is None:
            continue
        if not isinstance(value, str):
            raise ValueError(f"{source}: {name} must be a string or an AddedToken object")
        tokens[name] = value
    return tokens


def _generation_eos_ids(folder: Path) -> list[int]:
    """``eos_token_id`` (an id or a list) of generation_config.json, else of config.json,
    the file transformers derives the generation config from when the first is missing."""
    for name in ("generation_config.json", "config.json"):
        path = folder / name
        if path.is_file():
            value = read_json_object(path).get("eos_token_id")
            ids = value if isinstance(value, list) else [value]
            return [i for i in ids if type(i) is int]
    return []


def _token_maps(config: Mapping[str, Any], tokenizer: Tokenizer | None
                ) -> tuple[Callable[[str], int | None], Callable[[int], str | None]]:
    """Token text <-> id lookups: the tokenizer's if given, else the config's
    ``added_tokens_decoder`` (which lists every special token)."""
    if tokenizer is not None:
        return tokenizer.token_to_id, tokenizer.id_to_token
    text_of = {}
    for key, token in (config.get("added_tokens_decoder") or {}).items():
        content = token.get("content") if isinstance(token, Mapping) else None
        if isinstance(content, str) and key.isdigit():
            text_of[int(key)] = content
    id_of = {text: i for i, text in text_of.items()}
    return id_of.get, text_of.get
