"""What a chat template may cost: time, steps, output, and the size of each value it builds.

jinja2's sandbox keeps a template away from Python's internals, not from the machine's time
and memory: ``{{ 10 ** (10 ** 10) }}``, two nested ``range(100000)`` loops, ``'x' * 10**10``,
``'x'|center(10**10)`` and ``lipsum(10**6)`` each hang or exhaust the process while
staying inside the sandbox.  Pyodide has no signals or threads to interrupt a render, so the
render checks itself: every hook a template cannot avoid (a call, an attribute or item read,
a binary operator, a loop iteration, a piece of output, a filter) is one step of a `Budget`
and looks at its clock.  That alone does not stop one step from building a huge value, so
each operation that can grow a value out of proportion to its operands (repetition, powers,
concatenation, padding and format widths, ``replace``, ``join``, ``batch``/``slice`` fill,
``sum`` of lists, ``tojson``/``pprint`` indentation, ``lipsum``) is sized from its operands
*before* it runs, and every call's, filter's and literal's result is sized after.  A value's
size counts a shared part each time it appears (``[a, a]``), as printing it would, so that
nesting cannot build an exponentially large value out of small ones; live memory is then at
most the template's variables times `TemplateLimits.value`.
"""

from __future__ import annotations

import contextvars
import re
import string
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

__all__ = ["Budget", "LimitExceeded", "TemplateLimits"]


@dataclass(frozen=True)
class TemplateLimits:
    """Per render.  Real chat templates stay far below each (they take thousands of steps)."""

    # Wall clock, checked at each step: one step over a value near the size limit (``wordwrap``
    # of 16 M characters: 4.5 s on this 2-core machine) can run on past it by that much.
    seconds: float = 5.0
    steps: int = 1_000_000  # calls, reads, operators, loop iterations, outputs
    output: int = 1 << 24  # characters written, into macro and ``set`` block buffers included
    value: int = 1 << 24  # size of any one value built: characters, items, digits
    # Calls in progress (macros calling macros).  Each takes a dozen Python frames, and
    # Pyodide's JavaScript stack overflows, a fatal error rather than a RecursionError, at
    # about 70 of them (measured in Node 20).
    depth: int = 32
    nesting: int = 100  # levels of lists and dicts inside one value
    int_bits: int = 1 << 16  # bits of an integer result of ``*`` or ``**``


class LimitExceeded(Exception):
    """A render went past one of its limits; `limit` names which."""

    def __init__(self, limit: str, detail: str) -> None:
        super().__init__(f"exceeded its {limit} limit: {detail}")
        self.limit = limit
        self.detail = detail


_CURRENT: contextvars.ContextVar[Budget] = contextvars.ContextVar("template_budget")


