"""The models in the browser's model cache: list them, ask for one, delete one.

A model is the URL given to `engine.reload`: an MLC model's folder URL, whose files are the
entries under `<url>/` (found by its cached mlc-chat-config.json), or a GGUF file's URL, which
is its one entry. The store itself (Cache API, IndexedDB) is `webllm_py.transport.cache`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..loading.chat_config import CONFIG_NAME
from ..loading.gguf import is_gguf
from ..transport.cache import get_cache


@dataclass
class CachedModel:
    url: str  # the model folder URL, without a trailing slash, or the GGUF file's URL
    files: list[str]  # file names under it (a GGUF: its own name)
    nbytes: int


def _folder(url: str) -> str:
    return url.rstrip("/")


async def list_cached_models() -> list[CachedModel]:
    """The models with files in the cache: MLC folders (found by their cached mlc-chat-config.json)
    and GGUF files, in URL order."""
    cache = await get_cache()
    if cache is None:
        return []
    urls = await cache.urls()
    models = []
    for folder in (u[:-len(CONFIG_NAME) - 1] for u in urls if u.endswith("/" + CONFIG_NAME)):
        files = sorted(u for u in urls if u.startswith(folder + "/"))
        sizes = [await cache.size(u) for u in files]
        models.append(CachedModel(folder, [u[len(folder) + 1:] for u in files], sum(sizes)))
    for url in (u for u in urls if is_gguf(u)):
        models.append(CachedModel(url, [url.rsplit("/", 1)[1]], await cache.size(url)))
    return sorted(models, key=lambda m: m.url)


async def has_model_in_cache(url: str) -> bool:
    return any(m.url == _folder(url) for m in await list_cached_models())


async def delete_cached_model(url: str) -> int:
    """Delete every cached file of the model at `url` (a GGUF URL: that file); returns how many there were."""
    cache = await get_cache()
    if cache is None:
        return 0
    folder = _folder(url)
    deleted = 0
    for file in await cache.urls():
        if file.startswith(folder + "/") or (file == folder and is_gguf(file)):
            deleted += await cache.delete(file)
    return deleted
