"""GGUF vocabularies of every kind llama.cpp reads (`tokenizer.ggml.model` and `.pre`).

The shared data holds GGUF vocabularies for only a few pre-tokenizers, so:
* every pre-tokenizer type's split is compared with HF `tokenizers` (a Sequence of
  ``Split(Isolated)``, which is what these models' tokenizer.json files use) on real text;
* for several types, a GGUF holding Phi-2's byte-level vocabulary is written with gguf-py
  and compared, end to end, with the matching tokenizer.json run by HF `tokenizers`;
* the non-BPE models (RWKV, PLaMo-2, Gemma 4 style, whitespace, hybrid DNA) get tiny
  vocabularies whose results are worked out by hand.
"""

import copy
import functools
import json
import random
from pathlib import Path

import pytest

from webllm_py.tokenizer import TokenizerError, load_tokenizer
from webllm_py.tokenizer import gguf_pre

gguf = pytest.importorskip("gguf")
tokenizers = pytest.importorskip("tokenizers")

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
NORMAL, UNKNOWN, CONTROL, USER_DEFINED, BYTE = 1, 2, 3, 4, 6

# Where a model's tokenizer.json regex differs from how it is written here (Kimi-K2's class
# intersections, which `re` lacks), the model's own text is the reference.
ORIGINAL = {
    "kimi_k2": "|".join([
        r"[\p{Han}]+",
        r"[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}&&[^\p{Han}]]*"
        r"[\p{Ll}\p{Lm}\p{Lo}\p{M}&&[^\p{Han}]]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?",
        r"[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}&&[^\p{Han}]]+"
        r"[\p{Ll}\p{Lm}\p{Lo}\p{M}&&[^\p{Han}]]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?",
        r"\p{N}{1,3}", r" ?[^\s\p{L}\p{N}]+[\r\n]*", r"\s*[\r\n]+", r"\s+(?!\S)", r"\s+"]),
}


@functools.lru_cache(maxsize=1)
def texts() -> list[str]:
    """Real text in many scripts, plus random mixes of the pieces the patterns care about."""
    lines = (DATA / "text/blns.txt").read_text(encoding="utf-8").split("\n")
    lines += (DATA / "text/UTF-8-demo.txt").read_text(encoding="utf-8").split("\n")
    lines += (DATA / "text/war-and-peace.txt").read_text(encoding="utf-8")[:20000].split("\n\n")
    rnd = random.Random(12)
    pieces = [" ", "  ", "   ", "\n", "\r\n", "\n\n", "\t", "\u00a0", "\u3000", "a", "Word",
              "UPPER", "'s", "'LL", "'re", "1", "12", "1234", "1234567", "٣٤", "²", "é",
              "e\u0301", "\u0301", "中文字", "ひらがな", "カタカナ", "한국어", "ไทย", "…", "!?",
              "$+<=>^~|`", "(", ")", ".", "，", "。", "<sentinel:12>", "IMGIMGABZ", "😀",
              "\u2581", "ǅ", "ﬁ", "Ωmega", "/", "_", "-"]
    lines += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14)))
              for _ in range(600)]
    return [line for line in lines if line and len(line) < 500]


def reference_split(name: str):
    patterns = [ORIGINAL.get(name, p) for p in gguf_pre.TYPES[name].splits]
    steps = [tokenizers.pre_tokenizers.Split(tokenizers.Regex(p), "isolated") for p in patterns]
    return tokenizers.pre_tokenizers.Sequence(steps)


def test_every_pre_name_has_a_type():
    assert set(gguf_pre.NAMES.values()) == set(gguf_pre.TYPES)
    assert len(gguf_pre.NAMES) >= 90  # llama.cpp's load() knows this many names


@pytest.mark.parametrize("name", sorted(gguf_pre.TYPES))
def test_pre_tokenizer_split_matches_hf(name):
    reference = reference_split(name)
    ours = gguf_pre.TYPES[name].pre_tokenizer()
    for text in texts():
        expected = [piece for piece, _ in reference.pre_tokenize_str(text)]
        assert ours(text, True) == expected, text


# -- end to end: a GGUF with Phi-2's vocabulary against the equivalent tokenizer.json ----------
@functools.lru_cache(maxsize=1)
def phi2() -> dict:
    return json.loads((DATA / "tokenizers/hf_phi2/tokenizer.json").read_text(encoding="utf-8"))


def write_gguf(path: Path, model: str, tokens: list[str], types: list[int], **keys) -> Path:
    """A vocabulary-only GGUF: tokenizer.ggml.<key> for each keyword (strings, ints,
    bools, string lists, float lists)."""
    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_tokenizer_model(model)
    writer.add_token_list(tokens)
    writer.add_token_types(types)
    for key, value in keys.items():
        name = key if "." in key else f"tokenizer.ggml.{key}"
        if isinstance(value, bool):
            writer.add_bool(name, value)
        elif isinstance(value, int):
            writer.add_uint32(name, value)
        elif isinstance(value, str):
            writer.add_string(name, value)
        elif value and isinstance(value[0], float):
            writer.add_array(name, value)
        else:
            writer.add_array(name, list(value))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.close()
    return path


