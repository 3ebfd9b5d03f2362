"""Lossless tokenizers give back their input, and streaming decode equals one-shot decode."""

import functools
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from webllm_py.tokenizer import load_tokenizer

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"

# Byte-level and byte-fallback tokenizers: decode(encode(s)) == s for every s.
LOSSLESS = [
    "tokenizers/llama3_tiktoken/tokenizer.model",
    "tokenizers/openai_tiktoken/o200k_base.tiktoken",
    "tokenizers/openai_tiktoken/r50k_base.tiktoken",
    "tokenizers/hf_gpt2/vocab.json",
    "tokenizers/hf_phi2/tokenizer.json",
    "tokenizers/hf_roberta_base/tokenizer.json",
    "tokenizers/hf_phi3_mini/tokenizer.json",
    "tokenizers/llama2_sentencepiece/tokenizer.model",
    "tokenizers/llama2_sentencepiece/tokenizer.llama2c.bin",
    "tokenizers/mistral_sentencepiece/mistral_instruct_tokenizer_240323.model.v3",
    "llama_cpp_vocab/ggml-vocab-gpt-2.gguf",
    "llama_cpp_vocab/ggml-vocab-llama-spm.gguf",
    "models/llama2c_stories260K/tok512.bin",
]
# Normalizing tokenizers (not lossless) still have to stream exactly.
LOSSY = [
    "llama_cpp_vocab/ggml-vocab-bert-bge.gguf",
    "tokenizers/hf_t5_small/tokenizer.json",
    "sentencepiece/test_model.model",
]
TEXT_ALPHABET = st.characters(blacklist_categories=("Cs",))
TRICKY_TEXT = st.lists(st.sampled_from(
    [" ", "  ", "\n", "\r\n", "\t", "\u00a0", "\u3000", "a", "A", "'s", "'S", "1", "123",
     "\u2581", "é", "e\u0301", "😀", "👍🏽", "\u200d", "中", "ا", "<s>", "</s>", "<0x0A>",
     "<|endoftext|>", "Ġ"]), max_size=20).map("".join)
SETTINGS = settings(max_examples=60, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@functools.lru_cache(maxsize=None)
def load(relative: str):
    return load_tokenizer(DATA / relative)


def blns() -> list[str]:
    return json.loads((DATA / "text/blns.json").read_text(encoding="utf-8"))


def assert_round_trip(tokenizer, text: str) -> None:
    ids = tokenizer.encode(text)
    # SentencePiece-style vocabularies write spaces as "▁", so a "▁" in the text comes back
    # as a space (as with sentencepiece and HF themselves); everything else is exact.
    space = tokenizer.token_to_id("\u2581")
    if space is not None and tokenizer.token_bytes(space) == b" ":
        text = text.replace("\u2581", " ")
    assert tokenizer.decode(ids) == text
    stream = tokenizer.stream()
    assert "".join(stream.step(i) for i in ids) + stream.flush() == text


@pytest.mark.parametrize("path", LOSSLESS)
def test_round_trip_naughty_strings_and_utf8_demo(path):
    tokenizer = load(path)
    for text in blns():
        assert_round_trip(tokenizer, text)
    assert_round_trip(tokenizer, (DATA / "text/UTF-8-demo.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", [
    "tokenizers/llama3_tiktoken/tokenizer.model",
    "tokenizers/llama2_sentencepiece/tokenizer.model",
    "tokenizers/hf_phi3_mini/tokenizer.json",
    "tokenizers/openai_tiktoken/r50k_base.tiktoken",
])
def test_round_trip_war_and_peace(path):
    assert_round_trip(load(path), (DATA / "text/war-and-peace.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", LOSSLESS)
@SETTINGS
@given(text=st.one_of(st.text(TEXT_ALPHABET, max_size=40), TRICKY_TEXT))
def test_round_trip_random_unicode(path, text):
    tokenizer = load(path)
    # Phi-3's non-special "</s>" has rstrip: it swallows the whitespace after it, as in HF.
    if not any(t.content in text for t in tokenizer.added_tokens
               if not t.special and (t.lstrip or t.rstrip)):
        assert_round_trip(tokenizer, text)


@functools.lru_cache(maxsize=None)
def id_pools(path: str) -> tuple[list[int], list[int]]:
    """All ids, and the ids of single non-ASCII bytes (to cut UTF-8 sequences)."""
    tokenizer = load(path)
    ids = sorted(i for i in range(tokenizer.vocab_size) if tokenizer.id_to_token(i) is not None)
    partial = [i for i in ids if len(tokenizer.token_bytes(i)) == 1
               and tokenizer.token_bytes(i)[0] >= 0x80]
    return ids, partial


@pytest.mark.parametrize("path", LOSSLESS + LOSSY)
@SETTINGS
@given(data=st.data(), skip=st.booleans())
def test_stream_equals_one_shot_for_random_ids(path, data, skip):
    tokenizer = load(path)
    ids, partial = id_pools(path)
    pool = st.sampled_from(ids)
    if partial:
        pool = st.one_of(pool, st.sampled_from(partial))
    sequence = data.draw(st.lists(pool, max_size=30))
    stream = tokenizer.stream(skip_special_tokens=skip)
    pieces = [stream.step(i) for i in sequence] + [stream.flush()]
    assert "".join(pieces) == tokenizer.decode(sequence, skip_special_tokens=skip)


@pytest.mark.parametrize("path", LOSSY)
@SETTINGS
@given(text=st.one_of(st.text(TEXT_ALPHABET, max_size=40), TRICKY_TEXT))
def test_stream_equals_one_shot_for_encoded_text(path, text):
    tokenizer = load(path)
    ids = tokenizer.encode(text, add_special_tokens=True)
    for skip in (False, True):
        stream = tokenizer.stream(skip_special_tokens=skip)
        streamed = "".join(stream.step(i) for i in ids) + stream.flush()
        assert streamed == tokenizer.decode(ids, skip_special_tokens=skip)


def test_stream_holds_back_incomplete_characters():
    tokenizer = load("tokenizers/llama2_sentencepiece/tokenizer.model")
    ids = tokenizer.encode("a 😀")  # the emoji falls back to four byte tokens
    stream = tokenizer.stream()
    outputs = [stream.step(i) for i in ids]
    assert outputs[:2] == ["a", " "] or outputs[0] == "a"
    assert "\ufffd" not in "".join(outputs)
    assert "".join(outputs) + stream.flush() == "a 😀"
    assert outputs[-1].endswith("😀") and all(o == "" for o in outputs[-4:-1])


def test_stream_strips_only_the_first_leading_space():
    tokenizer = load("tokenizers/llama2_sentencepiece/tokenizer.model")
    stream = tokenizer.stream()
    words = [tokenizer.token_to_id("▁Hello"), tokenizer.token_to_id("▁world")]
    assert [stream.step(i) for i in words] == ["Hello", " world"]
    stream = tokenizer.stream(skip_special_tokens=True)
    assert [stream.step(i) for i in [tokenizer.bos_id] + words] == ["", "Hello", " world"]
