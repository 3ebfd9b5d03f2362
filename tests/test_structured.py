"""The grammar engine over real vocabularies, without a model: a random "model" picks among the
tokens the matcher allows (leaning towards closing brackets and quotes once it has written a
few tokens, so replies end), and every reply must parse and validate with `jsonschema`.

Vocabularies: Llama 3's tiktoken (128k), Llama 2's SentencePiece (32k), GPT-2's byte-level BPE
(50k) and stories260K's 512 tokens.  Also: json_object mode, GBNF grammars, rollback, the mask
against a brute-force check of every token, and the refusals, each by name.
"""

from __future__ import annotations

import json
import random
import re
from functools import lru_cache
from pathlib import Path

import jsonschema
import pytest

from webllm_py.structured import (GrammarError, GrammarMatcher, TokenGrammar, TokenIndex, json_object_grammar,
                                  parse_gbnf, schema_grammar)
from webllm_py.structured.tools import call_grammar, parse_tool_calls
from webllm_py.tokenizer import load_tokenizer

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
VOCABS = {
    "llama3": DATA / "tokenizers" / "llama3_tiktoken" / "tokenizer.model",
    "llama2": DATA / "tokenizers" / "llama2_sentencepiece" / "tokenizer.model",
    "gpt2": DATA / "tokenizers" / "hf_gpt2",
    "tok512": REPO / "webllm_py" / "assets" / "stories260K" / "tok512.bin",
}

SCHEMAS = [
    {"type": "string"},
    {"type": "integer"},
    {"type": "number"},
    {"type": "boolean"},
    {"type": "null"},
    {"type": ["string", "null"]},
    {"enum": ["red", "green", "blue", 3, None]},
    {"const": {"fixed": [1, 2]}},
    {"type": "object", "properties": {"name": {"type": "string"}, "age": {"type": "integer"}},
     "required": ["name", "age"], "additionalProperties": False},
    {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "boolean"}, "c": {"type": "null"}},
     "additionalProperties": False},
    {"type": "object", "properties": {"id": {"type": "integer"}, "tags": {"type": "array", "items": {"type": "string"}}},
     "required": ["tags"]},
    {"type": "object", "properties": {"outer": {"type": "object", "properties": {
        "inner": {"type": "object", "properties": {"x": {"type": "number"}}, "required": ["x"]}},
        "required": ["inner"], "additionalProperties": False}}, "required": ["outer"], "additionalProperties": False},
    {"type": "object", "additionalProperties": {"type": "integer"}},
    {"type": "object", "additionalProperties": False},
    {"type": "object"},
    {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 4},
    {"type": "array", "items": {"type": "boolean"}, "maxItems": 0},
    {"type": "array", "items": {"enum": ["a", "b"]}, "minItems": 1},
    {"type": "array"},
    {"type": "integer", "minimum": -40, "maximum": 125},
    {"type": "integer", "exclusiveMinimum": 7, "exclusiveMaximum": 1000},
    {"type": "integer", "minimum": 1990},
    {"type": "integer", "maximum": -5},
    {"type": "number", "minimum": 0, "maximum": 1},
    {"type": "number", "minimum": -2.5, "exclusiveMaximum": 3},
    {"type": "number", "minimum": 0.5, "maximum": 0.7},
    {"type": "number", "exclusiveMinimum": -1.25, "maximum": -1.2},
    {"type": "string", "minLength": 2, "maxLength": 5},
    {"type": "string", "maxLength": 0},
    {"type": "string", "pattern": "^[A-Z]{2}-[0-9]{3,4}$"},
    {"type": "string", "pattern": r"^(yes|no|maybe)\.?$"},
    {"type": "string", "pattern": r"\d+(\.\d\d)? (EUR|USD)"},
    {"type": "string", "format": "date"},
    {"type": "string", "format": "time"},
    {"type": "string", "format": "date-time"},
    {"type": "string", "format": "email"},
    {"type": "string", "format": "uuid"},
    {"type": "string", "format": "ipv4"},
    {"type": "string", "format": "hostname"},
    {"type": "string", "format": "uri"},
    {"anyOf": [{"type": "integer"}, {"type": "string", "maxLength": 3}]},
    {"oneOf": [{"type": "object", "properties": {"kind": {"const": "circle"}, "r": {"type": "number"}},
                "required": ["kind", "r"], "additionalProperties": False},
               {"type": "object", "properties": {"kind": {"const": "square"}, "side": {"type": "integer"}},
                "required": ["kind", "side"], "additionalProperties": False}]},
    {"$defs": {"point": {"type": "object", "properties": {"x": {"type": "integer"}, "y": {"type": "integer"}},
                         "required": ["x", "y"], "additionalProperties": False}},
     "type": "array", "items": {"$ref": "#/$defs/point"}, "maxItems": 3},
    {"definitions": {"node": {"type": "object", "properties": {
        "value": {"type": "integer"}, "children": {"type": "array", "items": {"$ref": "#/definitions/node"},
                                                   "maxItems": 2}},
        "required": ["value"], "additionalProperties": False}}, "$ref": "#/definitions/node"},
    {"title": "annotated", "description": "ignored", "type": "object", "properties": {
        "when": {"type": "string", "format": "date", "description": "a day"}, "n": {"type": "integer", "default": 1}},
     "required": ["when", "n"], "additionalProperties": False, "$schema": "https://json-schema.org/draft/2020-12/schema"},
    True,
    {},
]


