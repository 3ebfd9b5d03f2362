"""Pure-Python reader for the safetensors format (Hugging Face's weight files).

Layout: an 8-byte little-endian header length N, N bytes of JSON
(`{"name": {"dtype", "shape", "data_offsets": [begin, end]}, "__metadata__": {...}}`),
then the tensor bytes; offsets are relative to the end of the header.
"""

from __future__ import annotations

import json
from pathlib import Path

from .tensor import DTYPE_SIZES, RawTensor, WeightError

_DTYPES = {
    "F32": "float32",
    "F16": "float16",
    "BF16": "bfloat16",
    "I32": "int32",
    "U32": "uint32",
    "I8": "int8",
    "U8": "uint8",
}
_MAX_HEADER = 100 * 1024 * 1024  # the safetensors library's own limit


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict:
    seen: dict = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(f"duplicate key {key!r}")
        seen[key] = value
    return seen


def _is_int(x: object) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def read_safetensors(data: bytes | memoryview, source: str) -> dict[str, RawTensor]:
    """Parse and validate a safetensors buffer; tensors view `data` without copying."""
    buf = memoryview(data).cast("B")
    if len(buf) < 8:
        raise WeightError(f"{source}: truncated: {len(buf)} bytes, no room for the header length")
    header_len = int.from_bytes(buf[:8], "little")
    if header_len > _MAX_HEADER:
        raise WeightError(f"{source}: header length {header_len} is implausibly large")
    if 8 + header_len > len(buf):
        raise WeightError(
            f"{source}: truncated: header needs {header_len} bytes, file has {len(buf) - 8}"
        )
    try:
        header = json.loads(bytes(buf[8 : 8 + header_len]).decode("utf-8"),
                            object_pairs_hook=_no_duplicates)
    except ValueError as e:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise WeightError(f"{source}: header is not valid JSON: {e}") from None
    if not isinstance(header, dict):
        raise WeightError(f"{source}: header is not a JSON object")
    header.pop("__metadata__", None)

    body = buf[8 + header_len :]
    tensors: dict[str, RawTensor] = {}
    spans: list[tuple[int, int, str]] = []
    for name, info in header.items():
        where = f"{source}: tensor {name!r}"
        if not isinstance(info, dict):
            raise WeightError(f"{where}: entry is not an object")
        raw_dtype = info.get("dtype")
        dtype = _DTYPES.get(raw_dtype) if isinstance(raw_dtype, str) else None
        if dtype is None:
            raise WeightError(f"{where}: unsupported dtype {raw_dtype!r}")
        shape = info.get("shape")
        if not isinstance(shape, list) or not all(_is_int(d) and d >= 0 for d in shape):
            raise WeightError(f"{where}: bad shape {shape!r}")
        offsets = info.get("data_offsets")
        if (not isinstance(offsets, list) or len(offsets) != 2
                or not all(_is_int(o) for o in offsets) or not 0 <= offsets[0] <= offsets[1]):
            raise WeightError(f"{where}: bad data_offsets {offsets!r}")
        begin, end = offsets
        if end > len(body):
            raise WeightError(
                f"{where}: truncated: data ends at byte {end}, data section has {len(body)}"
            )
        t = RawTensor(name, dtype, tuple(shape), body[begin:end])
        if t.numel * DTYPE_SIZES[dtype] != end - begin:
            raise WeightError(
                f"{where}: shape {shape} of {dtype} needs {t.numel * DTYPE_SIZES[dtype]} bytes,"
                f" data_offsets give {end - begin}"
            )
        tensors[name] = t
        spans.append((begin, end, name))

    # Like the reference implementation: tensors must tile the data section exactly.
    pos = 0
    for begin, end, name in sorted(spans):
        if begin != pos:
            problem = "overlaps the previous tensor" if begin < pos else "leaves a gap before it"
            raise WeightError(f"{source}: tensor {name!r} at byte {begin} {problem} (expected {pos})")
        pos = end
    if pos != len(body):
        raise WeightError(f"{source}: {len(body) - pos} trailing bytes after the last tensor")
    return tensors


def load_safetensors_folder(folder: str | Path) -> dict[str, RawTensor]:
    """Load `model.safetensors`, or the shards listed in `model.safetensors.index.json`."""
    folder = Path(folder)
    single = folder / "model.safetensors"
    if single.is_file():
        return read_safetensors(single.read_bytes(), str(single))
    index_path = folder / "model.safetensors.index.json"
    if not index_path.is_file():
        raise WeightError(f"{folder}: no model.safetensors or model.safetensors.index.json")
    try:
        weight_map = json.loads(index_path.read_text("utf-8"))["weight_map"]
    except (ValueError, KeyError, TypeError) as e:
        raise WeightError(f"{index_path}: not a valid index ({type(e).__name__}: {e})") from None
    if not isinstance(weight_map, dict) or not all(
        isinstance(v, str) and v and Path(v).name == v for v in weight_map.values()
    ):
        raise WeightError(f"{index_path}: weight_map must map tensor names to shard file names")

    tensors: dict[str, RawTensor] = {}
    for shard in sorted(set(weight_map.values())):
        shard_path = folder / shard
        if not shard_path.is_file():
            raise WeightError(f"{index_path}: shard {shard} is missing")
        for name, t in read_safetensors(shard_path.read_bytes(), str(shard_path)).items():
            if weight_map.get(name) != shard:
                raise WeightError(
                    f"{shard_path}: tensor {name!r} is not mapped to this shard by {index_path.name}"
                )
            tensors[name] = t
    missing = sorted(set(weight_map) - set(tensors))
    if missing:
        raise WeightError(f"{index_path}: tensors not found in their shards: {missing[:5]}")
    return tensors