def phi2_gguf(path: Path, pre: str) -> Path:
    data = phi2()
    size = 1 + max([*data["model"]["vocab"].values(), *(a["id"] for a in data["added_tokens"])])
    tokens = [""] * size
    types = [NORMAL] * size
    for token, i in data["model"]["vocab"].items():
        tokens[i] = token
    for added in data["added_tokens"]:
        tokens[added["id"]] = added["content"]
        types[added["id"]] = CONTROL if added["special"] else USER_DEFINED
    return write_gguf(path, "gpt2", tokens, types, pre=pre, merges=data["model"]["merges"],
                      bos_token_id=50256, eos_token_id=50256)


def phi2_json(path: Path, name: str) -> Path:
    data = copy.deepcopy(phi2())
    pre_type = gguf_pre.TYPES[name]
    splits = [{"type": "Split", "pattern": {"Regex": ORIGINAL.get(name, p)},
               "behavior": "Isolated", "invert": False} for p in pre_type.splits]
    data["pre_tokenizer"] = {"type": "Sequence", "pretokenizers": splits + [
        {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True,
         "use_regex": False}]}
    data["model"]["ignore_merges"] = pre_type.ignore_merges
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("pre", ["llama-bpe", "qwen2", "smollm", "gpt-4o", "deepseek-v3",
                                 "chameleon", "kimi-k2", "tekken", "superbpe"])
def test_byte_pair_gguf_matches_hf(tmp_path, pre):
    ours = load_tokenizer(phi2_gguf(tmp_path / "vocab.gguf", pre))
    reference = tokenizers.Tokenizer.from_file(str(phi2_json(tmp_path / "tokenizer.json",
                                                             gguf_pre.NAMES[pre])))
    assert ours.kind == f"gguf:gpt2:{pre}"
    for text in texts()[::3]:
        ids = reference.encode(text, add_special_tokens=False).ids
        assert ours.encode(text) == ids, text
        assert ours.decode(ids) == reference.decode(ids, skip_special_tokens=False), text


def test_byte_pair_flags_from_llama_cpp(tmp_path):
    """Llama-3 style names add BOS unless the file says otherwise; Phi-3's special tokens
    swallow the spaces after them; end-of-generation tokens are found by their text."""
    llama3 = load_tokenizer(phi2_gguf(tmp_path / "a.gguf", "llama-bpe"))
    assert llama3.encode("Hi", add_special_tokens=True) == [50256, 17250]
    assert llama3.stop_ids == {50256}
    path = tmp_path / "b.gguf"
    data = phi2()
    tokens = [*sorted(data["model"]["vocab"], key=data["model"]["vocab"].get)]
    tokens += ["<|end|>", "<|user|>", "<|im_end|>"]
    types = [NORMAL] * (len(tokens) - 3) + [CONTROL, CONTROL, NORMAL]
    write_gguf(path, "gpt2", tokens, types, pre="llama-bpe", merges=data["model"]["merges"],
               bos_token_id=0, eos_token_id=1, add_bos_token=False,
               **{"general.name": "Phi-3 mini", "tokenizer.chat_template": "{{ x }}"})
    phi3 = load_tokenizer(path)
    end, user, im_end = len(tokens) - 3, len(tokens) - 2, len(tokens) - 1
    assert phi3.encode("Hi", add_special_tokens=True) == [17250]
    assert phi3.encode("<|user|>  Hi", parse_special=True) == [user, 17250]
    # "<|im_end|>" is typed NORMAL in the file, but llama.cpp makes it a control token.
    assert phi3.encode("<|im_end|>") != [im_end]
    assert phi3.encode("<|im_end|>", parse_special=True) == [im_end]
    assert phi3.stop_ids == {1, 50256, end, im_end}  # 50256: <|endoftext|>
    assert phi3.chat_template == "{{ x }}"


# -- the other models ---------------------------------------------------------------------------
def byte_tokens() -> list[str]:
    return [f"<0x{b:02X}>" for b in range(256)]


def test_rwkv_longest_match(tmp_path):
    # Tokens as llama.cpp's converter writes them: the repr of their bytes.
    tokens = ["<s>", "a", "ab", "abc", "b", "c", "\\n", "\\x00", "\\\\", "\\xc3\\xa9", "it's"]
    path = write_gguf(tmp_path / "rwkv.gguf", "rwkv", tokens, [CONTROL] + [NORMAL] * 10)
    tok = load_tokenizer(path)
    assert tok.encode("abcab\n\x00\\éit's") == [3, 2, 6, 7, 8, 9, 10]
    assert tok.decode([0, 3, 2, 6, 7, 8, 9], skip_special_tokens=True) == "abcab\n\x00\\é"
    assert tok.encode("<s>a", parse_special=True) == [0, 1]
    with pytest.raises(ValueError, match="no token starts with"):
        tok.encode("x")


