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
                    suppress_health_check=[HealthCheck.too_slow])
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
