"""Load an MLC model folder (ours or WebLLM's prebuilt ones) from a local path or a URL.

Reading goes shard by shard and, within a shard, tensor by tensor: a `ShardWriter` takes a
shard's bytes in the order they arrive and uploads each tensor to the GPU (converted where the
device needs it, split into row blocks where a binding needs it) as soon as its bytes are in,
so a browser tab never holds more than about one tensor of a downloading model in Pyodide's
memory. Every shard, downloaded or local, is checked against the index's size and MD5
(`md5sum`) in the same pass that reads it, so a flipped byte on disk is a `ShardIntegrityError`
naming the shard and both digests rather than a model that answers wrongly. The MD5 of local
shards costs seconds per GB (0.2 GB/s on a busy 2-core machine): `verify=False`, or the
environment variable `WEBLLM_PY_VERIFY_SHARDS=0`, skips it (sizes are still checked; downloads
are always checked).

Two entry points with one implementation: `load_mlc_model` reads synchronously (files, or
URLs through urllib in CPython) and `load_mlc_model_async` awaits every read; in the browser a
URL is read through `webllm_py.web.download`: streamed with progress, retried and resumed,
and kept in the browser's cache.
"""

from __future__ import annotations

import asyncio
import hashlib
import http.client
import os
import sys
import tempfile
import urllib.error
import urllib.request
from pathlib import Path
from typing import Callable, Protocol

from ..gpu import Device, Tensor
from ..models.decoder import Decoder, check_sizes
from ..models.registry import family_for
from ..models.sources import Param, block_rows, upload_rows
from ..quantization import DenseMatrix, Quantization, QuantizedMatrix
from ..weights import DTYPE_SIZES, RawTensor, WeightError, to_float32_bytes
from .chat_config import CONFIG_NAME, read_chat_config
from .tensor_cache import INDEX_NAMES, Record, Shard, parse_index

# progress(bytes loaded, bytes in all shards, what is happening)
Progress = Callable[[int, int, str], None]
VERIFY_ENV = "WEBLLM_PY_VERIFY_SHARDS"  # "0": skip the MD5 of local shards
_CHUNK_BYTES = 1 << 20


class MissingFile(WeightError):
    """A file of the model folder does not exist (no such file, HTTP 404)."""


class ShardIntegrityError(WeightError):
    """A shard's bytes do not match its index entry (size or MD5): a corrupt file or download."""


def is_url(source: str | Path) -> bool:
    return isinstance(source, str) and source.startswith(("http://", "https://"))


def is_mlc_folder(path: str | Path) -> bool:
    return Path(path).is_dir() and any((Path(path) / n).is_file() for n in (CONFIG_NAME, *INDEX_NAMES))


def _in_browser() -> bool:
    return sys.platform == "emscripten"


def files_dir_for(url: str) -> Path:
    """A local folder for a model URL's small files (config, index, tokenizer)."""
    return Path(tempfile.gettempdir()) / "webllm-py-models" / hashlib.sha256(url.encode()).hexdigest()[:16]


class Location:
    """A model folder on disk or on a web server; file names are relative to it."""

    def __init__(self, source: str | Path):
        self.source = str(source).rstrip("/")
        self.url = is_url(self.source)
        self._downloaded: dict[str, bytes] = {}  # small files the browser fetched, to cache after the load

    def name(self, file: str) -> str:
        return f"{self.source}/{file}"

    def read(self, file: str) -> bytes:
        where = self.name(file)
        if not self.url:
            try:
                return Path(where).read_bytes()
            except FileNotFoundError:
                raise MissingFile(f"{where}: missing") from None
        try:
            with urllib.request.urlopen(where) as response:
                return response.read()
        except urllib.error.HTTPError as e:
            if e.code == 404:
                raise MissingFile(f"{where}: missing (HTTP 404)") from None
            raise WeightError(f"{where}: HTTP {e.code}") from None
        except urllib.error.URLError as e:
            raise WeightError(f"{where}: cannot fetch ({e.reason})") from None

    def feed(self, shard: Shard, writer: "ShardWriter") -> None:
        """A local shard to a writer, a chunk at a time; a file of the wrong size fails before reading."""
        path = Path(self.name(shard.path))
        try:
            size = path.stat().st_size
            if size != shard.nbytes:
                raise ShardIntegrityError(f"{path}: {size} bytes, the index says {shard.nbytes}")
            with open(path, "rb") as f:
                while chunk := f.read(_CHUNK_BYTES):
                    writer.write(chunk)
        except FileNotFoundError:
            raise MissingFile(f"{path}: missing") from None
        writer.finish()

    async def read_async(self, file: str) -> bytes:
        if not self.url:
            return self.read(file)
        if not _in_browser():
            return await asyncio.to_thread(self.read, file)
        from ..web.download import fetch_file

        data, downloaded = await fetch_file(self.name(file))
        if downloaded:
            self._downloaded[file] = data
        return data

    async def cache_downloads(self) -> None:
        """Put the small files fetched from the network in the browser's cache (after a good load)."""
        if self._downloaded:
            from ..web.download import cache_file

            for file, data in self._downloaded.items():
                await cache_file(self.name(file), data)
            self._downloaded.clear()

    async def stream_async(self, shard: Shard, open_writer: Callable[[], "ShardWriter"],
                           on_bytes: Callable[[int], None]) -> str:
        """Feed one shard to a writer and finish it; returns where the bytes came from
        ("file", "network", "cache")."""
        if self.url and _in_browser():
            from ..web.download import stream_file

            return await stream_file(self.name(shard.path), shard.nbytes, open_writer, on_bytes)
        writer = open_writer()
        if self.url:
            writer.write(await self.read_async(shard.path))
            writer.finish()
        else:
            self.feed(shard, writer)  # local: as before, a synchronous read (Pyodide has no threads)
        on_bytes(shard.nbytes)
        return "network" if self.url else "file"


