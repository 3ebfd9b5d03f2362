"""The tensor cache: MLC LLM / WebLLM's weight format (`tensor-cache.json` + `params_shard_*.bin`).

    {"metadata": {...},
     "records": [{"dataPath": "params_shard_0.bin", "format": "raw-shard", "nbytes": N, "md5sum": ...,
                  "records": [{"name", "shape", "dtype", "format", "nbytes", "byteOffset"}, ...]}, ...]}

A shard file holds the little-endian bytes of its tensors at their `byteOffset`s.  A tensor's
`format` is "raw", or "f32-to-bf16": a float32 tensor stored as the top halves of its values
(TVM's default when dumping, which MLC LLM uses for float32 params such as q4f32_1 scales).
Older folders call the index `ndarray-cache.json`.  Pure Python (runs in Pyodide); the writer
mirrors `tvm.contrib.tvmjs.dump_tensor_cache`'s sharding: shards of up to 32 MiB, a tensor of
half a shard or more in a shard of its own.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from .tensor import DTYPE_SIZES, RawTensor, WeightError

INDEX_NAMES = ("tensor-cache.json", "ndarray-cache.json")
SHARD_BYTES = 32 << 20


@dataclass(frozen=True)
class Record:
    name: str
    shape: tuple[int, ...]
    dtype: str  # what the tensor is ("float32" for f32-to-bf16 records)
    format: str  # "raw" or "f32-to-bf16"
    nbytes: int
    offset: int

    @property
    def stored_dtype(self) -> str:
        """The dtype of the bytes in the shard."""
        return "bfloat16" if self.format == "f32-to-bf16" and self.dtype == "float32" else self.dtype


@dataclass(frozen=True)
class Shard:
    path: str  # relative to the model folder or URL
    nbytes: int
    records: tuple[Record, ...]
    md5: str | None = None  # hex MD5 of the shard's bytes ("md5sum"), to check downloads against

    def tensors(self, data: bytes | memoryview, source: str) -> dict[str, RawTensor]:
        """The shard's tensors as zero-copy views of its bytes, each checked against its record."""
        if len(data) != self.nbytes:
            raise WeightError(f"{source}: {len(data)} bytes, tensor-cache.json says {self.nbytes}")
        view = memoryview(data)
        return {r.name: RawTensor(r.name, r.stored_dtype, r.shape, view[r.offset:r.offset + r.nbytes])
                for r in self.records}


def _fail(source: str, problem: str):
    raise WeightError(f"{source}: {problem}")


def _is_int(v: object) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def parse_index(text: bytes | str, source: str) -> tuple[dict, list[Shard]]:
    """(metadata, shards) of a tensor-cache.json, validated so that bad files fail here, by name."""
    try:
        index = json.loads(text)
    except ValueError as e:
        _fail(source, f"not valid JSON ({e})")
    if not isinstance(index, dict) or not isinstance(index.get("records"), list):
        _fail(source, 'not a tensor cache index (no "records" list)')
    shards, names = [], set()
    for i, shard in enumerate(index["records"]):
        where = f"records[{i}]"
        if not isinstance(shard, dict):
            _fail(source, f"{where} is not an object")
        path, nbytes, fmt = shard.get("dataPath"), shard.get("nbytes"), shard.get("format")
        if not isinstance(path, str) or not path or path.startswith(("/", "\\")) or ".." in path.split("/"):
            _fail(source, f"{where}.dataPath {path!r} is not a file name inside the model folder")
        if fmt != "raw-shard":
            _fail(source, f"{where}.format is {fmt!r}, only 'raw-shard' is known")
        if not _is_int(nbytes) or nbytes < 0:
            _fail(source, f"{where}.nbytes {nbytes!r} is not a byte count")
        if not isinstance(shard.get("records"), list):
            _fail(source, f"{where} has no tensor records")
        records = tuple(_record(r, f"{where} ({path})", source, nbytes) for r in shard["records"])
        for r in records:
            if r.name in names:
                _fail(source, f"tensor {r.name} appears twice")
            names.add(r.name)
        md5 = shard.get("md5sum")
        if md5 is not None and not (isinstance(md5, str) and re.fullmatch(r"[0-9a-fA-F]{32}", md5)):
            _fail(source, f"{where}.md5sum {md5!r} is not an MD5 hex digest")
        shards.append(Shard(path, nbytes, records, md5.lower() if md5 else None))
    metadata = index.get("metadata")
    return metadata if isinstance(metadata, dict) else {}, shards


