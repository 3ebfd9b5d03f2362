"""Pure-Python reader for GGUF, llama.cpp's single-file model format (versions 2 and 3).

Layout (little-endian): magic `GGUF`, uint32 version, uint64 tensor count, uint64 metadata
count; the metadata as (string key, uint32 value type, value) triples, where strings are a
uint64 length and UTF-8 bytes and arrays are a uint32 element type, a uint64 count and the
elements (arrays may nest); then per tensor a string name, uint32 dimension count, uint64
dimensions (innermost first, as ggml's `ne`), uint32 ggml type and uint64 offset; then
padding to `general.alignment` (default 32) and the tensor data, each tensor at its offset
from the start of that data section.

The header is parsed from a prefix of the file that grows until the header fits
(`parse_header` raises `NeedMore` when it is short), so the same parser serves the header of a
file read by path (`read_gguf`: only as much as the header takes) and a file streamed in order
from disk or the network (`GGUFStream`: the header, then each tensor as soon as its bytes are
in, so a model never sits whole in memory).  Every
count, length and offset is checked against the file's size, and errors name the file and
the problem rather than failing later with an IndexError or a huge allocation.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Callable

from .tensor import WeightError

MAGIC = b"GGUF"
VERSIONS = (2, 3)
DEFAULT_ALIGNMENT = 32
MAX_DIMS = 4  # ggml's GGML_MAX_DIMS

# ggml type id -> (name, elements per block, bytes per block), as ggml defines them.
GGML_TYPES: dict[int, tuple[str, int, int]] = {
    0: ("F32", 1, 4), 1: ("F16", 1, 2), 2: ("Q4_0", 32, 18), 3: ("Q4_1", 32, 20),
    6: ("Q5_0", 32, 22), 7: ("Q5_1", 32, 24), 8: ("Q8_0", 32, 34), 9: ("Q8_1", 32, 40),
    10: ("Q2_K", 256, 84), 11: ("Q3_K", 256, 110), 12: ("Q4_K", 256, 144), 13: ("Q5_K", 256, 176),
    14: ("Q6_K", 256, 210), 15: ("Q8_K", 256, 292), 16: ("IQ2_XXS", 256, 66), 17: ("IQ2_XS", 256, 74),
    18: ("IQ3_XXS", 256, 98), 19: ("IQ1_S", 256, 50), 20: ("IQ4_NL", 32, 18), 21: ("IQ3_S", 256, 110),
    22: ("IQ2_S", 256, 82), 23: ("IQ4_XS", 256, 136), 24: ("I8", 1, 1), 25: ("I16", 1, 2),
    26: ("I32", 1, 4), 27: ("I64", 1, 8), 28: ("F64", 1, 8), 29: ("IQ1_M", 256, 56),
    30: ("BF16", 1, 2), 34: ("TQ1_0", 256, 54), 35: ("TQ2_0", 256, 66), 39: ("MXFP4", 32, 17),
}
BLOCK_SIZES: dict[str, tuple[int, int]] = {name: (n, size) for name, n, size in GGML_TYPES.values()}

# metadata value type -> struct format of a scalar; 8 is a string, 9 an array
_SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?",
            10: "<Q", 11: "<q", 12: "<d"}
_STRING, _ARRAY = 8, 9
_FIRST_READ = 1 << 20  # bytes of a file read first to find its header; doubled until it fits


class NeedMore(Exception):
    """The bytes given end inside the header: parse again with at least `nbytes` of the file."""

    def __init__(self, nbytes: int):
        super().__init__(nbytes)
        self.nbytes = nbytes


@dataclass(frozen=True)
class GGUFTensor:
    """One tensor's place in the file.  `shape` is row-major (outermost first, the reverse of
    ggml's `ne`): a linear weight is [out, in], and a row is `shape[-1]` elements in blocks."""

    name: str
    ggml_type: str
    shape: tuple[int, ...]
    offset: int  # from the start of the file
    nbytes: int

    @property
    def rows(self) -> int:
        n = 1
        for d in self.shape[:-1]:
            n *= d
        return n


@dataclass(frozen=True)
class GGUFFile:
    """A GGUF file's header: its metadata and where each tensor's bytes are."""

    source: str
    version: int
    metadata: dict[str, Any]
    tensors: dict[str, GGUFTensor]  # in the header's order
    alignment: int
    data_offset: int
    size: int
    metadata_end: int  # where the metadata ends and the tensor infos begin

    def by_offset(self) -> list[GGUFTensor]:
        return sorted(self.tensors.values(), key=lambda t: t.offset)