class Writer(Protocol):
    """Takes a file's bytes in order (`ShardWriter`, a GGUF stream), then checks them at `finish`."""

    received: int

    def write(self, chunk: bytes) -> None: ...

    def finish(self) -> None: ...


def stream_url(url: str, open_writer: Callable[[int], Writer], on_bytes: Callable[[int], None],
               attempts: int = 3, chunk_bytes: int = 1 << 20) -> None:
    """CPython: feed the file at `url` to a writer made for its size (`open_writer(size)`), as it
    arrives; a transfer that breaks off resumes with a range request from the byte reached."""
    writer, size, reason = None, 0, ""
    for _ in range(attempts):
        start = writer.received if writer else 0
        request = urllib.request.Request(url, headers={"Range": f"bytes={start}-"} if start else {})
        try:
            with urllib.request.urlopen(request) as response:
                if writer is None:
                    size = int(response.headers.get("Content-Length") or -1)
                    if size < 0:
                        raise WeightError(f"{url}: the server gives no Content-Length")
                    writer = open_writer(size)
                elif response.status != 206 or not (response.headers.get("Content-Range") or "").startswith(
                        f"bytes {start}-"):
                    raise WeightError(f"{url}: asked for bytes from {start}, got HTTP {response.status} "
                                      f"{response.headers.get('Content-Range')!r}")
                while chunk := response.read(chunk_bytes):
                    writer.write(chunk)
                    on_bytes(writer.received)
        except urllib.error.HTTPError as e:
            if e.code == 404:
                raise MissingFile(f"{url}: missing (HTTP 404)") from None
            raise WeightError(f"{url}: HTTP {e.code}") from None
        except (urllib.error.URLError, OSError, http.client.HTTPException) as e:  # refused, reset, cut short
            reason = str(getattr(e, "reason", e)) or type(e).__name__
        if writer is not None and writer.received == size:
            writer.finish()
            return
        reason = reason or "the response ended early"
    raise WeightError(f"{url}: the download broke off at byte {writer.received if writer else 0} of {size} "
                      f"({attempts} attempts; last: {reason})")


class ShardWriter:
    """Takes one shard's bytes in order and uploads each tensor once its bytes are all in.

    Holds only the bytes of the tensor being received. `finish` checks the size and, when
    `verify`, the MD5 that the index gives; a download is checked before it is cached.
    """

    def __init__(self, upload: "_Upload", shard: Shard, verify: bool):
        self._upload = upload
        self._shard = shard
        self._where = upload.location.name(shard.path)
        self._records = sorted(shard.records, key=lambda r: r.offset)
        self._md5 = hashlib.md5() if verify and shard.md5 else None
        self._pending = bytearray()  # bytes from offset `_base` on, not uploaded yet
        self._base = 0
        self._next = 0  # index of the next record to upload
        self.received = 0

    def write(self, chunk: bytes | memoryview) -> None:
        if self.received + len(chunk) > self._shard.nbytes:
            raise ShardIntegrityError(f"{self._where}: more than the {self._shard.nbytes} bytes the index gives")
        if self._md5:
            self._md5.update(chunk)
        self.received += len(chunk)
        self._pending += chunk
        records = self._records
        while self._next < len(records) and records[self._next].offset + records[self._next].nbytes <= self.received:
            record = records[self._next]
            start = record.offset - self._base
            self._upload.upload_tensor(record, self._pending[start:start + record.nbytes])
            self._next += 1
        keep = min(records[self._next].offset if self._next < len(records) else self.received, self.received)
        del self._pending[:keep - self._base]
        self._base = keep

    def finish(self) -> None:
        if self.received != self._shard.nbytes:
            raise ShardIntegrityError(f"{self._where}: {self.received} bytes, the index says {self._shard.nbytes}")
        if self._md5 and self._md5.hexdigest() != self._shard.md5:
            raise ShardIntegrityError(f"{self._where}: corrupt: MD5 {self._md5.hexdigest()}, the index says "
                                      f"{self._shard.md5}")


