"""Replayed decode steps (gpu/device.py `compile_step` / `replay`, generation.Pipeline) give
bit-identical logits and tokens to the unreplayed path, across LongRoPE's switch to its long
factors and past a sliding window's wrap; steps that differ in more than `pos0` are refused by
name and run unreplayed; natively and in Pyodide (Node + Dawn)."""

from __future__ import annotations

import asyncio
import struct

import pytest

from webllm_py.generation import Decoding, Pipeline, generate
from webllm_py.gpu import ReleasedTensorError, request_device
from webllm_py.gpu.device import ReplayRefused
from webllm_py.loading.load import load_model
from webllm_py.models.gpt2.config import GPT2Config
from webllm_py.models.mistral.config import MistralConfig
from webllm_py.models.phi3.config import Phi3Config
from webllm_py.models.registry import family_for
from webllm_py.models.sources import RandomWeights
from webllm_py.sampling import SamplingParams

_TINY = dict(vocab_size=96, hidden_size=64, intermediate_size=96, num_hidden_layers=2, num_attention_heads=4,
             num_key_value_heads=2, head_dim=16, max_position_embeddings=64)
# LongRoPE switching to its long factors at position 20, mid-decode
PHI3 = Phi3Config.from_hf({**_TINY, "model_type": "phi3", "original_max_position_embeddings": 20,
                           "rope_scaling": {"type": "longrope", "short_factor": [1.0 + i / 8 for i in range(8)],
                                            "long_factor": [2.0 + i for i in range(8)]}}, "phi3 test config")
# every layer attends to the last 6 positions: a rolling cache of 6 + 4 - 1 rows wraps often
MISTRAL = MistralConfig(**_TINY, layer_windows=(6, 6), model_type="mistral")
# GPT-2 writes its position ids for each forward pass: not replayable
GPT2 = GPT2Config(**{**_TINY, "num_key_value_heads": 4}, model_type="gpt2")


def run(coro):
    return asyncio.run(coro)


def random_model(device, config):
    family = family_for(config.model_type, "test")
    return family.model(device, config, RandomWeights(scale=0.5), context_window=48, prefill_chunk=4)


async def both_ways(model, prompt: list[int], steps: int, **kw):
    """(unreplayed, replayed) generations with every position's logits, and the replayed pipeline."""
    out = []
    for replay in (False, True):
        pipeline = Pipeline(model, replay=replay)
        out.append(await generate(model, prompt, steps, keep_logits=True, pipeline=pipeline, **kw))
    return out, pipeline


def _bits(rows: list[list[float]]) -> bytes:
    return b"".join(struct.pack(f"<{len(r)}f", *r) for r in rows)


def test_replay_is_bit_identical_for_greedy_and_sampled_tokens():
    async def go():
        model = load_model(await request_device(), "stories260K")
        (plain, replayed), pipeline = await both_ways(model, [1, 403, 261], 24)
        assert pipeline.refused is None and replayed.stats.replayed_steps == 23
        assert plain.ids == replayed.ids and _bits(plain.logits) == _bits(replayed.logits)
        greedy = [await generate(model, [1, 403], 30, pipeline=Pipeline(model, replay=r)) for r in (False, True)]
        assert greedy[0].ids == greedy[1].ids and greedy[1].stats.replayed_steps == 29
        assert greedy[0].stats.replayed_steps == 0
        sampled = [await generate(model, [1, 403], 30, temperature=0.9, seed=5, pipeline=Pipeline(model, replay=r))
                   for r in (False, True)]
        assert sampled[0].ids == sampled[1].ids

    run(go())


