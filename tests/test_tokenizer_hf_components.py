"""Hugging Face tokenizer.json components the shared files do not use (other normalizers,
split behaviors, digits, added-token flags, templates, WordPiece, WordLevel, prefixes ...):
variants of real files are written to tmp and compared with the `tokenizers` library."""

import copy
import functools
import json
import random
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from webllm_py.tokenizer import load_tokenizer
from webllm_py.tokenizer import unicode as U

tokenizers = pytest.importorskip("tokenizers")

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@functools.lru_cache(maxsize=None)
def base(relative: str) -> dict:
    return json.loads((DATA / relative).read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def texts() -> list[str]:
    lines = (DATA / "text/blns.txt").read_text(encoding="utf-8").split("\n")
    lines += (DATA / "text/UTF-8-demo.txt").read_text(encoding="utf-8").split("\n")[:60]
    rnd = random.Random(7)
    pieces = [" ", "  ", "\n", "\t", "a", "B", "hello", "HELLO", "x1", "2024", "é", "e\u0301",
              "Å", "ﬁ", "①", "😀", "中文", "...", "!?", "'s", "<mask>", "<|endoftext|>", "[CLS]",
              "\u00a0", "\u2581", "don't", "the", "_"]
    lines += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12))) for _ in range(300)]
    return [line for line in lines if len(line) < 400]


def added(content: str, token_id: int, special: bool = True, **flags: bool) -> dict:
    return {"id": token_id, "content": content, "special": special,
            "single_word": flags.get("single_word", False), "lstrip": flags.get("lstrip", False),
            "rstrip": flags.get("rstrip", False), "normalized": flags.get("normalized", not special)}


def compare(tmp_path: Path, data: dict) -> None:
    path = tmp_path / "tokenizer.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    reference = tokenizers.Tokenizer.from_file(str(path))
    ours = load_tokenizer(path)
    for text in texts():
        for add in (False, True):
            ids = reference.encode(text, add_special_tokens=add).ids
            assert ours.encode(text, add_special_tokens=add, parse_special=True) == ids, text
        for skip in (False, True):
            assert ours.decode(ids, skip_special_tokens=skip) == reference.decode(
                ids, skip_special_tokens=skip), text


BYTE_LEVEL = {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True,
              "use_regex": False}


def split(pattern: dict, behavior: str, invert: bool = False) -> dict:
    return {"type": "Split", "pattern": pattern, "behavior": behavior, "invert": invert}


# -- byte-level BPE (Phi-2's vocabulary) with other components -------------------------------
NORMALIZERS = {
    "nfc": {"type": "NFC"},
    "nfkc-lowercase": {"type": "Sequence", "normalizers": [{"type": "NFKC"}, {"type": "Lowercase"}]},
    "nfd-strip-accents": {"type": "Sequence", "normalizers": [{"type": "NFD"},
                                                              {"type": "StripAccents"}]},
    "nfkd-replace": {"type": "Sequence", "normalizers": [
        {"type": "NFKD"}, {"type": "Replace", "pattern": {"Regex": r"\s+"}, "content": " "},
        {"type": "Replace", "pattern": {"String": "e"}, "content": "E"}]},
    "bert": {"type": "BertNormalizer", "clean_text": True, "handle_chinese_chars": True,
             "strip_accents": None, "lowercase": True},
    "nmt": {"type": "Nmt"},
}


@pytest.mark.parametrize("name", NORMALIZERS)
def test_normalizers(tmp_path, name):
    data = copy.deepcopy(base("tokenizers/hf_phi2/tokenizer.json"))
    data["normalizer"] = NORMALIZERS[name]
    # Phi-2's space and tab tokens are matched after normalization; normalizers that turn
    # tabs into spaces make several of them equal, and tokenizers then picks one at random.
    data["added_tokens"] = data["added_tokens"][:1]
    compare(tmp_path, data)


