"""The public API: loading, special tokens and ids, templates, added tokens, CLI, benchmark."""

import functools
import io
import json
from pathlib import Path

import pytest

from webllm_py.tokenizer import Tokenizer, load_tokenizer
from webllm_py.tokenizer.bench import main as bench_main
from webllm_py.tokenizer.cli import tokenize_main

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@functools.lru_cache(maxsize=None)
def load(relative: str) -> Tokenizer:
    return load_tokenizer(DATA / relative)


@pytest.mark.parametrize("folder,kind", [
    ("tokenizers/hf_phi3_mini", "hf:bpe"),
    ("tokenizers/hf_t5_small", "hf:unigram"),
    ("tokenizers/llama2_sentencepiece", "sentencepiece:bpe"),
    ("tokenizers/llama3_tiktoken", "tiktoken:llama3"),
    ("tokenizers/hf_gpt2", "gpt2-bpe"),
    ("models/llama2c_stories260K", "llama2c"),
    ("models/stories260K_gguf_DERIVED", "gguf:llama"),
])
def test_load_from_folder(folder, kind):
    assert load(folder).kind == kind


@pytest.mark.parametrize("path,bos,eos,pad,unk,stops,size", [
    ("tokenizers/llama3_tiktoken/tokenizer.model", 128000, 128001, 128004, None,
     {128001, 128008, 128009}, 128256),
    ("tokenizers/openai_tiktoken/cl100k_base.tiktoken", None, 100257, None, None, {100257}, 100277),
    ("tokenizers/llama2_sentencepiece/tokenizer.model", 1, 2, None, 0, {2}, 32000),
    ("tokenizers/hf_phi3_mini", 1, 32000, 32000, 0, {32000, 32007}, 32011),
    # llama.cpp's end-of-generation list names </s> (2) and [PAD] (a fill-in-the-middle pad).
    ("llama_cpp_vocab/ggml-vocab-phi-3.gguf", 1, 32000, 32000, 0, {2, 32000, 32007}, 32064),
    ("tokenizers/hf_t5_small", None, 1, 0, 2, {1}, 32100),
    ("llama_cpp_vocab/ggml-vocab-bert-bge.gguf", 101, 102, 0, 100, {0, 102}, 30522),
    ("models/llama2c_stories260K/tok512.bin", 1, 2, None, 0, {2}, 512),
])
def test_special_ids(path, bos, eos, pad, unk, stops, size):
    tokenizer = load(path)
    assert (tokenizer.bos_id, tokenizer.eos_id, tokenizer.pad_id, tokenizer.unk_id) == (
        bos, eos, pad, unk)
    assert tokenizer.stop_ids == stops
    assert tokenizer.vocab_size == size


def test_token_id_lookups():
    tokenizer = load("tokenizers/llama3_tiktoken/tokenizer.model")
    assert tokenizer.token_to_id("<|eot_id|>") == 128009
    assert tokenizer.id_to_token(128009) == "<|eot_id|>"
    assert tokenizer.token_to_id("Hello") == 9906
    assert tokenizer.id_to_token(220) == "Ġ"  # tokens are spelled in the byte-level alphabet
    assert tokenizer.token_to_id("no such token") is None
    assert tokenizer.id_to_token(10**9) is None
    spm = load("tokenizers/llama2_sentencepiece/tokenizer.model")
    assert spm.token_to_id("▁Hello") == 15043 and spm.id_to_token(13) == "<0x0A>"
    with pytest.raises(ValueError, match="not in the vocabulary"):
        spm.decode([10**6])


@pytest.mark.parametrize("path,text,plain,templated", [
    ("tokenizers/llama3_tiktoken/tokenizer.model", "Hi", [13347], [128000, 13347]),
    ("tokenizers/llama2_sentencepiece/tokenizer.model", "Hi", [6324], [1, 6324]),
    ("tokenizers/hf_t5_small", "Hi", [2018], [2018, 1]),
    ("tokenizers/hf_roberta_base", "Hi", [30086], [0, 30086, 2]),
    ("llama_cpp_vocab/ggml-vocab-bert-bge.gguf", "Hi", [7632], [101, 7632, 102]),
    ("tokenizers/hf_phi3_mini", "Hi", [6324], [6324]),  # add_bos_token is false in its config
    ("tokenizers/openai_tiktoken/o200k_base.tiktoken", "Hi", [12194], [12194]),
])
def test_add_special_tokens(path, text, plain, templated):
    tokenizer = load(path)
    assert tokenizer.encode(text) == plain
    assert tokenizer.encode(text, add_special_tokens=True) == templated


def test_special_token_text_is_only_parsed_when_asked():
    llama3 = load("tokenizers/llama3_tiktoken/tokenizer.model")
    text = "Hi<|eot_id|>"
    assert 128009 not in llama3.encode(text)
    assert llama3.decode(llama3.encode(text)) == text
    assert llama3.encode(text, parse_special=True) == [13347, 128009]
    llama2 = load("tokenizers/llama2_sentencepiece/tokenizer.model")
    assert 1 not in llama2.encode("<s>Hi")
    # Each text segment gets its own dummy prefix, as in HF's (legacy) LlamaTokenizer.
    assert llama2.encode("<s>Hi</s>", parse_special=True) == [1, 6324, 2]


