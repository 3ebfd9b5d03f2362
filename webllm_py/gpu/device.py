"""One device interface over WebGPU, for the browser (Pyodide `js`) and CPython (`wgpu`).

Host cost per token matters (see ENVIRONMENT.md: a dispatch costs microseconds,
a Python<->JS crossing too), so work is recorded into a `Batch` and submitted
as ONE compute pass: all scalar arguments go into one uniform buffer with one
write, and bind groups are cached, so a decode step that repeats the same
dispatches on the same buffers creates no new GPU objects.

A decode step repeats the same dispatches with only the position changed, so it can be
recorded once and replayed (`Device.recording`, `Device.compile_step`, `Device.replay`):
the replay has its own uniform buffer and bind groups, patches the `pos0` scalars and the
input token, and encodes the whole step in one backend call, with no per-dispatch Python.

Memory has an owner: the device counts every buffer it made (`allocated_bytes`,
`live_buffers`), and `release` destroys buffers and drops the bind groups that use them,
so unloading a model gives its memory back.  A tensor used after its release raises
`ReleasedTensorError`; a buffer larger than the device can bind raises `BufferTooLargeError`
before any GPU call; a lost device (driver reset, `destroy`) raises `DeviceLostError`.
"""

from __future__ import annotations

import struct
from abc import ABC, abstractmethod
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from .kernels import KernelSpec, load_kernel_set

UNIFORM_SLOT = 256  # minUniformBufferOffsetAlignment (and minStorageBufferOffsetAlignment's maximum)
MAX_DISPATCHES = 4096  # per batch; the uniform arena is MAX_DISPATCHES slots
DTYPE_SIZE = {"float32": 4, "int32": 4, "uint32": 4, "float16": 2}
# Bind groups kept per device.  At least two batches' worth: a batch's own groups are then
# always the most recently used, so evicting never drops one that its submit still needs.
BIND_GROUP_CACHE = 2 * MAX_DISPATCHES
STAGING_KEPT = 2  # free staging buffers kept per size: a greedy decode has two token reads in flight
STAGING_LARGEST = 1 << 16  # bytes; a larger read (whole logits rows) gets a staging buffer of its own


class DeviceLostError(RuntimeError):
    """The GPU device was lost (a driver reset, another tab's crash, `destroy`): nothing made on
    it works any more.  Load the model again: the engine's `reload` asks for a new device."""


class ReleasedTensorError(RuntimeError):
    """A tensor was used after `Device.release` gave its buffer back (an unloaded model, say)."""


class BufferTooLargeError(MemoryError):
    """A tensor is larger than one buffer the device can bind (maxStorageBufferBindingSize)."""


class ReplayRefused(RuntimeError):
    """Two recordings of a step differ in more than the position, or the step does something a
    replay cannot repeat (a read, a write other than its input): the caller runs it unreplayed."""


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


@dataclass
class RecordedOp:
    kernel: str
    grid: tuple[int, int, int]
    tensors: tuple[Tensor, ...]
    uniforms: bytes  # the packed scalars and packGridDimX


@dataclass
class Recording:
    """What `Device.run` and `Device.write` were asked for while recording; nothing of it ran."""

    ops: list[RecordedOp] = field(default_factory=list)
    writes: list[tuple[Tensor, int, bytes]] = field(default_factory=list)


@dataclass
class StepCounters:
    """What the device did, for benchmarks: dispatches submitted, host waits for GPU results
    (reads), and the time spent inside the backend's queue submit (driver work included)."""

    dispatches: int = 0
    syncs: int = 0
    submit_seconds: float = 0.0


