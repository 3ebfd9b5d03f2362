"""`python -m webllm_py convert`: stories260K converted to MLC folders keeps its golden output
(q0f32) or stays close to float32 (q4f32_1); random Llamas match transformers; the config,
tokenizer files and interruption behave as MLC LLM's converter's output should."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import webllm_py.convert as convert_module
from reference import make_random_llama, reference_logits
from webllm_py.convert import convert, dequantize_q4
from webllm_py.generation import generate
from webllm_py.gpu import request_device
from webllm_py.loading.load import load_model

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
STORIES = DATA / "models" / "llama2c_stories260K"
STORIES_HF = DATA / "models" / "stories260K_hf_safetensors_DERIVED"
TOKENIZERS = DATA / "tokenizers" / "hf_phi3_mini"


def golden() -> list[int]:
    return json.loads((STORIES / "expected_greedy_200.json").read_text())["token_ids"]


@pytest.fixture(scope="module")
def stories(tmp_path_factory):
    out = tmp_path_factory.mktemp("stories")
    return {q: convert(STORIES_HF, out / q, q) for q in ("q0f32", "q4f32_1", "q4f16_1")}


def test_stories260k_q0f32_reproduces_the_golden_ids(stories):
    async def run():
        model = load_model(await request_device(), stories["q0f32"])
        return await generate(model, [1], 200)

    assert [1] + asyncio.run(run()).ids == golden()


def test_llama2c_checkpoint_converts_to_the_same_tensors_as_its_hf_copy(tmp_path):
    """llama2.c keeps Meta's adjacent-pair q/k rows; the MLC folder must hold HF's halves layout."""
    a = convert(STORIES / "stories260K.bin", tmp_path / "from_bin", "q0f32")
    b = convert(STORIES_HF, tmp_path / "from_hf", "q0f32")
    assert (a / "params_shard_0.bin").read_bytes() == (b / "params_shard_0.bin").read_bytes()


async def _log_probs(folder: Path) -> np.ndarray:
    """Log-softmax of the logits at every position of the golden sequence."""
    model = load_model(await request_device(), folder, prefill_chunk=200)
    logits = np.frombuffer(await model.device.read(model.forward(golden()[:200], 0, all_logits=True)), np.float32)
    x = logits.reshape(200, -1).astype(np.float64)
    x -= x.max(-1, keepdims=True)
    return x - np.log(np.exp(x).sum(-1, keepdims=True))


@pytest.mark.parametrize("quantization", ["q4f32_1", "q4f16_1"])
def test_stories260k_q4_stays_close_to_float32(stories, quantization, capsys):
    """Mean KL(f32 || q4) of next-token distributions over the 200 golden positions, and greedy agreement.

    Measured 0.106 / 88% (q4f32_1): stories260K (dim 64) is small enough for 4-bit round-to-nearest
    to matter; the issue's goal was KL <= 0.05.  The bounds here catch regressions.
    """
    p, q = asyncio.run(_log_probs(stories["q0f32"])), asyncio.run(_log_probs(stories[quantization]))
    kl = float((np.exp(p) * (p - q)).sum(-1).mean())
    agreement = float((p.argmax(-1) == q.argmax(-1)).mean())
    with capsys.disabled():
        print(f"\nstories260K {quantization}: mean KL {kl:.4f}, greedy agreement {agreement:.3f}")
    assert kl <= 0.12 and agreement >= 0.85


@pytest.fixture(scope="module")
def hf_folder(tmp_path_factory) -> Path:
    """A random tied-embedding Llama with tokenizer files and a generation_config.json."""
    folder = make_random_llama(tmp_path_factory.mktemp("hf") / "model", seed=11, tie_word_embeddings=True)
    for name in ("tokenizer.json", "tokenizer_config.json"):
        shutil.copy(TOKENIZERS / name, folder / name)
    (folder / "generation_config.json").write_text(json.dumps(
        {"bos_token_id": 1, "eos_token_id": [2, 7], "temperature": 0.6, "top_p": 0.9}))
    return folder


def test_chat_config_and_files(hf_folder, tmp_path):
    out = convert(hf_folder, tmp_path / "m", "q4f16_1", context_window=128, conv_template="llama-2")
    assert sorted(p.name for p in out.iterdir()) == [
        "mlc-chat-config.json", "params_shard_0.bin", "tensor-cache.json", "tokenizer.json", "tokenizer_config.json"]
    c = json.loads((out / "mlc-chat-config.json").read_text())
    assert (c["model_type"], c["quantization"], c["version"]) == ("llama", "q4f16_1", "0.1.0")
    assert c["model_config"] == {
        "hidden_size": 96, "intermediate_size": 200, "num_attention_heads": 4, "num_hidden_layers": 3,
        "rms_norm_eps": 1e-5, "vocab_size": 320, "tie_word_embeddings": True, "position_embedding_base": 10000.0,
        "rope_scaling": None, "context_window_size": 128, "prefill_chunk_size": 128, "num_key_value_heads": 2,
        "head_dim": 32, "tensor_parallel_shards": 1, "pipeline_parallel_stages": 1, "max_batch_size": 1}
    assert (c["context_window_size"], c["prefill_chunk_size"], c["vocab_size"]) == (128, 128, 320)
    assert (c["temperature"], c["top_p"], c["repetition_penalty"]) == (0.6, 0.9, 1.0)
    assert (c["bos_token_id"], c["eos_token_id"]) == (1, [2, 7])
    assert c["tokenizer_files"] == ["tokenizer.json", "tokenizer_config.json"]
    assert c["tokenizer_info"] == {"token_postproc_method": "byte_fallback", "prepend_space_in_encode": True,
                                   "strip_space_in_decode": True}
    assert c["conv_template"]["name"] == "llama-2" and c["conv_template"]["stop_token_ids"] == [2]
    names = [r["name"] for s in json.loads((out / "tensor-cache.json").read_text())["records"] for r in s["records"]]
    assert "lm_head.q_weight" not in names and names[:2] == ["model.embed_tokens.q_weight", "model.embed_tokens.q_scale"]


def test_chat_template_jinja_is_kept(hf_folder, tmp_path):
    """transformers 5 saves a chat template as chat_template.jinja: the converted folder keeps it
    (listed with the tokenizer files, so a folder at a URL brings it) and chats with it."""
    from webllm_py.conversation import JinjaChatFormat, load_chat_format

    src = shutil.copytree(hf_folder, tmp_path / "src")
    template = "{% for m in messages %}<|{{ m.role }}|>{{ m.content }}\n{% endfor %}<|assistant|>"
    (src / "chat_template.jinja").write_text(template)
    out = convert(src, tmp_path / "m", "q0f32")
    assert (out / "chat_template.jinja").read_text() == template
    assert "chat_template.jinja" in json.loads((out / "mlc-chat-config.json").read_text())["tokenizer_files"]
    chat = load_chat_format(out)
    assert isinstance(chat, JinjaChatFormat)
    assert chat.render([{"role": "user", "content": "hi"}], add_generation_prompt=True) == "<|user|>hi\n<|assistant|>"


@pytest.mark.parametrize("quantization", ["q0f32", "q4f32_1"])
def test_converted_random_llama_matches_transformers(hf_folder, tmp_path, quantization):
    """q0f32 against transformers on the checkpoint; q4f32_1 against transformers on the dequantized weights."""
    out = convert(hf_folder, tmp_path / "m", quantization)
    reference_folder = hf_folder
    if quantization == "q4f32_1":
        from safetensors.numpy import load_file, save_file

        tensors = load_file(str(hf_folder / "model.safetensors"))
        for name, w in tensors.items():
            if w.ndim == 2:
                tensors[name] = dequantize_q4(*convert_module.quantize_q4(w, "float32"), w.shape[1])
        reference_folder = tmp_path / "dequantized"
        shutil.copytree(hf_folder, reference_folder)
        save_file(tensors, str(reference_folder / "model.safetensors"), metadata={"format": "pt"})
    prompt = list(range(3, 43))
    ref_logits, ref_ids = reference_logits(reference_folder, prompt, 8)

    async def run():
        model = load_model(await request_device(), out, prefill_chunk=16)
        return await generate(model, prompt, 8, keep_logits=True)

    result = asyncio.run(run())
    assert np.abs(np.array(result.logits, np.float32) - ref_logits).max() <= 1e-4
    assert result.ids == ref_ids


def test_interrupted_conversion_leaves_no_folder(hf_folder, tmp_path, monkeypatch):
    calls = []
    real_add = convert_module.TensorCacheWriter.add

    def add(self, *args):
        calls.append(args[0])
        if len(calls) == 5:
            raise KeyboardInterrupt
        real_add(self, *args)

    monkeypatch.setattr(convert_module.TensorCacheWriter, "add", add)
    with pytest.raises(KeyboardInterrupt):
        convert(hf_folder, tmp_path / "out", "q4f32_1")
    assert list(tmp_path.iterdir()) == []  # neither OUT_DIR nor its hidden .partial folder


def test_cli_convert_and_bad_input(hf_folder, tmp_path):
    def cli(*args):
        return subprocess.run([sys.executable, "-m", "webllm_py", "convert", *args], cwd=REPO,
                              capture_output=True, text=True)

    out = cli(str(hf_folder), str(tmp_path / "m"), "--quantization", "q4f32_1")
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "m" / "tensor-cache.json").is_file()
    again = cli(str(hf_folder), str(tmp_path / "m"), "--quantization", "q4f32_1")
    assert again.returncode == 2 and "exists and is not empty" in again.stderr
    missing = cli(str(tmp_path / "nope"), str(tmp_path / "x"), "--quantization", "q0f32")
    assert missing.returncode == 2 and "nope" in missing.stderr and "Traceback" not in missing.stderr
    assert cli(str(hf_folder), str(tmp_path / "m"), "--quantization", "q4f32_1", "--force").returncode == 0
