"""JSON Schema to grammar, and the grammar of any JSON object (OpenAI's `json_object` mode).

The grammar writes JSON as `json.dumps` does by default (`", "` and `": "` between items, no
other whitespace), and may be narrower than the schema, never wider: every output parses and
validates.  Where a schema leaves a choice open the grammar picks a subset that still admits
most values: properties in the schema's order, numbers without exponents and with at most 16
digits before and 15 after the point, dates from year 1000 with days up to 28, `oneOf` read as `anyOf`
(exact when its branches are disjoint, as they usually are).

Supported: `type` (one or a list), `enum`, `const`, `properties`, `required`,
`additionalProperties` (false, or a schema for objects without `properties`), `items`,
`minItems`, `maxItems`, `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum` (integers
exactly; fractions to the nearest float inside), `minLength`, `maxLength`, `pattern` (the
regular subset of `regex.py`), `format` (date, time, date-time, email, uuid, ipv4, hostname,
uri), `anyOf`, `oneOf`, `$ref` to `#`, `#/$defs/...` or `#/definitions/...`; annotations
(`title`, `description`, `default`, `examples`, ...) are ignored.  Any other keyword raises
`GrammarError` naming it and where it is.
"""

from __future__ import annotations

import json
import math
from fractions import Fraction
from typing import Any

from .grammar import EMPTY, Alt, Expr, Grammar, GrammarError, Ref, Repeat, alt, char_set, lit, seq
from .regex import regex_expr

ANNOTATIONS = {"title", "description", "default", "examples", "$schema", "$id", "$comment", "deprecated",
               "readOnly", "writeOnly", "$anchor"}
SUPPORTED = {"type", "enum", "const", "properties", "required", "additionalProperties", "items", "minItems",
             "maxItems", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength",
             "pattern", "format", "anyOf", "oneOf", "$ref", "$defs", "definitions"}
TYPES = ("object", "array", "string", "number", "integer", "boolean", "null")
INT_DIGITS, FRACTION_DIGITS = 16, 15
LIMIT = 10 ** (INT_DIGITS + 1)  # past every number the grammar writes
COMMA, COLON = lit(", "), lit(": ")
DIGIT = char_set([(0x30, 0x39)])
# a character of a JSON string: unescaped (not '"', '\' or a control character) or an escape
# (no \u of a surrogate: a pair would decode to one character and break length bounds)
STRING_CHARS = char_set([(0x22, 0x22), (0x5C, 0x5C), (0x00, 0x1F)], negated=True)
HEX = "[0-9a-fA-F]"
ESCAPE = regex_expr(r'\\(["\\/bfnrt]|u([0-9a-cA-Ce-fE-F]' + HEX + "{3}|[dD][0-7]" + HEX + "{2}))")
FORMATS = {
    "date": r"[1-9]\d{3}-(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])",
    "time": r"([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)",
    "email": r"[a-zA-Z0-9_.+-]{1,32}@[a-zA-Z0-9]{1,32}(\.[a-zA-Z0-9]{1,32}){0,2}\.[a-zA-Z]{2,6}",
    "uuid": r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
    "ipv4": r"((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)",
    "hostname": r"[a-zA-Z0-9]([a-zA-Z0-9-]{0,30}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,30}[a-zA-Z0-9])?){0,3}",
    "uri": r"https?://[a-zA-Z0-9]{1,32}(\.[a-zA-Z0-9]{1,32}){0,3}(/[a-zA-Z0-9._~%-]{0,32}){0,4}",
}
FORMATS["date-time"] = FORMATS["date"] + "T" + FORMATS["time"]