class Step:
    """A compiled replay of a recording: every dispatch, bind group and uniform made once.

    Per replay only the `pos0` words of the uniforms and the input (a token id) change.  The
    ops that hold `pos0` take the first uniform slots, so a replay writes just those slots."""

    def __init__(self, ops: list[RecordedOp], slots: list[int], pos_words: list[int], input_tensor: Tensor):
        self.ops = ops  # in dispatch order
        self.slot_of = slots  # each op's uniform slot
        self.input = input_tensor
        self.pos_words = pos_words  # int32 word indices, in the step's uniform buffer, holding pos0
        self.slots = len(ops)
        self.uniform_nbytes = max(16, self.slots * UNIFORM_SLOT)  # its own uniform buffer, made by the backend
        self.buffer_ids = frozenset(t.id for op in ops for t in op.tensors) | {input_tensor.id}
        self.head_slots = 1 + max(w // (UNIFORM_SLOT // 4) for w in pos_words) if pos_words else 0
        self.backend: Any = None  # what the backend made: uniform buffer, groups, encoder
        self.released = False

    def uniform_bytes(self) -> bytearray:
        """The contents of the step's uniform buffer: each op's scalars in its slot."""
        uniforms = bytearray(self.uniform_nbytes)
        for slot, op in zip(self.slot_of, self.ops):
            uniforms[slot * UNIFORM_SLOT:slot * UNIFORM_SLOT + len(op.uniforms)] = op.uniforms
        return uniforms


class StagingPool:
    """Map-readable buffers that reads copy into, kept for the next read of the same size.

    Every decode step reads its token back, and a new staging buffer per read is a driver
    allocation and a destroy per token.  The pool counts the buffers it made and has not
    destroyed (`count`, `nbytes`: the device's `live_buffers` and `allocated_bytes` include
    them).  A read that is never awaited keeps its buffer, which the garbage collector frees."""

    def __init__(self, make: Callable[[int], Any], destroy: Callable[[Any], None]):
        self._make, self._destroy = make, destroy
        self._free: dict[int, list[Any]] = {}
        self.count = self.nbytes = 0

    def take(self, nbytes: int) -> Any:
        """A buffer for a read of `nbytes`: its size rounded up to whole 4-byte words, as copies
        move them (the buffer's `size` is what to copy and what to give back)."""
        size = (nbytes + 3) // 4 * 4
        free = self._free.get(size)
        if free:
            return free.pop()
        self.count += 1
        self.nbytes += size
        return self._make(size)

    def give(self, size: int, buffer: Any) -> None:
        free = self._free.setdefault(size, [])
        if size <= STAGING_LARGEST and len(free) < STAGING_KEPT:
            free.append(buffer)
        else:
            self._drop(size, buffer)

    def clear(self) -> None:
        """Destroy the free buffers (those of reads in flight come back, and stay, later)."""
        free, self._free = self._free, {}
        for size, buffers in free.items():
            for buffer in buffers:
                self._drop(size, buffer)

    def _drop(self, size: int, buffer: Any) -> None:
        self.count -= 1
        self.nbytes -= size
        self._destroy(buffer)


class PendingRead:
    """A queued read (`Device.read_soon`): await it for the bytes; it may also be dropped."""

    def __init__(self, device: "Device", finish: Callable[[], Awaitable[bytes]]):
        self._device, self._finish = device, finish

    def __await__(self):
        return self._result().__await__()

    async def _result(self) -> bytes:
        with self._device._backend_call:
            return await self._finish()


class BindGroupCache:
    """Backend bind groups by key (kernel, buffer ids, uniform slot): at most `capacity`, the
    least recently used dropped first, and every group of a buffer dropped with the buffer.
    `drop` tells the backend that a group is gone (the browser backend reuses its slot)."""

    def __init__(self, capacity: int, drop: Callable[[Any], None] = lambda group: None):
        self.capacity = capacity
        self._drop = drop
        self._groups: OrderedDict[tuple, Any] = OrderedDict()
        self._keys_of: dict[int, set[tuple]] = {}  # buffer id -> keys of the groups that bind it

    def __len__(self) -> int:
        return len(self._groups)

    def get(self, key: tuple, make: Callable[[], Any]) -> Any:
        group = self._groups.get(key)
        if group is not None:
            self._groups.move_to_end(key)
            return group
        group = self._groups[key] = make()
        for buffer_id in key[1]:
            self._keys_of.setdefault(buffer_id, set()).add(key)
        if len(self._groups) > self.capacity:
            self._remove(next(iter(self._groups)))
        return group

    def forget(self, buffer_id: int) -> None:
        """Drop every group that binds this buffer."""
        for key in list(self._keys_of.get(buffer_id, ())):
            self._remove(key)

    def _remove(self, key: tuple) -> None:
        group = self._groups.pop(key)
        for buffer_id in key[1]:
            keys = self._keys_of[buffer_id]
            keys.discard(key)
            if not keys:
                del self._keys_of[buffer_id]
        self._drop(group)


class _BackendCall:
    """`with device._backend_call:` turns the backend's own failure on a lost device into
    `DeviceLostError`.  A class, not a @contextmanager generator: it wraps every replayed step,
    and a generator's enter and exit cost ~2 us in Pyodide, this ~0.4 us."""

    __slots__ = ("device",)

    def __init__(self, device: "Device"):
        self.device = device

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type | None, error: BaseException | None, traceback: Any) -> None:
        if not isinstance(error, Exception):
            return
        device = self.device
        device.lost = device.lost or device._loss_reason(error)
        if device.lost is not None:
            raise DeviceLostError(f"the GPU device was lost ({device.lost}); load the model again") from error


