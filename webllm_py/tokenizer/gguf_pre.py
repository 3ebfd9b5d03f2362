"""The pre-tokenizers of byte-pair GGUF vocabularies, by ``tokenizer.ggml.pre``.

llama.cpp (``src/llama-vocab.cpp``) maps each ``tokenizer.ggml.pre`` name to a pre-tokenizer
type, and each type to a list of split regexes applied one after the other (each one cuts the
pieces the previous ones left, keeping matches and gaps alike: HF's ``Split`` with
``Isolated``), plus a few flags. Where llama.cpp rewrote a model's regex for its own engine
and kept the original from the model's ``tokenizer.json`` in a comment, the original is used
here: the model's own tokenizer is the reference, and `re` runs it as written.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import pretokenizers
from .pretokenizers import PreTokenizer
from .unicode import (GPT2_PATTERN, LLAMA3_PATTERN, O200K_PATTERN, QWEN2_PATTERN, class_body,
                      difference, property_ranges)


@dataclass(frozen=True)
class PreType:
    """One llama.cpp pre-tokenizer type.

    `splits` are the regexes;
    `ignore_merges` emits a word whole when it is a token; `add_bos` is llama.cpp's default
    before ``tokenizer.ggml.add_bos_token``; without `byte_encode` words stay UTF-8 text
    (SentencePiece-style vocabularies: spaces become ``▁``, bytes ``<0xNN>`` tokens).
    """

    splits: tuple[str, ...]
    ignore_merges: bool = False
    add_bos: bool = False
    byte_encode: bool = True

    def pre_tokenizer(self) -> PreTokenizer:
        steps = [pretokenizers.regex_split(s) for s in self.splits]
        return steps[0] if len(steps) == 1 else pretokenizers.sequence(steps)


def _hex_ranges(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((int(a, 16), int(b or a, 16)) for a, _, b in
                 (item.partition("-") for item in text.split()))


def _literal_class(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


_CONTRACTIONS = "(?i:'s|'t|'re|'ve|'m|'ll|'d)"
_GPT2_NO_TAIL = r"'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)"
_QWEN35 = (_CONTRACTIONS + r"|[^\r\n\p{L}\p{N}]?[\p{L}\p{M}]+|\p{N}| ?[^\s\p{L}\p{M}\p{N}]+"
           r"[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+")
_JAIS2 = (_CONTRACTIONS + r"|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|"
          r"\s*[\r\n]+|\s{512}(?!\S)|\s{256}(?!\S)|\s{128}(?!\S)|\s{64}(?!\S)|\s{32}(?!\S)|"
          r"\s{16}(?!\S)|\s{8}(?!\S)|\s{4}(?!\S)|\s{1,2}(?!\S)|\s{1}")
_TEKKEN = (r"[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+|"
           r"[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*|"
           r"\p{N}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+")
_GRANITE_EMB_MULTI = (
    r"[^\r\n\p{L}\p{N}]?((?=[\p{L}\p{M}])([^a-z]))*((?=[\p{L}\p{M}])([^A-Z]))+"
    r"(?:'[sS]|'[tT]|'[rR][eE]|'[vV][eE]|'[mM]|'[lL][lL]|'[dD])?|"
    r"[^\r\n\p{L}\p{N}]?((?=[\p{L}\p{M}])([^a-z]))+((?=[\p{L}\p{M}])([^A-Z]))*"
    r"(?:'[sS]|'[tT]|'[rR][eE]|'[vV][eE]|'[mM]|'[lL][lL]|'[dD])?|"
    r"\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+")
_BAILINGMOE = (r"'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]++"
               r"[\r\n]*|\s*[\r\n]|\s+(?!\S)|\s+")
_SEED_CODER = (_CONTRACTIONS + r"|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1}| ?[^\s\p{L}\p{N}\r\n]+|"
               r"\s*[\r\n]+|\s+(?!\S)|\s+")
_UFAKZEKA = (r"[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|"
             r"\s+(?!\S)|\s+")
_EXAONE_MOE = (_CONTRACTIONS + r"|[^\r\n\p{L}\p{N}]?(?:\p{L}\p{M}*(?: \p{L}\p{M}*)*)+|\p{N}|"
               r" ?[^\s\p{L}\p{N}]+[\r\n/]?|\s*[\r\n]|\s+(?!\S)|\s+")
_MINICPM5 = (_CONTRACTIONS + r"|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}+| ?[^\s\p{L}\p{N}]+[\r\n]*|"
             r"\s*[\r\n]+|\s+(?!\S)|\s+")
# Shared by the DeepSeek-V3 family, Spark and AFMoE.
_PUNCT_WORDS = (r"[!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~][A-Za-z]+|"
                r"[^\r\n\p{L}\p{P}\p{S}]?[\p{L}\p{M}]+| ?[\p{P}\p{S}]+")
_CJK_KANA = "[一-龥぀-ゟ゠-ヿ]+"
# DeepSeek-LLM's letter class, given as code points (several of its characters are ones
# that Unicode normalization would silently change in a source file).
_DEEPSEEK_LLM_LETTERS = r"\s?[" + _literal_class(_hex_ranges(
    "41-5a 61-7a b5 c0-d6 d8-f6 f8-1ba 1bc-1bf 1c4-293 295-2af 370-373 376-377 "
    "37b-37d 37f 386 388-38a 38c 38e-3a1 3a3-3f5 3f7-481 48a-52f 531-556 10a0-10c5 "
    "13a0-13f5 13f8-13fd 1c90-1cba 1cbd-1cbf 1d00-1d2b 1d6b-1d77 1d79-1d9a 1e00-1f15 "
    "1f18-1f1d 1f20-1f45 1f48-1f4d 1f50-1f57 1f59 1f5b 1f5d 1f5f-1f7d 1f80-1fb4 "
    "1fb6-1fbc 1fbe 1fc2-1fc4 1fc6-1fcc 1fd0-1fd3 1fd6-1fdb 1fe0-1fec 1ff2-1ff4 "
    "1ff6-1ffc 2102 2107 210a-2113 2115 2119-211d 2124 2126 2128 212a-212d 212f-2134 "
    "2139 213c-213f 2145-2149 214e 2183-2184 2c00-2c7b 2c7e-2ce4 2ceb-2cee 2cf2-2cf3 "
    "a640-a66d a680-a69b a722-a76f a771-a787 a78b-a78e ab70-abbf fb00-fb06 fb13-fb17 "
    "ff21-ff3a ff41-ff5a 10400-1044f 104b0-104d3 104d8-104fb 10c80-10cb2 10cc0-10cf2 "
    "118a0-118df 1e900-1e943")) + "]+"
_POEM = " ?[^(\\s|.,!?…。，、।۔،)]+"  # Bloom, Poro, Viking, GPT-3 Finnish
_LINES = "[^\\n]+|[\\n]+"


def _kimi_k2() -> str:
    """Kimi-K2's tiktoken pattern. It intersects classes with ``[^\\p{Han}]``, which `re`
    cannot, so the two letter classes are computed here."""
    han = property_ranges("Han")
    upper = class_body(difference(_union_of("Lu", "Lt", "Lm", "Lo", "M"), han))
    lower = class_body(difference(_union_of("Ll", "Lm", "Lo", "M"), han))
    return "|".join([
        r"[\p{Han}]+",
        rf"[^\r\n\p{{L}}\p{{N}}]?[{upper}]*[{lower}]+{_CONTRACTIONS}?",
        rf"[^\r\n\p{{L}}\p{{N}}]?[{upper}]+[{lower}]*{_CONTRACTIONS}?",
        r"\p{N}{1,3}", r" ?[^\s\p{L}\p{N}]+[\r\n]*", r"\s*[\r\n]+", r"\s+(?!\S)", r"\s+",
    ])


def _union_of(*names: str) -> tuple[tuple[int, int], ...]:
    return tuple(sorted(r for name in names for r in property_ranges(name)))


# llama.cpp's LLAMA_VOCAB_PRE_TYPE_* (lower case) -> its pre-tokenizer.
TYPES: dict[str, PreType] = {
    # A byte-level BPE without a pre-tokenizer name is split as GPT-2 (HF's ByteLevel
    # default). llama.cpp's own "default" guess, which it warns degrades output, is another
    # split: on ggml's HF-made gpt-neox vectors it gives 89/100, GPT-2's split 100/100.
    "default": PreType((GPT2_PATTERN,)),
    "gpt2": PreType((GPT2_PATTERN,)),
    "llama3": PreType((LLAMA3_PATTERN,), ignore_merges=True, add_bos=True),
    "jais2": PreType((_JAIS2,)),
    "dbrx": PreType((LLAMA3_PATTERN,)),
    "deepseek_llm": PreType(("[\r\n]", _DEEPSEEK_LLM_LETTERS,
                             "\\s?[!-/:-~！-／：-～‘-‟　-。]+", "\\s+$", "[一-龥ࠀ-一가-퟿]+",
                             r"\p{N}+")),
    "deepseek3_llm": PreType((r"\p{N}{1,3}", _CJK_KANA,
                              _PUNCT_WORDS + r"[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+")),
    "spark2_5": PreType((r"\p{N}{1,3}", _CJK_KANA,
                         _PUNCT_WORDS + r"|[\r\n]|\s+(?!\S)|\s+", r"\p{N}")),
    "youtu": PreType(("[가-힣ㄱ-ㆎ]+|[！…“”‘’—：；，、-〿︰-﹏]+|[ㄅ-ㄯ]+|[一-龥぀-ゟ゠-ヿ]+",
                      O200K_PATTERN.replace(r"\p{N}{1,3}", r"\p{N}")), ignore_merges=True),
    "deepseek_coder": PreType(("[\r\n]", r"\s?\p{L}+", r"\s?\p{P}+", "[一-龥ࠀ-一가-퟿]+",
                               r"\p{N}")),
    "falcon": PreType((r"[\p{P}\$\+<=>\^~\|`]+", _GPT2_NO_TAIL, "[0-9][0-9][0-9]")),
    "starcoder": PreType((r"\p{N}", _GPT2_NO_TAIL)),
    "qwen2": PreType((QWEN2_PATTERN,)),
    "qwen35": PreType((_QWEN35,)),
    "bloom": PreType((_POEM,)),
    "chatglm4": PreType((LLAMA3_PATTERN,)),
    "viking": PreType((_POEM, r"\p{N}")),
    "tekken": PreType((_TEKKEN,), ignore_merges=True, add_bos=True),
    "chameleon": PreType(("<sentinel:[0-9]+>", "(IMGIMG)((A|B|C|D|E|F|G|H|I){1,4})Z",
                          "([\\t\\n]|    |  )", r"\p{N}", r"[\p{P}!-/:-@\[-`{-~]",
                          _GPT2_NO_TAIL), add_bos=True),
    "gpt4o": PreType((O200K_PATTERN,)),
    "granite_emb_multi": PreType((_GRANITE_EMB_MULTI,), ignore_merges=True),
    "tiny_aya": PreType((r"\d{1,3}(?=(?:\d{3})*\b)", O200K_PATTERN)),
    "kimi_k2": PreType((_kimi_k2(),)),
    "superbpe": PreType((r"\p{N}+", r"(?=(\d{3})+(?!\d))")),
    "bailingmoe": PreType((_BAILINGMOE,)),
    "seed_coder": PreType((_SEED_CODER,)),
    "ufakzeka": PreType((_UFAKZEKA,)),
    # llama.cpp splits AFMoE's digit runs by hand: the leading len % 3 digits, then threes.
    "afmoe": PreType((r"\p{N}{1,3}(?=(?:\p{N}{3})*(?!\p{N}))",
                      "[一-鿿㐀-䶿\uf900-﫿぀-ゟ゠-ヿ･-ﾟ⼀-⿟เ-๿຀-໿ក-៿က-႟ꩠ-ꩿꧠ-꧿가-힯ᄀ-ᇿ]+",
                      _PUNCT_WORDS + r"[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+")),
    "laguna": PreType((_LINES, QWEN2_PATTERN)),
    "exaone_moe": PreType((_EXAONE_MOE,)),
    "gemma4": PreType((_LINES,), add_bos=True, byte_encode=False),
    "sarvam_moe": PreType((_LINES,), byte_encode=False),
    "minicpm5": PreType((r"\p{N}{1,3}", _MINICPM5), ignore_merges=True),
    "whitespace": PreType((r"\S+",), byte_encode=False),
}

# tokenizer.ggml.pre -> type, as llama_vocab::impl::load assigns them.
NAMES: dict[str, str] = {
    "default": "default",
    **dict.fromkeys(["llama3", "llama-v3", "llama-bpe", "falcon3", "falcon-h1", "pixtral",
                     "midm-2.0", "lfm2", "jina-v5-nano"], "llama3"),
    "deepseek-llm": "deepseek_llm", "deepseek-coder": "deepseek_coder",
    "deepseek-v3": "deepseek3_llm", "hunyuan-dense": "deepseek3_llm",
    "joyai-llm": "deepseek3_llm", "hy_v4": "deepseek3_llm",
    "spark2_5": "spark2_5", "youtu": "youtu", "falcon": "falcon",
    **dict.fromkeys(["gpt-2", "phi-2", "jina-es", "jina-de", "gigachat", "jina-v2-es",
                     "jina-v2-de", "a.x-4.0", "mellum", "modern-bert", "jina-v1-en",
                     "jina-v2-code", "roberta-bpe", "exaone4", "mpt", "olmo", "jais",
                     "trillion", "granite-docling"], "gpt2"),
    **dict.fromkeys(["starcoder", "refact", "command-r", "smollm", "codeshell", "exaone",
                     "minerva-7b", "mellum2"], "starcoder"),
    "jais-2": "jais2",
    "gemma4": "gemma4", "granite-embed-multi-311m": "gemma4",
    "sarvam-moe": "sarvam_moe", "whitespace": "whitespace",
    **dict.fromkeys(["qwen2", "deepseek-r1-qwen", "kormo", "f2llmv2", "megrez", "stablelm2",
                     "hunyuan", "solar-open", "grok-2"], "qwen2"),
    "qwen35": "qwen35", "dbrx": "dbrx", "smaug-bpe": "dbrx",
    **dict.fromkeys(["poro-chat", "bloom", "gpt3-finnish"], "bloom"),
    "glm4": "chatglm4", "chatglm-bpe": "chatglm4", "viking": "viking",
    "tekken": "tekken", "chameleon": "chameleon",
    **dict.fromkeys(["gpt-4o", "llama4", "kanana2", "talkie", "minimax-m2"], "gpt4o"),
    "granite-embed-multi-97m": "granite_emb_multi",
    "tiny_aya": "tiny_aya", "cohere2moe": "tiny_aya", "superbpe": "superbpe",
    **dict.fromkeys(["bailingmoe", "bailingmoe2", "llada-moe"], "bailingmoe"),
    "seed-coder": "seed_coder", "kimi-k2": "kimi_k2", "ufakzeka": "ufakzeka",
    "afmoe": "afmoe", "laguna": "laguna", "exaone-moe": "exaone_moe", "minicpm5": "minicpm5",
}
