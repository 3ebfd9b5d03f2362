"""Getting a model's files, whatever their format, over one of three transports.

* a local file: read whole, or streamed to a writer a chunk at a time;
* urllib (CPython's way to an http(s) URL; Pyodide's urllib cannot reach the network):
  streamed, and resumed with a range request from the byte reached when a transfer breaks off;
* the browser's `fetch` (`transport.browser`, needs Pyodide's `js`): streamed, retried and
  resumed the same way, with the Cache API or IndexedDB (`transport.cache`) as the model cache.

`read`/`read_async` give a small file's bytes; `stream`/`stream_async` feed a big one (a shard,
a GGUF file) to a `Writer` as it arrives, so no file sits whole in memory. What the bytes mean
and whether they are right is the writer's business (`webllm_py.loading`): the browser caches a
streamed file only after its writer's `finish` accepted it, and a small file only when the
loader calls `keep` after a good load.
"""

from __future__ import annotations

import asyncio
import hashlib
import http.client
import sys
import tempfile
import urllib.error
import urllib.request
from pathlib import Path
from typing import Callable, Protocol

from ..weights import WeightError

CHUNK_BYTES = 1 << 20
ATTEMPTS = 3  # tries of one download before it is given up (the browser waits between them)

# A writer for a file of the given size: the Content-Length, the cached or local file's size,
# or the size the caller said it must have.
OpenWriter = Callable[[int], "Writer"]
# on_bytes(bytes of this file received so far, its size)
OnBytes = Callable[[int, int], None]


class MissingFile(WeightError):
    """A file of the model does not exist (no such file, HTTP 404)."""


class ShardIntegrityError(WeightError):
    """A file's bytes do not match what its index promises (size or MD5): a corrupt file or download."""


class DownloadError(WeightError):
    """A download failed (network error, an HTTP error, or it kept breaking off)."""


class Writer(Protocol):
    """Takes a file's bytes in order (an MLC shard, a GGUF stream), then checks them at `finish`."""

    received: int

    def write(self, chunk: bytes) -> None: ...

    def finish(self) -> None: ...


def is_url(source: str | Path) -> bool:
    return isinstance(source, str) and source.startswith(("http://", "https://"))


def in_browser() -> bool:
    return sys.platform == "emscripten"


def files_dir_for(url: str) -> Path:
    """A local folder for copies of a model URL's small files (config, index, tokenizer, metadata)."""
    return Path(tempfile.gettempdir()) / "webllm-py-models" / hashlib.sha256(url.encode()).hexdigest()[:16]


def read(where: str) -> bytes:
    """A local file's or (CPython) a URL's bytes."""
    if not is_url(where):
        try:
            return Path(where).read_bytes()
        except FileNotFoundError:
            raise MissingFile(f"{where}: missing") from None
    try:
        with urllib.request.urlopen(where) as response:
            return response.read()
    except urllib.error.HTTPError as e:
        raise _http_error(where, e) from None
    except urllib.error.URLError as e:
        raise DownloadError(f"{where}: cannot fetch ({e.reason})") from None


def _http_error(url: str, e: urllib.error.HTTPError) -> WeightError:
    return MissingFile(f"{url}: missing (HTTP 404)") if e.code == 404 else DownloadError(f"{url}: HTTP {e.code}")


async def read_async(where: str) -> tuple[bytes, bool]:
    """(a file's bytes, whether the browser fetched them from the network: `keep` them after a good
    load); in the browser a URL comes from the model cache when it is there."""
    if not is_url(where):
        return read(where), False
    if not in_browser():
        return await asyncio.to_thread(read, where), False
    from .browser import fetch_file

    return await fetch_file(where)


async def keep(where: str, data: bytes) -> None:
    """Put a small file that `read_async` fetched into the browser's model cache."""
    from .browser import cache_file

    await cache_file(where, data)


def stream(where: str, open_writer: OpenWriter, on_bytes: OnBytes) -> str:
    """Feed a local file or (CPython) a URL to a new writer and finish it; returns where the
    bytes came from ("file" or "network")."""
    if is_url(where):
        _stream_url(where, open_writer, on_bytes)
        return "network"
    path = Path(where)
    try:
        size = path.stat().st_size
        writer = open_writer(size)  # may refuse the size before anything is read
        with open(path, "rb") as f:
            while chunk := f.read(CHUNK_BYTES):
                writer.write(chunk)
    except FileNotFoundError:
        raise MissingFile(f"{path}: missing") from None
    writer.finish()
    on_bytes(size, size)
    return "file"


async def stream_async(where: str, open_writer: OpenWriter, on_bytes: OnBytes, size: int | None = None) -> str:
    """`stream`, in the browser through `fetch` and the model cache ("cache", "network"); `size`
    is the file's size where the caller knows it (else the browser asks the server)."""
    if is_url(where) and in_browser():
        from .browser import file_size, stream_file

        return await stream_file(where, size if size is not None else await file_size(where), open_writer, on_bytes)
    # disk, or urllib in CPython: read on this thread (Pyodide has none), where the writer uploads to the GPU
    return stream(where, open_writer, on_bytes)


def _stream_url(url: str, open_writer: OpenWriter, on_bytes: OnBytes) -> None:
    """Feed the file at `url` to a writer made for its Content-Length, as it arrives; a transfer
    that breaks off resumes with a range request from the byte reached."""
    writer, size, reason = None, 0, ""
    for _ in range(ATTEMPTS):
        start = writer.received if writer else 0
        request = urllib.request.Request(url, headers={"Range": f"bytes={start}-"} if start else {})
        try:
            with urllib.request.urlopen(request) as response:
                if writer is None:
                    size = int(response.headers.get("Content-Length") or -1)
                    if size < 0:
                        raise DownloadError(f"{url}: the server gives no Content-Length")
                    writer = open_writer(size)
                elif response.status != 206 or not (response.headers.get("Content-Range") or "").startswith(
                        f"bytes {start}-"):
                    raise DownloadError(f"{url}: asked for bytes from {start}, got HTTP {response.status} "
                                        f"{response.headers.get('Content-Range')!r}")
                while chunk := response.read(CHUNK_BYTES):
                    writer.write(chunk)
                    on_bytes(writer.received, size)
        except urllib.error.HTTPError as e:
            raise _http_error(url, e) from None
        except (urllib.error.URLError, OSError, http.client.HTTPException) as e:  # refused, reset, cut short
            reason = str(getattr(e, "reason", e)) or type(e).__name__
        if writer is not None and writer.received == size:
            writer.finish()
            return
        reason = reason or "the response ended early"
    raise DownloadError(f"{url}: the download broke off at byte {writer.received if writer else 0} of {size} "
                        f"({ATTEMPTS} attempts; last: {reason})")