class Device(ABC):
    """What the model code sees: tensors, kernel dispatches, reads, and the memory they use."""

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
        # What one buffer can be: every buffer is bound whole, so also the binding limit.
        self._buffer_limit = min((limits.get(k, 1 << 27), k) for k in ("maxStorageBufferBindingSize", "maxBufferSize"))
        self._live: dict[int, tuple[Any, int, str]] = {}  # buffer id -> (buffer, bytes, label)
        self._allocated = 0  # bytes in live buffers made by `empty`/`tensor` and in compiled steps
        self.lost: str | None = None  # why the device was lost, once it is
        self.counters = StepCounters()
        self._backend_call = _BackendCall(self)
        self._recording: Recording | None = None
        self._steps: list[Step] = []  # compiled replays, dropped with any buffer they use
        self._staging = StagingPool(self._create_staging, self._destroy_buffer)
        # A kernel's scalars (TVM's `podArgs` struct) go in a uniform buffer, as TVM binds them.
        # Except on Mesa's llvmpipe (lavapipe), which specialises a shader on its uniform values
        # at every dispatch: it folds them in, re-optimises and compiles again (Mesa 22.3's
        # update_inline_shader_state), so one fused decode-attention dispatch cost 14 ms there
        # instead of 0.5 ms.  The same bytes bound as read-only storage are left alone.
        self.scalar_binding = "read-only-storage" if "llvmpipe" in description.lower() else "uniform"
        self.hollow = False  # every kernel an empty shader (`hollow_kernels`)
        self._compiled = False  # whether a kernel was compiled yet

    def shader_code(self, spec: KernelSpec) -> str:
        """The kernel's WGSL, with its scalars declared as `scalar_binding` binds them."""
        self._compiled = True
        if self.hollow:
            return f"@compute @workgroup_size(1) fn {spec.entry_point}() {{}}"
        if self.scalar_binding == "uniform":
            return spec.wgsl
        return spec.wgsl.replace("var<uniform> podArgs", "var<storage, read> podArgs", 1)

    def hollow_kernels(self) -> None:
        """Compile every kernel as an empty shader with the same bindings: the host records,
        encodes and submits exactly as before while the GPU does nothing (the bench's host-only
        mode: on an adapter that runs on the host's own CPU cores, SwiftShader or lavapipe, the
        GPU's work would otherwise slow the host it is measured on).  Every result is garbage, so
        only on a device that has compiled no kernel yet."""
        if self._compiled:
            raise RuntimeError("hollow_kernels: this device has compiled kernels already; ask for a new device")
        self.hollow = True

    @property
    def live_buffers(self) -> int:
        return len(self._live) + len(self._steps) + self._staging.count  # a compiled step owns one uniform buffer

    @property
    def allocated_bytes(self) -> int:
        """Bytes in live buffers: tensors, compiled steps' uniforms and staging buffers for reads."""
        return self._allocated + self._staging.nbytes

    # ---- memory -------------------------------------------------------------
    def empty(self, shape: tuple[int, ...], dtype: str = "float32", label: str = "") -> Tensor:
        nbytes = DTYPE_SIZE[dtype]
        for d in shape:
            nbytes *= d
        self.check_fits(nbytes, label or f"a {dtype} tensor of shape {tuple(shape)}")
        nbytes = max(16, (nbytes + 15) // 16 * 16)
        self._check_device()
        with self._backend_call:
            buffer = self._create_buffer(nbytes, label)
        self._next_id += 1
        self._live[self._next_id] = (buffer, nbytes, label)
        self._allocated += nbytes
        return Tensor(buffer, tuple(shape), dtype, nbytes, self._next_id)

    def check_fits(self, nbytes: int, what: str) -> None:
        """Refuse, before any GPU call, a buffer that the device cannot make or no kernel could bind."""
        limit, name = self._buffer_limit
        if nbytes > limit:
            raise BufferTooLargeError(f"{what} needs {nbytes} bytes; this device holds at most {limit} bytes "
                                      f"in one buffer ({name})")

    def release(self, *tensors: Tensor) -> None:
        """Destroy the tensors' buffers (views of one buffer release it once; released ones are
        skipped) and drop their bind groups.  Work recorded before still runs."""
        self._release_ids({t.id for t in tensors if t.id in self._live})

    def release_all(self) -> None:
        """Release every buffer made on this device: for an owner of the whole device (the
        engine between models), which then also frees what a failed load left behind."""
        self._release_ids(set(self._live))
        if self.lost is None:
            self._staging.clear()

    def _release_ids(self, ids: set[int]) -> None:
        buffers = []
        for step in [s for s in self._steps if s.buffer_ids & ids]:
            self._drop_step(step)
        for buffer_id in ids:
            buffer, nbytes, _ = self._live.pop(buffer_id)
            self._allocated -= nbytes
            self._forget_bind_groups(buffer_id)
            buffers.append(buffer)
        if not buffers or self.lost is not None:  # a lost device has freed everything already
            return
        try:
            self.flush()
            with self._backend_call:
                for buffer in buffers:
                    self._destroy_buffer(buffer)
        except DeviceLostError:
            pass  # found lost just now: nothing left to free

    def check_lost(self) -> str | None:
        """Why the device is lost, or None; asks the backend when nothing has said so yet."""
        return self.lost

    @staticmethod
    def _released(t: Tensor) -> ReleasedTensorError:
        return ReleasedTensorError(f"a {t.dtype} tensor of shape {list(t.shape)} (buffer #{t.id}) was used "
                                   "after its buffer was released (is its model unloaded?)")

    def _check_device(self) -> None:
        if self.lost is not None:
            raise DeviceLostError(f"the GPU device was lost ({self.lost}); load the model again")


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
        if t.id not in self._live:
            raise self._released(t)
        if self._recording is not None:
            if self._recording.ops:
                raise ReplayRefused(f"the step writes {self._label(t)} after its first dispatch")
            self._recording.writes.append((t, offset, bytes(data)))
            return
        self.flush()
        pad = (-len(data)) % 4
        with self._backend_call:
            self._write_buffer(t.buffer, offset, bytes(data) + b"\0" * pad if pad else data)

    async def read(self, t: Tensor) -> bytes:
        """Flush pending work and read the tensor's bytes back."""
        return await self.read_soon(t)

    def read_soon(self, t: Tensor) -> PendingRead:
        """Queue the read of the tensor's bytes now, after the work submitted so far; await the
        result later.  Work submitted in between runs meanwhile and does not change the result,
        so the host can queue the next step before it waits (the GPU never idles for it)."""
        if t.id not in self._live:
            raise self._released(t)
        if self._recording is not None:
            raise ReplayRefused(f"the step reads {self._label(t)}")
        self.flush()
        self.counters.syncs += 1
        with self._backend_call:
            return PendingRead(self, self._start_read(t.buffer, t.nbytes))

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
        if len(self._batch.ops) >= MAX_DISPATCHES and self._recording is None:
            self.flush()
        try:
            args = [tensors[b.name] for b in spec.buffers]
        except KeyError:
            args = []
        if len(args) != len(tensors) or not args:
            raise TypeError(f"{kernel} takes buffers {[b.name for b in spec.buffers]}, got {sorted(tensors)}")
        for t in args:
            if t.id not in self._live:
                raise self._released(t)
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
        if self._recording is not None:
            packed = spec.uniforms.pack(*values, grid_x - 1)
            self._recording.ops.append(RecordedOp(kernel, (x, y, z), tuple(args), packed))
            return
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
            self._check_device()
            self.counters.dispatches += len(batch.ops)
            with self._backend_call:
                self.counters.submit_seconds += self._submit(batch)

    @property
    def pending_kernels(self) -> list[str]:
        """The kernels of the dispatches recorded and not yet submitted, in order: what the
        times of `flush_timed` belong to."""
        return [kernel for kernel, *_ in self._batch.ops]

    def flush_timed(self) -> Callable[[], Awaitable[list[float]]] | None:
        """Submit everything recorded so far with each dispatch in a compute pass of its own,
        between two GPU timestamps; await the function returned for each dispatch's milliseconds
        on the GPU.  None, submitting nothing, where the device has no "timestamp-query"
        (the inspection's kernel timeline; never on the decode path)."""
        if "timestamp-query" not in self.features or not self._batch.ops:
            return None
        batch, self._batch = self._batch, Batch()
        self._check_device()
        self.counters.dispatches += len(batch.ops)
        with self._backend_call:
            return self._submit_timed(batch)

    # ---- recorded steps -----------------------------------------------------
    @contextmanager
    def recording(self) -> Iterator[Recording]:
        """Record the dispatches and writes made inside the block instead of running them.

        Work recorded before runs first (it is flushed); a read inside the block, or a write
        after its first dispatch, raises `ReplayRefused`."""
        if self._recording is not None:
            raise RuntimeError("a recording is already in progress")
        self.flush()
        self._recording = recording = Recording()
        try:
            yield recording
        finally:
            self._recording = None

    def compile_step(self, first: Recording, second: Recording, positions: tuple[int, int],
                     input_tensor: Tensor) -> Step:
        """A replayable step from two recordings of it at two different positions.

        They must agree in everything (kernels, buffers, grids, every scalar) except the scalars
        named `pos0`, which must hold the two positions; the only write allowed is the one of
        `input_tensor` (what the caller supplies at each replay).  Anything else raises
        `ReplayRefused` naming the difference."""
        a, b = positions
        if a == b:
            raise ValueError("a step must be recorded at two different positions")
        for recording in (first, second):
            for t, _, _ in recording.writes:
                if t.id != input_tensor.id:
                    raise ReplayRefused(f"the step writes {self._label(t)} besides its input")
        if len(first.ops) != len(second.ops):
            raise ReplayRefused(f"the step has {len(first.ops)} dispatches at position {a}, "
                                f"{len(second.ops)} at {b}")
        pos_slots: list[tuple[int, list[int]]] = []
        other_slots: list[tuple[int, list[int]]] = []
        pos_words: list[int] = []
        for i, (x, y) in enumerate(zip(first.ops, second.ops)):
            what = f"dispatch {i} ({x.kernel})"
            if x.kernel != y.kernel:
                raise ReplayRefused(f"dispatch {i} runs {x.kernel} at position {a}, {y.kernel} at {b}")
            if tuple(t.id for t in x.tensors) != tuple(t.id for t in y.tensors) or \
                    [t.shape for t in x.tensors] != [t.shape for t in y.tensors]:
                raise ReplayRefused(f"{what} binds other buffers at positions {a} and {b}")
            if x.grid != y.grid:
                raise ReplayRefused(f"{what} has grid {x.grid} at position {a}, {y.grid} at {b}")
            names = (*self.kernels[x.kernel].scalar_names, "packGridDimX")
            words = [i for i, name in enumerate(names) if name == "pos0"]
            for k, (u, v) in enumerate(zip(struct.iter_unpack("<i", x.uniforms), struct.iter_unpack("<i", y.uniforms))):
                if k in words:
                    if (u[0], v[0]) != (a, b):
                        raise ReplayRefused(f"{what}: its pos0 is {u[0]} at position {a}, {v[0]} at {b}")
                elif u != v:
                    raise ReplayRefused(f"{what}: its scalar {names[k]} differs between positions {a} and {b}")
            (pos_slots if words else other_slots).append((i, words))
        slots = [0] * len(first.ops)
        for slot, (i, words) in enumerate(pos_slots + other_slots):
            slots[i] = slot
            pos_words += [slot * UNIFORM_SLOT // 4 + w for w in words]
        step = Step(first.ops, slots, pos_words, input_tensor)
        self._check_device()
        with self._backend_call:
            step.backend = self._make_step(step)
        self._steps.append(step)
        self._allocated += step.uniform_nbytes
        return step

    def replay(self, step: Step, pos: int, token: int | None = None, read: Tensor | None = None) -> PendingRead | None:
        """Submit the step at position `pos`; `token` (when given) is written to its input first,
        else the input holds what the GPU left there (the previous step's argmax).  `read`: a
        tensor to read back after the step, copied in the same command buffer (one submit)."""
        if step.released:
            raise ReleasedTensorError("the recorded step uses a buffer that was released (is its model unloaded?)")
        if read is not None and read.id not in self._live:
            raise self._released(read)
        self.flush()
        self._check_device()
        self.counters.dispatches += step.slots
        self.counters.syncs += read is not None
        with self._backend_call:
            seconds, finish = self._replay(step, pos, -1 if token is None else token,
                                           None if read is None else (read.buffer, read.nbytes))
        self.counters.submit_seconds += seconds
        return None if finish is None else PendingRead(self, finish)

    def _drop_step(self, step: Step) -> None:
        self._steps.remove(step)
        self._allocated -= step.uniform_nbytes
        step.released = True
        if step.backend is not None and self.lost is None:
            self._release_step(step)
        step.backend = None

    def _label(self, t: Tensor) -> str:
        label = self._live[t.id][2] if t.id in self._live else ""
        return f"{label or 'a tensor'} (buffer #{t.id})"

    # ---- backend ------------------------------------------------------------
    @abstractmethod
    def _create_buffer(self, nbytes: int, label: str) -> Any: ...

    @abstractmethod
    def _create_staging(self, nbytes: int) -> Any:
        """A map-readable buffer that copies can write (for `StagingPool`)."""

    @abstractmethod
    def _destroy_buffer(self, buffer: Any) -> None: ...

    @abstractmethod
    def _forget_bind_groups(self, buffer_id: int) -> None: ...

    def _loss_reason(self, error: Exception) -> str | None:
        """Why the device is lost, if `error` (from a backend call) says it is."""
        return None

    @abstractmethod
    def _write_buffer(self, buffer: Any, offset: int, data: bytes | memoryview) -> None: ...

    @abstractmethod
    def _start_read(self, buffer: Any, nbytes: int) -> Callable[[], Awaitable[bytes]]:
        """Queue a copy of the buffer's first bytes to a staging buffer of `_staging` now; the
        function returned waits for it, gives them and the staging buffer back."""

    @abstractmethod
    def _submit(self, batch: Batch) -> float:
        """Encode and submit the batch as one compute pass; return the seconds spent inside the
        queue's submit."""

    def _submit_timed(self, batch: Batch) -> Callable[[], Awaitable[list[float]]]:
        """`_submit` with a compute pass and two timestamps per dispatch (`flush_timed`); only
        called on a device with "timestamp-query"."""
        raise NotImplementedError(f"{type(self).__name__} has no timed submit")

    @abstractmethod
    def _make_step(self, step: Step) -> Any:
        """The backend's objects for a step: its uniform buffer (filled), bind groups, encoder."""

    @abstractmethod
    def _replay(self, step: Step, pos: int, token: int,
                read: tuple[Any, int] | None) -> tuple[float, Callable[[], Awaitable[bytes]] | None]:
        """Patch pos0, write the token (token >= 0), encode, copy `read` (buffer, bytes) to a
        staging buffer when given, and submit; return the seconds spent inside the queue's
        submit and, for a read, what `_start_read` returns."""

    @abstractmethod
    def _release_step(self, step: Step) -> None: ...