@pytest.mark.parametrize("config", [PHI3, MISTRAL], ids=["longrope-switch", "sliding-window-wrap"])
def test_position_patches_across_longrope_switch_and_window_wrap(config):
    async def go():
        model = random_model(await request_device(), config)
        (plain, replayed), pipeline = await both_ways(model, [3, 1, 4, 1, 5, 9, 2], 36)  # positions 7..42
        assert pipeline.refused is None
        assert plain.ids == replayed.ids and _bits(plain.logits) == _bits(replayed.logits)
        return {variant for variant, _ in pipeline._steps}

    variants = run(go())
    if config is PHI3:
        assert len({long for long, _ in variants}) == 2  # short and long factors: two recordings


def test_a_step_that_writes_more_than_its_token_is_refused_and_runs_unreplayed():
    async def go():
        model = random_model(await request_device(), GPT2)
        (plain, replayed), pipeline = await both_ways(model, [5, 6, 7], 10)
        assert plain.ids == replayed.ids and _bits(plain.logits) == _bits(replayed.logits)
        assert replayed.stats.replayed_steps == 0
        return pipeline.refused

    assert run(go()) == "the step writes position_ids (buffer #%s) besides its input" % run(_position_ids_id())


async def _position_ids_id() -> int:
    return random_model(await request_device(), GPT2).position_ids.id


def test_recordings_that_differ_in_more_than_pos0_are_refused_by_name():
    async def go():
        dev = await request_device()
        x, w, ids = dev.empty((1, 8)), dev.empty((8,)), dev.empty((1,), "int32")
        y, other = dev.empty((1, 8)), dev.empty((1, 8))

        def record(eps: float, out=y):
            with dev.recording() as recording:
                dev.run("rms_norm", {"eps": eps}, X=x, Wt=w, Y=out)
            return recording

        errors = []
        for second in (record(1e-6), record(1e-5, out=other)):
            try:
                dev.compile_step(record(1e-5), second, (3, 4), ids)
            except ReplayRefused as e:
                errors.append(str(e))
        step = dev.compile_step(record(1e-5), record(1e-5), (3, 4), ids)  # no pos0 at all: nothing to patch
        with pytest.raises(ReplayRefused, match="the step reads"):
            with dev.recording():
                await dev.read(x)
        return errors, step.pos_words

    errors, pos_words = run(go())
    assert errors == ["dispatch 0 (rms_norm): its scalar eps differs between positions 3 and 4",
                      "dispatch 0 (rms_norm) binds other buffers at positions 3 and 4"]
    assert pos_words == []


def test_a_released_buffer_ends_its_recorded_steps():
    async def go():
        model = load_model(await request_device(), "stories260K")
        pipeline = Pipeline(model)
        decoding = Decoding(pipeline, [1, 403], SamplingParams(temperature=0), 4)
        while await decoding.next() is not None:
            pass
        (step, _), = pipeline._steps.values()
        model.release()
        assert step.released
        with pytest.raises(ReleasedTensorError, match="recorded step"):
            model.device.replay(step, 5)

    run(go())


PYODIDE_SCRIPT = """
import struct
from webllm_py.generation import Pipeline, generate
from webllm_py.gpu import request_device
from webllm_py.loading.load import load_model

model = load_model(await request_device(), "stories260K")
runs = []
for replay in (False, True):
    pipeline = Pipeline(model, replay=replay)
    out = await generate(model, [1, 403, 261], 16, keep_logits=True, pipeline=pipeline)
    greedy = await generate(model, [1, 403], 16, pipeline=Pipeline(model, replay=replay))
    bits = b"".join(struct.pack(f"<{len(r)}f", *r) for r in out.logits)
    runs.append([out.ids, bits.hex(), greedy.ids, greedy.stats.replayed_steps, pipeline.refused])
result = runs
"""


def test_replay_is_bit_identical_in_pyodide(pyodide_node):
    import jinja2  # the loaders import the chat formats
    import markupsafe

    from pyodide_harness import pure_python_install_code

    plain, replayed = pyodide_node.run(pure_python_install_code(jinja2, markupsafe) + PYODIDE_SCRIPT)
    assert replayed[3] == 15 and replayed[4] is None and plain[3] == 0
    assert plain[:3] == replayed[:3]
