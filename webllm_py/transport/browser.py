"""The browser's transport: `fetch`, with the model cache (`transport.cache`). Needs Pyodide's `js`.

* `stream_file` feeds a file (an MLC shard, a GGUF model), chunk by chunk as it arrives, to a
  writer (which uploads each tensor to the GPU, so a file never sits whole in Pyodide's memory).
  A connection that breaks, or a body that ends early, is resumed with an HTTP range request from
  the byte reached (a server that ignores ranges sends it all again and the bytes already seen
  are skipped), up to `ATTEMPTS` tries. The writer checks the bytes at `finish`; only then is the
  file put in the cache, so a failed download leaves no entry. A cached file that fails the
  check is deleted and downloaded again.
* `fetch_file` reads a small file (config, index, tokenizer) from the cache or the network;
  `cache_file` stores it, which the loader does only after the whole model loaded.
"""

from __future__ import annotations

import asyncio
from typing import Any

import js  # type: ignore[import-not-found]
from pyodide.ffi import JsException, to_js  # type: ignore[import-not-found]

from ..weights import WeightError
from . import ATTEMPTS, DownloadError, MissingFile, OnBytes, OpenWriter, Writer
from .cache import get_cache

RETRY_DELAY_S = 0.25  # doubled after each failed attempt


def _file_name(url: str) -> str:
    return url.rsplit("/", 1)[-1]


async def _request(url: str, start: int = 0) -> Any:
    """GET `url` from byte `start`, bypassing the HTTP cache (the model cache is ours)."""
    options = {"cache": "no-store", "headers": {"Range": f"bytes={start}-"} if start else {}}
    try:
        response = await js.fetch(url, to_js(options, dict_converter=js.Object.fromEntries))
    except JsException as e:  # unreachable host, CORS, connection refused
        raise DownloadError(f"{url}: cannot fetch ({e})") from None
    if response.status == 404:
        raise MissingFile(f"{url}: missing (HTTP 404)")
    if not response.ok:
        raise DownloadError(f"{url}: HTTP {response.status}")
    return response


async def fetch_file(url: str) -> tuple[bytes, bool]:
    """(the file's bytes, whether they came from the network rather than the cache)."""
    cache = await get_cache()
    cached = await cache.match(url) if cache is not None else None
    if cached is not None:
        return (await cached.arrayBuffer()).to_bytes(), False
    response = await _request(url)
    return (await response.arrayBuffer()).to_bytes(), True


async def file_size(url: str) -> int:
    """A file's size in bytes: its cached copy's, else the Content-Length of a HEAD request
    (a file streamed in one piece, such as a GGUF model, needs it before it starts)."""
    cache = await get_cache()
    if cache is not None and (size := await cache.size(url)):
        return size
    options = {"method": "HEAD", "cache": "no-store"}
    try:
        response = await js.fetch(url, to_js(options, dict_converter=js.Object.fromEntries))
    except JsException as e:
        raise DownloadError(f"{url}: cannot fetch ({e})") from None
    if response.status == 404:
        raise MissingFile(f"{url}: missing (HTTP 404)")
    length = response.headers.get("Content-Length") if response.ok else None
    if not length:
        raise DownloadError(f"{url}: HTTP {response.status} without a Content-Length to a HEAD request")
    return int(length)


async def cache_file(url: str, data: bytes) -> None:
    cache = await get_cache()
    if cache is not None:
        await cache.put(url, js.Blob.new(to_js([to_js(data)])))


async def _pump(response: Any, writer: Writer, on_bytes: OnBytes, size: int, chunks: Any = None,
                skip: int = 0) -> None:
    """Feed a response body to the writer (dropping its first `skip` bytes); keep the chunks as JS arrays."""
    reader = response.body.getReader()
    try:
        while not (result := await reader.read()).done:
            value = result.value
            if skip:
                dropped = min(skip, value.length)
                value, skip = value.subarray(dropped), skip - dropped
                if not value.length:
                    continue
            writer.write(value.to_bytes())
            if chunks is not None:
                chunks.push(value)
            on_bytes(writer.received, size)
    except WeightError:  # too many bytes: stop the transfer (a failed stream needs no cancel)
        await reader.cancel()
        raise


def _range_start(response: Any) -> int:
    """Where a 206 response's bytes start (Content-Range: bytes START-END/TOTAL)."""
    content_range = response.headers.get("Content-Range") or ""
    try:
        return int(content_range.split()[1].split("-")[0])
    except (IndexError, ValueError):
        raise DownloadError(f"{response.url}: bad Content-Range {content_range!r}") from None


async def stream_file(url: str, nbytes: int, open_writer: OpenWriter, on_bytes: OnBytes) -> str:
    """Feed the file at `url` to a new writer and finish it; returns "cache" or "network"."""
    cache = await get_cache()
    if cache is not None and (cached := await cache.match(url)) is not None:
        try:
            writer = open_writer(nbytes)
            await _pump(cached, writer, on_bytes, nbytes)
            writer.finish()
            return "cache"
        except (WeightError, JsException) as e:  # a damaged entry: drop it, download again
            js.console.warn(f"webllm-py: cached {url} is unusable ({e}); downloading it again")
            await cache.delete(url)
    writer = open_writer(nbytes)
    chunks = js.Array.new()
    reason = ""
    for attempt in range(ATTEMPTS):
        if attempt:
            await asyncio.sleep(RETRY_DELAY_S * 2 ** (attempt - 1))
        try:
            response = await _request(url, writer.received)
            skip = writer.received
            if response.status == 206:
                if _range_start(response) != writer.received:
                    raise DownloadError(f"{url}: asked for bytes from {writer.received}, got {response.headers.get('Content-Range')}")
                skip = 0
            await _pump(response, writer, on_bytes, nbytes, chunks, skip)
            if writer.received == nbytes:
                break
            reason = "the response ended early"
        except (DownloadError, JsException) as e:  # connection lost or refused mid-download
            reason = str(e)
    else:
        raise DownloadError(f"{_file_name(url)}: the download broke off at byte {writer.received} of {nbytes} "
                            f"({ATTEMPTS} attempts; last: {reason})")
    writer.finish()  # size and MD5: a corrupt download raises here, before anything is cached
    if cache is not None:
        await cache.put(url, js.Blob.new(chunks))
    return "network"
