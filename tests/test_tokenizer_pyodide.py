"""The tokenizer inside Pyodide (Python 3.14 under Node, no `regex`, other `unicodedata`):
a representative subset of the golden vectors, streaming, and the benchmark."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from webllm_py.tokenizer import gguf_pre

# (.inp/.out set, tokenizer file) pairs covering tiktoken, SentencePiece, GGUF and HF BPE.
VOCAB_CASES = [
    ("llama-bpe", "tokenizers/llama3_tiktoken/tokenizer.model"),
    ("llama-spm", "tokenizers/llama2_sentencepiece/tokenizer.model"),
    ("gpt-2", "llama_cpp_vocab/ggml-vocab-gpt-2.gguf"),
    ("phi-3", "tokenizers/hf_phi3_mini/tokenizer.json"),
    ("bert-bge", "llama_cpp_vocab/ggml-vocab-bert-bge.gguf"),
]

VOCAB_CODE = """
import json, sys
from webllm_py.tokenizer import load_tokenizer

SEP = "\\n__ggml_vocab_test__\\n"
result = {"python": list(sys.version_info[:2]), "has_regex": "regex" in sys.modules, "sets": {}}
for name, tokenizer_path in CASES:
    tok = load_tokenizer("/data/" + tokenizer_path)
    inp = open(f"/data/llama_cpp_vocab/ggml-vocab-{name}.gguf.inp", encoding="utf-8").read()
    out = open(f"/data/llama_cpp_vocab/ggml-vocab-{name}.gguf.out", encoding="utf-8").read()
    texts = []
    while inp:
        i = inp.index(SEP)
        texts.append(inp[:i])
        inp = inp[i + len(SEP):]
    expected = [[int(x) for x in line.split()] for line in out.split("\\n")[:len(texts)]]
    failures = [t for t, e in zip(texts, expected) if tok.encode(t) != e]
    result["sets"][name] = [len(texts) - len(failures), len(texts), failures[:3]]
"""


@pytest.mark.parametrize("case", VOCAB_CASES, ids=[c[0] for c in VOCAB_CASES])
def test_llama_cpp_vectors_in_pyodide(pyodide_node, case):
    name, tokenizer_path = case
    data_files = [tokenizer_path, f"llama_cpp_vocab/ggml-vocab-{name}.gguf.inp",
                  f"llama_cpp_vocab/ggml-vocab-{name}.gguf.out"]
    result = pyodide_node.run(f"CASES = {json.dumps([case])}\n" + VOCAB_CODE, data_files)
    assert result["python"][0] == 3 and result["python"][1] >= 12
    assert not result["has_regex"]
    passed, total, failures = result["sets"][name]
    assert passed == total, failures


# Every GGUF pre-tokenizer type (tests/test_tokenizer_gguf.py checks them against HF in
# CPython) must split the same under Pyodide's `re` and Unicode tables.
PRE_TEXTS = ["Hello world's 1234567 中文 ひらがな \n\n  x", "  ‘Ωmega’ IMGIMGABZ <sentinel:3>",
             "x²y ١٢٣٤ ٣ e\u0301 ǅ... $+<=>^~|` 😀\t\r\n", "ไทย 한국어 ＡＢ，。 1234abc"]
PRE_CODE = """
from webllm_py.tokenizer import gguf_pre
splits = {name: [t.pre_tokenizer()(text, True) for text in TEXTS]
          for name, t in gguf_pre.TYPES.items()}
"""


def test_gguf_pre_tokenizers_in_pyodide(pyodide_node):
    expected = {name: [t.pre_tokenizer()(text, True) for text in PRE_TEXTS]
                for name, t in gguf_pre.TYPES.items()}
    # (json.dumps would write astral characters as surrogate-pair escapes, which a Python
    # literal reads as two code points)
    texts = json.dumps(PRE_TEXTS, ensure_ascii=False)
    result = pyodide_node.run(f"TEXTS = {texts}\n{PRE_CODE}result = splits\n", [])
    assert result == expected


def test_sentencepiece_unigram_and_streaming_in_pyodide(pyodide_node):
    code = """
import json
from webllm_py.tokenizer import load_tokenizer