def _record(r: object, where: str, source: str, shard_bytes: int) -> Record:
    if not isinstance(r, dict) or not isinstance(r.get("name"), str):
        _fail(source, f"{where}: a tensor record without a name")
    name = r["name"]
    shape, dtype, fmt = r.get("shape"), r.get("dtype"), r.get("format", "raw")
    nbytes, offset = r.get("nbytes"), r.get("byteOffset")
    if not isinstance(shape, list) or not all(_is_int(d) and d >= 0 for d in shape):
        _fail(source, f"{name}: shape {shape!r} is not a list of sizes")
    if dtype not in DTYPE_SIZES:
        _fail(source, f"{name}: unsupported dtype {dtype!r}")
    if fmt not in ("raw", "f32-to-bf16"):
        _fail(source, f"{name}: unsupported format {fmt!r}")
    if not _is_int(nbytes) or not _is_int(offset) or nbytes < 0 or offset < 0:
        _fail(source, f"{name}: nbytes {nbytes!r} / byteOffset {offset!r} are not byte counts")
    record = Record(name, tuple(shape), dtype, fmt, nbytes, offset)
    numel = 1
    for d in record.shape:
        numel *= d
    want = numel * DTYPE_SIZES[record.stored_dtype]
    if nbytes != want:
        _fail(source, f"{name}: nbytes {nbytes}, but {dtype} {list(shape)} ({fmt}) takes {want}")
    if offset + nbytes > shard_bytes:
        _fail(source, f"{name}: bytes {offset}..{offset + nbytes} lie outside its {shard_bytes}-byte shard")
    return record


class TensorCacheWriter:
    """Writes tensors into shards and, at `finish`, the index; byte layout as TVM's dump."""

    def __init__(self, folder: Path, shard_bytes: int = SHARD_BYTES):
        self.folder = folder
        self.shard_bytes = shard_bytes
        self.shards: list[dict] = []
        self._pending = bytearray()
        self._records: list[dict] = []
        self.total_bytes = 0

    def add(self, name: str, shape: tuple[int, ...], dtype: str, data: bytes | memoryview) -> None:
        record = {"name": name, "shape": list(shape), "dtype": dtype, "format": "raw", "nbytes": len(data)}
        self.total_bytes += len(data)
        if len(self._pending) + len(data) >= self.shard_bytes:
            if 2 * len(data) >= self.shard_bytes:  # big tensors get a shard of their own
                self._write_shard(data, [{**record, "byteOffset": 0}])
                return
            self._commit()
        self._records.append({**record, "byteOffset": len(self._pending)})
        self._pending += data

    def _commit(self) -> None:
        if self._pending:
            self._write_shard(self._pending, self._records)
            self._pending, self._records = bytearray(), []

    def _write_shard(self, data: bytes | memoryview, records: list[dict]) -> None:
        path = f"params_shard_{len(self.shards)}.bin"
        (self.folder / path).write_bytes(data)
        self.shards.append({"dataPath": path, "format": "raw-shard", "nbytes": len(data), "records": records,
                            "md5sum": hashlib.md5(data).hexdigest()})

    def finish(self, metadata: dict) -> None:
        self._commit()
        index = {"metadata": metadata, "records": self.shards}
        (self.folder / INDEX_NAMES[0]).write_text(json.dumps(index, indent=4))
