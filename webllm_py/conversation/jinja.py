"""Hugging Face chat templates, rendered as transformers' ``apply_chat_template`` does.

Chat templates are Jinja code downloaded with a model, so they are untrusted: they run in
jinja2's ``ImmutableSandboxedEnvironment`` and only ever see plain JSON-like data. The
environment matches transformers (checked against transformers 5.x,
``utils/chat_template_utils.py``): ``trim_blocks`` and ``lstrip_blocks``, the ``loopcontrols``
extension, a ``{% generation %}`` tag that renders its body, a ``tojson`` filter that does not
escape HTML and accepts ``indent``/``separators``/``sort_keys``, the globals
``raise_exception`` and ``strftime_now``, and restricted ``dict`` and ``namespace`` globals.

Renders are bounded in time, steps, output and value size (`TemplateLimits`, see `limits`):
a template past a limit fails with `TemplateLimitError` naming it, in CPython and in Pyodide.

One deliberate difference: reading an unsafe attribute (``x.__class__``, ``list.append`` ...)
raises at once. transformers returns an undefined value that fails only when used further,
so ``{{ x.__class__ }}`` renders as an empty string there; no real template reads such
attributes, and an attack should not pass silently.
"""

from __future__ import annotations

import functools
import inspect
import json
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from types import TracebackType
from typing import Any, NoReturn

import jinja2
import jinja2.meta
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError, TemplateError, TemplateSyntaxError
from jinja2.ext import Extension, loopcontrols
from jinja2.parser import Parser
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Namespace, generate_lorem_ipsum
from jinja2.visitor import NodeTransformer

from . import limits
from .limits import Budget, LimitExceeded, TemplateLimits

__all__ = ["ChatTemplateError", "JinjaChatTemplate", "TemplateLimitError", "TemplateLimits"]

# Older jinja2 releases have known sandbox escapes; transformers refuses them too.
_MIN_JINJA2 = (3, 1, 6)
# jinja2 names templates compiled with `from_string` so in rewritten tracebacks.
_TEMPLATE_FILENAME = "<template>"
# Message fields that carry reasoning; templates read the first name (see `_alias_reasoning`).
_REASONING_FIELDS = ("reasoning_content", "thinking", "reasoning")
# Appended to the continued text to find where it ends in the render (transformers' marker).
_CONTINUE_TAG = "CONTINUE_FINAL_MESSAGE_TAG "


class ChatTemplateError(ValueError):
    """A chat template failed to compile or render: a syntax error, a sandbox violation,
    the template's own ``raise_exception``, or a runtime error inside the template."""

    def __init__(self, source: str, problem: str, line: int | None = None) -> None:
        where = f"{source}, line {line}" if line is not None else source
        super().__init__(f"chat template {where}: {problem}")
        self.source = source
        self.problem = problem
        self.line = line


class TemplateLimitError(ChatTemplateError):
    """A render went past one of its `TemplateLimits`; `limit` names which: "time", "steps",
    "output size", "value size" or "nesting"."""

    def __init__(self, source: str, exceeded: LimitExceeded, line: int | None = None) -> None:
        super().__init__(source, str(exceeded), line)
        self.limit = exceeded.limit


def _version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(m) for m in re.findall(r"\d+", version)[:3])


# -- the environment ----------------------------------------------------------------------

class _MeteredCodeGenerator(CodeGenerator):
    """Buffers (of macros, ``set`` and ``filter`` blocks, ``caller()``) that charge the budget."""

    def buffer(self, frame: Frame) -> None:
        frame.buffer = self.temporary_identifier()
        self.writeline(f"{frame.buffer} = environment.output_buffer()")


class _Meter(Extension):
    """Hooks that the parsed template is rewritten to call (see `_Metering`)."""

    @staticmethod
    def iterate(iterable: Any) -> Any:
        return limits.metered(iterable)

    @staticmethod
    def value(value: Any) -> Any:
        """Identity: the call itself is the check, as the environment sizes every call's result."""
        return value


def _meter_call(name: str, node: nodes.Expr) -> nodes.Call:
    return nodes.Call(nodes.ExtensionAttribute(_Meter.identifier, name), [node], [], None, None,
                      lineno=node.lineno)


