"""Malformed, truncated and unsupported tokenizer files raise `TokenizerError` naming the
file and the problem."""

import json
import struct
from pathlib import Path

import pytest

from webllm_py.tokenizer import TokenizerError, load_tokenizer

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def expect_error(path: Path, *words: str) -> TokenizerError:
    with pytest.raises(TokenizerError) as info:
        load_tokenizer(path)
    message = str(info.value)
    assert str(path) in message
    for word in words:
        assert word in message, message
    assert isinstance(info.value, ValueError)
    return info.value


def truncated_copy(tmp_path: Path, relative: str, size: int, name: str | None = None) -> Path:
    data = (DATA / relative).read_bytes()
    assert size < len(data)
    path = tmp_path / (name or Path(relative).name)
    path.write_bytes(data[:size])
    return path


# -- any file ------------------------------------------------------------------------------------
def test_missing_empty_and_unknown_files(tmp_path):
    expect_error(tmp_path / "nothing.json", "no such file")
    (tmp_path / "empty.model").write_bytes(b"")
    expect_error(tmp_path / "empty.model", "empty")
    (tmp_path / "noise.bin").write_bytes(bytes(range(7, 200)) * 3)
    expect_error(tmp_path / "noise.bin", "not a recognized tokenizer file")
    (tmp_path / "folder").mkdir()
    expect_error(tmp_path / "folder", "no tokenizer file in folder")


# -- GGUF ----------------------------------------------------------------------------------------
def gguf_bytes(metadata: dict, version: int = 3) -> bytes:
    def string(s: str) -> bytes:
        data = s.encode()
        return struct.pack("<Q", len(data)) + data

    out = b"GGUF" + struct.pack("<IQQ", version, 0, len(metadata))
    for key, value in metadata.items():
        out += string(key)
        if isinstance(value, str):
            out += struct.pack("<I", 8) + string(value)
        elif isinstance(value, list):  # list of strings
            out += struct.pack("<IIQ", 9, 8, len(value)) + b"".join(string(v) for v in value)
        else:
            out += struct.pack("<Ii", 5, value)
    return out


def test_gguf_truncated(tmp_path):
    path = truncated_copy(tmp_path, "llama_cpp_vocab/ggml-vocab-gpt-2.gguf", 100_000)
    expect_error(path, "GGUF header is truncated")


def test_gguf_bad_version_and_missing_tokenizer(tmp_path):
    path = tmp_path / "v7.gguf"
    path.write_bytes(gguf_bytes({}, version=7))
    expect_error(path, "unsupported GGUF version 7")
    path = tmp_path / "weights-only.gguf"
    path.write_bytes(gguf_bytes({"general.architecture": "llama"}))
    expect_error(path, "no tokenizer")


def test_gguf_unsupported_tokenizer(tmp_path):
    path = tmp_path / "mystery.gguf"
    path.write_bytes(gguf_bytes({"tokenizer.ggml.model": "mystery",
                                 "tokenizer.ggml.tokens": ["a"]}))
    expect_error(path, "unsupported GGUF tokenizer model 'mystery'")
    path = tmp_path / "none.gguf"
    path.write_bytes(gguf_bytes({"tokenizer.ggml.model": "none", "tokenizer.ggml.tokens": ["a"]}))
    expect_error(path, "GGUF file has no vocabulary")
    path = tmp_path / "no-merges.gguf"
    path.write_bytes(gguf_bytes({"tokenizer.ggml.model": "gpt2", "tokenizer.ggml.pre": "qwen2",
                                 "tokenizer.ggml.tokens": ["a", "b"]}))
    expect_error(path, "no tokenizer.ggml.merges")
    path = tmp_path / "pre.gguf"
    path.write_bytes(gguf_bytes({"tokenizer.ggml.model": "gpt2", "tokenizer.ggml.pre": "mystery",
                                 "tokenizer.ggml.tokens": ["a", "b"],
                                 "tokenizer.ggml.merges": ["a b"]}))
    expect_error(path, "unsupported tokenizer.ggml.pre 'mystery'")


# -- SentencePiece -------------------------------------------------------------------------------
def varint(n: int) -> bytes:
    out = b""
    while True:
        byte, n = n & 0x7F, n >> 7
        out += bytes([byte | (0x80 if n else 0)])
        if not n:
            return out


def field(number: int, payload: bytes | int) -> bytes:
    if isinstance(payload, int):
        return varint(number << 3) + varint(payload)
    return varint(number << 3 | 2) + varint(len(payload)) + payload


def sentencepiece_bytes(pieces: list[tuple[str, int]], trainer: bytes = b"") -> bytes:
    body = b"".join(field(1, field(1, p.encode()) + b"\x15" + struct.pack("<f", -1.0) + field(3, t))
                    for p, t in pieces)
    return body + field(2, trainer) + field(3, b"")


