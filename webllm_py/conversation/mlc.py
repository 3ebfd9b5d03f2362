"""MLC LLM conversation templates (``conv_template`` in ``mlc-chat-config.json``).

Models compiled for MLC LLM / WebLLM describe their prompt format with a small
declarative template instead of Jinja. Rendering follows MLC LLM (checked against
mlc-ai/mlc-llm at 79d603f, July 2026): ``Conversation.as_prompt`` in
``protocol/conversation_protocol.py``, filled from an OpenAI request as its engine does
(``serve/engine_base.py``): a system message replaces the template's default one, every
other message is a ``(role, content)`` pair, and an empty assistant turn is appended for
generation. The prompt is::

    system_template(system_message)
    role + role_content_sep + role_template(content) + sep      (for each message)
    roles["assistant"] + role_empty_sep                         (generation prompt)

where ``sep`` is ``seps[0]`` after user/tool messages and ``seps[-1]`` after assistant
ones. `system_prefix_token_ids` (often BOS) go before the encoded text.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .base import ChatFormat

__all__ = ["BUILTIN_CONV_TEMPLATES", "ConvTemplate", "builtin_conv_template"]

# MLC's MessagePlaceholders: where each role's text goes in its template.
_PLACEHOLDERS = {"system": "{system_message}", "user": "{user_message}",
                 "assistant": "{assistant_message}", "tool": "{tool_message}"}
_FUNCTION_PLACEHOLDER = "{function_string}"


@dataclass
class ConvTemplate(ChatFormat):
    """One MLC conversation template; field names and defaults are MLC's."""

    roles: dict[str, str]
    seps: list[str]
    name: str | None = None
    system_template: str = _PLACEHOLDERS["system"]
    system_message: str = ""
    system_prefix_token_ids: list[int] = field(default_factory=list)
    add_role_after_system_message: bool = True
    role_templates: dict[str, str] = field(default_factory=dict)
    role_content_sep: str = ""
    role_empty_sep: str = ""
    stop_str: list[str] = field(default_factory=list)
    stop_token_ids: list[int] = field(default_factory=list)
    function_string: str = ""
    # Drop "<think>...</think>" from assistant turns before the last user message (Qwen3).
    strip_reasoning_in_history: bool = False
    # History stored in the config itself, rendered before the request's messages.
    messages: list[tuple[str, str | None]] = field(default_factory=list)
    adds_bos_in_text: bool = False

    def __post_init__(self) -> None:
        # MLC merges the model's role templates over plain placeholders.
        self.role_templates = {role: _PLACEHOLDERS[role] for role in ("user", "assistant", "tool")
                               } | self.role_templates

    @property
    def stop_strings(self) -> list[str]:
        return self.stop_str

    @property
    def prefix_token_ids(self) -> list[int]:
        return self.system_prefix_token_ids

    @classmethod
    def from_json(cls, data: Any, source: str = "conv_template",
                  bos_token: str | None = None) -> ConvTemplate:
        """Build from the JSON form (a ``conv_template`` object), raising `ValueError`
        naming the bad field. `bos_token`, when known, sets `adds_bos_in_text`."""
        if not isinstance(data, Mapping):
            raise ValueError(f"{source}: must be an object, not {type(data).__name__}")
        fields = _JsonFields(data, source)
        roles = fields.text_map("roles", required=True)
        for role in ("user", "assistant"):
            if role not in roles:
                raise ValueError(f"{source}.roles: has no {role!r} role")
        for role in roles:
            if role not in ("user", "assistant", "tool"):
                raise ValueError(f"{source}.roles: unknown role {role!r}")
        seps = fields.texts("seps", required=True)
        if len(seps) not in (1, 2):
            raise ValueError(f"{source}.seps: must hold 1 or 2 separators")
        system_template = fields.text("system_template", _PLACEHOLDERS["system"])
        return cls(
            roles=roles,
            seps=seps,
            name=fields.text("name", None),
            system_template=system_template,
            system_message=fields.text("system_message", ""),
            system_prefix_token_ids=fields.ids("system_prefix_token_ids"),
            add_role_after_system_message=fields.flag("add_role_after_system_message", True),
            role_templates=fields.text_map("role_templates"),
            role_content_sep=fields.text("role_content_sep", ""),
            role_empty_sep=fields.text("role_empty_sep", ""),
            stop_str=fields.texts("stop_str"),
            stop_token_ids=fields.ids("stop_token_ids"),
            function_string=fields.text("function_string", ""),
            strip_reasoning_in_history=fields.flag("strip_reasoning_in_history", False),
            messages=fields.history("messages"),
            adds_bos_in_text=bool(bos_token) and bos_token in system_template,
        )

    def render(self, messages: Sequence[Mapping[str, Any]], add_generation_prompt: bool = True,
               tools: Sequence[Mapping[str, Any]] | None = None, **kwargs: Any) -> str:
        """The prompt MLC LLM builds for these messages. `tools` fill the template's
        ``{function_string}`` as MLC does. Other keyword arguments are template variables,
        which MLC templates do not have: they are ignored, as a Jinja template ignores
        variables it does not read."""
        if not isinstance(messages, Sequence) or isinstance(messages, str) or not messages:
            raise ValueError("messages: must be a non-empty list of messages")
        system_message = self.system_message
        history = list(self.messages)
        for i, message in enumerate(messages):
            where = f"messages[{i}]"
            if not isinstance(message, Mapping):
                raise ValueError(f"{where}: must be a dict, not {type(message).__name__}")
            role, content = message.get("role"), message.get("content")
            if role == "system":
                if i != 0:
                    raise ValueError(f"{where}.role: a system message may only come first")
                if not isinstance(content, str):
                    raise ValueError(f"{where}.content: a system message must be a string")
                system_message = content
                continue
            if role not in self.roles:
                raise ValueError(f"{where}.role: template {self.name!r} has no role {role!r} "
                                 f"(it has {', '.join(self.roles)})")
            if message.get("tool_calls"):
                raise ValueError(f"{where}.tool_calls: MLC templates cannot render tool calls")
            _check_content(content, role, where)
            history.append((role, content))
        if add_generation_prompt:
            history.append(("assistant", None))
        function_string = self.function_string if tools is None else _function_string(tools)
        return self._as_prompt(system_message, history, function_string)

    def _as_prompt(self, system_message: str, history: list[tuple[str, str | list | None]],
                   function_string: str) -> str:
        system = self.system_template.replace(_PLACEHOLDERS["system"], system_message)
        after_user, after_assistant = self.seps[0], self.seps[-1]
        if self.strip_reasoning_in_history:
            history = _strip_reasoning(history)
        parts = [system]
        for i, (role, content) in enumerate(history):
            if content is None:  # the turn the model is to write
                parts.append(self.roles[role] + self.role_empty_sep)
                continue
            # [INST]-style formats put the first message in the system turn, without a role.
            if self.add_role_after_system_message or not system or i != 0:
                parts.append(self.roles[role] + self.role_content_sep)
            texts = [content] if isinstance(content, str) else [p["text"] for p in content]
            template, placeholder = self.role_templates[role], _PLACEHOLDERS[role]
            parts.extend(template.replace(placeholder, text) for text in texts)
            parts.append(after_assistant if role == "assistant" else after_user)
        prompt = "".join(parts)
        # The last placeholder gets the tools; any others are dropped.
        prompt = function_string.join(prompt.rsplit(_FUNCTION_PLACEHOLDER, 1))
        return prompt.replace(_FUNCTION_PLACEHOLDER, "")


