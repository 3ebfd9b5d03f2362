"""The chat engine against transformers, plus the API's contracts (streaming, stops, errors, interrupt).

Greedy parity: a random-init Llama with the real Llama 3 tokenizer and the Llama 3.1
chat template.  A logit bias toward the 3-digit number tokens (applied identically
to transformers) keeps replies made of tokens that re-tokenize to themselves (Llama 3
splits digit runs into groups of three, and the template's `trim` leaves digits alone), so
the next turn's prompt, rendered and tokenized from text as transformers does,
starts with exactly the ids already in the KV cache; the test asserts that
turns 2 and 3 prefill only the tokens after them.
"""

from __future__ import annotations

import asyncio
import json
import re
import shutil
from pathlib import Path

import numpy as np
import pytest
import torch

from reference import make_random_llama
from webllm_py.engine import AppConfig, ChatModule, ContextWindowError, InvalidRequestError, MLCEngine, ModelRecord

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
LLAMA3_TOKENIZER = DATA / "tokenizers" / "llama3_tiktoken" / "tokenizer.model"
LLAMA31_TEMPLATE = DATA / "chat_templates" / "llama_cpp" / "meta-llama-Llama-3.1-8B-Instruct.jinja"
CACHE = REPO / "tests" / ".cache"
EOS = [128001, 128008, 128009]
STORIES = str(REPO / "webllm_py" / "assets" / "stories260K" / "stories260K.bin")


def run(coro):
    return asyncio.run(coro)


def _llama3_specials() -> list[str]:
    names = ["<|begin_of_text|>", "<|end_of_text|>", "<|reserved_special_token_0|>", "<|reserved_special_token_1|>",
             "<|finetune_right_pad_id|>", "<|reserved_special_token_2|>", "<|start_header_id|>", "<|end_header_id|>",
             "<|eom_id|>", "<|eot_id|>", "<|python_tag|>"]
    return names + [f"<|reserved_special_token_{i}|>" for i in range(3, 256 - 8)]


@pytest.fixture(scope="module")
def llama3_chat_model():
    """A random Llama over the Llama 3 vocabulary, with the 3.1 chat template, and its HF tokenizer."""
    from transformers import PreTrainedTokenizerFast
    from transformers.convert_slow_tokenizer import TikTokenConverter

    folder = CACHE / "llama3_chat"
    shutil.rmtree(folder, ignore_errors=True)
    make_random_llama(folder, seed=7, vocab_size=128256, hidden_size=64, intermediate_size=128, head_dim=16,
                      num_attention_heads=4, num_key_value_heads=2, bos_token_id=128000, eos_token_id=EOS,
                      max_position_embeddings=512, rope_theta=500000.0)
    template = LLAMA31_TEMPLATE.read_text()
    (folder / "tokenizer_config.json").write_text(json.dumps(
        {"chat_template": template, "bos_token": "<|begin_of_text|>", "eos_token": "<|eot_id|>"}))
    pattern = (r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*"
               r"|\s*[\r\n]+|\s+(?!\S)|\s+")
    hf = PreTrainedTokenizerFast(tokenizer_object=TikTokenConverter(vocab_file=str(LLAMA3_TOKENIZER), pattern=pattern).converted())
    hf.add_special_tokens({"additional_special_tokens": _llama3_specials()})
    hf.bos_token, hf.eos_token, hf.chat_template = "<|begin_of_text|>", "<|eot_id|>", template
    assert hf.convert_tokens_to_ids("<|eot_id|>") == 128009
    return folder, hf


def _stable_tokens(hf) -> list[int]:
    """Ids of the 3-digit number tokens: any concatenation of them re-tokenizes to the same ids."""
    return sorted(i for t, i in hf.get_vocab().items() if i < 128000 and re.fullmatch("[0-9]{3}", t))


TURNS = ["Hello! Who are you?", "Tell me a story about a kite.", "And then what happened?"]
REPLY_TOKENS = 10