PRE_TOKENIZERS = {
    "llama3-split-ignore-merges": [split({"Regex": U.LLAMA3_PATTERN}, "Isolated"), BYTE_LEVEL],
    "o200k-split": [split({"Regex": U.O200K_PATTERN}, "Isolated"), BYTE_LEVEL],
    "digits-punctuation": [{"type": "Digits", "individual_digits": True},
                           {"type": "Punctuation", "behavior": "Isolated"},
                           dict(BYTE_LEVEL, use_regex=True)],
    "contiguous-digits": [{"type": "Digits", "individual_digits": False}, BYTE_LEVEL],
    "removed": [split({"String": " "}, "Removed"), BYTE_LEVEL],
    "merged-with-previous": [split({"String": " "}, "MergedWithPrevious"), BYTE_LEVEL],
    "merged-with-next": [split({"Regex": r"\s+"}, "MergedWithNext"), BYTE_LEVEL],
    "contiguous": [split({"Regex": r"[aeiou]"}, "Contiguous"), BYTE_LEVEL],
    "inverted": [split({"Regex": r"\p{L}+"}, "Isolated", invert=True), BYTE_LEVEL],
    # (\p{L} rather than \w, whose Oniguruma flavour differs on a few characters)
    "inverted-removed": [split({"Regex": r"[\p{L}\p{N}_]+"}, "Removed", invert=True), BYTE_LEVEL],
    "whitespace": [{"type": "Whitespace"}, BYTE_LEVEL],
    "whitespace-split": [{"type": "WhitespaceSplit"}, BYTE_LEVEL],
    "bert": [{"type": "BertPreTokenizer"}, BYTE_LEVEL],
    "char-delimiter": [{"type": "CharDelimiterSplit", "delimiter": "e"}, BYTE_LEVEL],
    "prefix-space": [dict(BYTE_LEVEL, add_prefix_space=True, use_regex=True)],
}


@pytest.mark.parametrize("name", PRE_TOKENIZERS)
def test_pre_tokenizers(tmp_path, name):
    data = copy.deepcopy(base("tokenizers/hf_phi2/tokenizer.json"))
    data["pre_tokenizer"] = {"type": "Sequence", "pretokenizers": PRE_TOKENIZERS[name]}
    data["model"]["ignore_merges"] = name.endswith("ignore-merges")
    compare(tmp_path, data)


def test_added_token_flags_and_templates(tmp_path):
    data = copy.deepcopy(base("tokenizers/hf_phi2/tokenizer.json"))
    data["normalizer"] = {"type": "Lowercase"}
    # tokenizers numbers added tokens itself (vocabulary id if the text has one, else the
    # next free id, special ones first), so the ids here follow that order.
    vocab = data["model"]["vocab"]
    data["added_tokens"] = [
        added("<|endoftext|>", 50256, lstrip=True, rstrip=True),
        *base("tokenizers/hf_phi2/tokenizer.json")["added_tokens"][1:],
        added("hello", vocab["hello"], special=False, single_word=True),
        added("<mask>", 50295, special=False, lstrip=True),
        added("x1", 50296, special=False, normalized=True),
        added("B", vocab["B"], special=False, normalized=True),  # normalized to "b"
        added("don't", 50297, special=False, normalized=False, rstrip=True),
    ]
    data["post_processor"] = {
        "type": "TemplateProcessing",
        "single": [{"SpecialToken": {"id": "<|endoftext|>", "type_id": 0}},
                   {"Sequence": {"id": "A", "type_id": 0}},
                   {"SpecialToken": {"id": "<mask>", "type_id": 0}}],
        "pair": [{"Sequence": {"id": "A", "type_id": 0}}, {"Sequence": {"id": "B", "type_id": 1}}],
        "special_tokens": {"<|endoftext|>": {"id": "<|endoftext|>", "ids": [50256],
                                             "tokens": ["<|endoftext|>"]},
                           "<mask>": {"id": "<mask>", "ids": [50295], "tokens": ["<mask>"]}}}
    compare(tmp_path, data)


# -- SentencePiece-style BPE and Unigram with other pre-tokenizers / decoders ------------------
def test_metaspace_bpe_first_scheme(tmp_path):
    data = copy.deepcopy(base("tokenizers/hf_phi3_mini/tokenizer.json"))
    data["normalizer"] = None  # transformers' legacy=False layout
    data["pre_tokenizer"] = {"type": "Metaspace", "replacement": "\u2581",
                             "prepend_scheme": "first", "split": False}
    data["decoder"] = {"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": "first",
                       "split": False}
    compare(tmp_path, data)


@pytest.mark.parametrize("scheme,split_words", [("first", True), ("never", False),
                                                 ("always", False)])
def test_metaspace_unigram(tmp_path, scheme, split_words):
    data = copy.deepcopy(base("tokenizers/hf_t5_small/tokenizer.json"))
    metaspace = {"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": scheme,
                 "split": split_words}
    data["pre_tokenizer"] = metaspace
    data["decoder"] = metaspace
    compare(tmp_path, data)