ref = json.load(open("/data/sentencepiece/derived_reference_encodings.json"))
tok = load_tokenizer("/data/sentencepiece/test_model.model")
cases = ref["botchan/test_model.model"][:100]
unigram_ok = sum(tok.encode(c["text"]) == c["ids"] for c in cases)

golden = json.load(open("/data/models/llama2c_stories260K/expected_greedy_200.json"))
text = open("/data/models/llama2c_stories260K/expected_greedy_200.txt", encoding="utf-8").read()
tok512 = load_tokenizer("/data/models/llama2c_stories260K/tok512.bin")
stream = tok512.stream(skip_special_tokens=True)
streamed = "".join(stream.step(i) for i in golden["token_ids"]) + stream.flush()
result = {"unigram": [unigram_ok, len(cases)],
          "stories": tok512.decode(golden["token_ids"], skip_special_tokens=True) == text,
          "stream": streamed == text}
"""
    result = pyodide_node.run(code, [
        "sentencepiece/derived_reference_encodings.json", "sentencepiece/test_model.model",
        "models/llama2c_stories260K/expected_greedy_200.json",
        "models/llama2c_stories260K/expected_greedy_200.txt",
        "models/llama2c_stories260K/tok512.bin"])
    assert result == {"unigram": [100, 100], "stories": True, "stream": True}


def test_benchmark_in_pyodide(pyodide_node, capsys):
    code = """
import contextlib, io
from webllm_py.tokenizer import bench

out = io.StringIO()
with contextlib.redirect_stdout(out):
    bench.main(["--data", "/data"])
result = out.getvalue()
"""
    report = pyodide_node.run(code, ["text/war-and-peace.txt",
                                     "tokenizers/llama3_tiktoken/tokenizer.model",
                                     "tokenizers/llama2_sentencepiece/tokenizer.model"])
    with capsys.disabled():
        print("\n[tokenizer benchmark in Pyodide]\n" + report)
    rates = dict(re.findall(r"(llama[23]) .*= ([0-9.]+) MB/s", report))
    assert set(rates) == {"llama2", "llama3"}
    assert float(rates["llama3"]) > 0.1  # MB/s; about 2 on this machine, CPython about 3


# Pyodide 0.27 (Python 3.12) has no harness fixture; run it once directly under Node.
REPO = Path(__file__).resolve().parents[1]
PYODIDE_027 = REPO / "node_modules" / "pyodide027"
RUNNER_027 = """
import {readFileSync} from 'node:fs';
import {loadPyodide} from '%(dir)s/pyodide.mjs';
const py = await loadPyodide({indexURL: '%(dir)s/'});
py.mountNodeFS('/project', '%(repo)s');
py.mountNodeFS('/data', '%(data)s');
py.runPython('import sys; sys.path.insert(0, "/project")');
console.log('RESULT ' + await py.runPythonAsync(readFileSync(process.argv[2], 'utf8')));
"""


@pytest.mark.skipif(shutil.which("node") is None or not PYODIDE_027.is_dir(),
                    reason="needs node and node_modules/pyodide027")
def test_pyodide_027(tmp_path):
    code = VOCAB_CODE + PRE_CODE + "\nimport json\njson.dumps([result, splits])\n"
    (tmp_path / "check.py").write_text(f"CASES = {json.dumps(VOCAB_CASES)}\n"
                                       f"TEXTS = {json.dumps(PRE_TEXTS, ensure_ascii=False)}\n"
                                       + code, encoding="utf-8")
    (tmp_path / "run.mjs").write_text(RUNNER_027 % {
        "dir": PYODIDE_027.as_posix(), "repo": REPO.as_posix(),
        "data": (REPO.parent / "shared" / "data").as_posix()})
    done = subprocess.run(["node", str(tmp_path / "run.mjs"), str(tmp_path / "check.py")],
                          capture_output=True, text=True, timeout=300)
    line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
    assert line is not None, done.stdout[-2000:] + done.stderr[-2000:]
    result, splits = json.loads(line[len("RESULT "):])
    assert result["python"] == [3, 12] and not result["has_regex"]
    assert splits == {name: [t.pre_tokenizer()(text, True) for text in PRE_TEXTS]
                      for name, t in gguf_pre.TYPES.items()}
    for name, (passed, total, failures) in result["sets"].items():
        assert passed == total, (name, failures)