class _Upload:
    """The state of one load: config, index, and the GPU tensors uploaded so far."""

    def __init__(self, device: Device, location: Location, verify: bool | None):
        self.device = device
        self.location = location
        self.verify = location.url or (os.environ.get(VERIFY_ENV) != "0" if verify is None else verify)
        self.tensors: dict[str, list[Tensor]] = {}

    def read_config(self, data: bytes) -> None:
        self.config, self.quantization, self.chat_config = read_chat_config(data, self.location.name(CONFIG_NAME))

    def read_index(self, data: bytes, name: str) -> list[Shard]:
        self.index_name = self.location.name(name)
        _, shards = parse_index(data, self.index_name)
        records = {r.name: r for s in shards for r in s.records}
        self.steps = {name: self._rows_per_block(name, records) for name in records}
        return shards

    def _gpu_dtype(self, name: str, stored: str) -> str:
        """float16 stays float16 only for q4 scales on devices with shader-f16; other floats become float32."""
        if stored == "float16" and name.endswith(".q_scale") and "shader-f16" in self.device.features:
            return "float16"
        return "float32" if stored in ("float16", "bfloat16", "float32") else stored

    def _rows_per_block(self, name: str, records: dict) -> int:
        """Row-block size of a 2-D tensor; a q_weight and its q_scale are split at the same rows."""
        base, _, kind = name.rpartition(".")
        parts = [records[f"{base}.{k}"] for k in ("q_weight", "q_scale") if f"{base}.{k}" in records] \
            if kind in ("q_weight", "q_scale") else [records[name]]
        if len(parts[0].shape) != 2:
            return 0
        row_bytes = max(p.shape[1] * DTYPE_SIZES[self._gpu_dtype(p.name, p.stored_dtype)] for p in parts)
        return block_rows(self.device, parts[0].shape[0], row_bytes)

    def writer(self, shard: Shard) -> ShardWriter:
        return ShardWriter(self, shard, verify=self.verify)

    def upload_tensor(self, record: Record, data: bytes | memoryview) -> None:
        t = RawTensor(record.name, record.stored_dtype, record.shape, memoryview(data))
        dtype = self._gpu_dtype(record.name, t.dtype)
        raw = to_float32_bytes(t) if dtype != t.dtype else t.data
        step = self.steps[record.name]
        self.tensors[record.name] = (upload_rows(self.device, raw, t.shape, dtype, record.name, step) if step
                                     else [self.device.tensor(raw, t.shape, dtype, label=record.name)])

    def model(self, context_window: int | None, prefill_chunk: int) -> Decoder:
        weights = MLCWeights(self.tensors, self.quantization, self.index_name)
        family = family_for(self.chat_config.get("model_type"), self.location.name(CONFIG_NAME))
        return family.model(self.device, self.config, weights, context_window=context_window,
                            prefill_chunk=prefill_chunk)


def load_mlc_model(device: Device, source: str | Path, context_window: int | None = None,
                   prefill_chunk: int = 128, *, verify: bool | None = None) -> Decoder:
    """Load an MLC model folder from a path or (CPython) a URL.

    `verify=False` skips the MD5 of local shards (None: unless `WEBLLM_PY_VERIFY_SHARDS=0`).
    """
    location = Location(source)
    up = _Upload(device, location, verify)
    up.read_config(location.read(CONFIG_NAME))
    check_sizes(device, up.config, context_window, prefill_chunk)
    for name in INDEX_NAMES:  # the current name first, then the older one
        try:
            index = location.read(name)
            break
        except MissingFile:
            if name == INDEX_NAMES[-1]:
                raise MissingFile(f"{location.source}: no {' or '.join(INDEX_NAMES)}") from None
    for shard in up.read_index(index, name):
        writer = up.writer(shard)
        if location.url:
            writer.write(location.read(shard.path))
            writer.finish()
        else:
            location.feed(shard, writer)
    return up.model(context_window, prefill_chunk)


