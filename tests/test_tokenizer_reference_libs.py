"""Differential tests on random text against the reference libraries (tiktoken,
sentencepiece, tokenizers), which are installed in CPython only."""

import functools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from webllm_py.tokenizer import load_tokenizer
from webllm_py.tokenizer import unicode as U

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
TOKENIZERS = DATA / "tokenizers"
SETTINGS = settings(max_examples=150, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.function_scoped_fixture])
# Random text, plus text built from pieces that stress splitting and normalization.
TEXT = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=40),
    st.lists(st.sampled_from([
        " ", "  ", "\n", "\r\n", "\t", "\u00a0", "\u3000", "a", "Z", "'s", "'LL", "'\u017f",
        "7", "2024", "é", "e\u0301", "\u0301", "ｶﾞ", "ﾞ", "Å", "ﬁ", "①", "😀", "👍🏽", "\u200d",
        "가", "\u1100\u1161", "中文", "ا", "…", "<s>", "</s>", "<|endoftext|>", "<|eot_id|>",
        "<unk>", "\u2581", "\x00", "\x1c", "\ufeff"]), max_size=16).map("".join))


@functools.lru_cache(maxsize=None)
def ours(relative: str):
    return load_tokenizer(TOKENIZERS / relative)


# -- tiktoken ------------------------------------------------------------------------------------
TIKTOKEN = {
    "openai_tiktoken/cl100k_base.tiktoken": U.LLAMA3_PATTERN,
    "openai_tiktoken/o200k_base.tiktoken": U.O200K_PATTERN,
    "openai_tiktoken/r50k_base.tiktoken": U.GPT2_PATTERN,
    "llama3_tiktoken/tokenizer.model": U.LLAMA3_PATTERN,
}


@functools.lru_cache(maxsize=None)
def tiktoken_reference(relative: str):
    tiktoken = pytest.importorskip("tiktoken")
    from tiktoken.load import load_tiktoken_bpe
    tokenizer = ours(relative)
    specials = {t.content: t.id for t in tokenizer.added_tokens}
    return tiktoken.Encoding(relative, pat_str=TIKTOKEN[relative],
                             mergeable_ranks=load_tiktoken_bpe(str(TOKENIZERS / relative)),
                             special_tokens=specials)


@pytest.mark.parametrize("relative", TIKTOKEN)
@SETTINGS
@given(text=TEXT)
def test_tiktoken(relative, text):
    reference, tokenizer = tiktoken_reference(relative), ours(relative)
    assert tokenizer.encode(text) == reference.encode_ordinary(text)
    assert tokenizer.encode(text, parse_special=True) == reference.encode(
        text, allowed_special="all")


# -- sentencepiece -------------------------------------------------------------------------------
SENTENCEPIECE = [
    "llama2_sentencepiece/tokenizer.model",
    "mistral_sentencepiece/tokenizer.model.v1",
    "mistral_sentencepiece/mistral_instruct_tokenizer_240323.model.v3",
    "../sentencepiece/test_model.model",
    "../sentencepiece/test_ja_model.model",
]


@functools.lru_cache(maxsize=None)
def sentencepiece_reference(relative: str):
    sentencepiece = pytest.importorskip("sentencepiece")
    return sentencepiece.SentencePieceProcessor(model_file=str(TOKENIZERS / relative))


@pytest.mark.parametrize("relative", SENTENCEPIECE)
@SETTINGS
@given(text=TEXT)
def test_sentencepiece(relative, text):
    reference, tokenizer = sentencepiece_reference(relative), ours(relative)
    ids = reference.encode(text)
    assert tokenizer.encode(text) == ids
    if tokenizer.unk_id not in ids:  # sentencepiece shows <unk> as " ⁇ "
        assert tokenizer.decode(ids, skip_special_tokens=True) == reference.decode(ids)


# SentencePiece models trained here, for the options the shared models do not use.
TRAINED = {
    "bpe-user-defined-control": dict(
        model_type="bpe", byte_fallback=True, user_defined_symbols=["<|user|>", "[X]", "ab"],
        control_symbols=["<ctl>"], normalization_rule_name="identity",
        remove_extra_whitespaces=False),
    "unigram-user-defined-nfkc-cf": dict(
        model_type="unigram", normalization_rule_name="nmt_nfkc_cf",
        user_defined_symbols=["<|user|>", "@@"], add_dummy_prefix=False),
    "bpe-nfkc-no-prefix-unk": dict(
        model_type="bpe", normalization_rule_name="nfkc", add_dummy_prefix=False,
        split_digits=True),
    "unigram-byte-fallback": dict(
        model_type="unigram", byte_fallback=True, normalization_rule_name="identity",
        remove_extra_whitespaces=False),
}
TRAINED_TEXT = st.one_of(TEXT, st.lists(st.sampled_from(
    ["<|user|>", "[X]", "ab", "@@", "<ctl>", " ", "a", "b", "The", "1234", "Ａ", "ß", "😀", "\t"]),
    max_size=12).map("".join))