def json_value_rules() -> dict[str, Expr]:
    """Rules for any JSON value ("value"), object ("object") and the pieces they share."""
    string = Ref("string")
    return {
        "value": alt(Ref("object"), Ref("array"), string, Ref("number"), lit("true"), lit("false"), lit("null")),
        "object": seq(lit("{"), Repeat(seq(string, COLON, Ref("value"), Repeat(seq(COMMA, string, COLON,
                                                                                   Ref("value")), 0, None)), 0, 1),
                      lit("}")),
        "array": seq(lit("["), Repeat(seq(Ref("value"), Repeat(seq(COMMA, Ref("value")), 0, None)), 0, 1), lit("]")),
        "string": seq(lit('"'), Repeat(Ref("char"), 0, None), lit('"')),
        "char": alt(STRING_CHARS, ESCAPE),
        "number": seq(Repeat(lit("-"), 0, 1), _uint_range(0, None),
                      Repeat(seq(lit("."), Repeat(DIGIT, 1, FRACTION_DIGITS)), 0, 1)),
    }


def json_object_grammar() -> Grammar:
    """Any JSON object (OpenAI's `{"type": "json_object"}`)."""
    return Grammar({"root": Ref("object"), **json_value_rules()})


def schema_grammar(schema: Any) -> Grammar:
    """The grammar of JSON texts that validate against `schema`; GrammarError names what is
    not supported."""
    rules = json_value_rules()
    rules["root"] = schema_expr(schema, rules)
    return Grammar(rules)


def schema_expr(schema: Any, rules: dict[str, Expr], prefix: str = "") -> Expr:
    """`schema` as an expression over `rules` (which must hold `json_value_rules()`; the rules it
    needs are added under names starting with `prefix`, so several schemas can share them)."""
    return _Converter(schema, rules, prefix).convert(schema, "#")


