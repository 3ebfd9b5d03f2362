"""GPU memory has an owner: switching models gives the old one's memory back (the device's
accounting and wgpu's own object counts stay flat), released tensors cannot be used, bind-group
caches are bounded, sizes the device cannot hold fail before any GPU call, and a lost device is
reported by name and replaced by `reload`."""

from __future__ import annotations

import asyncio
import gc
import json
import struct
from pathlib import Path

import jinja2
import markupsafe
import pytest
import wgpu

from pyodide_harness import pure_python_install_code
from webllm_py.convert import convert
from webllm_py.engine import MLCEngine
from webllm_py.engine.config import AppConfig, ModelRecord, default_app_config
from webllm_py.gpu import BufferTooLargeError, DeviceLostError, ReleasedTensorError, request_device
from webllm_py.gpu.device import BIND_GROUP_CACHE, STAGING_KEPT, STAGING_LARGEST, BindGroupCache
from webllm_py.loading.mlc import load_mlc_model
from webllm_py.loading.load import load_model

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
ASSETS = REPO / "webllm_py" / "assets" / "stories260K"
HF_STORIES = "models/stories260K_hf_safetensors_DERIVED"
CHAT = [{"role": "user", "content": "Once upon a time"}]


def run(coro):
    return asyncio.run(coro)


@pytest.fixture(scope="module")
def mlc_stories(tmp_path_factory) -> Path:
    """stories260K converted to q4f32_1: a second model, with other buffers than the first."""
    return convert(ASSETS / "stories260K.bin", tmp_path_factory.mktemp("mlc") / "stories-q4", "q4f32_1")


def _wgpu_buffers() -> tuple[int, int]:
    """wgpu's own count of live buffers and their bytes (after collecting garbage)."""
    gc.collect()
    counts = wgpu.diagnostics.object_counts.get_dict()
    return counts["Buffer"]["count"], counts["Buffer"]["resource_mem"]


def test_memory_stays_flat_across_20_model_switches(mlc_stories):
    app = AppConfig([*default_app_config().model_list,
                     ModelRecord("stories-q4", model=str(mlc_stories), tokenizer=str(ASSETS / "tok512.bin"))])
    engine = MLCEngine(app)

    async def switch(model_id: str) -> tuple:
        await engine.reload(model_id)
        replies = []
        for seed in range(2):  # each request's sampler (with a penalty table) uses the model's buffers
            reply = await engine.chat.completions.create(messages=CHAT, max_tokens=4, seed=seed, frequency_penalty=0.5)
            replies.append(reply.choices[0].message.content)
        device = engine._device
        return device.allocated_bytes, device.live_buffers, len(device._bind_groups), _wgpu_buffers(), tuple(replies)

    async def switches() -> dict[str, list[tuple]]:
        seen: dict[str, list[tuple]] = {"stories260K": [], "stories-q4": []}
        for i in range(20):
            model_id = ("stories260K", "stories-q4")[i % 2]
            seen[model_id].append(await switch(model_id))
        await engine.unload()
        seen["unloaded"] = [(engine._device.allocated_bytes, engine._device.live_buffers, len(engine._device._bind_groups),
                             _wgpu_buffers())]
        return seen

    seen = run(switches())
    for model_id in ("stories260K", "stories-q4"):
        assert len(set(seen[model_id])) == 1, f"{model_id}: memory or replies changed across switches: {seen[model_id]}"
    (a_bytes, a_buffers, _, (a_wgpu, a_wgpu_bytes), _), = set(seen["stories260K"])
    (b_bytes, b_buffers, _, (b_wgpu, b_wgpu_bytes), _), = set(seen["stories-q4"])
    assert a_bytes != b_bytes and a_bytes > 2_000_000 and b_bytes > 1_000_000
    # wgpu counts what the device counts (plus buffers outside it: the uniform arena, other tests')
    assert a_wgpu - b_wgpu == a_buffers - b_buffers and a_wgpu_bytes - b_wgpu_bytes == a_bytes - b_bytes
    unloaded_bytes, unloaded_buffers, unloaded_groups, (wgpu_count, wgpu_bytes) = seen["unloaded"][0]
    assert (unloaded_bytes, unloaded_buffers, unloaded_groups) == (0, 0, 0)
    assert (a_wgpu - wgpu_count, a_wgpu_bytes - wgpu_bytes) == (a_buffers, a_bytes)


def test_a_failed_load_leaves_nothing_behind(mlc_stories):
    engine = MLCEngine()  # the MLC folder has no tokenizer: its weights load, then the reload fails

    async def go():
        await engine.reload("stories260K")
        loaded = engine._device.allocated_bytes, engine._device.live_buffers
        with pytest.raises(ValueError, match="no tokenizer"):
            await engine.reload(str(mlc_stories))
        await engine.reload("stories260K")
        assert (engine._device.allocated_bytes, engine._device.live_buffers) == loaded
        await engine.unload()
        assert (engine._device.allocated_bytes, engine._device.live_buffers) == (0, 0)

    run(go())