def test_non_special_added_tokens_are_always_matched():
    phi3 = load("tokenizers/hf_phi3_mini")
    # "</s>" is a non-special added token with rstrip: it takes the spaces after it.
    assert phi3.encode("a</s>  b") == phi3.encode("a") + [2] + phi3.encode("b")
    phi2 = load("tokenizers/hf_phi2")
    spaces = phi2.token_to_id(" " * 8)
    assert spaces is not None and spaces in phi2.encode("x" + " " * 8 + "y")


def test_decode_skips_special_tokens_on_request():
    tokenizer = load("tokenizers/llama3_tiktoken/tokenizer.model")
    ids = tokenizer.encode("<|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|>",
                           add_special_tokens=True, parse_special=True)
    assert tokenizer.decode(ids) == (
        "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|>")
    assert tokenizer.decode(ids, skip_special_tokens=True) == "user\n\nHi"


def test_stories260k_gguf_prompt():
    case = json.loads((DATA / "models/stories260K_gguf_DERIVED/expected_outputs.json").read_text())
    prompt = next(c for c in case["cases"] if c["name"] == "prompt")
    for path in ("models/stories260K_gguf_DERIVED/stories260K.gguf",
                 "models/llama2c_stories260K/tok512.bin"):
        tokenizer = load(path)
        assert tokenizer.encode(prompt["prompt"], add_special_tokens=True) == prompt["prompt_ids"]
        # llama.cpp prints the dummy-prefix space of the first word; decode drops it.
        assert " " + tokenizer.decode(prompt["expected_ids"], skip_special_tokens=True) == (
            prompt["expected_text"])


# -- command line ------------------------------------------------------------------------------
def test_tokenize_command(capsys):
    path = str(DATA / "tokenizers/llama3_tiktoken/tokenizer.model")
    assert tokenize_main(["--tokenizer", path, "--text", "Hello world"]) == 0
    assert json.loads(capsys.readouterr().out) == [9906, 1917]
    assert tokenize_main(["--tokenizer", path, "--text", "Hi<|eot_id|>", "--add-special-tokens",
                          "--parse-special"]) == 0
    assert json.loads(capsys.readouterr().out) == [128000, 13347, 128009]


def test_tokenize_command_reads_stdin(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("Hello world"))
    assert tokenize_main(["--tokenizer", str(DATA / "tokenizers/llama2_sentencepiece")]) == 0
    assert json.loads(capsys.readouterr().out) == [15043, 3186]


def test_tokenize_command_reports_bad_files(tmp_path, capsys):
    bad = tmp_path / "tokenizer.json"
    bad.write_text("{not json")
    assert tokenize_main(["--tokenizer", str(bad), "--text", "x"]) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and "cannot read JSON" in err


def test_benchmark_prints_throughput(tmp_path, capsys):
    text = tmp_path / "sample.txt"
    text.write_text((DATA / "text/taylorswift.txt").read_text(encoding="utf-8")[:50_000])
    assert bench_main(["--text", str(text), "--tokenizer",
                       f"llama3={DATA / 'tokenizers/llama3_tiktoken/tokenizer.model'}"]) == 0
    out = capsys.readouterr().out
    assert "llama3 (tiktoken:llama3)" in out and "MB/s" in out


def test_llama4_tiktoken_special_tokens(tmp_path):
    # No Llama 4 tokenizer.model is available; a 200000-rank file stands in for its layout
    # (the ids below are those of Meta's llama-models and HF's Llama-4 config).
    lines = (DATA / "tokenizers/openai_tiktoken/o200k_base.tiktoken").read_text().splitlines()
    lines += ["AAAAAAAAAAAAAAAA 199998", "AQEBAQEBAQEBAQEB 199999"]
    path = tmp_path / "tokenizer.model"
    path.write_text("\n".join(lines) + "\n")
    tokenizer = load_tokenizer(path)
    assert tokenizer.kind == "tiktoken:llama4"
    expected = {"<|begin_of_text|>": 200000, "<|end_of_text|>": 200001,
                "<|header_start|>": 200005, "<|header_end|>": 200006, "<|eom|>": 200007,
                "<|eot|>": 200008, "<|finetune_right_pad|>": 200018,
                "<|image_start|>": 200080, "<|image|>": 200090, "<|patch|>": 200092,
                "<|reasoning_thinking_end|>": 201143}
    assert {t: tokenizer.token_to_id(t) for t in expected} == expected
    assert tokenizer.vocab_size == 202048
    assert (tokenizer.bos_id, tokenizer.eos_id, tokenizer.pad_id) == (200000, 200001, 200018)
    assert tokenizer.stop_ids == {200001, 200007, 200008}
    assert tokenizer.encode("Hi<|eot|>", add_special_tokens=True, parse_special=True) == [
        200000, 12194, 200008]


def test_small_tokenizer_json_files():
    # Neither file loads in the tokenizers library (an empty merges object, added tokens
    # without their flags), so there is no reference to compare with; they must still work.
    added = load("tokenizers/hf_added_tokens_case")
    # Its 4-token vocabulary has no "▁": the dummy prefix of "\n" is unknown.
    ids = added.encode("<|user|>\n<|end|>", add_special_tokens=True, parse_special=True)
    assert ids == [1, 32010, 0, 13, 32007]
    assert added.decode(ids, skip_special_tokens=True) == "\n"
    mini = load("tokenizers/misc/mini_llama.tokenizer.json")
    for text in ("Hello world", "func() 'm 'RE  \n\n x"):
        assert mini.decode(mini.encode(text)) == text
    assert mini.encode("<|begin_of_text|>hi", parse_special=True)[0] == 128000
