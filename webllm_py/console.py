"""The terminal side of the CLI: a progress bar with an ETA, and Ctrl-C that stops at once.

Both run a small thread, because the main thread can sit in one GPU call for a long time: on a
CPU Vulkan driver, reading back one prefill of Llama 3.2 1B blocks for tens of seconds, and
Python raises KeyboardInterrupt only once that call returns.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from contextlib import contextmanager
from typing import Iterator, TextIO

INTERRUPTED = 130  # the shell's status for a process ended by SIGINT


@contextmanager
def stop_on_ctrl_c(message: str = "interrupted") -> Iterator[None]:
    """While inside, Ctrl-C prints `message` on one line and ends the process with status 130.

    The signal wakes a watcher thread (through `signal.set_wakeup_fd`) that exits the process
    even while the main thread waits in native code; nothing is left to clean up but what the
    operating system frees anyway (GPU memory, files being read; stdout is flushed first).
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    read_end, write_end = os.pipe()
    os.set_blocking(write_end, False)

    def watch() -> None:
        while signals := os.read(read_end, 16):  # b"" once the write end is closed: leave quietly
            if signal.SIGINT in signals:
                sys.stdout.flush()
                newline = "\n" if sys.stderr.isatty() else ""  # past a progress bar or the echoed ^C
                print(newline + message, file=sys.stderr, flush=True)
                os._exit(INTERRUPTED)
        os.close(read_end)

    previous = signal.signal(signal.SIGINT, lambda signum, frame: None)  # the watcher handles it
    old_fd = signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
    threading.Thread(target=watch, name="ctrl-c", daemon=True).start()
    try:
        yield
    finally:
        signal.set_wakeup_fd(old_fd)
        signal.signal(signal.SIGINT, previous)
        os.close(write_end)


def _clock(seconds: float) -> str:
    minutes, s = divmod(int(seconds + 0.5), 60)
    return f"{minutes // 60}:{minutes % 60:02d}:{s:02d}" if minutes >= 60 else f"{minutes}:{s:02d}"


class ProgressBar:
    """Phases of work on stderr: `prefill [#####-----] 50%  0:12, about 0:12 left`.

    On a terminal the line is redrawn in place, also between updates (twice a second), so the
    clock moves while the main thread waits for the GPU; otherwise (a log file) a plain line
    is written when a phase ends and every `log_every` seconds within a long one.
    """

    def __init__(self, stream: TextIO | None = None, width: int = 24, log_every: float = 10.0):
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.width = width
        self.log_every = log_every
        self._lock = threading.Lock()
        self._phase: tuple[str, int, int, float] | None = None  # label, done, total, started
        self._logged = 0.0  # when a plain line was last written
        self._drawn = 0.0  # when the terminal line was last redrawn
        self._stop = threading.Event()
        self._ticker = threading.Thread(target=self._tick, name="progress", daemon=True)
        self._ticker.start()

    def update(self, label: str, done: int, total: int) -> None:
        """`done` of `total` units of the phase `label`; a new label starts a new phase."""
        with self._lock:
            now = time.perf_counter()
            if self._phase is None or self._phase[0] != label:
                self._end_phase(now)
                self._phase = (label, 0, total, now)
                self._logged, self._drawn = now, 0.0
            self._phase = (label, done, total, self._phase[3])
            self._draw(now)

    def __enter__(self) -> "ProgressBar":
        return self

    def __exit__(self, kind: type | None, *exc: object) -> None:
        self.close(finished=kind is None)

    def close(self, finished: bool = True) -> None:
        """End the last phase (as done, unless the work failed) and stop redrawing."""
        self._stop.set()
        self._ticker.join()
        with self._lock:
            self._end_phase(time.perf_counter(), finished)
            self._phase = None

    def _line(self, now: float) -> str:
        label, done, total, started = self._phase
        elapsed = now - started
        fraction = min(done / total, 1.0) if total else 1.0
        filled = int(fraction * self.width)
        bar = "#" * filled + "-" * (self.width - filled)
        left = f", about {_clock(elapsed * (1 - fraction) / fraction)} left" if 0 < fraction < 1 else ""
        return f"{label:>8} [{bar}] {fraction:4.0%}  {_clock(elapsed)}{left}"

    def _draw(self, now: float) -> None:
        if self.tty:
            if now - self._drawn >= 0.1:  # a few redraws a second, however fast the updates come
                self._drawn = now
                self.stream.write("\r" + self._line(now) + "\x1b[K")
                self.stream.flush()
        elif now - self._logged >= self.log_every and self._phase[1] < self._phase[2]:  # the end has its own line
            self._logged = now
            print(self._line(now), file=self.stream, flush=True)

    def _end_phase(self, now: float, finished: bool = True) -> None:
        if self._phase is None:
            return
        if finished:
            label, _, total, started = self._phase
            self._phase = (label, total, total, started)
        text = self._line(now)
        self.stream.write(f"\r{text}\x1b[K\n" if self.tty else text + "\n")
        self.stream.flush()

    def _tick(self) -> None:
        while not self._stop.wait(0.5):
            with self._lock:
                if self._phase is not None:
                    self._draw(time.perf_counter())
