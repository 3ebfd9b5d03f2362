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
URL is read through `webllm_py.transport`'s `fetch`: streamed with progress, retried and
resumed, and kept in the browser's cache.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Callable

from .. import transport
from ..gpu import Device, Tensor
from ..models.decoder import Decoder, check_sizes
from ..models.registry import family_for
from ..models.sources import Param, block_rows, upload_rows
from ..quantization import DenseMatrix, Quantization, QuantizedMatrix
from ..transport import MissingFile, ShardIntegrityError, is_url
from ..weights import DTYPE_SIZES, RawTensor, WeightError, to_float32_bytes
from ..weights.tensor_cache import INDEX_NAMES, Record, Shard, parse_index
from .chat_config import CONFIG_NAME, read_chat_config

# progress(bytes loaded, bytes in all, what is happening)
Progress = Callable[[int, int, str], None]
VERIFY_ENV = "WEBLLM_PY_VERIFY_SHARDS"  # "0": skip the MD5 of local shards


def is_mlc_folder(path: str | Path) -> bool:
    return Path(path).is_dir() and any((Path(path) / n).is_file() for n in (CONFIG_NAME, *INDEX_NAMES))


class ShardWriter:
    """Takes one shard's bytes in order and uploads each tensor once its bytes are all in.

    Holds only the bytes of the tensor being received. `finish` checks the size and, when
    `verify`, the MD5 that the index gives; a download is checked before it is cached.
    """

    def __init__(self, upload: "_Upload", shard: Shard, verify: bool):
        self._upload = upload
        self._shard = shard
        self._where = upload.name(shard.path)
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

    def __init__(self, device: Device, source: str | Path, verify: bool | None):
        self.device = device
        self.source = str(source).rstrip("/")
        self.verify = is_url(self.source) or (os.environ.get(VERIFY_ENV) != "0" if verify is None else verify)
        self.tensors: dict[str, list[Tensor]] = {}

    def name(self, file: str) -> str:
        """Where a file of the folder is (a path or a URL)."""
        return f"{self.source}/{file}"

    def read_config(self, data: bytes) -> None:
        self.config, self.quantization, self.chat_config = read_chat_config(data, self.name(CONFIG_NAME))

    def no_index(self) -> MissingFile:
        return MissingFile(f"{self.source}: no {' or '.join(INDEX_NAMES)}")

    def read_index(self, data: bytes, name: str) -> list[Shard]:
        self.index_name = self.name(name)
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

    def writer(self, shard: Shard, size: int) -> ShardWriter:
        """A writer for a shard of `size` bytes (a file's size, a Content-Length): the wrong size
        fails before any byte is read."""
        if size != shard.nbytes:
            raise ShardIntegrityError(f"{self.name(shard.path)}: {size} bytes, the index says {shard.nbytes}")
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
        family = family_for(self.chat_config.get("model_type"), self.name(CONFIG_NAME))
        return family.model(self.device, self.config, weights, context_window=context_window,
                            prefill_chunk=prefill_chunk)


def load_mlc_model(device: Device, source: str | Path, context_window: int | None = None,
                   prefill_chunk: int = 128, *, verify: bool | None = None) -> Decoder:
    """Load an MLC model folder from a path or (CPython) a URL.

    `verify=False` skips the MD5 of local shards (None: unless `WEBLLM_PY_VERIFY_SHARDS=0`).
    """
    up = _Upload(device, source, verify)
    up.read_config(transport.read(up.name(CONFIG_NAME)))
    check_sizes(device, up.config, context_window, prefill_chunk)
    for name in INDEX_NAMES:  # the current name first, then the older one
        try:
            index = transport.read(up.name(name))
            break
        except MissingFile:
            if name == INDEX_NAMES[-1]:
                raise up.no_index() from None
    for shard in up.read_index(index, name):
        transport.stream(up.name(shard.path), lambda size: up.writer(shard, size), lambda received, size: None)
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
    up = _Upload(device, source, verify)
    report = progress or (lambda loaded, total, text: None)
    saved: dict[str, bytes] = {}
    fetched: list[str] = []  # small files the browser downloaded: cached once the model loaded

    async def read(file: str) -> bytes:
        saved[file], downloaded = await transport.read_async(up.name(file))
        if downloaded:
            fetched.append(file)
        return saved[file]

    report(0, 0, f"Fetching {up.name(CONFIG_NAME)}")
    up.read_config(await read(CONFIG_NAME))
    check_sizes(device, up.config, context_window, prefill_chunk)
    for name in INDEX_NAMES:
        try:
            index = await read(name)
            break
        except MissingFile:
            if name == INDEX_NAMES[-1]:
                raise up.no_index() from None
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
        origin = await transport.stream_async(up.name(shard.path), lambda size: up.writer(shard, size),
                                              lambda received, size: report(done + received, total, f"Fetching {what}"),
                                              size=shard.nbytes)
        done += shard.nbytes
        report(done, total, f"Loaded {what} from the {origin}")
    model = up.model(context_window, prefill_chunk)
    for file in fetched:
        await transport.keep(up.name(file), saved[file])
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
