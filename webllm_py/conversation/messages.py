"""Checks on OpenAI-style chat messages, so a bad request fails with the field to fix
instead of somewhere inside a chat template."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["ROLES", "shown", "validate_messages"]

ROLES = ("system", "user", "assistant", "tool")


def shown(value: Any) -> str:
    """A value for an error message: its repr, cut to 100 characters (a request may hold huge
    values, and Python refuses to print an int of thousands of digits)."""
    try:
        text = repr(value)
    except ValueError:
        return f"a value too large to show ({type(value).__name__})"
    return text if len(text) <= 100 else text[:100] + "..."


def validate_messages(messages: Any) -> list[Mapping[str, Any]]:
    """Return `messages` unchanged if it is a non-empty list of OpenAI chat messages;
    otherwise raise `ValueError` naming the offending field (``messages[2].role``):

    * ``role`` is system, user, assistant or tool, and only the first message may be system;
    * ``content`` is a string or a list of ``{"type": "text", "text": str}`` parts; an
      assistant message with ``tool_calls`` may leave it out or null;
    * ``tool_calls`` (assistant only) is a list of ``{"function": {"name": str, ...}}``;
    * ``name`` and ``tool_call_id``, when present, are strings.
    """
    if not isinstance(messages, list) or not messages:
        raise ValueError("messages: must be a non-empty list")
    for i, message in enumerate(messages):
        where = f"messages[{i}]"
        if not isinstance(message, Mapping):
            raise ValueError(f"{where}: must be an object, not {type(message).__name__}")
        role = message.get("role")
        if role not in ROLES:
            raise ValueError(f"{where}.role: must be one of {', '.join(ROLES)}; got {shown(role)}")
        if role == "system" and i != 0:
            raise ValueError(f"{where}.role: a system message may only come first")
        tool_calls = message.get("tool_calls")
        if tool_calls is not None:
            if role != "assistant":
                raise ValueError(f"{where}.tool_calls: only assistant messages have tool calls")
            _check_tool_calls(tool_calls, f"{where}.tool_calls")
        content = message.get("content")
        if content is None and not (role == "assistant" and tool_calls):
            raise ValueError(f"{where}.content: missing")
        if content is not None:
            _check_content(content, f"{where}.content")
        for key in ("name", "tool_call_id"):
            if message.get(key) is not None and not isinstance(message[key], str):
                raise ValueError(f"{where}.{key}: must be a string")
    return messages


def _check_content(content: Any, where: str) -> None:
    if isinstance(content, str):
        return
    if not isinstance(content, list):
        raise ValueError(f"{where}: must be a string or a list of text parts")
    for j, part in enumerate(content):
        if not isinstance(part, Mapping):
            raise ValueError(f"{where}[{j}]: must be an object")
        if part.get("type") != "text":
            raise ValueError(f"{where}[{j}].type: only \"text\" parts are supported; "
                             f"got {shown(part.get('type'))}")
        if not isinstance(part.get("text"), str):
            raise ValueError(f"{where}[{j}].text: must be a string")


def _check_tool_calls(tool_calls: Any, where: str) -> None:
    if not isinstance(tool_calls, list):
        raise ValueError(f"{where}: must be a list")
    for k, call in enumerate(tool_calls):
        function = call.get("function") if isinstance(call, Mapping) else None
        if not isinstance(function, Mapping):
            raise ValueError(f"{where}[{k}].function: must be an object")
        if not isinstance(function.get("name"), str):
            raise ValueError(f"{where}[{k}].function.name: must be a string")