def test_plamo2_best_score_and_byte_fallback(tmp_path):
    pieces = [("<|plamo:unk|>", 0.0, UNKNOWN), ("a", -1.0, NORMAL), ("b", -1.0, NORMAL),
              ("ab", -1.5, NORMAL), ("abc", -3.0, NORMAL), ("c", -1.0, NORMAL),
              ("bc", -1.0, NORMAL)]
    tokens = [p[0] for p in pieces] + byte_tokens()
    types = [p[2] for p in pieces] + [BYTE] * 256
    scores = [p[1] for p in pieces] + [0.0] * 256
    tok = load_tokenizer(write_gguf(tmp_path / "p.gguf", "plamo2", tokens, types, scores=scores))
    # "abc": ab+c = -2.5, a+bc = -2.0 (best), abc = -3.0; "é" is no token: its two bytes.
    byte = {b: len(pieces) + b for b in range(256)}
    assert tok.encode("\ufeffabcé") == [1, 6, byte[0xC3], byte[0xA9]]
    assert tok.decode(tok.encode("abcé")) == "abcé"
    assert tok.encode("abb") == [3, 2]  # ab + b = -2.5 beats a + b + b = -3


def test_gemma4_style_byte_pair(tmp_path):
    """Raw UTF-8 pieces with "▁" for spaces, lines split apart, bytes as <0xNN> tokens."""
    tokens = ["<pad>", "<eos>", "<bos>", "\n", "\n\n", "▁", "h", "i", "hi", "▁hi"] + byte_tokens()
    types = [CONTROL, CONTROL, CONTROL] + [NORMAL] * 7 + [BYTE] * 256
    path = write_gguf(tmp_path / "g.gguf", "gemma4", tokens, types, bos_token_id=2,
                      eos_token_id=1, merges=["h i", "▁ hi"])
    tok = load_tokenizer(path)
    byte = {b: 10 + b for b in range(256)}
    ids = tok.encode("hi hi\n\n€", add_special_tokens=True)
    assert ids == [2, 8, 9, 4, byte[0xE2], byte[0x82], byte[0xAC]]
    assert tok.decode(ids, skip_special_tokens=True) == "hi hi\n\n€"
    assert tok.stop_ids == {1}


def test_whitespace_and_hybrid_dna(tmp_path):
    tokens = ["<unk>", "a", "b", "ab", "<dna>", "</dna>", "<oov>", "ACGTAC\ue000",
              "GTAAAA\ue000", "Ġ", "Ġab"]
    types = [UNKNOWN] + [NORMAL] * 3 + [CONTROL] * 3 + [NORMAL] * 4
    merges = ["a b", "Ġ ab"]
    tok = load_tokenizer(write_gguf(tmp_path / "w.gguf", "whitespace", tokens, types,
                                    pre="whitespace", merges=merges))
    assert tok.encode(" ab\t\nab  a ") == [3, 3, 1]
    dna = load_tokenizer(write_gguf(tmp_path / "d.gguf", "hybriddna", tokens, types,
                                    pre="gpt-2", merges=merges))
    ids = dna.encode("ab <dna>acgtacgt</dna> ab<dna>TTTTTT")
    assert ids == [3, 9, 4, 7, 8, 5, 10, 4, 6]
    assert dna.decode(ids) == "ab <dna>ACGTACGTAAAA</dna> ab<dna><oov>"


def test_models_without_vocabulary_or_unknown(tmp_path):
    for model, words in (("none", "has no vocabulary"), ("mystery", "unsupported GGUF "
                                                          "tokenizer model 'mystery'")):
        path = write_gguf(tmp_path / f"{model}.gguf", model, ["a"], [NORMAL])
        with pytest.raises(TokenizerError, match=words):
            load_tokenizer(path)
    path = write_gguf(tmp_path / "bos.gguf", "gpt2", ["a", "b", "ab"], [NORMAL] * 3,
                      pre="llama-bpe", merges=["a b"])
    with pytest.raises(TokenizerError, match="add_bos_token is true, but"):
        load_tokenizer(path)
    path = write_gguf(tmp_path / "dup.gguf", "gpt2", ["a", "b", "a"], [NORMAL] * 3,
                      merges=["a b"])
    with pytest.raises(TokenizerError, match="duplicate token in vocabulary: 'a' has ids 0 and 2"):
        load_tokenizer(path)


def test_bert_normalizer_options(tmp_path):
    tokens = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "\u2581hello", "\u2581Hello", "\u2581héllo"]
    types = [CONTROL] * 4 + [NORMAL] * 3
    keys = dict(unknown_token_id=1, cls_token_id=2, seperator_token_id=3)
    default = load_tokenizer(write_gguf(tmp_path / "a.gguf", "bert", tokens, types, **keys))
    assert default.encode("Héllo", add_special_tokens=True) == [2, 4, 3]
    cased = load_tokenizer(write_gguf(tmp_path / "b.gguf", "bert", tokens, types, **keys,
                                      **{"tokenizer.ggml.normalizer.lowercase": False}))
    assert cased.encode("Hello héllo") == [5, 6]
