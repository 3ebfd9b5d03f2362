"""The grammar engine inside Pyodide (stdlib only): over Llama 3's 128k vocabulary, the same seeded
replies as in CPython for every schema of test_structured.py (each validated), json_object mode
and a forced tool call, and the time a mask takes there per token (printed: the first token of
each grammar, the tokens after it, and the same replies again once the vocabulary's cache holds
their positions; checked loosely, since Node shares this machine's cores with the other tests)."""

from __future__ import annotations

import json

from test_structured import DATA, SCHEMAS, check

CODE = """
import json, random, time
from webllm_py.structured import GrammarMatcher, TokenGrammar, TokenIndex, json_object_grammar, schema_grammar
from webllm_py.structured.tools import call_grammar

tokenizer = load_tokenizer(ROOT + "tokenizers/llama3_tiktoken/tokenizer.model")
tokens = [None if i in tokenizer.special_ids else tokenizer.token_bytes(i) for i in range(tokenizer.vocab_size)]
started = time.perf_counter()
index = TokenIndex(tokens)
index_seconds = time.perf_counter() - started
person = {"type": "object", "properties": {"name": {"type": "string", "maxLength": 12},
          "tags": {"type": "array", "items": {"enum": ["a", "b", "c"]}, "maxItems": 3},
          "score": {"type": "integer", "minimum": 0, "maximum": 100}},
          "required": ["name", "score"], "additionalProperties": False}
grammars = {**{f"schema{k}": schema_grammar(s) for k, s in enumerate(SCHEMAS)}, "object": json_object_grammar(),
            "call": call_grammar("hermes", [{"name": "f", "parameters": person}], False)}


def reply(grammar, seed, times):
    # a random "model" that picks among the allowed tokens, leaning towards closing ones (and the
    # stop token, an id past the vocabulary) after a few tokens, so that replies end
    stop = len(tokens)
    matcher = GrammarMatcher(grammar, [stop])
    rng, out = random.Random(seed), b""
    for step in range(400):
        t = time.perf_counter()
        mask = matcher.allowed()
        times.append(time.perf_counter() - t)
        ids = [i for i, c in enumerate(bin(mask)[:1:-1]) if c == "1"]
        closing = [i for i in ids if i < stop and any(c in tokens[i] for c in b'"]}>')]
        if step > 6 and matcher.can_end and rng.random() < 0.5:
            return out
        pick = rng.choice(closing if step > 6 and closing and rng.random() < 0.8 else [i for i in ids if i < stop])
        assert matcher.accept(pick, tokens[pick])
        out += tokens[pick]
        if matcher.finished:
            return out
    raise AssertionError(f"no end after 400 tokens: {out[:200]!r}")


compiled = {name: TokenGrammar(g.compile(), index) for name, g in grammars.items()}
replies, first, rest, again = {}, [], [], []
for k, (name, grammar) in enumerate(compiled.items()):
    times = []
    replies[name] = reply(grammar, k, times).decode()
    first.append(times[0])
    rest += times[1:]
for k, (name, grammar) in enumerate(compiled.items()):
    assert reply(TokenGrammar(grammars[name].compile(), index), k, again).decode() == replies[name]
result = {"replies": replies, "index_s": index_seconds, "first_ms": 1000 * sum(first) / len(first),
          "rest_ms": 1000 * sum(rest) / len(rest), "median_ms": 1000 * sorted(rest)[len(rest) // 2],
          "again_ms": 1000 * sum(again) / len(again), "tokens": len(rest) + len(first)}
"""
PRELUDE = f"from webllm_py.tokenizer import load_tokenizer\nSCHEMAS = json.loads({json.dumps(SCHEMAS)!r})\n"


def _run_here() -> dict:
    scope = {"ROOT": f"{DATA}/"}
    exec("import json\n" + PRELUDE + CODE, scope)
    return scope["result"]


def test_structured_output_in_pyodide_matches_cpython(pyodide_node):
    got = pyodide_node.run("import json\nROOT = '/data/'\n" + PRELUDE + CODE,
                           data_files=["tokenizers/llama3_tiktoken/tokenizer.model"], timeout=900)
    here = _run_here()
    assert got["replies"] == here["replies"]
    for k, schema in enumerate(SCHEMAS):
        check(schema, got["replies"][f"schema{k}"].encode())
    assert isinstance(json.loads(got["replies"]["object"]), dict)
    from webllm_py.structured.tools import parse_tool_calls
    (call,) = parse_tool_calls("hermes", got["replies"]["call"])
    assert call.name == "f" and 0 <= call.arguments["score"] <= 100
    for name, runtime in (("CPython", here), ("Pyodide", got)):
        print(f"Llama 3 vocabulary, mask per token in {name}: first {runtime['first_ms']:.1f} ms, then mean "
              f"{runtime['rest_ms']:.2f} ms, median {runtime['median_ms']:.3f} ms; the same replies again "
              f"(positions cached) mean {runtime['again_ms']:.3f} ms ({runtime['tokens']} tokens, "
              f"{len(SCHEMAS) + 2} grammars); trie {runtime['index_s']:.2f} s")
    assert got["rest_ms"] < 200 and got["again_ms"] < 50
