"""MLC model folders: TVM's own reader agrees with our writer, our loader reads TVM's dumps,
bad folders fail with the file named, and models load from paths and URLs, natively and in
Pyodide (Node + Dawn, and Chromium)."""

from __future__ import annotations

import asyncio
import base64
import functools
import http.server
import json
import shutil
import threading
from pathlib import Path

import numpy as np
import pytest
import tvm
from safetensors.numpy import load_file
from tvm.contrib import tvmjs

from reference import make_random_llama
from webllm_py.convert import convert, quantize_q4
from webllm_py.gpu import request_device
from webllm_py.loading.load import load_model, load_model_async
from webllm_py.weights import WeightError

REPO = Path(__file__).resolve().parents[1]
CACHE = REPO / "tests" / ".cache"
PROMPT = [1, 45, 200, 7, 99, 3, 250, 12]
LAYERS, HIDDEN, FFN, HEADS, KV_HEADS, HEAD_DIM, VOCAB = 3, 96, 200, 4, 2, 32, 320  # reference.py's defaults


@pytest.fixture(scope="module")
def hf_model() -> Path:
    """A random Llama (untied lm head; ffn 200 = a partial quantization group) in Hugging Face format."""
    folder = CACHE / "mlc_hf_model"
    shutil.rmtree(folder, ignore_errors=True)
    return make_random_llama(folder, seed=5)


@pytest.fixture(scope="module")
def converted(hf_model):
    """Converted folders under tests/.cache (Pyodide in Node sees them at /project/tests/.cache)."""
    made: dict[str, Path] = {}

    def get(quantization: str) -> Path:
        if quantization not in made:
            made[quantization] = convert(hf_model, CACHE / f"mlc_{quantization}", quantization, force=True)
        return made[quantization]

    return get


def expected_params(hf_model: Path, quantization: str) -> dict[str, np.ndarray]:
    """MLC LLM's names and fused layouts, written out from the Hugging Face tensors."""
    hf = load_file(str(hf_model / "model.safetensors"))
    dt = np.float16 if quantization.endswith(("f16", "f16_1")) else np.float32
    out: dict[str, np.ndarray] = {}

    def linear(mlc: str, *names: str) -> None:
        w = np.concatenate([hf[n] for n in names])
        if quantization.startswith("q4"):
            out[mlc + ".q_weight"], out[mlc + ".q_scale"] = quantize_q4(w, np.dtype(dt).name)
        else:
            out[mlc + ".weight"] = w.astype(dt)

    linear("model.embed_tokens", "model.embed_tokens.weight")
    linear("lm_head", "lm_head.weight")
    out["model.norm.weight"] = hf["model.norm.weight"].astype(dt)
    for i in range(LAYERS):
        p = f"model.layers.{i}."
        linear(p + "self_attn.qkv_proj", *(p + f"self_attn.{x}_proj.weight" for x in "qkv"))
        linear(p + "self_attn.o_proj", p + "self_attn.o_proj.weight")
        linear(p + "mlp.gate_up_proj", p + "mlp.gate_proj.weight", p + "mlp.up_proj.weight")
        linear(p + "mlp.down_proj", p + "mlp.down_proj.weight")
        for norm in ("input_layernorm", "post_attention_layernorm"):
            out[p + norm + ".weight"] = hf[p + norm + ".weight"].astype(dt)
    return out


@pytest.mark.parametrize("quantization", ["q0f32", "q0f16", "q4f32_1", "q4f16_1"])
def test_tvm_reads_our_folders(hf_model, converted, quantization):
    arrays, metadata = tvmjs.load_tensor_cache(str(converted(quantization)), tvm.cpu())
    expected = expected_params(hf_model, quantization)
    assert sorted(arrays) == sorted(expected)
    assert "model.layers.0.self_attn.qkv_proj." + ("q_weight" if quantization.startswith("q4") else "weight") in arrays
    for name, want in expected.items():
        got = arrays[name].numpy()
        assert got.dtype == want.dtype and got.shape == want.shape, name
        assert np.array_equal(got.view(np.uint8), want.view(np.uint8)), name
    assert metadata["ParamSize"] == len(expected)
    shards = json.loads((converted(quantization) / "tensor-cache.json").read_text())["records"]
    assert all(s["format"] == "raw-shard" and s["dataPath"].startswith("params_shard_") for s in shards)


def logits_of(folder: str | Path, **kwargs) -> np.ndarray:
    async def run():
        model = load_model(await request_device(), folder, prefill_chunk=16, **kwargs)
        return np.frombuffer(await model.device.read(model.forward(PROMPT, 0, all_logits=True)), np.float32)

    return asyncio.run(run())


def test_reads_folders_dumped_by_tvm(converted, tmp_path):
    """tvmjs.dump_tensor_cache's output, raw (under the old index name) and f32-to-bf16 (MLC's default)."""
    ours = converted("q4f32_1")
    arrays, metadata = tvmjs.load_tensor_cache(str(ours), tvm.cpu())
    params = {name: a.numpy() for name, a in arrays.items()}
    for fmt in ("raw", "f32-to-bf16"):
        folder = tmp_path / fmt
        tvmjs.dump_tensor_cache(params, str(folder), encode_format=fmt, meta_data=metadata, show_progress=False)
        shutil.copy(ours / "mlc-chat-config.json", folder)
    (tmp_path / "raw" / "tensor-cache.json").rename(tmp_path / "raw" / "ndarray-cache.json")
    assert np.array_equal(logits_of(tmp_path / "raw"), logits_of(ours))

    # f32 tensors stored as bfloat16: we must decode them to exactly what TVM decodes.
    decoded, _ = tvmjs.load_tensor_cache(str(tmp_path / "f32-to-bf16"), tvm.cpu())

    async def read_back():
        model = load_model(await request_device(), tmp_path / "f32-to-bf16")
        w, s = model.layers[0].qkv.blocks[0]
        return {"model.norm.weight": await model.device.read(model.final_norm),
                "model.layers.0.self_attn.qkv_proj.q_scale": await model.device.read(s),
                "model.layers.0.self_attn.qkv_proj.q_weight": await model.device.read(w)}

    for name, data in asyncio.run(read_back()).items():
        assert data == decoded[name].numpy().tobytes(), name
    assert not np.array_equal(decoded["model.norm.weight"].numpy(), params["model.norm.weight"])  # it was rounded