def _transformers_turn(folder: Path, hf, messages: list[dict]) -> tuple[list[int], list[int]]:
    """(prompt ids from apply_chat_template, greedy reply ids from generate), with the same bias."""
    from transformers import LlamaForCausalLM, LogitsProcessor, LogitsProcessorList

    words = _stable_tokens(hf)

    class Bias(LogitsProcessor):
        def __call__(self, input_ids, scores):
            scores[:, words] += 30.0
            return scores

    reference = LlamaForCausalLM.from_pretrained(folder, dtype=torch.float32).eval()
    ids = hf.apply_chat_template(messages, add_generation_prompt=True, tokenize=True, return_dict=False)
    with torch.no_grad():
        # an explicit mask: token 0 is "!", which generate would otherwise take for padding
        out = reference.generate(torch.tensor([ids]), attention_mask=torch.ones(1, len(ids), dtype=torch.long),
                                 max_new_tokens=REPLY_TOKENS, do_sample=False, eos_token_id=EOS, pad_token_id=128004,
                                 logits_processor=LogitsProcessorList([Bias()]))
    return ids, out[0, len(ids):].tolist()


def test_three_turn_greedy_parity_and_prefix_reuse(llama3_chat_model):
    folder, hf = llama3_chat_model
    words = _stable_tokens(hf)
    assert len(words) == 1000
    bias = {i: 30.0 for i in words}
    app = AppConfig([ModelRecord("llama3-random", model=str(folder), tokenizer=str(LLAMA3_TOKENIZER))])

    async def chat():
        engine = MLCEngine(app)
        await engine.reload("llama3-random")
        messages = [{"role": "system", "content": "You are a helpful assistant."}]
        cached_before = []
        for turn in TURNS:
            messages.append({"role": "user", "content": turn})
            ids, expected = _transformers_turn(folder, hf, messages)
            cached_before.append(len(engine._pipeline.cached))
            reply = await engine.chat.completions.create(messages=messages, temperature=0, max_tokens=REPLY_TOKENS,
                                                         logit_bias=bias)
            assert engine.stats.completion_ids == expected, turn
            assert engine._pipeline.cached[:len(ids)] == ids  # the prompt as transformers tokenizes it
            # only what the cache lacked ran: the prompt past the previous turn's cached ids
            assert engine.stats.prefill_tokens == len(ids) - cached_before[-1], turn
            messages.append({"role": "assistant", "content": reply.choices[0].message.content})
        return cached_before

    cached_before = run(chat())
    assert cached_before[0] == 0 and cached_before[1] > 0 and cached_before[2] > cached_before[1]


# ---- API contracts on the embedded model (fast) ------------------------------------------

@pytest.fixture(scope="module")
def engine():
    e = MLCEngine()
    run(e.reload("stories260K"))
    return e


def test_stream_deltas_concatenate_to_the_full_text(engine):
    async def go():
        full = await engine.chat.completions.create(messages=[{"role": "user", "content": "Once upon a time"}],
                                                    temperature=0, max_tokens=40)
        stream = await engine.chat.completions.create(messages=[{"role": "user", "content": "Once upon a time"}],
                                                      temperature=0, max_tokens=40, stream=True,
                                                      stream_options={"include_usage": True})
        chunks = [c async for c in stream]
        return full, chunks

    full, chunks = run(go())
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == full.choices[0].message.content and len([c for c in chunks if c.choices]) > 5
    assert chunks[0].choices[0].delta.role == "assistant"
    assert chunks[-2].choices[0].finish_reason == "length" and chunks[-1].usage.completion_tokens == 40
    assert full.usage.completion_tokens == 40 and full.usage.extra["decode_tokens_per_s"] > 0


def test_stop_strings_end_generation_and_never_leak(engine):
    async def go(stream: bool):
        base = await engine.completions.create(prompt="Once upon a time", temperature=0, max_tokens=60)
        text = base.choices[0].text
        stop = text[25:29]  # a string that certainly occurs
        if stream:
            parts = [c.choices[0].text async for c in await engine.completions.create(
                prompt="Once upon a time", temperature=0, max_tokens=60, stop=[stop], stream=True) if c.choices]
            return text, stop, "".join(parts)
        got = await engine.completions.create(prompt="Once upon a time", temperature=0, max_tokens=60, stop=stop)
        assert got.choices[0].finish_reason == "stop"
        return text, stop, got.choices[0].text

    for stream in (False, True):
        text, stop, got = run(go(stream))
        assert got == text[:text.index(stop)] and stop not in got


