"""`ChatModule`: the seed's conversational API, a thin layer over `MLCEngine`.

It keeps the conversation (so `generate(prompt)` is the next user turn) and
streams through the engine, so each turn prefills only its new tokens.

A reply is at most `max_tokens` long: the chat options' max_tokens, else
`generation_room` of the context window (a quarter, at most 512, as MLC's
max_gen_len), so one reply never fills the window and the next turn has room.
When the conversation outgrows the window, the engine leaves out the oldest
exchanges (never the system message) and `messages` forgets them too, so later
turns keep reusing the KV cache; `last_usage.extra["dropped_messages"]` says how
many went.  A turn that fails (a message too long for the window, a bad request)
leaves `messages` as it was.
"""

from __future__ import annotations

from typing import Any, Callable

from .config import AppConfig, ChatOptions
from .engine import InitProgressReport, MLCEngine, generation_room
from .protocol import CompletionUsage


class ChatModule:
    def __init__(self, engine: MLCEngine | None = None):
        self.engine = engine or MLCEngine()
        self.messages: list[dict[str, Any]] = []
        self.last_usage: CompletionUsage | None = None  # of the last finished turn
        self._resets = 0  # reset_chat, reload and unload: a turn that spans one is not recorded

    def set_init_progress_callback(self, callback: Callable[[InitProgressReport], Any] | None) -> None:
        self.engine.set_init_progress_callback(callback)

    async def reload(self, model: str, chat_opts: dict | ChatOptions | None = None,
                     app_config: AppConfig | None = None) -> None:
        self._forget()
        await self.engine.reload(model, chat_opts, app_config)

    @property
    def max_tokens(self) -> int:
        """The longest reply a turn asks for (see the module docstring)."""
        engine = self.engine
        engine._check_loaded()
        return engine.options.max_tokens or generation_room(engine._model.context_window)

    async def generate(self, prompt: str, progress_callback: Callable[[int, str], Any] | None = None) -> str:
        """Send `prompt` as the next user message; return the reply.

        `progress_callback(step, text_so_far)` is called as the reply streams in.
        """
        messages = [*self.messages, {"role": "user", "content": prompt}]
        resets = self._resets
        stream = await self.engine.chat.completions.create(messages=messages, max_tokens=self.max_tokens,
                                                           stream=True, stream_options={"include_usage": True})
        reply, step, usage = "", 0, None
        async for chunk in stream:
            usage = chunk.usage or usage
            for choice in chunk.choices:
                reply += choice.delta.content or ""
                step += 1
                if progress_callback:
                    progress_callback(step, reply)
        if resets == self._resets:
            first = 1 if messages[0]["role"] == "system" else 0
            del messages[first:first + int(usage.extra["dropped_messages"])]
            self.messages = [*messages, {"role": "assistant", "content": reply}]
            self.last_usage = usage
        return reply

    async def runtime_stats_text(self) -> str:
        return await self.engine.runtime_stats_text()

    def reset_chat(self) -> None:
        self._forget()
        self.engine.reset_chat()

    def interrupt_generate(self) -> None:
        self.engine.interrupt_generate()

    async def unload(self) -> None:
        self._forget()
        await self.engine.unload()

    def _forget(self) -> None:
        self.messages = []
        self.last_usage = None
        self._resets += 1