@lru_cache(maxsize=None)
def vocabulary(name: str) -> tuple[list[bytes | None], TokenIndex]:
    return _vocabulary(VOCABS[name])


def _vocabulary(path: Path) -> tuple[list[bytes | None], TokenIndex]:
    tokenizer = load_tokenizer(path)
    tokens = [None if i in tokenizer.special_ids else tokenizer.token_bytes(i) for i in range(tokenizer.vocab_size)]
    return tokens, TokenIndex(tokens)


def allowed_ids(mask: int) -> list[int]:
    bits = bin(mask)[2:][::-1]
    return [i for i, c in enumerate(bits) if c == "1"]


def generate(grammar: TokenGrammar, tokens: list[bytes | None], seed: int, max_tokens: int = 400) -> bytes:
    """A random reply under the grammar (see the module docstring); its bytes."""
    stop = len(tokens)  # an id past the vocabulary: the matcher's stop token, taken when it may end
    matcher = GrammarMatcher(grammar, [stop])
    rng, out = random.Random(seed), b""
    for step in range(max_tokens):
        ids = allowed_ids(matcher.allowed())
        assert ids, f"no token allowed after {out!r}"
        closing = [i for i in ids if any(c in tokens[i] for c in b'"]}')]
        if step > 6 and matcher.can_end and rng.random() < 0.5:
            pick = stop
        else:
            pick = rng.choice(closing if step > 6 and closing and rng.random() < 0.8 else ids)
        assert matcher.accept(pick, b"" if pick == stop else tokens[pick])
        if pick == stop:
            return out
        out += tokens[pick]
        if matcher.finished:
            return out
    raise AssertionError(f"no end after {max_tokens} tokens: {out[:200]!r}")


