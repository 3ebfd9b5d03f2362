"""Golden token sets: swift-transformers, ggml prompts, mistral-common, SentencePiece's own
test models, the derived per-line and whole-file encodings, and stories260K."""

import functools
import hashlib
import json
import re
import struct
from pathlib import Path

import pytest

from webllm_py.tokenizer import load_tokenizer

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
TESTS = DATA / "tokenizer_tests"


@functools.lru_cache(maxsize=None)
def load(relative: str):
    return load_tokenizer(DATA / relative)


def read_json(relative: str):
    return json.loads((DATA / relative).read_text(encoding="utf-8"))


def clean_up_tokenization(text: str) -> str:
    """transformers' `clean_up_tokenization_spaces` (a presentation step done after the
    tokenizer's own decoding, for models whose config asks for it)."""
    for old, new in ((" .", "."), (" ?", "?"), (" !", "!"), (" ,", ","), (" ' ", "'"),
                     (" n't", "n't"), (" 'm", "'m"), (" 's", "'s"), (" 've", "'ve"),
                     (" 're", "'re")):
        text = text.replace(old, new)
    return text


# -- swift-transformers ---------------------------------------------------------------------
# model id -> (vocabulary here, transformers applies clean_up_tokenization_spaces)
SWIFT_MODELS = {
    "distilgpt2": ("tokenizers/hf_gpt2/vocab.json", True),
    "coreml-projects/Llama-2-7b-chat-coreml": ("tokenizers/llama2_sentencepiece/tokenizer.model", False),
    "pcuenq/Llama-3.2-1B-Instruct-tokenizer": ("tokenizers/llama3_tiktoken/tokenizer.model", True),
    "bert-base-uncased": ("llama_cpp_vocab/ggml-vocab-bert-bge.gguf", True),
    "google-bert/bert-base-uncased": ("llama_cpp_vocab/ggml-vocab-bert-bge.gguf", True),
    "t5-base": ("tokenizers/hf_t5_small/tokenizer.json", True),  # t5-small's = t5-base's
}
# No vocabulary for these here (Gemma, Falcon, Whisper, multilingual DistilBERT).
SWIFT_UNAVAILABLE = {"tiiuae/falcon-7b", "pcuenq/gemma-tokenizer", "openai/whisper-tiny.en",
                     "openai/whisper-large-v2", "distilbert/distilbert-base-multilingual-cased"}


def test_swift_models_are_covered():
    models = read_json("tokenizer_tests/swift_transformers/tokenizer_tests.json")
    assert set(models) == set(SWIFT_MODELS) | SWIFT_UNAVAILABLE


@pytest.mark.parametrize("model", SWIFT_MODELS)
def test_swift_transformers_cases(model):
    vocabulary, cleanup = SWIFT_MODELS[model]
    tokenizer = load(vocabulary)
    cases = read_json("tokenizer_tests/swift_transformers/tokenizer_tests.json")[model]
    assert len(cases) == 18
    present = (clean_up_tokenization if cleanup else str)
    for case in cases:
        ids = case["encoded"]["input_ids"]
        assert tokenizer.encode(case["input"], add_special_tokens=True) == ids, case["input"]
        assert present(tokenizer.decode(ids)) == case["decoded_with_special"]
        assert present(tokenizer.decode(ids, skip_special_tokens=True)) == case[
            "decoded_without_special"]


SWIFT_ENCODED = {
    "gpt2_encoded_tokens.json": ("tokenizers/hf_gpt2/vocab.json", False, False),
    "llama_encoded.json": ("tokenizers/llama2_sentencepiece/tokenizer.model", True, False),
    "llama_3.2_encoded.json": ("tokenizers/llama3_tiktoken/tokenizer.model", True, False),
    "t5_base_encoded.json": ("tokenizers/hf_t5_small/tokenizer.json", True, False),
    "bert_uncased_encoded.json": ("llama_cpp_vocab/ggml-vocab-bert-bge.gguf", True, True),
}


@pytest.mark.parametrize("name", SWIFT_ENCODED)
def test_swift_transformers_long_text(name):
    vocabulary, special, cleanup = SWIFT_ENCODED[name]
    tokenizer = load(vocabulary)
    case = read_json(f"tokenizer_tests/swift_transformers/{name}")
    ids = tokenizer.encode(case["text"], add_special_tokens=special)
    assert ids == case["token_ids"]
    assert [tokenizer.id_to_token(i) for i in ids[len(tokenizer.template.prefix):]][
        :len(case["bpe_tokens"])] == case["bpe_tokens"]
    decoded = tokenizer.decode(ids)
    assert (clean_up_tokenization(decoded) if cleanup else decoded) == case["decoded_text"]


# -- ggml example prompts ----------------------------------------------------------------------
GGML_PROMPTS = {
    "gpt-2": "tokenizers/openai_tiktoken/r50k_base.tiktoken",
    "gpt-j": "tokenizers/hf_gpt2/vocab.json",
    "gpt-neox": "llama_cpp_vocab/ggml-vocab-gpt-neox.gguf",
    "dolly-v2": "llama_cpp_vocab/ggml-vocab-gpt-neox.gguf",
}