class _Metering(NodeTransformer):
    """Routes what no sandbox hook sees through one: each ``for`` loop's items, and the values
    that literals and ``~`` build (``[a, a]`` doubles a value's printed size in one step)."""

    def visit_For(self, node: nodes.For) -> nodes.For:
        node = self.generic_visit(node)
        node.iter = _meter_call("iterate", node.iter)
        return node

    def visit_Tuple(self, node: nodes.Tuple) -> nodes.Expr:
        node = self.generic_visit(node)
        return _meter_call("value", node) if node.ctx == "load" else node

    def _built(self, node: nodes.Expr) -> nodes.Call:
        return _meter_call("value", self.generic_visit(node))

    visit_List = visit_Dict = visit_Concat = _built


class _SandboxEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox, failing as soon as a template reads an unsafe attribute, and charging
    every call, read, operator, loop iteration and output to the render's `Budget`."""

    code_generator_class = _MeteredCodeGenerator
    intercepted_binops = frozenset(ImmutableSandboxedEnvironment.default_binop_table)
    output_buffer = limits.OutputBuffer

    def unsafe_undefined(self, obj: Any, attribute: str) -> NoReturn:
        raise SecurityError(f"access to attribute {attribute!r} of "
                            f"{type(obj).__name__!r} object is unsafe")

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        return _Metering().visit(super()._parse(source, name, filename))

    def call(self, context: Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        budget = limits.current()
        args = limits.check_str_method(budget, obj, args, kwargs)
        return budget.checked(budget.call(super().call, context, obj, *args, **kwargs), "a call's result")

    def getattr(self, obj: Any, attribute: str) -> Any:
        limits.current().step()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        limits.current().step()
        return super().getitem(obj, argument)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        budget = limits.current()
        budget.step()
        limits.check_binop(budget, operator, left, right)
        return super().call_binop(context, operator, left, right)


def _metered_filter(name: str, function: Any) -> Any:
    """`function` charged a step, its arguments checked before (`limits.check_filter`) and
    its result sized after."""
    # jinja2's async-capable filters wrap the plain one (and may add an argument); this
    # environment is synchronous, so call the plain one, whose signature says what it takes.
    function = inspect.unwrap(function)
    signature = inspect.signature(function) if name in limits.CHECKED_FILTERS else None

    @functools.wraps(function)
    def metered(*args: Any, **kwargs: Any) -> Any:
        budget = limits.current()
        budget.step()
        if signature is not None:
            bound = signature.bind(*args, **kwargs)
            limits.check_filter(budget, name, bound.arguments)
            args, kwargs = bound.args, bound.kwargs
        return budget.checked(function(*args, **kwargs), f"the {name} filter's result")

    return metered


def _lipsum(*args: Any, **kwargs: Any) -> str:
    limits.check_lipsum(limits.current(), *args, **kwargs)
    return generate_lorem_ipsum(*args, **kwargs)


class _GenerationTag(Extension):
    """``{% generation %}...{% endgeneration %}`` marks assistant text for transformers'
    training masks; rendering keeps the body. A call block, as in transformers, so
    variables set inside stay inside."""

    tags = {"generation"}

    def parse(self, parser: Parser) -> nodes.Node:
        lineno = next(parser.stream).lineno
        body = parser.parse_statements(("name:endgeneration",), drop_needle=True)
        return nodes.CallBlock(self.call_method("_body"), [], [], body).set_lineno(lineno)

    @staticmethod
    def _body(caller: Any) -> str:
        return caller()


class _TemplateRaised(TemplateError):
    """The template's own ``raise_exception(message)``."""


def _raise_exception(message: str) -> NoReturn:
    raise _TemplateRaised(message)


def _strftime_now(fmt: str) -> str:
    if isinstance(fmt, str):  # a directive prints at most ~12 characters per 2 of format (%c)
        limits.current().room(len(fmt) * 16, "strftime_now's result")
    return datetime.now().strftime(fmt)


def _tojson(value: Any, ensure_ascii: bool = False, indent: int | str | None = None,
            separators: tuple[str, str] | None = None, sort_keys: bool = False) -> str:
    # Jinja's own filter escapes <, >, & and ' for HTML and sorts keys; templates expect neither.
    return json.dumps(value, ensure_ascii=ensure_ascii, indent=indent,
                      separators=separators, sort_keys=sort_keys)


class _DictFactory:
    """The template's ``dict``: builds dicts, but is not the ``dict`` type itself."""

    def __call__(self, *args: Any, **kwargs: Any) -> dict:
        return dict(*args, **kwargs)

    def fromkeys(self, *args: Any) -> dict:
        return dict.fromkeys(*args)


class _Namespace(Namespace):
    """``namespace()`` that refuses underscore names, which could shadow Python internals."""

    def __init__(*args: Any, **kwargs: Any) -> None:  # noqa: N805 - jinja's signature trick
        self, args = args[0], args[1:]
        attrs = dict(*args, **kwargs)
        for name in attrs:
            _check_namespace_name(name)
        Namespace.__init__(self, attrs)

    def __setitem__(self, name: str, value: Any) -> None:
        _check_namespace_name(name)
        Namespace.__setitem__(self, name, value)


def _check_namespace_name(name: object) -> None:
    if isinstance(name, str) and name.startswith("_"):
        raise SecurityError(f"a namespace cannot hold the underscore-prefixed name {name!r}")


@functools.cache
def _environment() -> ImmutableSandboxedEnvironment:
    """The one shared environment (templates compiled in it keep a reference)."""
    if _version_tuple(jinja2.__version__) < _MIN_JINJA2:
        raise ImportError(f"chat templates need jinja2>=3.1.6 (sandbox fixes); "
                          f"found {jinja2.__version__}")
    env = _SandboxEnvironment(trim_blocks=True, lstrip_blocks=True,
                              extensions=[_GenerationTag, loopcontrols, _Meter])
    env.filters["tojson"] = _tojson
    env.filters = {name: _metered_filter(name, f) for name, f in env.filters.items()}
    env.globals["lipsum"] = _lipsum
    env.globals["raise_exception"] = _raise_exception
    env.globals["strftime_now"] = _strftime_now
    env.globals["dict"] = _DictFactory()
    env.globals["namespace"] = _Namespace
    return env


# -- input data -----------------------------------------------------------------------------

def _plain(value: Any) -> Any:
    """A copy built only of JSON-like types: the sandbox judges attributes by type, and a
    caller's rich objects (or str/int subclasses) could expose methods it does not know are
    dangerous. Anything else becomes a placeholder naming its type."""
    if value is None or type(value) in (str, int, float, bool):
        return value
    for base, to_base in ((str, str.__str__), (int, int.__int__), (float, float.__float__)):
        if isinstance(value, base):  # an enum member, say: keep only the value
            return to_base(value)
    if isinstance(value, Mapping):
        return {_plain(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    return f"<{type(value).__name__}>"


def _alias_reasoning(message: dict) -> dict:
    """Copy a message's reasoning under ``reasoning_content`` (what templates read) and
    ``thinking`` (what gpt-oss reads), whichever name the caller used."""
    reasoning = next((message[k] for k in _REASONING_FIELDS if message.get(k) is not None), None)
    if reasoning is None:
        return message
    return {"thinking": reasoning, **message, "reasoning_content": reasoning}


def _template_line(tb: TracebackType | None) -> int | None:
    """The template line of the innermost template frame in a jinja2-rewritten traceback."""
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == _TEMPLATE_FILENAME:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


# -- the template ---------------------------------------------------------------------------

class JinjaChatTemplate:
    """One compiled chat template. `source` names where it came from, for error messages;
    `limits` bounds each render (and the constant folding of the compile)."""

    def __init__(self, text: str, source: str = "chat_template",
                 limits: TemplateLimits = TemplateLimits()) -> None:
        if not isinstance(text, str):
            raise ChatTemplateError(source, f"must be a string, not {type(text).__name__}")
        self.text = text
        self.source = source
        self.limits = limits
        try:
            with Budget(limits).active():
                self._template = _environment().from_string(text)
        except TemplateSyntaxError as exc:
            raise ChatTemplateError(source, f"syntax error: {exc.message}", exc.lineno) from None

    def reads(self, name: str) -> bool:
        """Whether the template reads the input variable `name` (``bos_token`` ...)."""
        ast = _environment().parse(self.text)
        return name in jinja2.meta.find_undeclared_variables(ast)

    def render(self, messages: Sequence[Mapping[str, Any]], *,
               tools: Sequence[Mapping[str, Any]] | None = None,
               documents: Sequence[Mapping[str, Any]] | None = None,
               add_generation_prompt: bool = False,
               continue_final_message: bool | str = False,
               **variables: Any) -> str:
        """Render `messages` as ``tokenizer.apply_chat_template(..., tokenize=False)`` would.

        `variables` are the template's other inputs: the tokenizer's special tokens
        (``bos_token``, ``eos_token`` ...) and model options (``enable_thinking`` ...).
        `continue_final_message` (``True`` for ``"content"``, or a field name) leaves the
        last message open so the model continues it.
        Raises `ChatTemplateError` for template failures (`TemplateLimitError` past a limit),
        `ValueError` for bad arguments.
        """
        if continue_final_message and add_generation_prompt:
            raise ValueError("continue_final_message and add_generation_prompt cannot be combined")
        if not isinstance(messages, Sequence) or isinstance(messages, str) or not messages:
            raise ValueError("messages: must be a non-empty list of messages")
        chat = []
        for i, message in enumerate(messages):
            if not isinstance(message, Mapping):
                raise ValueError(f"messages[{i}]: must be a dict, not {type(message).__name__}")
            # As transformers: OpenAI-style `None` fields count as absent.
            chat.append(_alias_reasoning(_plain({k: v for k, v in message.items()
                                                 if v is not None})))
        for name, items in (("tools", tools), ("documents", documents)):
            for i, item in enumerate(items or ()):
                if not isinstance(item, Mapping):
                    raise ValueError(f"{name}[{i}]: must be a dict (a JSON schema or document)")
        continued = (self._mark_final_message(chat, continue_final_message)
                     if continue_final_message else None)
        context = dict(messages=chat, tools=_plain(tools), documents=_plain(documents),
                       add_generation_prompt=add_generation_prompt, **_plain(variables))
        budget = Budget(self.limits)
        try:
            with budget.active():
                pieces = []
                for piece in self._template.generate(context):
                    budget.write(len(piece))
                    pieces.append(piece)
            rendered = "".join(pieces)
        except LimitExceeded as exc:
            raise TemplateLimitError(self.source, exc, _template_line(exc.__traceback__)) from None
        except RecursionError as exc:  # deep data (the depth limit counts calls, not nesting)
            raise TemplateLimitError(self.source, LimitExceeded("nesting", "Python's recursion limit"),
                                     _template_line(exc.__traceback__)) from None
        except Exception as exc:  # template code can fail in any way on any input
            problem = (f"the template raised: {exc}" if isinstance(exc, _TemplateRaised)
                       else f"{type(exc).__name__}: {exc}")
            line = _template_line(exc.__traceback__)
            raise ChatTemplateError(self.source, problem, line) from exc
        return rendered if continued is None else self._cut_after(rendered, continued)

    def _mark_final_message(self, chat: list[dict], continue_final_message: bool | str) -> str:
        """Append the marker to the last message's continued field; return that text."""
        field = continue_final_message if isinstance(continue_final_message, str) else "content"
        last = chat[-1]
        text = last.get(field)
        if text is None:
            raise ValueError(f"messages[{len(chat) - 1}].{field}: continue_final_message "
                             "needs this field in the final message")
        fields = [field]
        if field in _REASONING_FIELDS:  # reasoning was copied under several names
            fields = [f for f in _REASONING_FIELDS if last.get(f) == text]
        if not any(f in self.text for f in fields):
            raise ValueError(f"continue_final_message: the chat template never reads {field!r}")
        if isinstance(text, (list, tuple)):
            for block in reversed(text):
                if isinstance(block, dict) and "text" in block:
                    text = block["text"]
                    block["text"] = text + _CONTINUE_TAG
                    return text
            raise ValueError(f"messages[{len(chat) - 1}].{field}: continue_final_message "
                             "found no text part to continue")
        for f in fields:
            last[f] = last[f] + _CONTINUE_TAG
        return text

    @staticmethod
    def _cut_after(rendered: str, continued: str) -> str:
        """Cut the render right after the continued text (as transformers does)."""
        marker = _CONTINUE_TAG.strip()
        if continued.strip() not in rendered or marker not in rendered:
            raise ValueError("continue_final_message: the chat template dropped part of "
                             "the final message, so it cannot be continued")
        at = rendered.rindex(marker)
        if rendered[at:at + len(_CONTINUE_TAG)] == _CONTINUE_TAG:
            return rendered[:at]
        return rendered[:at].rstrip()  # the template trimmed the message's trailing space
