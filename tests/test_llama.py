"""The Llama forward pass against references: transformers logits and llama2.c's golden output.

Random-init transformers models (made once per session in tests/.cache, which
Pyodide in Node sees through its /project mount) must give logits within 1e-4
of transformers for a 40-token prompt and 24 greedy steps, with identical ids,
natively and in Pyodide.  stories260K must reproduce upstream's 200 greedy ids.
"""

from __future__ import annotations

import asyncio
import base64
import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from reference import make_random_llama, reference_logits
from webllm_py.generation import generate
from webllm_py.gpu import request_device
from webllm_py.loading.load import load_model

REPO = Path(__file__).resolve().parents[1]
CACHE = REPO / "tests" / ".cache"
STORIES = "models/llama2c_stories260K"
DATA = REPO.parent / "shared" / "data"
PROMPT_LEN, STEPS, TOL = 40, 24, 1e-4

# Each case switches on one thing the kernels must get right.  Larger models get a
# smaller init so logits keep a similar scale (std ~2-3), where float32 rounding in any
# implementation (transformers' included) stays well under the tolerance.
CASES = {
    "gqa": dict(),
    "mha": dict(num_key_value_heads=4),
    "tied_hd64": dict(tie_word_embeddings=True, head_dim=64, hidden_size=128, num_attention_heads=2,
                      num_key_value_heads=1, initializer_range=0.14),
    "llama3_rope_hd128": dict(head_dim=128, hidden_size=256, num_attention_heads=4, num_key_value_heads=2,
                              initializer_range=0.1, rope_theta=500000.0,
                              rope_scaling={"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0,
                                            "high_freq_factor": 4.0, "original_max_position_embeddings": 16}),
}


@pytest.fixture(scope="session")
def llama_case():
    """Build (once) a random model folder and its transformers reference, per case name."""
    made: dict[str, tuple[Path, list[int], np.ndarray, list[int]]] = {}

    def get(name: str):
        if name not in made:
            folder = CACHE / f"llama_{name}"
            shutil.rmtree(folder, ignore_errors=True)
            seed = sorted(CASES).index(name)
            make_random_llama(folder, seed=seed, **CASES[name])
            prompt = [int(i) for i in np.random.default_rng(seed).integers(3, 300, PROMPT_LEN)]
            logits, ids = reference_logits(folder, prompt, STEPS)
            made[name] = (folder, prompt, logits, ids)
        return made[name]

    return get


def _check(name: str, logits: np.ndarray, ids: list[int], ref_logits: np.ndarray, ref_ids: list[int]) -> None:
    assert logits.shape == ref_logits.shape == (PROMPT_LEN + STEPS - 1, ref_logits.shape[1])
    err = float(np.abs(logits - ref_logits).max())
    assert err <= TOL, f"{name}: max abs logit error {err:.2e}"
    assert ids == ref_ids, f"{name}: greedy ids differ"


@pytest.mark.parametrize("name", sorted(CASES))
def test_native_matches_transformers(name, llama_case):
    folder, prompt, ref_logits, ref_ids = llama_case(name)

    async def run():
        model = load_model(await request_device(), folder, prefill_chunk=16)  # 40 tokens = 3 chunks
        return await generate(model, prompt, STEPS, keep_logits=True)

    out = asyncio.run(run())
    _check(name, np.array(out.logits, dtype=np.float32), out.ids, ref_logits, ref_ids)


PYODIDE_GENERATE = """
import base64, struct
from webllm_py.generation import generate
from webllm_py.gpu import request_device
from webllm_py.loading.load import load_model
model = load_model(await request_device(), {path!r}, prefill_chunk=16)
out = await generate(model, {prompt!r}, {steps}, keep_logits={keep})
flat = [v for row in out.logits for v in row]
result = {{"ids": out.ids, "logits": base64.b64encode(struct.pack(f"<{{len(flat)}}f", *flat)).decode()}}
"""


@pytest.mark.parametrize("name", sorted(CASES))
def test_pyodide_node_matches_transformers(name, llama_case, pyodide_node):
    folder, prompt, ref_logits, ref_ids = llama_case(name)
    code = PYODIDE_GENERATE.format(path=f"/project/{folder.relative_to(REPO)}", prompt=prompt, steps=STEPS, keep=True)
    result = pyodide_node.run(code)
    logits = np.frombuffer(base64.b64decode(result["logits"]), np.float32).reshape(ref_logits.shape)
    _check(name, logits, result["ids"], ref_logits, ref_ids)


def _golden() -> list[int]:
    return json.loads((DATA / STORIES / "expected_greedy_200.json").read_text())["token_ids"]


def test_stories260k_native_golden():
    async def run():
        model = load_model(await request_device(), DATA / STORIES / "stories260K.bin")
        return await generate(model, [1], 200)

    assert [1] + asyncio.run(run()).ids == _golden()


@pytest.mark.parametrize("runtime", ["pyodide_node", "pyodide_chromium"])
def test_stories260k_pyodide_golden(runtime, request):
    code = PYODIDE_GENERATE.format(path=f"/data/{STORIES}/stories260K.bin", prompt=[1], steps=200, keep=False)
    result = request.getfixturevalue(runtime).run(code, data_files=[f"{STORIES}/stories260K.bin"])
    assert [1] + result["ids"] == _golden()


def test_native_weights_split_in_row_blocks(llama_case):
    """Adapters may bind as little as 128 MiB: big weights are split in row blocks, same logits."""
    folder, prompt, ref_logits, ref_ids = llama_case("gqa")

    async def run():
        device = await request_device()
        device.max_binding_bytes = 48 * 1024  # 128 rows of 96 floats: the lm head is 3 blocks
        model = load_model(device, folder, prefill_chunk=16)
        assert len(model.lm_head) == 3 and len(model.embed) == 3
        return await generate(model, prompt, STEPS, keep_logits=True)

    out = asyncio.run(run())
    _check("gqa/blocks", np.array(out.logits, dtype=np.float32), out.ids, ref_logits, ref_ids)


def test_native_chunked_prefill_without_reading_between_chunks(llama_case):
    """Chunks are recorded back to back; each chunk's token ids must not overwrite the last's too early."""
    folder, prompt, ref_logits, ref_ids = llama_case("gqa")

    async def run():
        model = load_model(await request_device(), folder, prefill_chunk=16)
        return await generate(model, prompt, STEPS)  # greedy on the GPU: no logits read between chunks

    assert asyncio.run(run()).ids == ref_ids
