"""`python -m webllm_py`: generate (text, JSON ids, logits file), bench, tokenize, and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
STORIES = REPO.parent / "shared" / "data" / "models" / "llama2c_stories260K"


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "webllm_py", *args], cwd=REPO, capture_output=True, text=True, timeout=600)


def test_generate_text_equals_upstream_golden():
    out = cli("generate", "--max-tokens", "200")
    assert out.returncode == 0, out.stderr
    assert out.stdout == (STORIES / "expected_greedy_200.txt").read_text() + "\n"


def test_generate_json_ids_and_logits_file(tmp_path):
    golden = json.loads((STORIES / "expected_greedy_200.json").read_text())
    logits_file = tmp_path / "logits.npy"
    out = cli("generate", str(STORIES / "stories260K.bin"), "--prompt-ids", "1", "--max-tokens", "8",
              "--temperature", "0", "--json", "--logits-out", str(logits_file))
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["ids"] == golden["token_ids"][1:9]
    logits = np.load(logits_file)
    assert logits.shape == (8, 512) and logits.dtype == np.float32  # 1 prompt position + 7 fed-back steps
    assert np.abs(logits[0] - np.array(golden["first_step_logits"], np.float32)).max() < 1e-4
    assert list(logits.argmax(1)) == golden["token_ids"][1:9]


def test_generate_rejects_bad_prompt_ids():
    out = cli("generate", "--prompt-ids", "1,x", "--json")
    assert out.returncode != 0 and "--prompt-ids" in out.stderr
    out = cli("generate", "--prompt-ids", "1,9999", "--json")
    assert out.returncode != 0 and "9999" in out.stderr and "vocabulary" in out.stderr


def test_generate_rejects_a_missing_model(tmp_path):
    out = cli("generate", str(tmp_path / "nope"), "--prompt-ids", "1", "--json")
    assert out.returncode == 2 and "nope" in out.stderr and "Traceback" not in out.stderr


def test_bench_prints_figures():
    out = cli("bench", "stories260K", "--prompt-tokens", "16", "--decode-tokens", "4", "--json")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["prefill_tok_s"] > 0 and result["decode_tok_s"] > 0 and result["host_ms_per_decode_step"] > 0


def test_tokenize_prints_ids():
    out = cli("tokenize", "--tokenizer", str(STORIES / "tok512.bin"), "--text", "Once upon a time")
    assert out.returncode == 0, out.stderr
    ids = json.loads(out.stdout)
    assert isinstance(ids, list) and ids and all(isinstance(i, int) for i in ids)
