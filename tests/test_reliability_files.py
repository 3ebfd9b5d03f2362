"""Weights and the converter never corrupt or crash (issue 13, items 3 and 4): `convert` refuses
an OUT_DIR that would destroy its input, validates its options, turns OS failures into one-line
errors that leave nothing behind and removes the partial folders of killed runs; a local MLC
shard with a flipped byte or the wrong size is refused as it is read; a Hugging Face tensor stored
in the wrong layout (same byte count) is refused naming it."""

from __future__ import annotations

import asyncio
import errno
import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from safetensors.numpy import load_file, save_file

import webllm_py.convert as convert_module
from reference import make_random_llama
from webllm_py.convert import convert
from webllm_py.gpu import request_device
from webllm_py.loading.mlc import VERIFY_ENV, load_mlc_model, load_mlc_model_async
from webllm_py.transport import ShardIntegrityError
from webllm_py.weights import WeightError

REPO = Path(__file__).resolve().parents[1]
STORIES = REPO.parent / "shared" / "data" / "models" / "llama2c_stories260K"


def cli(*args: str, patch: str = "") -> subprocess.CompletedProcess:
    """`python -m webllm_py convert ARGS`, after running `patch` (Python) in the same process."""
    code = f"import sys, errno\n{patch}\nfrom webllm_py.cli import main\nsys.exit(main(['convert', *sys.argv[1:]]))"
    return subprocess.run([sys.executable, "-c", code, *args], cwd=REPO, capture_output=True, text=True)


def one_line_error(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr
    for word in words:
        assert word in result.stderr


@pytest.fixture(scope="module")
def hf(tmp_path_factory) -> Path:
    return make_random_llama(tmp_path_factory.mktemp("hf") / "model", seed=3, tie_word_embeddings=True)


def test_out_equal_to_or_inside_the_input_is_refused(hf, tmp_path):
    link = tmp_path / "link"
    link.symlink_to(hf)
    before = sorted(p.name for p in hf.iterdir())
    for out in (hf, link, hf / "mlc", hf.parent):
        with pytest.raises(ValueError, match="input"):
            convert(hf, out, "q0f32", force=True)
    assert sorted(p.name for p in hf.iterdir()) == before
    one_line_error(cli(str(hf), str(link), "--quantization", "q0f32", "--force"), str(link), "input")


def test_out_replacing_the_input_files_folder_is_refused(tmp_path):
    model = tmp_path / "stories260K.bin"
    model.symlink_to(STORIES / "stories260K.bin")
    with pytest.raises(ValueError, match="input"):
        convert(model, tmp_path, "q0f32", force=True)
    assert model.is_symlink()
    with pytest.raises(ValueError, match="input"):
        convert(model, model, "q0f32", force=True)


@pytest.mark.parametrize("option, value", [("--context-window", "-5"), ("--context-window", "0"),
                                           ("--prefill-chunk-size", "x"), ("--prefill-chunk-size", "1.5")])
def test_sizes_must_be_positive_integers(hf, tmp_path, option, value):
    one_line_error(cli(str(hf), str(tmp_path / "m"), "--quantization", "q0f32", f"{option}={value}"), value)
    assert list(tmp_path.iterdir()) == []


def test_prefill_chunk_larger_than_the_context_window_is_refused(hf, tmp_path):
    result = cli(str(hf), str(tmp_path / "m"), "--quantization", "q0f32", "--context-window", "16",
                 "--prefill-chunk-size", "32")
    one_line_error(result, "32", "16")
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ValueError, match="at least 1"):
        convert(hf, tmp_path / "m", "q0f32", context_window=-5)


def test_out_that_is_a_file_is_refused(hf, tmp_path):
    out = tmp_path / "m"
    out.write_text("keep me")
    one_line_error(cli(str(hf), str(out), "--quantization", "q0f32", "--force"), str(out), "file")
    assert out.read_text() == "keep me"


