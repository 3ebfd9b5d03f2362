"""Tool calls as chat templates teach models to write them: the grammar of a forced call, and
the calls parsed out of a reply.

    hermes    <tool_call>\\n{"name": "f", "arguments": {...}}\\n</tool_call>   (Hermes, Qwen 2/2.5/3)
    llama3    {"name": "f", "parameters": {...}}                               (Llama 3.1-3.3 JSON calls)
    mistral   [TOOL_CALLS][{"name": "f", "arguments": {...}}]                  (Mistral)

A forced call (`tool_choice` "required" or a named function) is decoded under a grammar whose
arguments follow the function's `parameters` schema, so it always parses.  Parsing is lenient
about what tokenizers drop as special tokens (`<|python_tag|>`, `[TOOL_CALLS]`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from .grammar import Grammar, GrammarError, Ref, Repeat, alt, lit, seq
from .schema import json_value_rules, schema_expr

FORMATS = ("hermes", "llama3", "mistral")
MARKERS = ("[TOOL_CALLS]", "<|python_tag|>")  # what a reply of calls may begin with, before its JSON


@dataclass(frozen=True)
class ParsedCall:
    name: str
    arguments: dict[str, Any]


def tool_format(template: str) -> str:
    """Which call format a chat template's text asks for (hermes when it names none)."""
    if "[TOOL_CALLS]" in template:
        return "mistral"
    if "<tool_call>" in template:
        return "hermes"
    if "<|python_tag|>" in template or "ipython" in template:
        return "llama3"
    return "hermes"


def _arguments_key(fmt: str) -> str:
    return "parameters" if fmt == "llama3" else "arguments"


def call_grammar(fmt: str, functions: list[dict[str, Any]], parallel: bool) -> Grammar:
    """A reply of one call (or, with `parallel`, one or more) to any of `functions` (OpenAI's
    `{"name", "parameters"}` objects) in format `fmt`."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown tool call format {fmt!r} (known: {', '.join(FORMATS)})")
    rules = json_value_rules()
    calls = []
    for i, function in enumerate(functions):
        try:
            arguments = schema_expr(function.get("parameters", {"type": "object"}), rules, f"tool{i}_")
        except GrammarError as e:
            raise GrammarError(f"tools[{i}].function.parameters: {e}") from None
        calls.append(seq(lit('{"name": '), lit(json.dumps(function["name"], ensure_ascii=False)),
                         lit(f', "{_arguments_key(fmt)}": '), arguments, lit("}")))
    rules["call"] = alt(*calls)
    call = Ref("call")
    if fmt == "hermes":
        one = seq(lit("<tool_call>\n"), call, lit("\n</tool_call>"))
        rules["root"] = seq(one, Repeat(seq(lit("\n"), one), 0, None)) if parallel else one
    elif fmt == "mistral":
        body = seq(call, Repeat(seq(lit(", "), call), 0, None)) if parallel else call
        rules["root"] = seq(lit("[TOOL_CALLS]["), body, lit("]"))
    else:
        rules["root"] = seq(call, Repeat(seq(lit("; "), call), 0, None)) if parallel else call
    return Grammar(rules)


def _call(value: Any) -> ParsedCall | None:
    if not isinstance(value, dict) or not isinstance(value.get("name"), str):
        return None
    arguments = value.get("arguments", value.get("parameters", {}))
    if isinstance(arguments, str):  # some models write the arguments as a JSON string
        try:
            arguments = json.loads(arguments)
        except ValueError:
            return None
    return ParsedCall(value["name"], arguments) if isinstance(arguments, dict) else None


def _json_calls(text: str) -> list[ParsedCall] | None:
    """A JSON call, a list of calls, or calls separated by ";" (Llama 3's parallel calls)."""
    decoder, calls, i = json.JSONDecoder(), [], 0
    while i < len(text):
        try:
            value, i = decoder.raw_decode(text, i)
        except ValueError:
            return None
        found = [_call(v) for v in (value if isinstance(value, list) else [value])]
        if not found or None in found:
            return None
        calls += found
        while i < len(text) and text[i] in " \n;":
            i += 1
    return calls or None


def parse_tool_calls(fmt: str, text: str) -> list[ParsedCall] | None:
    """The calls a reply makes, or None when it is not (only) tool calls."""
    text = text.strip()
    if fmt == "hermes" and "<tool_call>" in text:
        bodies = re.findall(r"<tool_call>\s*(.*?)\s*(?:</tool_call>|$)", text, re.S)
        rest = re.sub(r"<tool_call>.*?(?:</tool_call>|$)", "", text, flags=re.S).strip()
        calls = [_json_calls(b) for b in bodies]
        if rest or not calls or None in calls:
            return None
        return [c for group in calls for c in group]
    for marker in MARKERS:
        if text.startswith(marker):
            text = text[len(marker):].strip()
    return _json_calls(text) if text[:1] in ("{", "[") else None


def may_be_calls(fmt: str, text: str) -> bool:
    """Whether a reply beginning with `text` may still be tool calls, by how it begins: a stream
    shows text from the moment this is False, and holds it back only while it is True."""
    head = text.lstrip()
    starts = (*MARKERS, "{", "[", *(("<tool_call>",) if fmt == "hermes" else ()))
    return any(head.startswith(start) or start.startswith(head) for start in starts)