class _Converter:
    def __init__(self, schema: Any, rules: dict[str, Expr], prefix: str):
        self.root, self.rules, self.prefix = schema, rules, prefix
        self.refs: dict[str, str] = {}  # "$ref" -> its rule's name

    def convert(self, schema: Any, where: str) -> Expr:
        if schema is True or schema == {}:
            return Ref("value")
        if schema is False:
            raise GrammarError(f"{where}: the schema false matches nothing")
        if not isinstance(schema, dict):
            raise GrammarError(f"{where}: a schema must be an object or a boolean, got {type(schema).__name__}")
        for key in schema:
            if key not in SUPPORTED and key not in ANNOTATIONS:
                raise GrammarError(f"{where}: unsupported JSON Schema keyword {key!r}")
        for key in ("$defs", "definitions"):
            if key in schema and not isinstance(schema[key], dict):
                raise GrammarError(f"{where}/{key} must be an object")
        if "$ref" in schema:
            return self._ref(schema["$ref"], where)
        if "const" in schema:
            return self._literal(schema["const"])
        if "enum" in schema:
            values = schema["enum"]
            if not isinstance(values, list) or not values:
                raise GrammarError(f"{where}/enum must be a non-empty list")
            return alt(*(self._literal(v) for v in values))
        for key in ("anyOf", "oneOf"):
            if key in schema:
                branches = schema[key]
                if not isinstance(branches, list) or not branches:
                    raise GrammarError(f"{where}/{key} must be a non-empty list of schemas")
                rest = {k: v for k, v in schema.items() if k != key}
                return alt(*(self.convert({**rest, **b} if isinstance(b, dict) else b, f"{where}/{key}/{i}")
                             for i, b in enumerate(branches)))
        types = schema.get("type")
        if types is None:
            types = self._implied_type(schema)
            if types is None:
                return Ref("value")
        names = types if isinstance(types, list) else [types]
        for name in names:
            if name not in TYPES:
                raise GrammarError(f"{where}/type: unknown type {name!r}")
        return alt(*(self._typed(name, schema, where) for name in names))

    @staticmethod
    def _implied_type(schema: dict) -> str | None:
        keys = set(schema)
        for name, words in (("object", {"properties", "required", "additionalProperties"}),
                            ("array", {"items", "minItems", "maxItems"}),
                            ("string", {"minLength", "maxLength", "pattern", "format"}),
                            ("number", {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"})):
            if keys & words:
                return name
        return None

    def _literal(self, value: Any) -> Expr:
        return lit(json.dumps(value, ensure_ascii=False))

    def _ref(self, ref: Any, where: str) -> Expr:
        if not isinstance(ref, str):
            raise GrammarError(f"{where}/$ref must be a string")
        if ref not in self.refs:
            target: Any = self.root
            if ref != "#":
                parts = ref.split("/")
                if parts[0] != "#" or len(parts) != 3 or parts[1] not in ("$defs", "definitions"):
                    raise GrammarError(f"{where}/$ref {ref!r}: only '#', '#/$defs/name' and '#/definitions/name' "
                                       "are supported")
                target = self.root.get(parts[1], {}).get(parts[2]) if isinstance(self.root, dict) else None
                if target is None:
                    raise GrammarError(f"{where}/$ref {ref!r} names no definition")
            name = self.refs[ref] = f"{self.prefix}ref{len(self.refs)}"
            self.rules[name] = EMPTY  # placeholder while its (maybe recursive) body converts
            self.rules[name] = self.convert(target, ref)
        return Ref(self.refs[ref])

    def _typed(self, name: str, schema: dict, where: str) -> Expr:
        if name == "null":
            return lit("null")
        if name == "boolean":
            return alt(lit("true"), lit("false"))
        if name == "string":
            return self._string(schema, where)
        if name in ("number", "integer"):
            return self._number(schema, where, name == "integer")
        if name == "array":
            return self._array(schema, where)
        return self._object(schema, where)

    @staticmethod
    def _count(schema: dict, key: str, where: str, default: int | None) -> int | None:
        value = schema.get(key, default)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            raise GrammarError(f"{where}/{key} must be a non-negative integer, got {value!r}")
        return value

    def _string(self, schema: dict, where: str) -> Expr:
        low = self._count(schema, "minLength", where, 0)
        high = self._count(schema, "maxLength", where, None)
        if high is not None and high < low:
            raise GrammarError(f"{where}: maxLength {high} is below minLength {low}")
        pattern, fmt = schema.get("pattern"), schema.get("format")
        if pattern is not None and fmt is not None:
            raise GrammarError(f"{where}: pattern together with format is not supported")
        if fmt is not None:
            if fmt not in FORMATS:
                raise GrammarError(f"{where}/format: unsupported format {fmt!r} (supported: {', '.join(FORMATS)})")
            pattern = FORMATS[fmt]
        if pattern is not None:
            if not isinstance(pattern, str):
                raise GrammarError(f"{where}/pattern must be a string")
            if "minLength" in schema or "maxLength" in schema:
                raise GrammarError(f"{where}: pattern or format together with minLength/maxLength is not supported")
            try:
                body = regex_expr(pattern, STRING_CHARS)
            except GrammarError as e:
                raise GrammarError(f"{where}/pattern: {e}") from None
            return seq(lit('"'), body, lit('"'))
        return seq(lit('"'), Repeat(Ref("char"), low, high), lit('"'))

    def _number(self, schema: dict, where: str, integer: bool) -> Expr:
        places = 0 if integer else FRACTION_DIGITS
        low = high = None  # the least and greatest value written, in units of 10**-places
        for key, is_low, exclusive in (("minimum", True, False), ("exclusiveMinimum", True, True),
                                       ("maximum", False, False), ("exclusiveMaximum", False, True)):
            value = schema.get(key)
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, (int, float)) or \
                    isinstance(value, float) and not math.isfinite(value):
                raise GrammarError(f"{where}/{key} must be a finite number, got {value!r}")
            bound = _scaled_bound(value, is_low, exclusive, places)
            if is_low:
                low = bound if low is None else max(low, bound)
            else:
                high = bound if high is None else min(high, bound)
        largest = 10 ** (INT_DIGITS + places) - 1  # INT_DIGITS digits before the point
        if low is not None and high is not None and low > high or \
                low is not None and low > largest or high is not None and high < -largest:
            what = "integer" if integer else f"number with at most {INT_DIGITS} digits before the point and " \
                f"{FRACTION_DIGITS} after"
            raise GrammarError(f"{where}: no {what} lies between its minimum and maximum")
        parts: list[Expr] = []
        if high is None or high >= 0:
            parts.append(_decimal_range(0 if low is None else max(low, 0),
                                        None if high is None or high > largest else high, places))
        if low is None or low < 0:  # -m, m > 0 (no "-0")
            m_low = 1 if high is None else max(1, -high)
            m_high = None if low is None or -low > largest else -low
            if m_high is None or m_low <= m_high:
                parts.append(seq(lit("-"), _decimal_range(m_low, m_high, places)))
        return alt(*parts)

    def _array(self, schema: dict, where: str) -> Expr:
        items = schema.get("items", {})
        if not isinstance(items, (dict, bool)):
            raise GrammarError(f"{where}/items must be a schema (tuple-style lists are not supported)")
        item = self.convert(items, f"{where}/items")
        low = self._count(schema, "minItems", where, 0)
        high = self._count(schema, "maxItems", where, None)
        if high is not None and high < low:
            raise GrammarError(f"{where}: maxItems {high} is below minItems {low}")
        if high == 0:
            return lit("[]")
        more = Repeat(seq(COMMA, item), max(low - 1, 0), None if high is None else high - 1)
        body = seq(item, more)
        return seq(lit("["), body if low else Repeat(body, 0, 1), lit("]"))

    def _object(self, schema: dict, where: str) -> Expr:
        properties = schema.get("properties", {})
        required = schema.get("required", [])
        extra = schema.get("additionalProperties", True)
        if not isinstance(properties, dict):
            raise GrammarError(f"{where}/properties must be an object")
        if not isinstance(required, list) or not all(isinstance(r, str) for r in required):
            raise GrammarError(f"{where}/required must be a list of property names")
        if not isinstance(extra, (bool, dict)):
            raise GrammarError(f"{where}/additionalProperties must be a boolean or a schema")
        names = list(properties) + [r for r in required if r not in properties]
        if not names:
            if extra is False:
                return lit("{}")
            value = self.convert(extra, f"{where}/additionalProperties") if isinstance(extra, dict) else Ref("value")
            pair = seq(Ref("string"), COLON, value)
            return seq(lit("{"), Repeat(seq(pair, Repeat(seq(COMMA, pair), 0, None)), 0, 1), lit("}"))
        pairs = [seq(self._literal(n), COLON, self.convert(properties.get(n, {}), f"{where}/properties/{n}"))
                 for n in names]
        needed = [n in required for n in names]
        # after(i, first): the properties from i on, `first` when none was written yet
        base = f"{self.prefix}obj{len(self.rules)}"

        def after(i: int, first: bool) -> Expr:
            if i == len(names):
                return EMPTY
            name = f"{base}_{i}_{int(first)}"
            if name not in self.rules:
                self.rules[name] = EMPTY
                written = seq(pairs[i], after(i + 1, False)) if first else seq(COMMA, pairs[i], after(i + 1, False))
                self.rules[name] = written if needed[i] else Alt((written, after(i + 1, first)))
            return Ref(name)

        return seq(lit("{"), after(0, True), lit("}"))


def _scaled_bound(value: int | float, is_low: bool, exclusive: bool, places: int) -> int:
    """A schema bound as the least (`is_low`) or greatest value the grammar writes, in units of
    10**-places.  Integers compare exactly.  A written fraction is read back as a float, so the
    bound becomes the nearest float inside the range, and the grammar stops at its shortest
    decimal form: every decimal up to that form rounds to a float that is still inside."""
    value = max(-LIMIT, min(LIMIT, value))  # past any written value either way: same meaning
    if places == 0:
        exact = Fraction(value)
        if is_low:
            return math.floor(exact) + 1 if exclusive else math.ceil(exact)
        return math.ceil(exact) - 1 if exclusive else math.floor(exact)
    nearest = float(value)
    outside = nearest < value if is_low else nearest > value
    if outside or exclusive and nearest == value:
        nearest = math.nextafter(nearest, math.inf if is_low else -math.inf)
    scaled = Fraction(repr(nearest)) * 10 ** places
    return math.ceil(scaled) if is_low else math.floor(scaled)


def _decimal_range(low: int, high: int | None, places: int) -> Expr:
    """Decimals `I` or `I.d` (d: 1 to `places` digits; I without leading zeros) whose value in
    units of 10**-places lies from `low` >= 0 to `high` (None: I has up to INT_DIGITS digits)."""
    if places == 0:
        return _uint_range(low, high)
    i_low, f_low = divmod(low, 10 ** places)
    low_digits, nines, zeros = str(f_low).zfill(places), "9" * places, "0" * places
    if high is not None:
        i_high, f_high = divmod(high, 10 ** places)
        high_digits = str(f_high).zfill(places)
        if i_high == i_low:
            return seq(lit(str(i_low)), _fraction(low_digits, high_digits))
    parts = [seq(lit(str(i_low)), _fraction(low_digits, nines))]
    if high is None and i_low < 10 ** INT_DIGITS - 1 or high is not None and i_high - i_low > 1:
        parts.append(seq(_uint_range(i_low + 1, None if high is None else i_high - 1), _fraction(zeros, nines)))
    if high is not None:
        parts.append(seq(lit(str(i_high)), _fraction(zeros, high_digits)))
    return alt(*parts)


def _fraction(low: str, high: str) -> Expr:
    """Nothing, or `.d` with d of 1 to len(low) digits, where d padded with zeros to len(low)
    lies from `low` to `high` (digit strings of one length)."""
    point = seq(lit("."), _digits(low, high, nonempty=True))
    return alt(EMPTY, point) if low.strip("0") == "" else point


def _digits(low: str, high: str, nonempty: bool = False) -> Expr:
    """Digit strings of up to len(low) digits whose zero-padded form lies from `low` to `high`."""
    if low.strip("0") == "" and high.strip("9") == "":  # no bound: any digits
        return Repeat(DIGIT, 1 if nonempty else 0, len(low))
    first_low, first_high, rest = low[0], high[0], len(low) - 1
    if first_low == first_high:
        parts = [seq(lit(first_low), _digits(low[1:], high[1:]))]
    else:
        parts = [seq(lit(first_low), _digits(low[1:], "9" * rest))]
        if ord(first_high) - ord(first_low) > 1:
            parts.append(seq(char_set([(ord(first_low) + 1, ord(first_high) - 1)]), Repeat(DIGIT, 0, rest)))
        parts.append(seq(lit(first_high), _digits("0" * rest, high[1:])))
    if not nonempty and low.strip("0") == "":
        parts.insert(0, EMPTY)
    return alt(*parts)


def _same_length(low: str, high: str) -> Expr:
    """Decimal strings of one length from `low` to `high`."""
    if len(low) == 1:
        return char_set([(ord(low), ord(high))]) if low != high else lit(low)
    if low[0] == high[0]:
        return seq(lit(low[0]), _same_length(low[1:], high[1:]))
    rest = len(low) - 1
    parts = [seq(lit(low[0]), _same_length(low[1:], "9" * rest))]
    if ord(high[0]) - ord(low[0]) > 1:
        parts.append(seq(char_set([(ord(low[0]) + 1, ord(high[0]) - 1)]), Repeat(DIGIT, rest, rest)))
    parts.append(seq(lit(high[0]), _same_length("0" * rest, high[1:])))
    return alt(*parts)


def _uint_range(low: int, high: int | None) -> Expr:
    """Non-negative integers from `low` to `high` (None: up to INT_DIGITS digits), without
    leading zeros."""
    if high is None:
        n = len(str(low))
        head = _uint_range(low, 10 ** n - 1)
        return head if n >= INT_DIGITS else alt(head, seq(char_set([(0x31, 0x39)]), Repeat(DIGIT, n, INT_DIGITS - 1)))
    parts = []
    for length in range(len(str(low)), len(str(high)) + 1):
        a = str(low) if length == len(str(low)) else "1" + "0" * (length - 1)
        b = str(high) if length == len(str(high)) else "9" * length
        if length > 1 and a == "1" + "0" * (length - 1) and b == "9" * length:
            parts.append(seq(char_set([(0x31, 0x39)]), Repeat(DIGIT, length - 1, length - 1)))
        else:
            parts.append(_same_length(a, b))
    return alt(*parts)