def test_released_tensors_cannot_be_used():
    async def go():
        device = await request_device()
        start = device.allocated_bytes, device.live_buffers
        x = device.tensor(b"\0" * 64, (1, 16), label="x")
        device.run("softcap", {"cap": 1.0}, X=x)
        device.flush()
        assert device.allocated_bytes == start[0] + 64 and device.live_buffers == start[1] + 1
        assert len(device._bind_groups) == 1
        device.release(x, x.view(4))  # views share the buffer: released once
        device.release(x)  # releasing again does nothing
        assert (device.allocated_bytes, device.live_buffers) == start and len(device._bind_groups) == 0
        with pytest.raises(ReleasedTensorError, match=r"shape \[1, 16\].*released"):
            device.run("softcap", {"cap": 1.0}, X=x)
        with pytest.raises(ReleasedTensorError):
            device.write(x, b"\0" * 64)
        with pytest.raises(ReleasedTensorError):
            await device.read(x)

        model = load_model(device, ASSETS / "stories260K.bin")
        assert device.allocated_bytes > start[0]
        model.release()
        assert (device.allocated_bytes, device.live_buffers) == start
        with pytest.raises(ReleasedTensorError):
            model.forward([1], 0)

    run(go())


def test_scalars_are_bound_as_storage_on_llvmpipe_only():
    """lavapipe compiles a shader again for its uniform values at every dispatch (14 ms for the
    fused decode attention): there the scalars go in a read-only storage binding instead.
    Every native test runs through that binding here; the Pyodide tests (SwiftShader) through
    the uniform one."""
    device = run(request_device())
    storage = "llvmpipe" in device.description.lower()
    assert device.scalar_binding == ("read-only-storage" if storage else "uniform")
    code = device.shader_code(device.kernels["decode_attention"])
    assert ("var<storage, read> podArgs" in code, "var<uniform> podArgs" in code) == (storage, not storage)


def test_bind_group_cache_is_bounded_and_forgets_released_buffers():
    dropped = []
    cache = BindGroupCache(3, dropped.append)
    for i in range(3):
        cache.get(("k", (i, 9), 0), lambda i=i: f"g{i}")
    assert cache.get(("k", (0, 9), 0), lambda: "new") == "g0"  # a hit: now the most recent
    cache.get(("k", (3,), 0), lambda: "g3")  # over capacity: the least recently used goes
    assert dropped == ["g1"] and len(cache) == 3
    cache.forget(9)  # every group that binds buffer 9
    assert sorted(dropped) == ["g0", "g1", "g2"] and len(cache) == 1
    assert BIND_GROUP_CACHE >= 2 * 4096  # a batch's own groups are never the ones evicted


