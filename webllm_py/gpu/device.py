"""One device interface over WebGPU, for the browser (Pyodide `js`) and CPython (`wgpu`).

Host cost per token matters (see ENVIRONMENT.md: a dispatch costs microseconds,
a Python<->JS crossing too), so work is recorded into a `Batch` and submitted
as ONE compute pass: all scalar arguments go into one uniform buffer with one
write, and bind groups are cached, so a decode step that repeats the same
dispatches on the same buffers creates no new GPU objects.
"""

from __future__ import annotations

import struct
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any

from .kernels import KernelSpec, load_kernel_set

UNIFORM_SLOT = 256  # minUniformBufferOffsetAlignment
MAX_DISPATCHES = 4096  # per batch; the uniform arena is MAX_DISPATCHES slots
DTYPE_SIZE = {"float32": 4, "int32": 4, "uint32": 4, "float16": 2}


@dataclass(frozen=True)
class Tensor:
    """A typed, shaped view of the start of a GPU buffer."""

    buffer: Any  # backend buffer object
    shape: tuple[int, ...]
    dtype: str = "float32"
    capacity: int = 0  # bytes in the underlying buffer
    id: int = 0  # identity of the underlying buffer, for bind-group caching

    @property
    def nbytes(self) -> int:
        n = DTYPE_SIZE[self.dtype]
        for d in self.shape:
            n *= d
        return n

    def view(self, *shape: int, dtype: str | None = None) -> "Tensor":
        """Reinterpret the first elements of the same buffer with another shape."""
        t = Tensor(self.buffer, tuple(shape), dtype or self.dtype, self.capacity, self.id)
        if t.nbytes > self.capacity:
            raise ValueError(f"view {shape} needs {t.nbytes} bytes, buffer has {self.capacity}")
        return t


@dataclass
class Batch:
    """Dispatches recorded for one submit: (kernel, bind-group key, grid, buffers) and their uniforms."""

    ops: list[tuple[str, tuple, tuple[int, int, int], tuple]] = field(default_factory=list)
    uniforms: bytearray = field(default_factory=lambda: bytearray(MAX_DISPATCHES * UNIFORM_SLOT))

    @property
    def uniform_bytes(self) -> memoryview:
        return memoryview(self.uniforms)[:len(self.ops) * UNIFORM_SLOT]


class Device(ABC):
    """What the model code sees: tensors, kernel dispatches, reads."""

    def __init__(self, features: frozenset[str], limits: dict[str, int], description: str):
        self.features = features
        self.limits = limits
        self.description = description
        self.kernels: dict[str, KernelSpec] = load_kernel_set()
        self._next_id = 0
        self._batch = Batch()
        self._grid_limit = limits.get("maxComputeWorkgroupsPerDimension", 65535)
        # The largest tensor one kernel argument can be: bigger weights are split in row blocks.
        self.max_binding_bytes = limits.get("maxStorageBufferBindingSize", 1 << 27)

    # ---- memory -------------------------------------------------------------
    def empty(self, shape: tuple[int, ...], dtype: str = "float32", label: str = "") -> Tensor:
        nbytes = DTYPE_SIZE[dtype]
        for d in shape:
            nbytes *= d
        nbytes = max(16, (nbytes + 15) // 16 * 16)
        self._next_id += 1
        return Tensor(self._create_buffer(nbytes, label), tuple(shape), dtype, nbytes, self._next_id)

    def tensor(self, data: bytes | memoryview, shape: tuple[int, ...], dtype: str = "float32", label: str = "") -> Tensor:
        t = self.empty(shape, dtype, label)
        if len(data) != t.nbytes:
            raise ValueError(f"{label or 'tensor'}: {len(data)} bytes for shape {shape} {dtype}")
        self.write(t, data)
        return t

    def write(self, t: Tensor, data: bytes | memoryview, offset: int = 0) -> None:
        """Copy bytes into the tensor, after every dispatch recorded so far.

        A queue write runs before command buffers submitted later, so the pending batch
        goes first: otherwise a dispatch recorded earlier would read the new contents.
        """
        self.flush()
        pad = (-len(data)) % 4
        self._write_buffer(t.buffer, offset, bytes(data) + b"\0" * pad if pad else data)

    async def read(self, t: Tensor) -> bytes:
        """Flush pending work and read the tensor's bytes back."""
        self.flush()
        return await self._read_buffer(t.buffer, t.nbytes)

    async def read_floats(self, t: Tensor) -> list[float]:
        data = await self.read(t)
        return list(struct.unpack(f"<{len(data) // 4}f", data))

    # ---- kernels ------------------------------------------------------------
    def run(self, kernel: str, scalars: dict[str, int | float] | None = None, **tensors: Tensor) -> None:
        """Record one kernel dispatch; tensors are passed by the kernel's buffer names.

        Sizes come from the tensors' shapes (checked against the kernel's signature);
        `scalars` gives the other arguments.  Nothing runs until `flush` or a read.
        """
        spec = self.kernels[kernel]
        if len(self._batch.ops) >= MAX_DISPATCHES:
            self.flush()
        try:
            args = [tensors[b.name] for b in spec.buffers]
        except KeyError:
            args = []
        if len(args) != len(tensors) or not args:
            raise TypeError(f"{kernel} takes buffers {[b.name for b in spec.buffers]}, got {sorted(tensors)}")
        try:
            *values, x, y, z = spec.plan(*(t.shape for t in args), scalars or {})
        except KeyError as e:
            raise TypeError(f"{kernel}: missing scalar argument {e}") from None
        if x <= 0 or y <= 0 or z <= 0:
            return  # nothing to do (e.g. an empty prompt chunk)
        grid_x = x
        while x > self._grid_limit:  # fold x into z, as TVM's web runtime does
            x = (x + 1) // 2
            z *= 2
        slot = len(self._batch.ops)
        # TVM's guard returns when the linear block id is `> packGridDimX`: pass the last
        # valid id so a folded grid does not run one block too many.
        spec.uniforms.pack_into(self._batch.uniforms, slot * UNIFORM_SLOT, *values, grid_x - 1)
        key = (kernel, tuple(t.id for t in args), slot)
        self._batch.ops.append((kernel, key, (x, y, z), tuple(t.buffer for t in args)))

    def flush(self) -> None:
        """Submit everything recorded so far as one compute pass."""
        if self._batch.ops:
            batch, self._batch = self._batch, Batch()
            self._submit(batch)

    # ---- backend ------------------------------------------------------------
    @abstractmethod
    def _create_buffer(self, nbytes: int, label: str) -> Any: ...

    @abstractmethod
    def _write_buffer(self, buffer: Any, offset: int, data: bytes | memoryview) -> None: ...

    @abstractmethod
    async def _read_buffer(self, buffer: Any, nbytes: int) -> bytes: ...

    @abstractmethod
    def _submit(self, batch: Batch) -> None: ...
