"""`ChatModule`: the seed's conversational API, a thin layer over `MLCEngine`.

It keeps the conversation (so `generate(prompt)` is the next user turn) and
streams through the engine, so each turn prefills only its new tokens.
"""

from __future__ import annotations

from typing import Any, Callable

from .config import AppConfig, ChatOptions
from .engine import InitProgressReport, MLCEngine


class ChatModule:
    def __init__(self, engine: MLCEngine | None = None):
        self.engine = engine or MLCEngine()
        self.messages: list[dict[str, str]] = []

    def set_init_progress_callback(self, callback: Callable[[InitProgressReport], Any] | None) -> None:
        self.engine.set_init_progress_callback(callback)

    async def reload(self, model: str, chat_opts: dict | ChatOptions | None = None,
                     app_config: AppConfig | None = None) -> None:
        self.messages = []
        await self.engine.reload(model, chat_opts, app_config)

    async def generate(self, prompt: str, progress_callback: Callable[[int, str], Any] | None = None) -> str:
        """Send `prompt` as the next user message; return the reply.

        `progress_callback(step, text_so_far)` is called as the reply streams in.
        """
        self.messages.append({"role": "user", "content": prompt})
        reply, step = "", 0
        stream = await self.engine.chat.completions.create(messages=self.messages, stream=True)
        async for chunk in stream:
            for choice in chunk.choices:
                reply += choice.delta.content or ""
                step += 1
                if progress_callback:
                    progress_callback(step, reply)
        self.messages.append({"role": "assistant", "content": reply})
        return reply

    async def runtime_stats_text(self) -> str:
        return await self.engine.runtime_stats_text()

    def reset_chat(self) -> None:
        self.messages = []
        self.engine.reset_chat()

    def interrupt_generate(self) -> None:
        self.engine.interrupt_generate()

    async def unload(self) -> None:
        self.messages = []
        await self.engine.unload()