def _break(folder: Path, how: str) -> str:
    """Damage a copy of a model folder; return what the error message must name."""
    index = folder / "tensor-cache.json"
    if how == "corrupt index":
        index.write_text(index.read_text()[:100])
        return "tensor-cache.json: not valid JSON"
    if how == "missing shard":
        (folder / "params_shard_0.bin").unlink()
        return "params_shard_0.bin: missing"
    if how == "short shard":
        data = (folder / "params_shard_0.bin").read_bytes()
        (folder / "params_shard_0.bin").write_bytes(data[:-4])
        return "params_shard_0.bin: "
    if how == "wrong nbytes":
        d = json.loads(index.read_text())
        d["records"][0]["records"][1]["nbytes"] += 4
        index.write_text(json.dumps(d))
        name = d["records"][0]["records"][1]["name"]
        return f"tensor-cache.json: {name}: nbytes"
    if how == "no index":
        index.unlink()
        return "no tensor-cache.json or ndarray-cache.json"
    if how == "bad quantization":
        config = folder / "mlc-chat-config.json"
        config.write_text(config.read_text().replace('"q4f32_1"', '"q3f16_1"'))
        return "mlc-chat-config.json: unsupported quantization 'q3f16_1'"
    raise ValueError(how)


@pytest.mark.parametrize("how", ["corrupt index", "missing shard", "short shard", "wrong nbytes", "no index",
                                 "bad quantization"])
def test_bad_folders_fail_naming_the_file(converted, tmp_path, how):
    folder = tmp_path / "model"
    shutil.copytree(converted("q4f32_1"), folder)
    message = _break(folder, how)
    with pytest.raises(ValueError) as info:
        logits_of(folder)
    assert message in str(info.value)


@pytest.fixture(scope="module")
def http_root():
    """An HTTP server on 127.0.0.1 serving tests/.cache."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(CACHE))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_loads_from_url_sync_and_async(converted, http_root):
    folder = converted("q4f16_1")
    url = f"{http_root}/{folder.name}"
    local = logits_of(folder)
    assert np.array_equal(logits_of(url), local)

    async def run():
        model = await load_model_async(await request_device(), url + "/", prefill_chunk=16)
        return np.frombuffer(await model.device.read(model.forward(PROMPT, 0, all_logits=True)), np.float32)

    assert np.array_equal(asyncio.run(run()), local)
    with pytest.raises(WeightError, match="nope/mlc-chat-config.json: missing \\(HTTP 404\\)"):
        logits_of(f"{http_root}/nope")


def test_row_blocks_give_the_same_logits(converted):
    """Adapters may bind as little as 128 MiB: q4 weights split in row blocks at load, same numbers."""
    folder = converted("q4f32_1")

    async def run():
        device = await request_device()
        device.max_binding_bytes = 4096  # the [320, 12] word embedding: 4 blocks
        model = load_model(device, folder, prefill_chunk=16)
        assert len(model.embed) == 4 and len(model.lm_head) == 4
        return np.frombuffer(await device.read(model.forward(PROMPT, 0, all_logits=True)), np.float32)

    assert np.array_equal(asyncio.run(run()), logits_of(folder))


PYODIDE_LOAD = """
import base64, struct
from webllm_py.gpu import request_device
from webllm_py.loading.load import load_model_async
source = {source}
model = await load_model_async(await request_device(), source, prefill_chunk=16)
data = await model.device.read(model.forward({prompt!r}, 0, all_logits=True))
result = {{"kernels": model.weight_kernels, "logits": base64.b64encode(data).decode()}}
"""


@pytest.mark.parametrize("where", ["path", "url"])
def test_pyodide_node_loads_path_and_url(converted, http_root, pyodide_node, where):
    folder = converted("q4f32_1")
    source = repr(f"/project/tests/.cache/{folder.name}" if where == "path" else f"{http_root}/{folder.name}")
    result = pyodide_node.run(PYODIDE_LOAD.format(source=source, prompt=PROMPT))
    assert result["kernels"] == "q4 (f32 scales)"  # SwiftShader has no shader-f16
    logits = np.frombuffer(base64.b64decode(result["logits"]), np.float32)
    assert np.abs(logits - logits_of(folder)).max() <= 1e-4


def test_pyodide_chromium_loads_url(converted, pyodide_chromium):
    """In a real browser, from the page's own server, with pyfetch; q4f16_1 scales are widened there."""
    folder = converted("q4f16_1")
    source = f"__import__('js').location.origin + '/tests/.cache/{folder.name}'"
    result = pyodide_chromium.run(PYODIDE_LOAD.format(source=source, prompt=PROMPT))
    logits = np.frombuffer(base64.b64decode(result["logits"]), np.float32)
    assert np.abs(logits - logits_of(folder)).max() <= 1e-4
