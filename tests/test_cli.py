"""`python -m webllm_py`: generate (text, JSON ids, logits file), bench, tokenize, and bad input."""

from __future__ import annotations

import asyncio
import functools
import http.server
import io
import json
import os
import pty
import re
import select
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from webllm_py import bench
from webllm_py.console import ProgressBar
from webllm_py.engine import MLCEngine
from webllm_py.gpu import request_device
from webllm_py.models.llama.config import LlamaConfig
from webllm_py.loading.load import load_model
from webllm_py.loading.resolve import ModelNotFoundError, ModelSource, resolve_model
from webllm_py.weights import WeightError

REPO = Path(__file__).resolve().parents[1]
MODELS = REPO.parent / "shared" / "data" / "models"
STORIES = MODELS / "llama2c_stories260K"
HF = MODELS / "stories260K_hf_safetensors_DERIVED"
GGUF = MODELS / "stories260K_gguf_DERIVED" / "stories260K.gguf"


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "webllm_py", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=600, env=env)


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
    # lavapipe has timestamp queries: one step's GPU time per kernel, every kernel of the model's step
    assert {"embed", "decode_attention"} <= set(result["decode_kernel_ms"])
    assert all(ms > 0 for ms in result["decode_kernel_ms"].values())


def test_bench_host_only_makes_the_same_calls_with_empty_kernels():
    """--host-only: the host's cost on a CPU adapter without the GPU's work slowing it.  The 16-layer
    shape of issue 14: 5 dispatches per layer + embedding, lm head and argmax, one read per token."""
    out = cli("bench", "llama-16l-tiny", "--prompt-tokens", "8", "--decode-tokens", "4", "--host-only", "--json")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["host_only"] is True and result["replayed"] is True
    assert (result["dispatches_per_token"], result["syncs_per_token"]) == (16 * 5 + 3, 1.0)
    assert result["host_ms_per_decode_step"] > 0
    assert not {"decode_kernel_ms", "gb_read_per_token", "decode_read_gb_s"} & set(result)

    async def refused_once_compiled() -> None:
        device = await request_device()
        x = device.tensor(b"\0" * 16, (1, 4))
        device.run("softcap", {"cap": 1.0}, X=x)
        device.flush()
        with pytest.raises(RuntimeError, match="compiled kernels already"):
            device.hollow_kernels()

    asyncio.run(refused_once_compiled())


def test_tokenize_prints_ids():
    out = cli("tokenize", "--tokenizer", str(STORIES / "tok512.bin"), "--text", "Once upon a time")
    assert out.returncode == 0, out.stderr
    ids = json.loads(out.stdout)
    assert isinstance(ids, list) and ids and all(isinstance(i, int) for i in ids)


# -- errors: one line, status 2, nothing else on stderr ----------------------------------------
def _one_error_line(out: subprocess.CompletedProcess) -> str:
    assert out.returncode == 2 and out.stdout == "", (out.returncode, out.stdout, out.stderr)
    assert out.stderr.startswith("error: ") and out.stderr.count("\n") == 1, out.stderr
    return out.stderr