class Budget:
    """The limits of one render (or compile, whose constant folding runs filters) and what it used."""

    def __init__(self, limits: TemplateLimits) -> None:
        self.limits = limits
        self.deadline = time.monotonic() + limits.seconds
        self.steps = 0
        self.written = 0
        self.depth = 0

    @contextmanager
    def active(self) -> Iterator[Budget]:
        """Make this the budget that the environment's hooks charge."""
        token = _CURRENT.set(self)
        try:
            yield self
        finally:
            _CURRENT.reset(token)

    def step(self) -> None:
        self.steps += 1
        if self.steps > self.limits.steps:
            raise LimitExceeded("steps", f"more than {self.limits.steps} steps (calls, reads, operators, "
                                         "loop iterations, outputs)")
        if time.monotonic() > self.deadline:
            raise LimitExceeded("time", f"ran longer than {self.limits.seconds:g} s")

    def write(self, chars: int) -> None:
        self.step()
        self.written += chars
        if self.written > self.limits.output:
            raise LimitExceeded("output size", f"wrote more than {self.limits.output} characters")

    def room(self, size: int, what: str) -> None:
        """Refuse to build a value of `size` (characters, items, digits)."""
        if size > self.limits.value:
            raise LimitExceeded("value size", f"{what} would have size {size}, "
                                              f"more than {self.limits.value}")

    def size(self, value: Any) -> int:
        return size_of(value, self.limits.nesting)

    def checked(self, value: Any, what: str = "a value") -> Any:
        self.room(self.size(value), what)
        return value

    def bits(self, bits: int, what: str) -> None:
        if bits > self.limits.int_bits:
            raise LimitExceeded("value size", f"{what} would have about {bits} bits, "
                                              f"more than {self.limits.int_bits}")

    def call(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """`function(*args, **kwargs)`, one step deeper."""
        self.step()
        if self.depth >= self.limits.depth:
            raise LimitExceeded("nesting", f"more than {self.limits.depth} calls in progress")
        self.depth += 1
        try:
            return function(*args, **kwargs)
        finally:
            self.depth -= 1


def current() -> Budget:
    return _CURRENT.get()


# -- sizes ------------------------------------------------------------------------------------

def size_of(value: Any, nesting: int) -> int:
    """Characters of strings, digits of integers, items of containers, counting a shared part
    once per appearance (what printing the value costs), in time linear in its distinct parts.
    Containers nested more than `nesting` deep are refused (printing them recurses as deep)."""
    memo: dict[int, int] = {}

    def size(v: Any, level: int) -> int:
        if isinstance(v, str):
            return len(v) + 1
        if isinstance(v, int) and not isinstance(v, bool):
            return v.bit_length() // 3 + 1  # about its decimal digits
        if not isinstance(v, (list, tuple, dict, set, frozenset)):
            return 1
        if level > nesting:
            raise LimitExceeded("nesting", f"a value nests lists and dicts more than {nesting} deep")
        key = id(v)
        if key not in memo:
            items = (x for pair in v.items() for x in pair) if isinstance(v, dict) else v
            memo[key] = 1 + sum(size(x, level + 1) for x in items)
        return memo[key]

    return size(value, 1)


def depth_of(value: Any) -> int:
    """How deeply containers nest in `value` (0 for a scalar; sized first, so not too deep)."""
    memo: dict[int, int] = {}

    def depth(v: Any) -> int:
        if not isinstance(v, (list, tuple, dict)):
            return 0
        key = id(v)
        if key not in memo:
            items = v.values() if isinstance(v, dict) else v
            memo[key] = 1 + max((depth(x) for x in items), default=0)
        return memo[key]

    return depth(value)


# -- operators --------------------------------------------------------------------------------

_TEXT = (str, bytes)
_SEQUENCE = (str, bytes, list, tuple)
_PRINTF = re.compile(r"%(?:\([^)]*\))?[#0 +-]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?[a-zA-Z%]")


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def check_binop(budget: Budget, operator: str, left: Any, right: Any) -> None:
    """Refuse an operator whose result would be too large, before computing it."""
    if operator == "*":
        if _is_int(left) and _is_int(right):
            budget.bits(left.bit_length() + right.bit_length(), "a product")
        for seq, times in ((left, right), (right, left)):
            if isinstance(seq, _SEQUENCE) and _is_int(times):
                budget.room(budget.size(seq) * max(times, 0), f"{type(seq).__name__} * {times}")
    elif operator == "**" and _is_int(left) and _is_int(right) and right > 0 and abs(left) > 1:
        budget.bits(left.bit_length() * right, f"{left} ** {right}")
    elif operator == "+" and isinstance(left, _SEQUENCE) and isinstance(right, _SEQUENCE):
        budget.room(budget.size(left) + budget.size(right), "a concatenation")
    elif operator == "%" and isinstance(left, str):
        check_printf(budget, left, right)


def _formatted(budget: Budget, fmt: str, fields: int, values: list[Any]) -> None:
    """A format string's result: its text plus each field at most as large as the largest value
    (one value may fill many fields: ``'%(a)s%(a)s' % {'a': s}``, ``'{0}{0}'.format(s)``)."""
    biggest = max((budget.size(v) for v in values), default=0)
    budget.room(len(fmt) + fields * biggest, "a formatted string")


def check_printf(budget: Budget, fmt: str, args: Any) -> None:
    """``fmt % args``: every field width and precision must fit in a value, and so must the result."""
    values = list(args.values() if isinstance(args, Mapping) else args if isinstance(args, tuple) else (args,))
    star = max((v for v in values if _is_int(v)), default=0)
    fields = 0
    for match in _PRINTF.finditer(fmt):
        fields += 1
        for number in match.groups():
            if number is not None:
                budget.room(star if number == "*" else int(number), f"the format field {match.group()!r}")
    _formatted(budget, fmt, fields, values)


def check_format(budget: Budget, fmt: str, args: tuple, kwargs: Mapping[str, Any]) -> None:
    """``fmt.format(...)``: every width and precision in its fields, nested ones included, and
    the result."""
    values = [*args, *kwargs.values()]
    fields = 0
    for _, name, spec, _ in string.Formatter().parse(fmt):
        fields += name is not None
        if not spec:
            continue
        if "{" in spec:  # the width comes from an argument
            budget.room(max((v for v in values if _is_int(v)), default=0), f"the format field {spec!r}")
        for number in re.findall(r"\d+", spec):
            budget.room(int(number), f"the format field {spec!r}")
    _formatted(budget, fmt, fields, values)


# -- calls: str methods, filters, globals -----------------------------------------------------

def _width(budget: Budget, s: Any, width: Any, what: str) -> None:
    if _is_int(width):
        budget.room(max(width, len(s) if isinstance(s, _TEXT) else 0), what)


def _replaced(budget: Budget, s: Any, old: Any, new: Any, count: Any = -1) -> None:
    if not all(isinstance(x, _TEXT) for x in (s, old, new)):
        return
    hits = s.count(old) if old else len(s) + 1
    if _is_int(count) and count >= 0:
        hits = min(hits, count)
    budget.room(len(s) + hits * max(len(new) - len(old), 0), "a replace")


def joined(budget: Budget, separator: Any, items: Iterable[Any]) -> list:
    """The items of a join, materialized, once their joined size is known to fit."""
    items = list(items)
    gap = len(separator) if isinstance(separator, _TEXT) else 0
    budget.room(budget.size(items) + gap * max(len(items) - 1, 0), "a join")
    return items


def check_str_method(budget: Budget, method: Callable, args: tuple, kwargs: Mapping[str, Any]) -> tuple:
    """Pre-check a call of a bound ``str``, ``bytes`` or ``int`` method; return its (possibly
    materialized) args."""
    s, name = getattr(method, "__self__", None), getattr(method, "__name__", "")
    wrapped = getattr(method, "__wrapped__", None)  # the sandbox's str.format wrapper
    if wrapped is not None and isinstance(getattr(wrapped, "__self__", None), str):
        fmt_args = args if wrapped.__name__ == "format" else ()
        fmt_kwargs = kwargs if wrapped.__name__ == "format" else (args[0] if args else {})
        check_format(budget, wrapped.__self__, fmt_args, fmt_kwargs if isinstance(fmt_kwargs, Mapping) else {})
        return args
    if _is_int(s) and name == "to_bytes":
        length = args[0] if args else kwargs.get("length", 1)
        if _is_int(length):
            budget.room(length, f"int.to_bytes({length})")
    if not isinstance(s, _TEXT):
        return args
    if name in ("center", "ljust", "rjust", "zfill") and args:
        _width(budget, s, args[0], f"{type(s).__name__}.{name}({args[0]})")
    elif name == "expandtabs":
        tab = args[0] if args else kwargs.get("tabsize", 8)
        if _is_int(tab):
            budget.room(len(s) + s.count("\t" if isinstance(s, str) else b"\t") * tab, f"expandtabs({tab})")
    elif name == "replace" and len(args) >= 2:
        _replaced(budget, s, *args[:3], **({"count": kwargs["count"]} if "count" in kwargs else {}))
    elif name == "join" and args:
        return (joined(budget, s, args[0]),)
    elif name == "translate" and args and isinstance(args[0], Mapping):
        longest = max((len(v) for v in args[0].values() if isinstance(v, _TEXT)), default=1)
        budget.room(len(s) * longest, "a translate")
    return args


# The filters that `check_filter` knows to check before they run.
CHECKED_FILTERS = frozenset({"center", "indent", "wordwrap", "format", "replace", "join", "batch", "slice",
                             "sum", "tojson", "pprint", "urlize"})


def check_filter(budget: Budget, name: str, arguments: dict[str, Any]) -> None:
    """Pre-check a call of one of jinja2's filters, by its bound arguments (may materialize some)."""
    a = arguments
    if name == "center":
        _width(budget, a.get("value"), a.get("width", 80), f"center({a.get('width')})")
    elif name == "indent":
        s, width = a.get("s"), a.get("width", 4)
        pad = len(width) if isinstance(width, str) else width if _is_int(width) else 0
        lines = s.count("\n") + 1 if isinstance(s, str) else 1
        budget.room((len(s) if isinstance(s, str) else 0) + lines * max(pad, 0), f"indent({width!r})")
    elif name == "wordwrap":
        s, wrap = a.get("s"), a.get("wrapstring") or "\n"
        if isinstance(s, str) and isinstance(wrap, str):
            budget.room(len(s) + (len(s) + 1) * len(wrap), "a wordwrap")
    elif name == "format":
        check_printf(budget, str(a.get("value")), tuple(a.get("args", ())) or dict(a.get("kwargs", {})))
    elif name == "replace":
        _replaced(budget, a.get("s"), a.get("old"), a.get("new"),
                  a.get("count") if a.get("count") is not None else -1)
    elif name == "join":
        a["value"] = joined(budget, a.get("d", ""), a["value"])
    elif name in ("batch", "slice"):
        count = a.get("linecount", a.get("slices"))
        if _is_int(count) and (name == "slice" or a.get("fill_with") is not None):
            budget.room(count, f"{name}({count})")
    elif name == "sum":
        start = a.get("start", 0)
        if not isinstance(start, (int, float)):
            items = a["iterable"] = list(a["iterable"])
            total = budget.size(start) + budget.size(items)
            budget.room(total * max(len(items), 1), "a sum of sequences (each step copies the total)")
    elif name == "urlize":  # each word may become a link: the URL twice, escaped, and the attributes
        value = a.get("value")
        extra = sum(len(a.get(k) or "") for k in ("target", "rel")) + 64
        if isinstance(value, str):
            budget.room(12 * len(value) + len(value.split()) * extra, "an urlize")
    elif name in ("tojson", "pprint"):
        indent = a.get("indent") if name == "tojson" else 1
        pad = len(indent) if isinstance(indent, str) else indent if _is_int(indent) else 0
        value = a.get("value")
        budget.room(budget.size(value) * (1 + max(pad, 0) * depth_of(value)), f"{name} with its indentation")


def check_lipsum(budget: Budget, n: Any = 5, html: Any = True, min: Any = 20, max: Any = 100) -> None:  # noqa: A002
    """``lipsum(n, html, min, max)``: n paragraphs of up to `max` words (of up to ~12 characters)."""
    if _is_int(n) and _is_int(max):
        budget.room(n * max * 12, f"lipsum({n}, max={max})")


class OutputBuffer(list):
    """The buffer of a macro, ``set`` block, ``filter`` block or ``caller()``: charges the budget
    for each piece written, so text built in a loop inside a buffer is bounded like output."""

    def append(self, item: Any) -> None:
        current().write(len(item))
        super().append(item)

    def extend(self, items: Iterable[Any]) -> None:
        items = list(items)
        current().write(sum(len(x) for x in items))
        super().extend(items)


def metered(iterable: Iterable[Any]) -> Iterator[Any]:
    """A ``for`` loop's items, one step each."""
    budget = current()
    for item in iterable:
        budget.step()
        yield item