async def load_mlc_model_async(device: Device, source: str | Path, context_window: int | None = None,
                               prefill_chunk: int = 128, *, progress: Progress | None = None,
                               files_dir: str | Path | None = None, verify: bool | None = None) -> Decoder:
    """Load an MLC model folder from a path or a URL; in the browser, downloads through the cache.

    `progress(loaded, total, text)` follows the shards' bytes. `files_dir`, if given, receives
    copies of the folder's small files (config, index, the tokenizer files the config names),
    so that a tokenizer and chat template can be read for a model at a URL. `verify=False` skips
    the MD5 of local shards (None: unless `WEBLLM_PY_VERIFY_SHARDS=0`).
    """
    location = Location(source)
    up = _Upload(device, location, verify)
    report = progress or (lambda loaded, total, text: None)
    saved: dict[str, bytes] = {}

    async def read(file: str) -> bytes:
        saved[file] = data = await location.read_async(file)
        return data

    report(0, 0, f"Fetching {location.name(CONFIG_NAME)}")
    up.read_config(await read(CONFIG_NAME))
    check_sizes(device, up.config, context_window, prefill_chunk)
    for name in INDEX_NAMES:
        try:
            index = await read(name)
            break
        except MissingFile:
            if name == INDEX_NAMES[-1]:
                raise MissingFile(f"{location.source}: no {' or '.join(INDEX_NAMES)}") from None
    shards = up.read_index(index, name)
    if files_dir is not None:
        for file in up.chat_config.get("tokenizer_files") or []:
            await read(file)
        folder = Path(files_dir)
        folder.mkdir(parents=True, exist_ok=True)
        for file, data in saved.items():
            (folder / file).write_bytes(data)
    total, done = sum(s.nbytes for s in shards), 0
    for i, shard in enumerate(shards):
        what = f"shard {i + 1} of {len(shards)} ({shard.path})"
        report(done, total, f"Fetching {what}")
        origin = await location.stream_async(shard, lambda: up.writer(shard),
                                             lambda n: report(done + n, total, f"Fetching {what}"))
        done += shard.nbytes
        report(done, total, f"Loaded {what} from the {origin}")
    model = up.model(context_window, prefill_chunk)
    await location.cache_downloads()
    return model


class MLCWeights:
    """A weight source over tensors already on the GPU, named and laid out as MLC LLM does."""

    def __init__(self, tensors: dict[str, list[Tensor]], quantization: Quantization, source: str):
        self.tensors = tensors
        self.quantization = quantization
        self.source = source

    def _get(self, name: str) -> list[Tensor]:
        if name not in self.tensors:
            raise WeightError(f"{self.source}: missing tensor {name}")
        return self.tensors[name]

    def _check(self, name: str, blocks: list[Tensor], shape: tuple[int, int]) -> None:
        got = (sum(b.shape[0] for b in blocks), *blocks[0].shape[1:])
        if got != shape:
            raise WeightError(f"{self.source}: {name} has shape {list(got)}, the config needs {list(shape)}")

    def matrix(self, device: Device, param: Param) -> DenseMatrix | QuantizedMatrix:
        base, shape = param.mlc.removesuffix(".weight"), param.shape
        if not self.quantization.bits:
            blocks = self._get(base + ".weight")
            self._check(base + ".weight", blocks, shape)
            return DenseMatrix(blocks)
        if shape[1] % 4:
            raise WeightError(f"{self.source}: {base} has {shape[1]} inputs; the q4 kernels need a multiple of 4")
        w, s = self._get(base + ".q_weight"), self._get(base + ".q_scale")
        w_shape, s_shape = self.quantization.packed_shapes(*shape)
        self._check(base + ".q_weight", w, w_shape)
        self._check(base + ".q_scale", s, s_shape)
        return QuantizedMatrix(list(zip(w, s)), shape[1])

    def vector(self, device: Device, param: Param) -> Tensor:
        (t,) = self._get(param.mlc)
        if t.shape != param.shape:
            raise WeightError(f"{self.source}: {param.mlc} has shape {list(t.shape)}, the config needs {list(param.shape)}")
        return t
