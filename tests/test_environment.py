"""The environment guarantees of the README's two commands: pinned, hashed lock files; a demo
environment without the test-only giants; and no top-level `kernels` package that would shadow
PyPI's `kernels` (which transformers 5.25 imports) when the repository root is on sys.path."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
LOCKS = REPO / "requirements"
REQUIREMENT = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+) \\$")


def locked(name: str) -> dict[str, str]:
    """{package: version} of a lock file, checking that every entry is pinned and hashed."""
    pins: dict[str, str] = {}
    lines = (LOCKS / f"{name}.txt").read_text().splitlines()
    for i, line in enumerate(lines):
        if not line or line.startswith((" ", "#")):
            continue
        match = REQUIREMENT.match(line)
        assert match, f"{name}.txt: not an exact pin with hashes: {line!r}"
        assert lines[i + 1].strip().startswith("--hash=sha256:"), f"{name}.txt: {match[1]} has no hash"
        pins[match[1].lower()] = match[2]
    return pins


@pytest.mark.parametrize("name", ["demo", "test"])
def test_every_lock_entry_is_pinned_and_hashed(name):
    assert locked(name)


def test_demo_lock_has_no_test_only_packages():
    demo = locked("demo")
    assert {"torch", "transformers", "apache-tvm", "pytest"}.isdisjoint(demo)
    assert "jinja2" in demo and "numpy" in demo


def test_test_lock_keeps_the_demo_versions():
    demo, test = locked("demo"), locked("test")
    assert {name: test.get(name) for name in demo} == demo


def test_locks_match_their_inputs():
    """Every top-level requirement of a .in file is in its lock (re-run scripts/lock.sh after editing)."""
    for name in ("demo", "test"):
        pins = locked(name)
        for line in (LOCKS / f"{name}.in").read_text().splitlines():
            requirement = line.split("#")[0].strip()
            if requirement and not requirement.startswith("-"):
                package = re.split(r"[<>=!~\[ ]", requirement)[0].lower()
                assert package in pins, f"{name}.in asks for {package}, {name}.txt does not pin it"


def test_installed_versions_are_the_locked_ones():
    from importlib.metadata import distributions

    installed = {d.metadata["Name"].lower().replace("_", "-"): d.version for d in distributions()}
    pins = {k.replace("_", "-"): v for k, v in locked("test").items()}
    differ = {k: (v, installed.get(k)) for k, v in pins.items() if installed.get(k) != v}
    assert not differ, f"the environment differs from requirements/test.txt: {differ} (run scripts/setup.sh test)"


def test_repo_root_on_sys_path_does_not_shadow_pypi_kernels():
    """`python -m pytest` from the root puts the root first on sys.path: transformers must still work."""
    code = ("import kernels, transformers; from transformers import LlamaForCausalLM; "
            "print(getattr(kernels, '__file__', None))")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    assert str(REPO / "kernels") not in out.stdout


def test_kernel_build_runs_as_a_script_from_anywhere(tmp_path):
    out = subprocess.run([sys.executable, str(REPO / "kernels" / "build.py"), "--help"], cwd=tmp_path,
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "kernels/build.py" in out.stdout
