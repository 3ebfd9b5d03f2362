"""Unicode-property patterns on the standard `re` module, checked against the `regex`
module (the reference the split patterns are written for) and `unicodedata`."""

import random
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from webllm_py.tokenizer import unicode as U

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
ALL_CHARS = "".join(map(chr, range(0x110000)))
PATTERNS = {"gpt2": U.GPT2_PATTERN, "llama3": U.LLAMA3_PATTERN, "qwen2": U.QWEN2_PATTERN,
            "o200k": U.O200K_PATTERN}
# Code points whose General_Category changed between Unicode 14 (CPython 3.11) and the
# version of the generated table.
RECATEGORIZED = {0x0295, 0x1171E}


def test_categories_agree_with_unicodedata():
    table = {}
    for start, end, category in U._category_runs():
        for cp in range(start, end + 1):
            table[cp] = category
    assert len(table) == 0x110000
    differ = {cp for cp in range(0x110000)
              if unicodedata.category(chr(cp)) not in ("Cn", table[cp])}
    assert differ <= RECATEGORIZED, sorted(map(hex, differ - RECATEGORIZED))[:10]


@pytest.mark.parametrize("escape", [r"\p{L}", r"\p{N}", r"\p{Lu}", r"\p{Ll}", r"\p{Lt}",
                                    r"\p{Lm}", r"\p{Lo}", r"\p{M}", r"\p{P}", r"\p{S}",
                                    r"\p{Z}", r"\P{L}", r"\s", r"\S", r"\w", r"\d",
                                    r"[^\s\p{L}\p{N}]", r"\p{Letter}", r"\pN", r"\p{Han}",
                                    r"\p{sc=Han}"])
def test_classes_match_regex_module(escape):
    """(The `regex` module's \\w is Rust's, UTS #18; Oniguruma's is tested below.)"""
    regex = pytest.importorskip("regex")
    ours = set(U.compile_pattern(escape, "rust").findall(ALL_CHARS))
    theirs = set(regex.findall(escape, ALL_CHARS))
    assert ours == theirs, sorted(map(ord, ours ^ theirs))[:10]


@pytest.mark.parametrize("pattern", [r"\w", r"\W", r"\d", r"\p{N}", r"\s"])
def test_classes_match_oniguruma(pattern):
    """HF tokenizers' Split runs Oniguruma, whose \\w differs from UTS #18 on a few
    characters. Code points its older Unicode tables leave unassigned are not compared."""
    tokenizers = pytest.importorskip("tokenizers")
    chars = "".join(c for c in ALL_CHARS if unicodedata.category(c) not in ("Cs", "Cn"))
    split = tokenizers.pre_tokenizers.Split(tokenizers.Regex(pattern), "removed", invert=True)
    theirs = {c for piece, _ in split.pre_tokenize_str(chars) for c in piece}
    ours = set(U.compile_pattern(pattern).findall(chars))
    assert ours == theirs, sorted(map(ord, ours ^ theirs))[:10]


def test_word_boundaries():
    regex = pytest.importorskip("regex")
    text = "1234 ab_c x²y 12\u200d3 ,. a"
    for pattern in (r"\b\w", r"\w\b", r"\B.", r"\d{1,3}(?=(?:\d{3})*\b)"):
        assert U.compile_pattern(pattern, "rust").findall(text) == regex.findall(pattern, text)


def corpus() -> list[str]:
    texts = [(DATA / "text" / name).read_text(encoding="utf-8")
             for name in ("blns.txt", "UTF-8-demo.txt", "taylorswift.txt")]
    rnd = random.Random(0)
    alphabet = [chr(c) for c in range(0x300)] + list("\u00a0\u3000\u2028\u0085\u017f\u212a'sS😀")
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30))) for _ in range(500)]
    return texts


@pytest.mark.parametrize("name", PATTERNS)
def test_split_patterns_match_regex_module(name):
    regex = pytest.importorskip("regex")
    ours, theirs = U.compile_pattern(PATTERNS[name]), regex.compile(PATTERNS[name])
    for text in corpus():
        assert ours.findall(text) == theirs.findall(text), text[:80]


@pytest.mark.parametrize("name", PATTERNS)
@settings(max_examples=200, deadline=None, database=None)
@given(text=st.text(st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_split_patterns_match_regex_module_on_random_text(name, text):
    regex = pytest.importorskip("regex")
    assert U.compile_pattern(PATTERNS[name]).findall(text) == regex.findall(PATTERNS[name], text)


def test_translation_details():
    assert U.translate_pattern(r"(?<name>a)\z") == r"(?P<name>a)\Z"
    assert U.compile_pattern(r"\x{1F600}+").fullmatch("😀😀")
    assert U.compile_pattern(r"[^\p{^L}]+").findall("ab1c") == ["ab", "c"]
    assert U.compile_pattern(r"\p{gc=Nd}").findall("a1٣") == ["1", "٣"]
    # Unicode White_Space, not Python's str.isspace (which includes \x1c-\x1f).
    assert U.compile_pattern(r"\s").findall("\x1c\x1f \u00a0\u2028") == [" ", "\u00a0", "\u2028"]


@pytest.mark.parametrize("pattern", [r"\p{Greek}", r"\Gword", r"[[:alpha:]]", r"[a&&b]",
                                     r"\p{Script=Latin}"])
def test_unsupported_constructs_raise(pattern):
    with pytest.raises(ValueError):
        U.translate_pattern(pattern)
