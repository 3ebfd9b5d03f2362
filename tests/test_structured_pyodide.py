"""The grammar engine inside Pyodide (stdlib only): over Llama 3's 128k vocabulary, the same seeded
replies as in CPython for a JSON schema, a forced tool call and json_object mode, and the time a
mask takes there per token (printed; the mean after the first token is checked loosely, since
Node shares this machine's cores with the other tests)."""

from __future__ import annotations

import json

from test_structured import DATA

CODE = """
import json, random, time
from webllm_py.structured import GrammarMatcher, TokenGrammar, TokenIndex, json_object_grammar, schema_grammar
from webllm_py.structured.tools import call_grammar, parse_tool_calls
from webllm_py.tokenizer import load_tokenizer

tokenizer = load_tokenizer(ROOT + "tokenizers/llama3_tiktoken/tokenizer.model")
tokens = [None if i in tokenizer.special_ids else tokenizer.token_bytes(i) for i in range(tokenizer.vocab_size)]
started = time.perf_counter()
index = TokenIndex(tokens)
index_seconds = time.perf_counter() - started
schema = {"type": "object", "properties": {"name": {"type": "string", "maxLength": 12},
          "tags": {"type": "array", "items": {"enum": ["a", "b", "c"]}, "maxItems": 3},
          "score": {"type": "integer", "minimum": 0, "maximum": 100}},
          "required": ["name", "score"], "additionalProperties": False}
grammars = {"schema": schema_grammar(schema), "object": json_object_grammar(),
            "call": call_grammar("hermes", [{"name": "f", "parameters": schema}], False)}
replies, first, rest = {}, [], []
for name, grammar in grammars.items():
    matcher = GrammarMatcher(TokenGrammar(grammar.compile(), index))
    rng, out = random.Random(1), b""
    for step in range(120):
        t = time.perf_counter()
        mask = matcher.allowed()
        (first if step == 0 else rest).append(time.perf_counter() - t)
        bits = bin(mask)[:1:-1]
        ids = [i for i, c in enumerate(bits) if c == "1"]
        closing = [i for i in ids if any(c in tokens[i] for c in b'"]}>')]
        pick = rng.choice(closing if step > 6 and closing and rng.random() < 0.8 else ids)
        assert matcher.accept(pick, tokens[pick])
        out += tokens[pick]
        if matcher.finished:
            break
    replies[name] = out.decode()
result = {"replies": replies, "index_s": index_seconds, "first_ms": 1000 * sum(first) / len(first),
          "rest_ms": 1000 * sum(rest) / len(rest), "median_ms": 1000 * sorted(rest)[len(rest) // 2],
          "tokens": len(rest)}
"""


def _run_here() -> dict:
    scope = {"ROOT": f"{DATA}/"}
    exec(CODE, scope)
    return scope["result"]


def test_structured_output_in_pyodide_matches_cpython(pyodide_node):
    got = pyodide_node.run("ROOT = '/data/'\n" + CODE, data_files=["tokenizers/llama3_tiktoken/tokenizer.model"],
                           timeout=900)
    here = _run_here()
    assert got["replies"] == here["replies"]
    value = json.loads(got["replies"]["schema"])
    assert set(value) >= {"name", "score"} and 0 <= value["score"] <= 100
    assert isinstance(json.loads(got["replies"]["object"]), dict)
    from webllm_py.structured.tools import parse_tool_calls
    (call,) = parse_tool_calls("hermes", got["replies"]["call"])
    assert call.name == "f" and 0 <= call.arguments["score"] <= 100
    print(f"Llama 3 vocabulary, mask per token: CPython first {here['first_ms']:.1f} ms, then mean "
          f"{here['rest_ms']:.2f} ms, median {here['median_ms']:.3f} ms; Pyodide first {got['first_ms']:.1f} ms, then "
          f"mean {got['rest_ms']:.2f} ms, median {got['median_ms']:.3f} ms ({got['tokens']} tokens); trie "
          f"{here['index_s']:.2f} s / {got['index_s']:.2f} s")
    assert got["rest_ms"] < 200