def test_generate_from_a_url(tmp_path):
    """A model folder at a URL comes down with its small files; ids equal the upstream golden."""
    assert cli("convert", str(HF), str(tmp_path / "mlc"), "--quantization", "q0f32").returncode == 0
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(
        http.server.SimpleHTTPRequestHandler, directory=str(tmp_path)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/mlc"
        out = cli("generate", url, "--prompt-ids", "1", "--max-tokens", "8", "--json")
        text = cli("generate", url, "--tokenizer", str(STORIES / "tok512.bin"), "--max-tokens", "8")
    finally:
        server.shutdown()
    golden = json.loads((STORIES / "expected_greedy_200.json").read_text())
    assert out.returncode == 0 and json.loads(out.stdout)["ids"] == golden["token_ids"][1:9], out.stderr
    assert text.returncode == 0 and text.stdout == cli("generate", "--max-tokens", "8").stdout, text.stderr


def test_a_wrong_model_name_says_no_such_model_and_the_near_miss():
    err = _one_error_line(cli("generate", "storie260K", "--prompt", "hi"))
    assert err == ("error: no such model 'storie260K' (an embedded model id: stories260K, a model folder, "
                   "a model file or an http(s) URL); did you mean stories260K?\n")
    err = _one_error_line(cli("bench", "llama-3.2-1B"))
    assert "a standard shape: llama-3.2-1b" in err and err.endswith("did you mean llama-3.2-1b?\n")


@pytest.mark.parametrize("args, says", [
    (("generate", "nope.bin", "--json"), "no such model 'nope.bin'"),
    (("generate", str(STORIES), "--json"), "this folder holds no model"),
    (("generate", str(STORIES / "stories260K.bin")), "has no tokenizer beside it: give --tokenizer"),
    (("generate", "--tokenizer", "missing.json"), "missing.json: no such file"),
    (("generate", "--max-tokens", "0"), "--max-tokens: must be a whole number of at least 1, got '0'"),
    (("generate", "--prompt", "a", "--prompt-ids", "1"), "not allowed with argument --prompt"),
    (("generate", "--wat"), "unrecognized arguments: --wat"),
    (("tokenize", "--tokenizer", "missing.json", "--text", "x"), "missing.json: no such file"),
    (("convert", "nowhere", "out", "--quantization", "q0f32"), "nowhere"),
])
def test_user_errors_are_one_line(args, says):
    assert says in _one_error_line(cli(*args))


def test_runs_are_quiet_without_xdg_runtime_dir():
    """Mesa's Vulkan device-select layer made libwayland print an XDG_RUNTIME_DIR error twice."""
    env = {k: v for k, v in os.environ.items() if k != "XDG_RUNTIME_DIR"}
    out = cli("generate", "stories260k", "--prompt", "Once", "--max-tokens", "8", env=env)
    assert out.returncode == 0 and out.stderr == "", out.stderr
    assert out.stdout.startswith("Once") and out.stdout.endswith("\n") and out.stdout.count("\n") == 1


def test_a_reader_that_leaves_early_is_no_error():
    proc = subprocess.Popen([sys.executable, "-m", "webllm_py", "generate", "--max-tokens", "4"], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    proc.stdout.close()  # as `| head -0` would
    assert proc.wait(timeout=120) == 1 and proc.stderr.read() == ""


def test_no_command_prints_help():
    out = cli()
    assert out.returncode == 2 and "usage: python -m webllm_py" in out.stdout and "bench-tokenizer" in out.stdout


@pytest.mark.parametrize("command", ["tokenize", "bench-tokenizer"])
def test_tokenizer_commands_are_subcommands(command):
    out = cli(command, "--help")
    assert out.returncode == 0 and out.stdout.startswith(f"usage: python -m webllm_py {command} ")


# -- bench: progress on stderr, Ctrl-C ----------------------------------------------------------
def test_bench_progress_in_a_log():
    out = cli("bench", "stories260K", "--prompt-tokens", "8", "--decode-tokens", "2")
    assert out.returncode == 0, out.stderr
    phases = [line.split()[0] for line in out.stderr.splitlines()]
    assert phases == ["load", "prefill", "decode"] and out.stderr.count("100%") == 3, out.stderr
    assert "decode_tok_s:" in out.stdout


def test_bench_reports_each_phase_up_to_its_total(monkeypatch):
    tiny = LlamaConfig(vocab_size=96, hidden_size=64, intermediate_size=128, num_hidden_layers=3,
                       num_attention_heads=4, num_key_value_heads=2, head_dim=16, max_position_embeddings=64)
    monkeypatch.setitem(bench.SHAPES, "tiny", tiny)
    reports: list[tuple[str, int, int]] = []

    async def main() -> dict:
        return await bench.run_bench(await request_device(), "tiny", 8, 3, repeats=2,
                                     progress=lambda *report: reports.append(report))

    result = asyncio.run(main())
    assert result["decode_tok_s"] > 0
    assert [phase for phase, _, _ in reports] == sorted((phase for phase, _, _ in reports),
                                                        key=["load", "prefill", "decode"].index)
    for phase, total in (("load", tiny_params(tiny)), ("prefill", 3 * 8), ("decode", 3 * 3)):
        done = [d for p, d, t in reports if p == phase and t == total]
        assert done == sorted(done) and done[-1] == total, (phase, done)
    assert len([r for r in reports if r[0] == "load"]) > 10  # a step per percent or per parameter
    # the host side of a decode step: replayed, one dispatch list and one read per token
    assert result["replayed"] is True and result["syncs_per_token"] == 1.0
    assert result["dispatches_per_token"] > tiny.num_hidden_layers
    assert result["host_ms_per_decode_step"] > 0 and result["submit_ms_per_decode_step"] > 0


def tiny_params(c: LlamaConfig) -> int:
    layer = (2 * c.hidden_size + 3 * c.hidden_size * c.intermediate_size
             + c.hidden_size * c.head_dim * (2 * c.num_attention_heads + 2 * c.num_key_value_heads))
    return c.num_hidden_layers * layer + 2 * c.vocab_size * c.hidden_size + c.hidden_size


def _bench_on_a_terminal(*args: str) -> tuple[subprocess.Popen, int]:
    """The bench with stderr on a pseudo-terminal, as a user in a shell sees it."""
    main, child = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "webllm_py", "bench", *args], cwd=REPO, stderr=child,
                            stdout=subprocess.PIPE, text=True)
    os.close(child)
    return proc, main