PIECES = [("<unk>", 2), ("<s>", 3), ("</s>", 3), ("\u2581a", 1), ("a", 1)]


def test_sentencepiece_truncated(tmp_path):
    path = truncated_copy(tmp_path, "tokenizers/llama2_sentencepiece/tokenizer.model", 200_001)
    expect_error(path, "protobuf data is truncated")


def test_sentencepiece_minimal_model_loads(tmp_path):
    path = tmp_path / "tiny.model"
    path.write_bytes(sentencepiece_bytes(PIECES, field(3, 2)))
    assert load_tokenizer(path).encode("a a") == [3, 3]


def test_sentencepiece_unsupported_and_inconsistent(tmp_path):
    path = tmp_path / "word.model"
    path.write_bytes(sentencepiece_bytes(PIECES, field(3, 3)))
    expect_error(path, "unsupported SentencePiece model type WORD")
    path = tmp_path / "suffix.model"
    path.write_bytes(sentencepiece_bytes(PIECES, field(3, 2) + field(24, 1)))
    expect_error(path, "treat_whitespace_as_suffix")
    path = tmp_path / "twice.model"
    path.write_bytes(sentencepiece_bytes(PIECES + [("a", 1)], field(3, 2)))
    expect_error(path, "defined twice")
    path = tmp_path / "no-unk.model"
    path.write_bytes(sentencepiece_bytes(PIECES[1:], field(3, 2)))
    expect_error(path, "exactly one unknown piece")
    path = tmp_path / "bytes.model"
    path.write_bytes(sentencepiece_bytes(PIECES + [("<0x41>", 6)], field(3, 2)))
    expect_error(path, "byte piece")


# -- tiktoken ------------------------------------------------------------------------------------
def test_tiktoken_bad_line(tmp_path):
    lines = (DATA / "tokenizers/openai_tiktoken/r50k_base.tiktoken").read_text().split("\n")
    path = tmp_path / "r50k_base.tiktoken"
    path.write_text("\n".join(lines[:10] + ["not-base64!! twelve"] + lines[10:]))
    expect_error(path, "line 11")


def test_tiktoken_unknown_vocabulary(tmp_path):
    lines = (DATA / "tokenizers/openai_tiktoken/r50k_base.tiktoken").read_text().split("\n")
    path = tmp_path / "custom.tiktoken"
    path.write_text("\n".join(lines[:300]))
    expect_error(path, "unknown tiktoken vocabulary (300 ranks)")
    path = tmp_path / "holes.tiktoken"
    path.write_text("\n".join(lines[1:300]))
    expect_error(path, "lacks 1 single-byte tokens")


# -- Hugging Face --------------------------------------------------------------------------------
def test_tokenizer_json_truncated(tmp_path):
    path = truncated_copy(tmp_path, "tokenizers/hf_phi2/tokenizer.json", 5_000)
    expect_error(path, "cannot read JSON")


@pytest.mark.parametrize("component,spec,words", [
    ("normalizer", {"type": "Magic"}, ["unsupported normalizer 'Magic'"]),
    ("pre_tokenizer", {"type": "UnicodeScripts"}, ["unsupported pre-tokenizer 'UnicodeScripts'"]),
    ("decoder", {"type": "CTC"}, ["unsupported decoder 'CTC'"]),
    ("post_processor", {"type": "Magic"}, ["unsupported post-processor 'Magic'"]),
    ("model", {"type": "Magic", "vocab": {"a": 0}}, ["unsupported model type 'Magic'"]),
    ("model", {"type": "BPE", "vocab": {"a": 0}, "merges": [], "dropout": 0.1}, ["dropout"]),
    ("model", {"type": "BPE", "vocab": {"a": 0}, "merges": ["a b c"]}, ["merge 0"]),
    ("normalizer", {"type": "Precompiled", "precompiled_charsmap": "AAAA"}, ["truncated"]),
    ("pre_tokenizer", {"type": "Split", "pattern": {"Regex": "\\p{Greek}+"},
                       "behavior": "Isolated"}, ["unsupported Split pre-tokenizer", "Greek"]),
])
def test_tokenizer_json_unsupported(tmp_path, component, spec, words):
    data = {"model": {"type": "BPE", "vocab": {"a": 0, "b": 1}, "merges": []}}
    data[component] = spec
    path = tmp_path / "tokenizer.json"
    path.write_text(json.dumps(data))
    expect_error(path, *words)


def test_gpt2_vocabulary_without_merges(tmp_path):
    path = tmp_path / "vocab.json"
    path.write_text(json.dumps({"a": 0, "b": 1}))
    expect_error(path, "needs both vocab.json and merges.txt")


# -- llama2.c ------------------------------------------------------------------------------------
def test_llama2c_truncated(tmp_path):
    path = truncated_copy(tmp_path, "models/llama2c_stories260K/tok512.bin", 3_001)
    expect_error(path, "truncated")