# -- WordPiece (BERT) built from the bge vocabulary ------------------------------------------
def test_wordpiece_bert(tmp_path):
    bge = load_tokenizer(DATA / "llama_cpp_vocab/ggml-vocab-bert-bge.gguf")
    vocab = {bge.id_to_token(i): i for i in range(bge.vocab_size)}
    data = {
        "version": "1.0",
        "added_tokens": [added(t, vocab[t]) for t in ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")],
        "normalizer": NORMALIZERS["bert"],
        "pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": {"type": "BertProcessing", "sep": ["[SEP]", 102], "cls": ["[CLS]", 101]},
        "decoder": {"type": "WordPiece", "prefix": "##", "cleanup": True},
        "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
                  "max_input_chars_per_word": 100, "vocab": vocab},
    }
    compare(tmp_path, data)


# -- models trained here with the tokenizers library -------------------------------------------
def trained(model, trainer, pre_tokenizer, decoder) -> dict:
    tokenizer = tokenizers.Tokenizer(model)
    tokenizer.pre_tokenizer = pre_tokenizer
    tokenizer.decoder = decoder
    corpus = (DATA / "sentencepiece/botchan.txt").read_text(encoding="utf-8").split("\n")[:2000]
    tokenizer.train_from_iterator(corpus, trainer)
    return json.loads(tokenizer.to_str())


def test_bpe_with_subword_prefix_and_suffix(tmp_path):
    models, trainers = tokenizers.models, tokenizers.trainers
    data = trained(
        models.BPE(unk_token="[UNK]", continuing_subword_prefix="##", end_of_word_suffix="</w>"),
        trainers.BpeTrainer(vocab_size=600, special_tokens=["[UNK]"],
                            continuing_subword_prefix="##", end_of_word_suffix="</w>"),
        tokenizers.pre_tokenizers.Whitespace(), tokenizers.decoders.WordPiece())
    compare(tmp_path, data)


def test_word_level(tmp_path):
    data = trained(tokenizers.models.WordLevel(unk_token="[UNK]"),
                   tokenizers.trainers.WordLevelTrainer(vocab_size=800, special_tokens=["[UNK]"]),
                   tokenizers.pre_tokenizers.WhitespaceSplit(), None)
    compare(tmp_path, data)


# -- components composed in any order, as HF composes them --------------------------------------
PRE_POOL = [
    split({"Regex": U.GPT2_PATTERN}, "Isolated"), split({"Regex": U.LLAMA3_PATTERN}, "Isolated"),
    split({"Regex": r"\s+"}, "MergedWithNext"), split({"String": " "}, "Removed"),
    split({"Regex": r"\p{L}+"}, "Contiguous", invert=True), split({"Regex": r"(?=\d)"}, "Isolated"),
    {"type": "Digits", "individual_digits": True}, {"type": "Punctuation", "behavior": "Isolated"},
    {"type": "Whitespace"}, {"type": "WhitespaceSplit"}, {"type": "FixedLength", "length": 3},
    {"type": "CharDelimiterSplit", "delimiter": "a"},
    {"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": "never", "split": True},
]
NORMALIZER_POOL = [{"type": "NFKC"}, {"type": "Lowercase"}, {"type": "Prepend", "prepend": "_"},
                   {"type": "Replace", "pattern": {"Regex": r"\d"}, "content": "#"},
                   {"type": "Strip", "strip_left": True, "strip_right": False}]
BYTE_LEVEL_STEP = st.fixed_dictionaries({
    "type": st.just("ByteLevel"), "add_prefix_space": st.booleans(), "trim_offsets": st.just(True),
    "use_regex": st.booleans()})


@settings(max_examples=10, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pre_steps=st.lists(st.sampled_from(PRE_POOL), max_size=3),
       normalizer_steps=st.lists(st.sampled_from(NORMALIZER_POOL), max_size=2),
       byte_level=BYTE_LEVEL_STEP, where=st.integers(0, 4))
def test_sequences_in_any_order(tmp_path, pre_steps, normalizer_steps, byte_level, where):
    """Pre-tokenizer and normalizer Sequences in random orders, with the byte-level step
    anywhere in either (`where` beyond the pre-tokenizers puts it in the normalizer)."""
    data = copy.deepcopy(base("tokenizers/hf_phi2/tokenizer.json"))
    data["added_tokens"] = data["added_tokens"][:1]
    if where <= len(pre_steps):
        pre_steps = [*pre_steps[:where], byte_level, *pre_steps[where:]]
    else:
        normalizer_steps = [*normalizer_steps, {"type": "ByteLevel"}]
    data["pre_tokenizer"] = {"type": "Sequence", "pretokenizers": pre_steps}
    data["normalizer"] = {"type": "Sequence", "normalizers": normalizer_steps}
    path = tmp_path / "tokenizer.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    reference = tokenizers.Tokenizer.from_file(str(path))
    ours = load_tokenizer(path)
    for text in texts()[::20]:
        assert ours.encode(text, parse_special=True) == reference.encode(text).ids, text