def _read_until(fd: int, wanted: bytes, timeout: float) -> bytes:
    seen, deadline = b"", time.monotonic() + timeout
    while wanted not in seen and time.monotonic() < deadline:
        if select.select([fd], [], [], 0.5)[0]:
            try:
                seen += os.read(fd, 4096)
            except OSError:  # the child closed the terminal
                break
    return seen


def test_bench_progress_on_a_terminal_and_ctrl_c():
    proc, term = _bench_on_a_terminal("stories260K", "--prompt-tokens", "16", "--decode-tokens", "400")
    try:
        seen = _read_until(term, b"left", timeout=60)  # a bar with an estimate, redrawn in place
        assert b"\r" in seen and b"%" in seen, seen
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 130
        rest = (seen + _read_until(term, b"interrupted", timeout=10)).decode()
    finally:
        proc.kill()
        os.close(term)
    assert rest.rstrip().endswith("\ninterrupted") and "Traceback" not in rest
    assert proc.stdout.read() == ""


def test_progress_bar_estimates_and_ends_phases():
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    term, log = Terminal(), io.StringIO()
    for stream in (term, log):
        with ProgressBar(stream, log_every=0) as bar:
            bar.update("load", 0, 4)
            time.sleep(0.2)
            bar.update("load", 1, 4)
            bar.update("decode", 2, 2)
    assert re.search(r"\r    load \[######-{18}\]  25%  0:00, about 0:0[1-9] left\x1b\[K", term.getvalue())
    assert "\r    load [########################] 100%  0:00\x1b[K\n" in term.getvalue()
    assert term.getvalue().endswith("\r  decode [########################] 100%  0:00\x1b[K\n")
    lines = log.getvalue().splitlines()
    assert "\r" not in log.getvalue() and "    load [######------------------]  25%" in log.getvalue()
    assert [line for line in lines if "100%" in line] == [
        "    load [########################] 100%  0:00", "  decode [########################] 100%  0:00"]


# -- one way to name a model ----------------------------------------------------------------------
def test_resolve_model_names(tmp_path):
    embedded = resolve_model("stories260K")
    assert resolve_model("STORIES260k") == embedded and embedded.format == "llama2c"
    assert Path(embedded.location).is_file() and Path(embedded.tokenizer).name == "tok512.bin"
    url = resolve_model("https://example.org/m/")
    assert (url.format, url.is_url, url.tokenizer) == ("mlc", True, None)
    assert resolve_model(HF).format == "hf" and resolve_model(HF).tokenizer == str(HF)
    (tmp_path / "mlc").mkdir()
    (tmp_path / "mlc" / "tensor-cache.json").write_text("{}")
    assert resolve_model(tmp_path / "mlc").format == "mlc"
    assert resolve_model(GGUF).format == "gguf" and resolve_model(GGUF).tokenizer == str(GGUF)
    assert resolve_model(str(STORIES / "stories260K.bin")) == ModelSource(
        str(STORIES / "stories260K.bin"), "llama2c", str(STORIES / "stories260K.bin"), None)
    with pytest.raises(WeightError, match="give the Hugging Face model folder"):
        resolve_model(HF / "model.safetensors")
    with pytest.raises(ModelNotFoundError, match=r"no such model 'stories26OK' .*; did you mean stories260K\?$"):
        resolve_model("stories26OK")
    with pytest.raises(ModelNotFoundError, match=r"\(an embedded model id: stories260K, a model folder, "
                                                 r"a model file or an http\(s\) URL\)$"):
        resolve_model(tmp_path / "missing")


def test_load_model_and_the_engine_take_the_cli_names():
    async def main() -> None:
        model = load_model(await request_device(), "stories260k")
        assert model.config.vocab_size == 512
        engine = MLCEngine()
        await engine.reload("Stories260K")
        assert engine.model_id == "stories260K"
        with pytest.raises(ModelNotFoundError, match="no such model 'stories'"):
            await engine.reload("stories")
        assert engine.model_id == "stories260K"  # a bad name leaves the loaded model alone

    asyncio.run(main())


@pytest.mark.parametrize("temperature", ["0", "0.7"])
def test_weights_that_give_nan_logits_are_one_line_errors(tmp_path, temperature):
    """Greedy (GPU argmax) and sampled (host) picks both refuse NaN logits, never emit a token."""
    data = bytearray((STORIES / "stories260K.bin").read_bytes())
    data[28:28 + 4 * 64 * 512] = np.full(64 * 512, np.nan, np.float32).tobytes()  # the embedding
    (tmp_path / "nan.bin").write_bytes(bytes(data))
    out = cli("generate", str(tmp_path / "nan.bin"), "--prompt-ids", "1,2,3", "--max-tokens", "3",
              "--temperature", temperature, "--json")
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.count("\n") == 1 and "NaN" in out.stderr and "Traceback" not in out.stderr