@pytest.mark.parametrize("name", GGML_PROMPTS)
def test_ggml_prompts(name):
    tokenizer = load(GGML_PROMPTS[name])
    lines = (TESTS / "ggml_prompts" / f"{name}.txt").read_text(encoding="utf-8").split("\n")
    cases = [line.rsplit(" => ", 1) for line in lines if " => " in line]
    assert len(cases) == 100
    failures = [text for text, ids in cases
                if tokenizer.encode(text) != [int(i) for i in ids.split(",")]]
    assert not failures


# -- mistral-common ----------------------------------------------------------------------------
MISTRAL_MODELS = {1: "tokenizer.model.v1", 2: "mistral_instruct_tokenizer_240216.model.v2",
                  3: "mistral_instruct_tokenizer_240323.model.v3"}
# The (sample, version) pairs mistral-common itself tests.
MISTRAL_CASES = [("get_weather_full", 2), ("get_weather_full", 3), ("get_weather_no_history", 2),
                 ("get_weather_no_history", 3), ("several_calls", 2), ("several_calls", 3),
                 ("no_tools", 1), ("no_tools", 2), ("no_tools", 3),
                 ("get_weather_no_system_prompt", 2), ("get_weather_no_system_prompt", 3),
                 ("parallel_calls", 3)]


@pytest.mark.parametrize("sample,version", MISTRAL_CASES)
def test_mistral_common_samples(sample, version):
    tokenizer = load(f"tokenizers/mistral_sentencepiece/{MISTRAL_MODELS[version]}")
    folder = TESTS / "mistral_common_samples" / sample
    ids = json.loads((folder / f"tokens_v{version}.json").read_text())["tokens"]
    pieces_text = (folder / f"text_v{version}.txt").read_text(encoding="utf-8")
    assert "".join(tokenizer.id_to_token(i) for i in ids) == pieces_text
    # Rebuild the prompt: control tokens stay as text; every text segment was encoded on
    # its own, so its leading "▁" is the dummy prefix.
    controls = sorted((tokenizer.id_to_token(i) for i in tokenizer.special_ids), key=len,
                      reverse=True)
    segments = re.split("(" + "|".join(map(re.escape, controls)) + ")", pieces_text)
    prompt = []
    for index, segment in enumerate(segments):
        if index % 2 == 0:
            segment = re.sub("<0x([0-9A-F]{2})>", lambda m: chr(int(m.group(1), 16)), segment)
            segment = segment.replace("\u2581", " ")
            segment = segment[1:] if segment.startswith(" ") else segment
        prompt.append(segment)
    assert tokenizer.encode("".join(prompt), parse_special=True) == ids


# -- SentencePiece test models (Unigram, nmt_nfkc) ---------------------------------------------
@pytest.mark.parametrize("key,model", [("botchan/test_model.model", "test_model.model"),
                                       ("wagahaiwa/test_ja_model.model", "test_ja_model.model")])
def test_sentencepiece_reference_encodings(key, model):
    tokenizer = load(f"sentencepiece/{model}")
    cases = read_json("sentencepiece/derived_reference_encodings.json")[key]
    assert len(cases) == 400
    for case in cases:
        ids = tokenizer.encode(case["text"])
        assert ids == case["ids"], case["text"]
        # SentencePiece shows an unknown piece as its text; the others are vocabulary pieces.
        assert all(piece == tokenizer.id_to_token(i) for i, piece in zip(ids, case["pieces"])
                   if i != tokenizer.unk_id)


# -- derived reference encodings ---------------------------------------------------------------
REFERENCE_CONFIGS = {
    "llama2_spm": "tokenizers/llama2_sentencepiece/tokenizer.model",
    "mistral_v3_spm": "tokenizers/mistral_sentencepiece/mistral_instruct_tokenizer_240323.model.v3",
    "llama3_tiktoken": "tokenizers/llama3_tiktoken/tokenizer.model",
    "gpt2_r50k": "tokenizers/openai_tiktoken/r50k_base.tiktoken",
    "cl100k": "tokenizers/openai_tiktoken/cl100k_base.tiktoken",
    "o200k": "tokenizers/openai_tiktoken/o200k_base.tiktoken",
    "phi3_hf": "tokenizers/hf_phi3_mini/tokenizer.json",
    "phi2_hf": "tokenizers/hf_phi2/tokenizer.json",
    "t5_small_hf": "tokenizers/hf_t5_small/tokenizer.json",
}


def reference_encode(config: str, text: str) -> list[int]:
    # The HF configs were made with tokenizers' defaults: special-token text is matched.
    return load(REFERENCE_CONFIGS[config]).encode(text, parse_special=config.endswith("_hf"))


@functools.lru_cache(maxsize=1)
def line_encodings():
    return read_json("tokenizer_tests/derived_reference_encodings/line_encodings.json")