def test_interrupt_stops_within_one_token(engine):
    async def go():
        stream = await engine.chat.completions.create(messages=[{"role": "user", "content": "Hi"}], max_tokens=100,
                                                      temperature=0, stream=True)
        tokens_seen, last = 0, None
        async for chunk in stream:
            tokens_seen += 1
            if tokens_seen == 3:
                engine.interrupt_generate()
            last = chunk
        return tokens_seen, last, engine.stats.completion_tokens

    seen, last, completion_tokens = run(go())
    assert last.choices[0].finish_reason == "abort" and completion_tokens <= 4


def test_invalid_requests_name_the_field_and_the_engine_stays_usable(engine):
    bad = [
        ({"messages": [{"role": "user", "content": "x"}], "temprature": 1}, "temprature"),
        ({"messages": [{"role": "user", "content": "x"}], "max_tokens": "ten"}, "max_tokens"),
        ({"messages": [{"role": "user", "content": "x"}], "temperature": -1}, "temperature"),
        ({"messages": [{"role": "user", "content": "x"}], "top_p": 1.5}, "top_p"),
        ({"messages": [{"role": "user", "content": "x"}], "n": 0}, "n"),
        ({"messages": []}, "messages"),
        ({"messages": [{"role": "robot", "content": "x"}]}, "role"),
        ({"messages": [{"role": "user", "content": "x"}, {"role": "system", "content": "late"}]}, "system"),
    ]
    for fields, name in bad:
        with pytest.raises(InvalidRequestError, match=name):
            run(engine.chat.completions.create(**fields))
    with pytest.raises(ContextWindowError, match="context window"):
        run(engine.completions.create(prompt="Once " * 600, max_tokens=5))
    ok = run(engine.chat.completions.create(messages=[{"role": "user", "content": "Hi"}], max_tokens=3))
    assert ok.usage.completion_tokens == 3


def test_generation_reaching_the_context_window_ends_with_length():
    async def go():
        e = MLCEngine()
        await e.reload("stories260K", chat_opts={"context_window_size": 64})
        return await e.completions.create(prompt="Once upon a time", temperature=0)

    out = run(go())
    assert out.choices[0].finish_reason == "length" and out.usage.total_tokens <= 64


def test_chat_module_seed_api():
    reports, steps = [], []

    async def go():
        chat = ChatModule()
        chat.set_init_progress_callback(reports.append)
        await chat.reload("stories260K", chat_opts={"temperature": 0.0, "max_tokens": 60})
        first = await chat.generate("Once upon a time", progress_callback=lambda step, text: steps.append(text))
        prefill_first = chat.engine.stats.prefill_tokens
        second = await chat.generate("The end.")
        prefill_second = chat.engine.stats.prefill_tokens
        stats = await chat.runtime_stats_text()
        chat.reset_chat()
        await chat.unload()
        return first, second, prefill_first, prefill_second, stats

    first, second, p1, p2, stats = run(go())
    assert reports and reports[-1].progress == 1.0
    assert first and steps and steps[-1] == first
    assert p2 < p1 + len(first)  # the second turn reused the first turn's cache
    assert "prefill" in stats and "decode" in stats


def test_seeded_sampling_is_reproducible(engine):
    async def go(seed):
        out = await engine.completions.create(prompt="Once upon a time", temperature=1.0, top_p=0.9, max_tokens=30,
                                              seed=seed)
        return out.choices[0].text

    a, b, c = run(go(5)), run(go(5)), run(go(6))
    assert a == b and a != c


def test_logprobs_match_a_softmax_of_the_logits(engine):
    out = run(engine.completions.create(prompt="Once upon a time", temperature=0, max_tokens=3, logprobs=True,
                                        top_logprobs=5))
    content = out.choices[0].logprobs.content
    assert len(content) == 3
    for entry in content:
        tops = [t.logprob for t in entry.top_logprobs]
        assert len(tops) == 5 and tops == sorted(tops, reverse=True) and abs(entry.logprob - tops[0]) < 1e-6
        assert np.exp(tops).sum() <= 1.0 + 1e-5


# ---- the same engine in Pyodide (Node + Dawn) ------------------------------------------