@pytest.mark.parametrize("patch, reason", [
    # a full disk: a shard write fails with ENOSPC and no file name
    ("import webllm_py.weights.tensor_cache as t\n"
     "def add(*a): raise OSError(errno.ENOSPC, 'No space left on device')\n"
     "t.TensorCacheWriter.add = add", "No space left on device"),
    # a read-only folder (simulated: the tests may run as root, whom chmod does not stop)
    ("import pathlib\n"
     "def mkdir(self, *a, **k): raise PermissionError(errno.EACCES, 'Permission denied', str(self))\n"
     "pathlib.Path.mkdir = mkdir", "Permission denied"),
])
def test_os_failures_are_one_line_errors_naming_the_path(hf, tmp_path, patch, reason):
    out = tmp_path / "m"
    one_line_error(cli(str(hf), str(out), "--quantization", "q0f32", patch=patch), f"{out}: {reason}")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_replace_keeps_the_old_folder(hf, tmp_path, monkeypatch):
    out = convert(hf, tmp_path / "m", "q0f32")
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(convert_module.TensorCacheWriter, "add", full)
    with pytest.raises(OSError, match="No space left on device") as e:
        convert(hf, out, "q4f32_1", force=True)
    assert e.value.filename == str(out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert [p.name for p in tmp_path.iterdir()] == ["m"]


def test_partial_folders_of_killed_runs_are_removed(hf, tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", ""])
    dead.wait()
    stale = tmp_path / f".m.partial-{dead.pid}"
    stale.mkdir()
    (stale / "params_shard_0.bin").write_bytes(b"\0" * 1000)
    other = tmp_path / f".other.partial-{dead.pid}"
    other.mkdir()
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        alive = tmp_path / f".m.partial-{running.pid}"  # a conversion still running: not to be removed
        alive.mkdir()
        convert(hf, tmp_path / "m", "q0f32")
    finally:
        running.kill()
        running.wait()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([alive.name, other.name, "m"])


# -- local MLC shards: size and MD5 checked as they are read ---------------------------------------

@pytest.fixture(scope="module")
def mlc(tmp_path_factory) -> Path:
    return convert(STORIES / "stories260K.bin", tmp_path_factory.mktemp("mlc") / "m", "q0f32")


def corrupt_copy(mlc: Path, tmp_path: Path, edit) -> tuple[Path, str, str]:
    """A copy of the folder with `edit(bytes) -> bytes` applied to its first shard: (folder, shard,
    the index's MD5)."""
    copy = tmp_path / "copy"
    shutil.copytree(mlc, copy)
    record = json.loads((copy / "tensor-cache.json").read_text())["records"][0]
    shard = copy / record["dataPath"]
    shard.write_bytes(edit(shard.read_bytes()))
    return copy, record["dataPath"], record["md5sum"]


def flip(data: bytes) -> bytes:
    return data[:100] + bytes([data[100] ^ 1]) + data[101:]


def load(folder: Path, **kwargs):
    async def run():
        return load_mlc_model(await request_device(), folder, prefill_chunk=16, **kwargs)

    return asyncio.run(run())


def test_a_flipped_byte_in_a_local_shard_is_refused(mlc, tmp_path):
    folder, shard, md5 = corrupt_copy(mlc, tmp_path, flip)
    actual = hashlib.md5((folder / shard).read_bytes()).hexdigest()
    with pytest.raises(ShardIntegrityError, match=f"{shard}: corrupt: MD5 {actual}, the index says {md5}"):
        load(folder)

    async def run_async():
        return await load_mlc_model_async(await request_device(), folder, prefill_chunk=16)

    with pytest.raises(ShardIntegrityError, match=md5):
        asyncio.run(run_async())
    load(mlc)  # the intact folder loads


def test_the_md5_check_can_be_skipped(mlc, tmp_path, monkeypatch):
    folder, _, _ = corrupt_copy(mlc, tmp_path, flip)
    assert load(folder, verify=False) is not None
    monkeypatch.setenv(VERIFY_ENV, "0")
    assert load(folder) is not None
    with pytest.raises(ShardIntegrityError):
        load(folder, verify=True)


def test_a_local_shard_of_the_wrong_size_is_refused_even_unverified(mlc, tmp_path):
    folder, shard, _ = corrupt_copy(mlc, tmp_path, lambda data: data[:-4])
    with pytest.raises(ShardIntegrityError, match=f"{shard}: .* bytes, the index says"):
        load(folder, verify=False)


# -- Hugging Face tensors: shapes checked against the config, not just byte counts -------------------

def with_transposed(hf: Path, tmp_path: Path, name: str) -> Path:
    """A copy of the checkpoint with tensor `name` stored transposed (same byte count)."""
    copy = tmp_path / "transposed"
    shutil.copytree(hf, copy)
    (file,) = copy.glob("*.safetensors")
    tensors = load_file(file)
    tensors[name] = np.ascontiguousarray(tensors[name].T)
    save_file(tensors, file)
    return copy


@pytest.mark.parametrize("name, want", [
    ("model.embed_tokens.weight", "[320, 96]"),  # vocab x hidden
    ("model.layers.1.self_attn.k_proj.weight", "[*, 96], stacked into [256, 96]"),  # a part of qkv_proj (128 + 64 + 64 rows)
    ("model.layers.0.mlp.down_proj.weight", "[96, 200]"),
])
def test_a_transposed_tensor_is_refused_naming_it(hf, tmp_path, name, want):
    folder = with_transposed(hf, tmp_path, name)
    got = list(reversed(load_file(next(hf.glob("*.safetensors")))[name].shape))
    with pytest.raises(WeightError, match=re.escape(f"{name} has shape {got}, the config needs {want}")):
        convert(folder, tmp_path / "m", "q0f32")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["transposed"]
    one_line_error(cli(str(folder), str(tmp_path / "m"), "--quantization", "q0f32"), name, str(got))