class _Cursor:
    """Reads header fields from a prefix of the file, checking lengths against the whole file."""

    def __init__(self, buf: memoryview, size: int, source: str):
        self.buf, self.size, self.source, self.pos = buf, size, source, 0

    def fail(self, problem: str) -> WeightError:
        return WeightError(f"{self.source}: {problem}")

    def take(self, n: int, what: str) -> memoryview:
        end = self.pos + n
        if end > self.size:
            raise self.fail(f"GGUF header is truncated: {what} at byte {self.pos} needs {n} bytes, "
                            f"the file has {self.size}")
        if end > len(self.buf):
            raise NeedMore(end)
        out = self.buf[self.pos:end]
        self.pos = end
        return out

    def scalar(self, fmt: str, what: str) -> Any:
        return struct.unpack(fmt, self.take(struct.calcsize(fmt), what))[0]

    def count(self, what: str, min_bytes: int) -> int:
        """A uint64 count of items of at least `min_bytes` each, which must fit in the rest of the file."""
        n = self.scalar("<Q", what)
        if n * min_bytes > self.size - self.pos:
            raise self.fail(f"GGUF header is truncated or corrupt: {what} {n} needs at least {n * min_bytes} "
                            f"bytes, {self.size - self.pos} remain")
        return n

    def string(self, what: str, strict: bool = True) -> str:
        """UTF-8 text; names must be valid, while a value's invalid bytes become U+FFFD (as some
        vocabularies hold byte fragments, which llama.cpp takes as they are)."""
        n = self.count(f"length of {what}", 1)
        try:
            return str(self.take(n, what), "utf-8", "strict" if strict else "replace")
        except UnicodeDecodeError as e:
            raise self.fail(f"{what} is not UTF-8 ({e})") from None

    def value(self, kind: int, what: str, depth: int = 0) -> Any:
        if kind in _SCALARS:
            return self.scalar(_SCALARS[kind], what)
        if kind == _STRING:
            return self.string(what, strict=False)
        if kind != _ARRAY:
            raise self.fail(f"{what} has unknown value type {kind}")
        if depth > 8:
            raise self.fail(f"{what}: arrays nested more than 8 deep")
        item = self.scalar("<I", f"element type of {what}")
        size = struct.calcsize(_SCALARS[item]) if item in _SCALARS else 8  # a string or array: 8-byte length
        n = self.count(f"element count of {what}", size)
        if item in _SCALARS and item != 7:  # numbers in one unpack (bools are checked one by one)
            return list(struct.unpack(f"<{n}{_SCALARS[item][1]}", self.take(n * size, what)))
        return [self.value(item, f"{what}[{i}]", depth + 1) for i in range(n)]