@pytest.mark.parametrize("config", REFERENCE_CONFIGS)
def test_derived_line_encodings(config):
    data = line_encodings()
    assert set(data["encodings"]) == set(REFERENCE_CONFIGS)
    for corpus, lines in data["lines"].items():
        expected = data["encodings"][config][corpus]
        assert len(expected) == len(lines)
        failures = [line for line, ids in zip(lines, expected) if reference_encode(config, line) != ids]
        assert not failures, (corpus, failures[:3])


WHOLE_FILES = read_json("tokenizer_tests/derived_reference_encodings/whole_file_checksums.json")[
    "results"]


@pytest.mark.parametrize("corpus", WHOLE_FILES)
@pytest.mark.parametrize("config", REFERENCE_CONFIGS)
def test_derived_whole_file_checksums(config, corpus):
    text = (DATA / corpus).read_text(encoding="utf-8")
    expected = WHOLE_FILES[corpus][config]
    ids = reference_encode(config, text)
    assert ids[:64] == expected["first64"]
    assert ids[-16:] == expected["last16"]
    assert len(ids) == expected["n"]
    assert hashlib.sha256(",".join(map(str, ids)).encode()).hexdigest() == expected["sha256_csv"]


# -- stories260K -------------------------------------------------------------------------------
def test_stories260k_golden_decoding():
    tokenizer = load("models/llama2c_stories260K/tok512.bin")
    golden = read_json("models/llama2c_stories260K/expected_greedy_200.json")
    text = (DATA / "models/llama2c_stories260K/expected_greedy_200.txt").read_text(encoding="utf-8")
    ids = golden["token_ids"]
    assert len(ids) == 201 and ids[0] == tokenizer.bos_id == 1
    assert tokenizer.decode(ids, skip_special_tokens=True) == text
    assert text == golden["text"]
    stream = tokenizer.stream(skip_special_tokens=True)
    assert "".join(stream.step(i) for i in ids) + stream.flush() == text
    # The text encodes back to the same ids (with BOS), as run.c would encode it.
    assert tokenizer.encode(text, add_special_tokens=True) == ids


# -- GGUF Unigram (llama.cpp's "t5" tokenizer), made from SentencePiece's test model -----------
def gguf_file(metadata: dict) -> bytes:
    """A tensor-less GGUF v3 file (strings, ints, bools, and arrays of str/float/int/uint8)."""
    def string(text: str) -> bytes:
        data = text.encode()
        return struct.pack("<Q", len(data)) + data

    def value(v) -> bytes:
        if isinstance(v, str):
            return struct.pack("<I", 8) + string(v)
        if isinstance(v, bool):
            return struct.pack("<I?", 7, v)
        if isinstance(v, int):
            return struct.pack("<Ii", 5, v)
        if isinstance(v, bytes):
            return struct.pack("<IIQ", 9, 0, len(v)) + v
        kind, items = v
        if kind == "str":
            return struct.pack("<IIQ", 9, 8, len(items)) + b"".join(map(string, items))
        fmt = {"f32": (6, "f"), "i32": (5, "i")}[kind]
        return struct.pack(f"<IIQ{len(items)}{fmt[1]}", 9, fmt[0], len(items), *items)

    body = b"".join(string(k) + value(v) for k, v in metadata.items())
    return b"GGUF" + struct.pack("<IQQ", 3, 0, len(metadata)) + body


def test_gguf_unigram_matches_sentencepiece(tmp_path):
    sentencepiece = pytest.importorskip("sentencepiece")
    from webllm_py.tokenizer.protobuf import Message

    path = DATA / "sentencepiece/test_model.model"
    sp = sentencepiece.SentencePieceProcessor(model_file=str(path))
    n = sp.get_piece_size()
    types = [2 if sp.is_unknown(i) else 3 if sp.is_control(i) else 6 if sp.is_byte(i)
             else 5 if sp.is_unused(i) else 1 for i in range(n)]
    normalizer = Message(sp.serialized_model_proto(), path).message(3)
    gguf = tmp_path / "t5-vocab.gguf"
    gguf.write_bytes(gguf_file({
        "tokenizer.ggml.model": "t5",
        "tokenizer.ggml.tokens": ("str", [sp.id_to_piece(i) for i in range(n)]),
        "tokenizer.ggml.scores": ("f32", [sp.get_score(i) for i in range(n)]),
        "tokenizer.ggml.token_type": ("i32", types),
        "tokenizer.ggml.precompiled_charsmap": normalizer.raw(2),
        "tokenizer.ggml.add_space_prefix": True,
        "tokenizer.ggml.remove_extra_whitespaces": True,
        "tokenizer.ggml.unknown_token_id": sp.unk_id(),
        "tokenizer.ggml.eos_token_id": sp.eos_id(),
    }))
    tokenizer = load_tokenizer(gguf)
    assert tokenizer.kind == "gguf:t5"
    cases = read_json("sentencepiece/derived_reference_encodings.json")["botchan/test_model.model"]
    assert all(tokenizer.encode(case["text"]) == case["ids"] for case in cases)