def test_reads_reuse_a_bounded_set_of_staging_buffers_that_the_device_counts():
    async def go():
        device = await request_device()
        base = _wgpu_buffers()
        x = device.tensor(struct.pack("<4f", 1, 2, 3, 4), (4,), label="x")
        big = device.empty((STAGING_LARGEST // 4 + 1,), label="big")
        for _ in range(5):  # one read at a time: one staging buffer, made once
            assert struct.unpack("<4f", await device.read(x)) == (1, 2, 3, 4)
        assert (device._staging.count, device.live_buffers) == (1, 3)
        reads = [device.read_soon(x) for _ in range(STAGING_KEPT + 2)]  # in flight together
        assert device._staging.count == STAGING_KEPT + 2
        for read in reads:
            assert struct.unpack("<4f", await read) == (1, 2, 3, 4)
        del reads, read  # what refers to the destroyed buffers, for wgpu's count below
        assert device._staging.count == STAGING_KEPT  # the rest were destroyed as they came back
        await device.read(big)  # a large read's buffer is not kept
        assert device._staging.count == STAGING_KEPT
        assert device.allocated_bytes == x.capacity + big.capacity + STAGING_KEPT * 16
        count, nbytes = _wgpu_buffers()
        assert (count - base[0], nbytes - base[1]) == (device.live_buffers, device.allocated_bytes)
        device.release_all()
        del x, big
        assert (device.allocated_bytes, device.live_buffers) == (0, 0) and _wgpu_buffers() == base

    run(go())


def _huge_context_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "huge-context"
    folder.mkdir()
    config = json.loads((DATA / HF_STORIES / "config.json").read_text())
    (folder / "config.json").write_text(json.dumps({**config, "max_position_embeddings": 10**9}))
    (folder / "model.safetensors").symlink_to(DATA / HF_STORIES / "model.safetensors")
    return folder


def test_a_context_window_the_device_cannot_hold_fails_before_any_gpu_call(tmp_path, mlc_stories):
    mlc = tmp_path / "mlc-huge"
    mlc.mkdir()
    for name in ("tensor-cache.json", "params_shard_0.bin"):
        (mlc / name).symlink_to(mlc_stories / name)
    chat_config = json.loads((mlc_stories / "mlc-chat-config.json").read_text())
    chat_config["model_config"]["context_window_size"] = 10**9
    (mlc / "mlc-chat-config.json").write_text(json.dumps(chat_config))

    hf = _huge_context_folder(tmp_path)

    async def go():
        device = await request_device()
        start = device.allocated_bytes, device.live_buffers
        with pytest.raises(BufferTooLargeError, match=r"KV cache of 1000000000 positions.*context_window_size"):
            load_model(device, hf)
        with pytest.raises(BufferTooLargeError, match="maxStorageBufferBindingSize"):
            load_mlc_model(device, mlc)  # refused from the config, before the shards are uploaded
        assert (device.allocated_bytes, device.live_buffers) == start
        load_model(device, hf, context_window=64).release()  # a window it can hold loads

    run(go())


def test_device_loss_is_named_and_reload_recovers():
    engine = MLCEngine()

    async def go():
        await engine.reload("stories260K")
        lost = engine._device
        lost._device.destroy()  # what a driver reset does to the wgpu device underneath
        with pytest.raises(DeviceLostError, match="device was lost"):
            await engine.chat.completions.create(messages=CHAT, max_tokens=4)
        assert lost.lost
        await engine.reload("stories260K")
        assert engine._device is not lost and not engine._device.lost
        reply = await engine.chat.completions.create(messages=CHAT, max_tokens=4, temperature=0)
        assert reply.usage.completion_tokens == 4

        chunks = 0  # lost mid-reply, between replayed decode steps (encoded through wgpu-native's C calls)
        with pytest.raises(DeviceLostError, match="device was lost"):
            async for _ in await engine.chat.completions.create(messages=CHAT, max_tokens=20, temperature=0,
                                                                 stream=True):
                chunks += 1
                if chunks == 3:
                    engine._device._device.destroy()
        assert chunks == 3
        await engine.reload("stories260K")
        reply = await engine.chat.completions.create(messages=CHAT, max_tokens=4, temperature=0)
        assert reply.usage.completion_tokens == 4

        engine._device._device.destroy()  # lost, and nothing noticed before the reload
        await engine.reload("stories260K")
        reply = await engine.chat.completions.create(messages=CHAT, max_tokens=4, temperature=0)
        assert reply.usage.completion_tokens == 4
        await engine.unload()

    run(go())


# Runs in Pyodide under Node + Dawn (the browser backend: JS bind-group slots, the `lost`
# promise); sets `result`.
PYODIDE_SWITCHES = """
import asyncio
from webllm_py.generation import generate
from webllm_py.gpu import DeviceLostError, ReleasedTensorError, request_device
from webllm_py.loading.load import load_model
device = await request_device()
seen = {"bin": set(), "hf": set()}
for i in range(6):
    kind = ("bin", "hf")[i % 2]
    model = load_model(device, {"bin": BIN, "hf": HF}[kind])
    out = await generate(model, [1], 3)  # the same ids each time: reused bind-group slots bind the right buffers
    seen[kind].add((device.allocated_bytes, device.live_buffers, len(device._group_index), tuple(out.ids)))
    model.release()
try:
    model.forward([1], 0)
    used = "ran"
except ReleasedTensorError:
    used = "ReleasedTensorError"
after = [device.allocated_bytes, device.live_buffers, len(device._group_index)]
staging = [device._staging.nbytes, device._staging.count]  # the device's own, kept for the next reads
model = load_model(device, BIN)
device._device.destroy()  # the browser reports a loss through the device's `lost` promise
await asyncio.sleep(0.1)  # the promise settles
try:
    await generate(model, [1], 2)
    lost = "ran"
except DeviceLostError as e:
    lost = str(e)
result = {"seen": {k: sorted(v) for k, v in seen.items()}, "after": after, "staging": staging, "used": used,
          "lost": lost}
"""


def test_memory_stays_flat_and_loss_is_named_in_pyodide(pyodide_node):
    files = [f"{HF_STORIES}/config.json", f"{HF_STORIES}/model.safetensors", "models/llama2c_stories260K/stories260K.bin"]
    code = (pure_python_install_code(jinja2, markupsafe) +  # the model loaders import the chat formats
            f"BIN = '/data/models/llama2c_stories260K/stories260K.bin'\nHF = '/data/{HF_STORIES}'\n" + PYODIDE_SWITCHES)
    result = pyodide_node.run(code, data_files=files)
    assert len(result["seen"]["bin"]) == len(result["seen"]["hf"]) == 1, result["seen"]
    assert result["seen"]["bin"][0][0] > 2_000_000
    # all that is left once the models are released: the two staging buffers of a greedy decode's
    # token reads (one in flight while the next step runs), which the device keeps for reuse
    assert result["staging"] == [8, 2] and result["after"] == [*result["staging"], 0]
    assert result["used"] == "ReleasedTensorError"
    assert "device was lost (destroyed" in result["lost"]