PYODIDE_ENGINE = """
from webllm_py.engine import MLCEngine, InvalidRequestError
engine = MLCEngine()
await engine.reload("stories260K")
seeded = await engine.completions.create(prompt="Once upon a time", temperature=1.0, top_p=0.9, max_tokens=12, seed=5)
full = await engine.chat.completions.create(messages=[{"role": "user", "content": "Once upon a time"}],
                                            temperature=0, max_tokens=12)
parts = [c.choices[0].delta.content or "" async for c in await engine.chat.completions.create(
    messages=[{"role": "user", "content": "Once upon a time"}], temperature=0, max_tokens=12, stream=True) if c.choices]
text = full.choices[0].message.content
stop = text[8:11]
stopped = await engine.completions.create(prompt="Once upon a time", temperature=0, max_tokens=12, stop=stop)
chunks = 0
async for chunk in await engine.chat.completions.create(messages=[{"role": "user", "content": "Hi"}], max_tokens=50,
                                                        stream=True):
    chunks += 1
    if chunks == 3:
        engine.interrupt_generate()
interrupted = (chunk.choices[0].finish_reason, engine.stats.completion_tokens)
try:
    await engine.chat.completions.create(messages=[{"role": "user", "content": "x"}], temprature=1)
    error = None
except InvalidRequestError as e:
    error = str(e)
result = {"seeded": seeded.choices[0].text, "full": text, "streamed": "".join(parts), "stop": stop,
          "stopped": stopped.choices[0].text, "error": error, "interrupted": interrupted}
"""


def test_engine_in_pyodide_matches_cpython(engine, pyodide_node):
    import jinja2
    import markupsafe

    from pyodide_harness import pure_python_install_code

    got = pyodide_node.run(pure_python_install_code(jinja2, markupsafe) + PYODIDE_ENGINE)
    seeded = run(engine.completions.create(prompt="Once upon a time", temperature=1.0, top_p=0.9, max_tokens=12, seed=5))
    assert got["seeded"] == seeded.choices[0].text  # the same seeded draws in CPython and Pyodide
    full = run(engine.chat.completions.create(messages=[{"role": "user", "content": "Once upon a time"}],
                                              temperature=0, max_tokens=12))
    assert got["full"] == got["streamed"] == full.choices[0].message.content
    assert got["stopped"] == got["full"][:got["full"].index(got["stop"])]
    assert "temprature" in got["error"]
    assert got["interrupted"][0] == "abort" and got["interrupted"][1] <= 4


PYODIDE_CONVERSATION = """
from webllm_py.engine import AppConfig, MLCEngine, ModelRecord
app = AppConfig([ModelRecord("m", model={folder!r}, tokenizer="/data/tokenizers/llama3_tiktoken/tokenizer.model")])
engine = MLCEngine(app)
await engine.reload("m")
messages = [{{"role": "system", "content": "You are a helpful assistant."}}]
result = []
for turn in {turns!r}:
    messages.append({{"role": "user", "content": turn}})
    cached_before = len(engine._pipeline.cached)
    reply = await engine.chat.completions.create(messages=messages, temperature=0, max_tokens={tokens},
                                                 logit_bias={bias!r})
    text = reply.choices[0].message.content
    result.append({{"ids": engine.stats.completion_ids, "prefill": engine.stats.prefill_tokens,
                   "cached_before": cached_before, "text": text}})
    messages.append({{"role": "assistant", "content": text}})
"""


def test_three_turn_parity_in_pyodide(llama3_chat_model, pyodide_node):
    import jinja2
    import markupsafe

    from pyodide_harness import pure_python_install_code

    folder, hf = llama3_chat_model
    bias = {i: 30.0 for i in _stable_tokens(hf)}
    code = PYODIDE_CONVERSATION.format(folder=f"/project/{folder.relative_to(REPO)}", turns=TURNS,
                                       tokens=REPLY_TOKENS, bias=bias)
    got = pyodide_node.run(pure_python_install_code(jinja2, markupsafe) + code,
                           data_files=["tokenizers/llama3_tiktoken/tokenizer.model"], timeout=1500)
    messages = [{"role": "system", "content": "You are a helpful assistant."}]
    for turn, step in zip(TURNS, got):
        messages.append({"role": "user", "content": turn})
        ids, expected = _transformers_turn(folder, hf, messages)
        assert step["ids"] == expected, turn
        assert step["prefill"] == len(ids) - step["cached_before"], turn
        messages.append({"role": "assistant", "content": step["text"]})
    assert got[1]["cached_before"] > 0
