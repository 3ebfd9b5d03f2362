"""The browser's model cache: downloaded files kept by URL, so a second load needs no network.

The Cache API is used where the page has it (secure contexts: https, localhost); IndexedDB
otherwise. Entries are whole, checked files: `transport.browser` writes a file only after its
writer accepted it (an MLC shard's size and MD5, a GGUF file's size and tensor extents), so a
broken or corrupt download never leaves an entry behind. Under Node (tests) neither store
exists and nothing is cached. Which entries make up a model is `webllm_py.web.cache`'s business.
"""

from __future__ import annotations

from typing import Any, Protocol

import js  # type: ignore[import-not-found]
from pyodide.code import run_js  # type: ignore[import-not-found]
from pyodide.ffi import JsException, to_js  # type: ignore[import-not-found]

CACHE_NAME = "webllm-py-models"

# IndexedDB has no promise API; this wraps one object store ("files": url -> Blob) in promises.
_IDB_OPEN = """
(name) => new Promise((resolve, reject) => {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => open.result.createObjectStore('files');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const run = (mode, op) => new Promise((ok, fail) => {
      const tx = db.transaction('files', mode);
      const request = op(tx.objectStore('files'));
      tx.oncomplete = () => ok(request.result);
      tx.onerror = tx.onabort = () => fail(tx.error);
    });
    resolve({
      // undefined, not null: Python sees None in every Pyodide (from 0.28 on, null is jsnull)
      match: async (url) => { const blob = await run('readonly', (s) => s.get(url)); return blob ? new Response(blob) : undefined; },
      size: async (url) => (await run('readonly', (s) => s.get(url)))?.size ?? 0,
      put: (url, blob) => run('readwrite', (s) => s.put(blob, url)),
      delete: async (url) => (await run('readonly', (s) => s.count(url))) > 0 && (await run('readwrite', (s) => s.delete(url)), true),
      keys: () => run('readonly', (s) => s.getAllKeys()),
    });
  };
})
"""


class FileCache(Protocol):
    """Files by URL; `match` gives a JS `Response` (stream its body) or None."""

    kind: str

    async def match(self, url: str) -> Any | None: ...

    async def put(self, url: str, blob: Any) -> None: ...

    async def delete(self, url: str) -> bool: ...

    async def urls(self) -> list[str]: ...

    async def size(self, url: str) -> int: ...


class CacheAPIStore:
    kind = "Cache API"

    def __init__(self, cache: Any):
        self._cache = cache

    async def match(self, url: str) -> Any | None:
        return await self._cache.match(url)  # undefined -> None

    async def put(self, url: str, blob: Any) -> None:
        headers = {"Content-Type": "application/octet-stream", "Content-Length": str(blob.size)}
        await self._cache.put(url, js.Response.new(blob, to_js({"headers": headers},
                                                               dict_converter=js.Object.fromEntries)))

    async def delete(self, url: str) -> bool:
        return bool(await self._cache.delete(url))

    async def urls(self) -> list[str]:
        return [request.url for request in await self._cache.keys()]

    async def size(self, url: str) -> int:
        response = await self._cache.match(url)
        return int(response.headers.get("Content-Length") or 0) if response else 0


class IndexedDBStore:
    kind = "IndexedDB"

    def __init__(self, db: Any):
        self._db = db

    async def match(self, url: str) -> Any | None:
        return await self._db.match(url)

    async def put(self, url: str, blob: Any) -> None:
        await self._db.put(url, blob)

    async def delete(self, url: str) -> bool:
        return bool(await self._db.delete(url))

    async def urls(self) -> list[str]:
        return list((await self._db.keys()).to_py())

    async def size(self, url: str) -> int:
        return int(await self._db.size(url))


_backend: str | None = None  # None: the Cache API if present, else IndexedDB
_opened: FileCache | None = None
_tried = False


def use_cache(backend: str | None) -> None:
    """Choose the store: "cache" (Cache API), "indexeddb", "none", or None (the first available)."""
    global _backend, _opened, _tried
    if backend not in (None, "cache", "indexeddb", "none"):
        raise ValueError(f"unknown cache backend {backend!r}")
    _backend, _opened, _tried = backend, None, False


async def get_cache() -> FileCache | None:
    """The model cache of this page or worker, opened once; None when storage is unavailable."""
    global _opened, _tried
    if not _tried:
        _tried = True
        _opened = await _open(_backend)
    return _opened


async def _open(backend: str | None) -> FileCache | None:
    if backend in (None, "cache") and hasattr(js, "caches"):
        try:
            return CacheAPIStore(await js.caches.open(CACHE_NAME))
        except JsException:  # storage blocked (e.g. some private modes): try IndexedDB
            if backend == "cache":
                raise
    if backend in (None, "indexeddb") and hasattr(js, "indexedDB"):
        return IndexedDBStore(await run_js(_IDB_OPEN)(CACHE_NAME))
    return None