@pytest.fixture(scope="module")
def trained_models(tmp_path_factory):
    sentencepiece = pytest.importorskip("sentencepiece")
    lines = (DATA / "sentencepiece/botchan.txt").read_text(encoding="utf-8").split("\n")[:3000]
    folder = tmp_path_factory.mktemp("sentencepiece")
    models = {}
    for name, options in TRAINED.items():
        path = folder / f"{name}.model"
        with open(path, "wb") as f:
            sentencepiece.SentencePieceTrainer.train(
                sentence_iterator=iter(lines), model_writer=f, vocab_size=400, num_threads=1,
                minloglevel=2, **options)
        models[name] = (sentencepiece.SentencePieceProcessor(model_file=str(path)),
                        load_tokenizer(path))
    return models


@pytest.mark.parametrize("name", TRAINED)
@SETTINGS
@given(text=TRAINED_TEXT)
def test_trained_sentencepiece_models(trained_models, name, text):
    reference, tokenizer = trained_models[name]
    ids = reference.encode(text)
    assert tokenizer.encode(text) == ids
    if tokenizer.unk_id not in ids:
        assert tokenizer.decode(ids, skip_special_tokens=True) == reference.decode(ids)


# -- Hugging Face tokenizers ---------------------------------------------------------------------
HF = ["hf_phi3_mini/tokenizer.json", "hf_phi2/tokenizer.json", "hf_roberta_base/tokenizer.json",
      "hf_t5_small/tokenizer.json"]


@functools.lru_cache(maxsize=None)
def hf_reference(relative: str):
    tokenizers = pytest.importorskip("tokenizers")
    return tokenizers.Tokenizer.from_file(str(TOKENIZERS / relative))


@pytest.mark.parametrize("relative", HF)
@SETTINGS
@given(text=TEXT, add_special_tokens=st.booleans())
def test_hf_tokenizers(relative, text, add_special_tokens):
    reference, tokenizer = hf_reference(relative), ours(relative)
    ids = reference.encode(text, add_special_tokens=add_special_tokens).ids
    # tokenizers matches special-token text by default.
    assert tokenizer.encode(text, add_special_tokens=add_special_tokens, parse_special=True) == ids
    for skip in (False, True):
        assert tokenizer.decode(ids, skip_special_tokens=skip) == reference.decode(
            ids, skip_special_tokens=skip)


# -- lone surrogates (text a Python str can hold but UTF-8 cannot encode) ----------------------
SURROGATES = st.lists(st.sampled_from(["a", " b", "\ud800", "\udc00", "\ud83d\ude00", "😀",
                                       "\udfff\ud800", "1", "\n"]), min_size=1, max_size=8).map(
    "".join).filter(lambda s: any("\ud800" <= c <= "\udfff" for c in s))


@pytest.mark.parametrize("relative", ["openai_tiktoken/r50k_base.tiktoken",
                                      "openai_tiktoken/o200k_base.tiktoken"])
@SETTINGS
@given(text=SURROGATES)
def test_tiktoken_replaces_lone_surrogates(relative, text):
    """tiktoken re-reads such text as UTF-16: pairs join, lone halves become U+FFFD."""
    assert ours(relative).encode(text) == tiktoken_reference(relative).encode_ordinary(text)


@pytest.mark.parametrize("relative", ["hf_phi2/tokenizer.json",
                                      "llama2_sentencepiece/tokenizer.model",
                                      "../llama_cpp_vocab/ggml-vocab-gpt-2.gguf"])
def test_other_formats_refuse_lone_surrogates(relative):
    """HF tokenizers (TypeError) and sentencepiece (RuntimeError) refuse such text too."""
    with pytest.raises(ValueError, match="lone surrogate U\\+D83D at index 1"):
        ours(relative).encode("a\ud83d\ude00")
    if relative.endswith(".json"):
        with pytest.raises(TypeError):
            hf_reference(relative).encode("a\ud83d\ude00")
    elif relative.endswith(".model"):
        with pytest.raises(RuntimeError):
            sentencepiece_reference(relative).encode("a\ud83d\ude00")


# -- invalid UTF-8 from byte-fallback tokens ------------------------------------------------------
@SETTINGS
@given(ids=st.lists(st.one_of(st.integers(3, 258), st.sampled_from([263, 29871, 13])),
                    max_size=12))
def test_sentencepiece_decodes_invalid_bytes_like_sentencepiece(ids):
    """Byte tokens that do not form UTF-8 become one U+FFFD per byte, in one go or streamed.
    (A first token of "▁a": sentencepiece keeps the space of a leading <0x20>, HF's Llama
    decoder and ours strip it.)"""
    relative = "llama2_sentencepiece/tokenizer.model"
    tokenizer = ours(relative)
    ids = [263, *ids]
    text = tokenizer.decode(ids)
    assert text == sentencepiece_reference(relative).decode(ids)
    stream = tokenizer.stream()
    assert "".join(stream.step(i) for i in ids) + stream.flush() == text


@pytest.mark.parametrize("ids", [[0xE5, 0x85, 263], [0xF3, 0xA2, 0x9B, 263], [0x102, 0x101],
                                 [263, 0xE5], [0xC6, 0xAC, 263]])
def test_hf_byte_fallback_decodes_invalid_bytes_like_tokenizers(ids):
    """(HF replaces a whole run of byte tokens when any of it is invalid, even a valid
    character before the bad bytes; that case alone comes out as sentencepiece has it.)"""
    relative = "hf_phi3_mini/tokenizer.json"
    assert ours(relative).decode(ids) == hf_reference(relative).decode(ids)