DECODER_STEPS = {
    "replace": {"type": "Replace", "pattern": {"String": "\u2581"}, "content": " "},
    "replace-regex": {"type": "Replace", "pattern": {"Regex": r"[aeiou]+"}, "content": "*"},
    "strip": {"type": "Strip", "content": "\u2581", "start": 1, "stop": 1},
    "byte-fallback": {"type": "ByteFallback"},
}
DECODER_ENDS = {
    "byte-level": [{"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True,
                    "use_regex": True}],
    "wordpiece": [{"type": "WordPiece", "prefix": "\u2581", "cleanup": False}],
    "metaspace": [{"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": "always",
                   "split": True}],
    "fuse-strip": [{"type": "Fuse"}, {"type": "Strip", "content": " ", "start": 2, "stop": 0}],
    "nothing": [],
}


@settings(max_examples=25, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.sampled_from(sorted(DECODER_STEPS)), max_size=3),
       end=st.sampled_from(sorted(DECODER_ENDS)),
       ids=st.lists(st.integers(0, 32010), min_size=1, max_size=12))
def test_decoder_chains(tmp_path, steps, end, ids):
    """Per-token decoders in any order before the one that maps or joins the tokens."""
    data = copy.deepcopy(base("tokenizers/hf_phi3_mini/tokenizer.json"))
    data["decoder"] = {"type": "Sequence", "decoders": [DECODER_STEPS[s] for s in steps]
                       + DECODER_ENDS[end]}
    path = tmp_path / "tokenizer.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    reference = tokenizers.Tokenizer.from_file(str(path))
    after = steps[steps.index("byte-fallback") + 1:] if "byte-fallback" in steps else None
    if after is not None and (set(after) - {"byte-fallback"} or end in ("wordpiece", "byte-level", "metaspace")):
        with pytest.raises(ValueError, match="unsupported decoder .* after ByteFallback"):
            load_tokenizer(path)
        return
    if "byte-fallback" in steps:
        # A known departure: HF turns a run of byte tokens that is not valid UTF-8 as a whole
        # into one U+FFFD per byte; we keep its valid characters, as sentencepiece does.
        runs, run = [], bytearray()
        for token in (reference.id_to_token(i) or "" for i in ids):
            if re.fullmatch(r"<0x[0-9A-F]{2}>", token):
                run.append(int(token[3:5], 16))
            else:
                runs.append(bytes(run))
                run = bytearray()
        assume(all(_is_utf8(r) for r in [*runs, bytes(run)]))
    ours = load_tokenizer(path)
    for skip in (False, True):
        assert ours.decode(ids, skip_special_tokens=skip) == reference.decode(
            ids, skip_special_tokens=skip)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def test_wordpiece_after_byte_fallback_is_refused_not_wrong(tmp_path):
    """HF turns a run of byte tokens into one token before WordPiece spaces it ('<unk> \\x00')
    (or ByteLevel maps it through its alphabet); per-token decoding cannot, so such chains are
    refused by name (found by test_decoder_chains)."""
    data = copy.deepcopy(base("tokenizers/hf_phi3_mini/tokenizer.json"))
    data["decoder"] = {"type": "Sequence", "decoders": [DECODER_STEPS["byte-fallback"], *DECODER_ENDS["wordpiece"]]}
    path = tmp_path / "tokenizer.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert tokenizers.Tokenizer.from_file(str(path)).decode([0, 3], skip_special_tokens=False) == "<unk> \x00"
    with pytest.raises(ValueError, match="unsupported decoder 'WordPiece' after ByteFallback"):
        load_tokenizer(path)


@pytest.mark.parametrize("chain,words", [
    ([{"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True, "use_regex": True},
      {"type": "Replace", "pattern": {"String": "a"}, "content": "b"}],
     "unsupported decoder 'Replace' after the tokens are joined"),
    ([{"type": "WordPiece", "prefix": "##", "cleanup": True},
      {"type": "Strip", "content": " ", "start": 1, "stop": 0}],
     "unsupported decoder 'Strip' after wordpiece"),
    ([{"type": "BPEDecoder", "suffix": "</w>"}], "unsupported decoder 'BPEDecoder'"),
])
def test_decoder_chains_we_cannot_stream_are_refused(tmp_path, chain, words):
    data = copy.deepcopy(base("tokenizers/hf_phi2/tokenizer.json"))
    data["decoder"] = {"type": "Sequence", "decoders": chain}
    path = tmp_path / "tokenizer.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    tokenizers.Tokenizer.from_file(str(path))  # a file HF loads
    with pytest.raises(ValueError, match=words):
        load_tokenizer(path)