def parse_header(data: bytes | memoryview, size: int, source: str) -> GGUFFile:
    """The header of a GGUF file of `size` bytes, from its first bytes `data`.

    Raises `NeedMore` when `data` ends inside the header (and the file does not), and
    `WeightError` for anything malformed, naming `source`.
    """
    c = _Cursor(memoryview(data).cast("B"), size, source)
    magic = bytes(c.take(4, "magic"))
    if magic != MAGIC:
        raise c.fail(f"not a GGUF file (magic {magic!r}, expected {MAGIC!r})")
    version = c.scalar("<I", "version")
    if version not in VERSIONS:
        if version == 1:
            raise c.fail("GGUF version 1 is not supported (only versions 2 and 3; convert it again with llama.cpp)")
        if int.from_bytes(version.to_bytes(4, "little"), "big") in VERSIONS:
            raise c.fail("big-endian GGUF is not supported")
        raise c.fail(f"unsupported GGUF version {version} (only versions 2 and 3)")
    n_tensors = c.count("tensor count", 8 + 4 + 4 + 8)  # name length, dims count, type, offset
    n_kv = c.count("metadata count", 8 + 4)
    metadata: dict[str, Any] = {}
    for i in range(n_kv):
        key = c.string(f"metadata key {i}")
        if key in metadata:
            raise c.fail(f"metadata key {key!r} appears twice")
        metadata[key] = c.value(c.scalar("<I", f"type of {key}"), key)

    metadata_end = c.pos
    alignment = metadata.get("general.alignment", DEFAULT_ALIGNMENT)
    if not isinstance(alignment, int) or isinstance(alignment, bool) or alignment <= 0 or alignment & (alignment - 1):
        raise c.fail(f"general.alignment must be a positive power of two, got {alignment!r}")

    infos = []
    for i in range(n_tensors):
        name = c.string(f"name of tensor {i}")
        n_dims = c.scalar("<I", f"dimension count of {name}")
        if not 1 <= n_dims <= MAX_DIMS:
            raise c.fail(f"tensor {name!r} has {n_dims} dimensions (1 to {MAX_DIMS})")
        ne = [c.scalar("<Q", f"dimensions of {name}") for _ in range(n_dims)]
        type_id = c.scalar("<I", f"type of {name}")
        offset = c.scalar("<Q", f"offset of {name}")
        infos.append((name, ne, type_id, offset))
    data_offset = -(-c.pos // alignment) * alignment

    tensors: dict[str, GGUFTensor] = {}
    for name, ne, type_id, offset in infos:
        where = f"tensor {name!r}"
        if name in tensors:
            raise c.fail(f"{where} appears twice")
        if type_id not in GGML_TYPES:
            raise c.fail(f"{where} has unknown ggml type {type_id}")
        type_name, block, block_bytes = GGML_TYPES[type_id]
        numel = 1
        for d in ne:
            numel *= d
        if ne[0] % block:
            raise c.fail(f"{where}: rows of {ne[0]} {type_name} values are not whole blocks of {block}")
        nbytes = numel // block * block_bytes
        if offset % alignment:
            raise c.fail(f"{where}: offset {offset} is not a multiple of the alignment {alignment}")
        start = data_offset + offset
        if start + nbytes > size:
            raise c.fail(f"{where}: data ends at byte {start + nbytes}, past the end of the file ({size} bytes);"
                         " the file is truncated or corrupt")
        tensors[name] = GGUFTensor(name, type_name, tuple(reversed(ne)), start, nbytes)
    end, previous = data_offset, None
    for t in sorted(tensors.values(), key=lambda t: t.offset):
        if t.offset < end:
            raise c.fail(f"tensor {t.name!r} at byte {t.offset} overlaps tensor {previous!r} (which ends at {end})")
        end, previous = t.offset + t.nbytes, t.name
    return GGUFFile(source, version, metadata, tensors, alignment, data_offset, size, metadata_end)


def metadata_only(header: bytes | memoryview, g: GGUFFile) -> bytes:
    """A GGUF file with `g`'s metadata and no tensors, from the first bytes of its file: what a
    tokenizer needs of a model that is only at a URL."""
    return bytes(header[:8]) + struct.pack("<QQ", 0, len(g.metadata)) + bytes(header[24:g.metadata_end])


def read_gguf_header(f: BinaryIO, size: int, source: str) -> GGUFFile:
    """Parse the header of an open file, reading only as much of it as the header takes."""
    want = min(size, _FIRST_READ)
    while True:
        f.seek(0)
        try:
            return parse_header(f.read(want), size, source)
        except NeedMore as e:
            want = min(size, max(e.nbytes, 2 * want))


def read_gguf(path: str | Path) -> GGUFFile:
    """The header of the GGUF file at `path`."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            return read_gguf_header(f, path.stat().st_size, str(path))
    except FileNotFoundError:
        raise WeightError(f"{path}: no such file") from None


class GGUFStream:
    """Takes a GGUF file's bytes in order (from disk or a download): parses the header once it is
    in, then hands each tensor to `on_tensor` as soon as its bytes are, keeping only the bytes not
    yet handed on: a `webllm_py.transport.Writer`.
    """

    def __init__(self, size: int, source: str, on_header: Callable[[GGUFFile], None],
                 on_tensor: Callable[[GGUFTensor, bytes], None]):
        self.size, self.source = size, source
        self._on_header, self._on_tensor = on_header, on_tensor
        self.header: GGUFFile | None = None
        self.metadata_file = b""  # `metadata_only`'s file, once the header is in
        self._pending = bytearray()  # file bytes from `_base` on
        self._base = 0
        self._next_parse = min(size, _FIRST_READ)
        self._order: list[GGUFTensor] = []
        self._next = 0
        self.received = 0

    def write(self, chunk: bytes | memoryview) -> None:
        if self.received + len(chunk) > self.size:
            raise WeightError(f"{self.source}: more than the {self.size} bytes expected")
        self.received += len(chunk)
        self._pending += chunk
        if self.header is None:
            if self.received < self._next_parse:
                return
            try:
                self.header = parse_header(self._pending, self.size, self.source)
            except NeedMore as e:
                self._next_parse = min(self.size, max(e.nbytes, 2 * self._next_parse))
                return
            self._order = self.header.by_offset()
            self.metadata_file = metadata_only(self._pending, self.header)
            self._on_header(self.header)
        while self._next < len(self._order) and (t := self._order[self._next]).offset + t.nbytes <= self.received:
            start = t.offset - self._base
            self._on_tensor(t, bytes(self._pending[start:start + t.nbytes]))
            self._next += 1
        keep = self._order[self._next].offset if self._next < len(self._order) else self.received
        del self._pending[:keep - self._base]
        self._base = keep

    def finish(self) -> None:
        if self.received != self.size or self.header is None or self._next != len(self._order):
            raise WeightError(f"{self.source}: truncated: {self.received} of {self.size} bytes arrived")