def _strip_reasoning(history: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """Keep only the answer of assistant turns that precede the last user message; the
    latest turn keeps its reasoning (a tool call may continue it)."""
    last_user = max((i for i, (role, _) in enumerate(history) if role == "user"), default=-1)
    stripped = []
    for i, (role, content) in enumerate(history):
        if role == "assistant" and i < last_user and isinstance(content, str) \
                and "</think>" in content:
            content = content.split("</think>")[-1].lstrip("\n")
        stripped.append((role, content))
    return stripped


def _check_content(content: Any, role: str, where: str) -> None:
    if isinstance(content, str):
        return
    if content is None:  # MLC would take it for the turn to generate
        raise ValueError(f"{where}.content: missing")
    if not isinstance(content, list):
        raise ValueError(f"{where}.content: must be a string or a list of text parts")
    if role != "user":
        raise ValueError(f"{where}.content: MLC takes a list of parts only from the user")
    for j, part in enumerate(content):
        if not isinstance(part, Mapping) or part.get("type") != "text":
            raise ValueError(f"{where}.content[{j}].type: only \"text\" parts are supported")
        if not isinstance(part.get("text"), str):
            raise ValueError(f"{where}.content[{j}].text: must be a string")


def _function_string(tools: Sequence[Mapping[str, Any]]) -> str:
    """The tools as MLC's request model serializes them: the function objects, each with
    the keys in its ``ChatFunction`` field order."""
    functions = []
    for i, tool in enumerate(tools):
        function = tool.get("function") if isinstance(tool, Mapping) else None
        if not isinstance(tool, Mapping) or tool.get("type") != "function" \
                or not isinstance(function, Mapping) or not isinstance(function.get("name"), str) \
                or not isinstance(function.get("parameters"), Mapping):
            raise ValueError(f"tools[{i}]: must be {{\"type\": \"function\", \"function\": "
                             "{\"name\": str, \"parameters\": {...}}}")
        functions.append({"description": function.get("description"), "name": function["name"],
                          "parameters": function["parameters"]})
    return json.dumps(functions)


class _JsonFields:
    """Typed reads of a conv_template object, with errors naming ``source.field``."""

    def __init__(self, data: Mapping[str, Any], source: str) -> None:
        self.data = data
        self.source = source

    def _get(self, key: str, ok: Any, what: str, default: Any, required: bool = False) -> Any:
        if key not in self.data or self.data[key] is None:
            if required:
                raise ValueError(f"{self.source}.{key}: missing")
            return default
        value = self.data[key]
        if not ok(value):
            raise ValueError(f"{self.source}.{key}: must be {what}")
        return value

    def text(self, key: str, default: str | None) -> Any:
        return self._get(key, lambda v: isinstance(v, str), "a string", default)

    def flag(self, key: str, default: bool) -> bool:
        return self._get(key, lambda v: isinstance(v, bool), "true or false", default)

    def texts(self, key: str, required: bool = False) -> list[str]:
        return list(self._get(key, lambda v: isinstance(v, list) and all(
            isinstance(x, str) for x in v), "a list of strings", [], required))

    def ids(self, key: str) -> list[int]:
        return list(self._get(key, lambda v: isinstance(v, list) and all(
            type(x) is int for x in v), "a list of integers", []))

    def text_map(self, key: str, required: bool = False) -> dict[str, str]:
        return dict(self._get(key, lambda v: isinstance(v, Mapping) and all(
            isinstance(x, str) for x in v.values()), "an object of strings", {}, required))

    def history(self, key: str) -> list[tuple[str, str | None]]:
        pairs = self._get(key, lambda v: isinstance(v, list) and all(
            isinstance(p, list) and len(p) == 2 and isinstance(p[0], str)
            and (p[1] is None or isinstance(p[1], str)) for p in v),
            "a list of [role, content] pairs", [])
        return [(role, content) for role, content in pairs]


# Built-in templates, transcribed from MLC LLM's python/mlc_llm/conversation_template/
# (Apache-2.0), for configs that name one instead of spelling it out.
_LLAMA3_SYSTEM = "<|start_header_id|>system<|end_header_id|>\n\n{system_message}<|eot_id|>"
BUILTIN_CONV_TEMPLATES: dict[str, dict[str, Any]] = {
    "llama-2": {
        "system_template": "[INST] <<SYS>>\n{system_message}\n<</SYS>>\n\n",
        "system_message": "You are a helpful, respectful and honest assistant.",
        "roles": {"user": "<s>[INST]", "assistant": "[/INST]", "tool": "[INST]"},
        "seps": [" ", " </s>"], "role_content_sep": " ", "role_empty_sep": " ",
        "stop_str": ["[INST]"], "stop_token_ids": [2], "system_prefix_token_ids": [1],
        "add_role_after_system_message": False,
    },
    "llama-3": {
        "system_template": _LLAMA3_SYSTEM,
        "system_message": "You are a helpful, respectful and honest assistant.",
        "roles": {"user": "<|start_header_id|>user", "assistant": "<|start_header_id|>assistant"},
        "seps": ["<|eot_id|>"], "role_content_sep": "<|end_header_id|>\n\n",
        "role_empty_sep": "<|end_header_id|>\n\n",
        "stop_str": ["<|end_of_text|>", "<|eot_id|>"], "stop_token_ids": [128001, 128009],
        "system_prefix_token_ids": [128000],
    },
    "llama-3_1": {
        "system_template": _LLAMA3_SYSTEM,
        "system_message": "You are a helpful, respectful and honest assistant.",
        "roles": {"user": "<|start_header_id|>user", "assistant": "<|start_header_id|>assistant",
                  "tool": "<|start_header_id|>ipython"},
        "seps": ["<|eot_id|>"], "role_content_sep": "<|end_header_id|>\n\n",
        "role_empty_sep": "<|end_header_id|>\n\n",
        "stop_str": [], "stop_token_ids": [128001, 128008, 128009],
        "system_prefix_token_ids": [128000],
    },
    "chatml": {
        "system_template": "<|im_start|>system\n{system_message}<|im_end|>\n",
        "system_message": "A conversation between a user and an LLM-based AI assistant. The "
                          "assistant gives helpful and honest answers.",
        "roles": {"user": "<|im_start|>user", "assistant": "<|im_start|>assistant"},
        "seps": ["<|im_end|>\n"], "role_content_sep": "\n", "role_empty_sep": "\n",
        "stop_str": ["<|im_end|>"], "stop_token_ids": [2],
    },
    "qwen3": {
        "system_template": "<|im_start|>system\n{system_message}<|im_end|>\n",
        "system_message": "You are a helpful assistant.",
        "roles": {"user": "<|im_start|>user", "assistant": "<|im_start|>assistant"},
        "seps": ["<|im_end|>\n"], "role_content_sep": "\n", "role_empty_sep": "\n",
        "stop_str": ["<|endoftext|>", "<|im_end|>"], "stop_token_ids": [151643, 151645],
        "strip_reasoning_in_history": True,
    },
    "redpajama_chat": {
        "roles": {"user": "<human>", "assistant": "<bot>"},
        "seps": ["\n"], "role_content_sep": ": ", "role_empty_sep": ":",
        "stop_str": ["<human>"], "stop_token_ids": [0],
    },
    "phi-3": {
        "system_template": "<|system|>\n{system_message}",
        "system_message": "You are a helpful digital assistant. Please provide safe, ethical "
                          "and accurate information to the user.",
        "roles": {"user": "<|user|>", "assistant": "<|assistant|>"},
        "seps": ["<|end|>\n"], "role_content_sep": "\n", "role_empty_sep": "\n",
        "system_prefix_token_ids": [1],
        "stop_str": ["<|endoftext|>"], "stop_token_ids": [2, 32000, 32001, 32007],
    },
    "gemma_instruction": {
        "roles": {"user": "<start_of_turn>user", "assistant": "<start_of_turn>model"},
        "seps": ["<end_of_turn>\n"], "role_content_sep": "\n", "role_empty_sep": "\n",
        "stop_str": ["<end_of_turn>"], "stop_token_ids": [1, 107],
        "system_prefix_token_ids": [2],
    },
    "mistral_default": {
        "system_template": "[INST] {system_message}",
        "system_message": "Always assist with care, respect, and truth. Respond with utmost "
                          "utility yet securely. Avoid harmful, unethical, prejudiced, or "
                          "negative content. Ensure replies promote fairness and positivity.",
        "roles": {"user": "[INST]", "assistant": "[/INST]", "tool": "[INST]"},
        "seps": [" "], "role_content_sep": " ", "role_empty_sep": "",
        "stop_str": ["</s>"], "stop_token_ids": [2], "system_prefix_token_ids": [1],
        "add_role_after_system_message": False,
    },
    "LM": {
        "roles": {"user": "", "assistant": ""},
        "seps": [""], "stop_token_ids": [2], "system_prefix_token_ids": [1],
    },
}


def builtin_conv_template(name: str, bos_token: str | None = None) -> ConvTemplate:
    """The built-in MLC template called `name`; `ValueError` lists the known names."""
    data = BUILTIN_CONV_TEMPLATES.get(name)
    if data is None:
        raise ValueError(f"conv_template: unknown MLC template {name!r}; built in: "
                         + ", ".join(sorted(BUILTIN_CONV_TEMPLATES)))
    return ConvTemplate.from_json({"name": name, **data}, f"conv_template {name!r}", bos_token)