def check(schema, text: bytes) -> None:
    value = json.loads(text)
    jsonschema.validate(value, schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


@pytest.mark.parametrize("vocab", ["tok512", "llama2", "gpt2"])
def test_every_schema_gives_valid_json(vocab):
    tokens, index = vocabulary(vocab)
    for k, schema in enumerate(SCHEMAS):
        grammar = TokenGrammar(schema_grammar(schema).compile(), index)
        for seed in range(3):
            text = generate(grammar, tokens, seed)
            check(schema, text)


def test_every_schema_gives_valid_json_over_llama3():
    tokens, index = vocabulary("llama3")
    for k, schema in enumerate(SCHEMAS):
        grammar = TokenGrammar(schema_grammar(schema).compile(), index)
        check(schema, generate(grammar, tokens, k))


def test_every_schema_gives_valid_json_over_smollm2(smollm2):
    """SmolLM2's vocabulary, from its GGUF."""
    tokens, index = _vocabulary(smollm2)
    for k, schema in enumerate(SCHEMAS):
        grammar = TokenGrammar(schema_grammar(schema).compile(), index)
        check(schema, generate(grammar, tokens, k))


@pytest.mark.parametrize("vocab", ["tok512", "llama3"])
def test_json_object_mode_gives_an_object(vocab):
    tokens, index = vocabulary(vocab)
    grammar = TokenGrammar(json_object_grammar().compile(), index)
    for seed in range(4):
        assert isinstance(json.loads(generate(grammar, tokens, seed)), dict)


def test_mask_is_exactly_the_tokens_the_grammar_accepts():
    """Against brute force: every token of the vocabulary tried from the state itself."""
    tokens, index = vocabulary("tok512")
    schema = {"type": "object", "properties": {"s": {"type": "string", "maxLength": 3}, "n": {"type": "integer"}},
              "required": ["s"], "additionalProperties": False}
    grammar = TokenGrammar(schema_grammar(schema).compile(), index)
    matcher = GrammarMatcher(grammar)
    for prefix in (b'{"s": "', b'a', b'bc', b'"', b', "n": ', b"-1"):
        assert matcher.accept_bytes(prefix)
        automaton, state = grammar.automaton, matcher._states[-1]
        expected = {i for i, t in enumerate(tokens) if t and automaton.advance(state, t)}
        assert set(allowed_ids(matcher.allowed())) == expected, prefix


def test_rollback_restores_the_state():
    tokens, index = vocabulary("tok512")
    grammar = TokenGrammar(schema_grammar({"type": "array", "items": {"type": "integer"}}).compile(), index)
    matcher = GrammarMatcher(grammar, [0])
    before = matcher.allowed()
    ids = [tokens.index(b"["), tokens.index(b"1")]
    for i in ids:
        assert matcher.accept(i, tokens[i])
    assert not matcher.accept(tokens.index(b"a"), b"a")  # refused, and the state is kept
    assert matcher.allowed() != before
    matcher.rollback(2)
    assert matcher.allowed() == before
    with pytest.raises(ValueError, match="cannot roll back 1 tokens: 0 were accepted"):
        matcher.rollback(1)


def test_stop_token_only_when_the_grammar_can_end():
    tokens, index = vocabulary("tok512")
    grammar = TokenGrammar(schema_grammar({"type": "integer"}).compile(), index)
    matcher = GrammarMatcher(grammar, [2])
    assert not matcher.allowed() >> 2 & 1 and not matcher.can_end
    assert matcher.accept_bytes(b"12")
    assert matcher.allowed() >> 2 & 1 and matcher.can_end and not matcher.finished
    assert matcher.accept(2, b"") and matcher.finished


@pytest.mark.parametrize("budget", [60, 90, 130])  # one call takes 51 of tok512's tokens
def test_a_reply_that_may_end_starts_nothing_it_cannot_finish(budget):
    """A "model" that never stops while it may go on still ends within its token budget with
    text that parses: another parallel tool call, or another item of a list, starts only while
    there is room to finish it."""
    tokens, index = vocabulary("tok512")
    stop = 2  # tok512's </s>
    call = {"name": "f", "parameters": {"type": "object", "properties": {"city": {"type": "string", "maxLength": 6}},
                                        "required": ["city"], "additionalProperties": False}}
    cases = [(call_grammar("hermes", [call], True), lambda text: parse_tool_calls("hermes", text) is not None),
             (parse_gbnf('root ::= pair ("; " pair)*\npair ::= "key=" [a-z]{3,6}'),
              lambda text: re.fullmatch(r"key=[a-z]{3,6}(; key=[a-z]{3,6})*", text) is not None)]
    for grammar, parses in cases:
        for seed in range(3):
            matcher = GrammarMatcher(TokenGrammar(grammar.compile(), index), [stop])
            rng, out = random.Random(seed), b""
            for used in range(budget):
                ids = allowed_ids(int.from_bytes(matcher.bitmask(budget - used), "little"))
                pick = rng.choice([i for i in ids if i != stop] or ids)
                assert matcher.accept(pick, b"" if pick == stop else tokens[pick])
                if pick == stop or matcher.finished:
                    break
                out += tokens[pick]
            assert parses(out.decode()), (budget, out)


def test_gbnf_grammar():
    tokens, index = vocabulary("llama2")
    text = '''
        # a list of moves, then a verdict
        root   ::= move ("," " "? move){0,3} " => " verdict
        move   ::= [a-h] [1-8] ("x" [a-h] [1-8])?
        verdict ::= "win" | "draw" | "loss" | "\\u00e9chec"
    '''
    grammar = TokenGrammar(parse_gbnf(text).compile(), index)
    import re
    for seed in range(5):
        out = generate(grammar, tokens, seed).decode()
        assert re.fullmatch(r"[a-h][1-8](x[a-h][1-8])?(, ?[a-h][1-8](x[a-h][1-8])?){0,3} => (win|draw|loss|échec)", out)


@pytest.mark.parametrize("text, error", [
    ("root ::= foo", "undefined rule 'foo'"),
    ('root ::= "a" | root2\nroot2 ::= root2 "b"', "rule 'root2' is left-recursive"),
    ('root ::= "a"\nroot ::= "b"', "line 2, column 9: rule 'root' is defined twice"),
    ('root ::= "abc', "line 1, column 14: unclosed string"),
    ("root ::= [z-a]", "class range is out of order"),
    ("root ::= x{3,1}\nx ::= \"a\"", "bounds reversed"),
    ('rot ::= "a"', "defines no 'root' rule"),
    ("root = \"a\"", "expected '::='"),
    ('root ::= ("a"', "expected ')'"),
    ("root ::= \"\\q\"", "unknown escape \\q"),
])
def test_gbnf_errors_are_named(text, error):
    with pytest.raises(GrammarError, match=error.replace("(", r"\(").replace(")", r"\)").replace("[", r"\[")
                       .replace("\\q", r"\\q")):
        parse_gbnf(text)


@pytest.mark.parametrize("schema, error", [
    ({"type": "string", "not": {"const": "x"}}, "unsupported JSON Schema keyword 'not'"),
    ({"type": "array", "uniqueItems": True}, "unsupported JSON Schema keyword 'uniqueItems'"),
    ({"allOf": [{"type": "string"}]}, "unsupported JSON Schema keyword 'allOf'"),
    ({"type": "object", "properties": {"a": {"type": "string", "minProperties": 1}}},
     "#/properties/a: unsupported JSON Schema keyword 'minProperties'"),
    ({"type": "number", "multipleOf": 2}, "unsupported JSON Schema keyword 'multipleOf'"),
    ({"type": "array", "prefixItems": [{"type": "string"}]}, "unsupported JSON Schema keyword 'prefixItems'"),
    ({"type": "thing"}, "unknown type 'thing'"),
    ({"type": "string", "format": "credit-card"}, "unsupported format 'credit-card'"),
    ({"type": "string", "pattern": "(?=a)b"}, "lookaround"),
    ({"type": "string", "pattern": r"(a)\1"}, r"escape \\1 is not supported"),
    ({"type": "string", "pattern": "a^b"}, "'\\^' is only supported at the start"),
    ({"$ref": "#/$defs/missing"}, "names no definition"),
    ({"$ref": "other.json#/x"}, "only '#'"),
    ({"type": "integer", "minimum": 5, "maximum": 4}, "no integer lies between"),
    ({"type": "integer", "minimum": 0.2, "maximum": 0.8}, "no integer lies between"),
    ({"type": "number", "exclusiveMinimum": 0.7, "maximum": 0.7}, "no number with at most 16 digits before"),
    ({"type": "number", "minimum": 1e300}, "no number with at most 16 digits before"),
    ({"type": "number", "maximum": float("nan")}, "maximum must be a finite number"),
    ({"type": "string", "minLength": 3, "maxLength": 2}, "maxLength 2 is below minLength 3"),
    ({"type": "array", "minItems": -1}, "minItems must be a non-negative integer"),
    ({"enum": []}, "enum must be a non-empty list"),
    ({"type": "string", "pattern": '"'}, "matches no character allowed here"),
])
def test_unsupported_schemas_are_refused_by_name(schema, error):
    with pytest.raises(GrammarError, match=error):
        schema_grammar(schema)


def _accepts(schema, text: str) -> bool:
    grammar = TokenGrammar(schema_grammar(schema).compile(), TokenIndex([bytes([b]) for b in range(256)]))
    matcher = GrammarMatcher(grammar)
    return matcher.accept_bytes(text.encode()) and matcher.can_end


def test_number_bounds_admit_exactly_the_values_inside():
    """Random bounds (integers, fractions, exclusive or not, either sign) against numbers written
    with up to 4 decimals near them: the grammar takes a number if and only if `jsonschema` finds
    it inside (integers written without a point), so fractional ranges such as 0.5..0.7 work and
    nothing outside slips through."""
    rng = random.Random(7)
    for trial in range(60):
        bounds = [rng.choice([rng.randint(-50, 50), round(rng.uniform(-5, 5), rng.randint(1, 3))])
                  for _ in range(2)]
        low, high = min(bounds), max(bounds)
        schema = {"type": rng.choice(["number", "integer"])}
        if rng.random() < 0.8:
            schema["exclusiveMinimum" if rng.random() < 0.5 else "minimum"] = low
        if rng.random() < 0.8:
            schema["exclusiveMaximum" if rng.random() < 0.5 else "maximum"] = high
        try:
            grammar = TokenGrammar(schema_grammar(schema).compile(), TokenIndex([bytes([b]) for b in range(256)]))
        except GrammarError:
            assert not any(jsonschema.Draft202012Validator(schema).is_valid(n) for n in range(-60, 61))
            continue
        texts = {f"{x:.{places}f}" for x in (low, high, low - 1, high + 1, (low + high) / 2)
                 for places in range(5) for x in (x, x + 10 ** -places, x - 10 ** -places)}
        for text in sorted(texts - {"-0", "-0.0", "-0.00", "-0.000", "-0.0000"}):
            matcher = GrammarMatcher(grammar)
            taken = matcher.accept_bytes(text.encode()) and matcher.can_end
            if schema["type"] == "integer" and "." in text:  # 3.0 is an integer too; the grammar writes 3
                assert not taken, (schema, text)
                continue
            assert taken == jsonschema.Draft202012Validator(schema).is_valid(json.loads(text)), (schema, text)


def test_number_bounds_hold_after_float_rounding():
    """A written fraction is read as a float: just past an exclusive bound the grammar stops where
    the float is still past it, and bounds beyond any written number mean no bound."""
    inside = {"type": "number", "exclusiveMinimum": 0.5}
    assert not _accepts(inside, "0.5000000000000000001") and not _accepts(inside, "0.50")
    assert _accepts(inside, "0.500000000000001") and json.loads("0.500000000000001") > 0.5
    assert _accepts({"type": "integer", "maximum": 10 ** 400}, "12")
    assert _accepts({"type": "number", "minimum": -1e300, "maximum": 1e300}, "-5.25")
    assert not _accepts({"type": "number"}, "01") and _accepts({"type": "number"}, "-0.5")


def test_strings_count_characters_not_bytes():
    """maxLength counts code points: multi-byte characters and escapes are one each."""
    tokens, index = vocabulary("llama3")
    grammar = TokenGrammar(schema_grammar({"type": "string", "minLength": 2, "maxLength": 2}).compile(), index)
    matcher = GrammarMatcher(grammar)
    assert matcher.accept_bytes('"é\\n"'.encode())
    assert matcher.finished
    matcher = GrammarMatcher(grammar)
    assert not matcher.accept_bytes('"abc'.encode())


def test_positions_are_analysed_once_per_vocabulary():
    """A grammar compiled again (another request with the same schema) walks no token trie:
    its positions' token sets come from the vocabulary's cache."""
    tokens, index = vocabulary("tok512")
    schema = {"type": "array", "items": {"type": "string", "maxLength": 4}, "maxItems": 3}
    first = generate(TokenGrammar(schema_grammar(schema).compile(), index), tokens, 0)
    known = len(index.positions)
    assert known > 0
    second = generate(TokenGrammar(schema_grammar(schema).compile(), index), tokens, 0)
    assert second == first and len(index.positions) == known
