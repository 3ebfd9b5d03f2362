"""The chat engine: `MLCEngine` (OpenAI-style API) and `ChatModule` (the conversational API)."""

from .chat_module import ChatModule
from .config import AppConfig, ChatOptions, ModelRecord
from .engine import ContextWindowError, InitProgressReport, MLCEngine
from .protocol import InvalidRequestError

__all__ = ["AppConfig", "ChatModule", "ChatOptions", "ContextWindowError", "InitProgressReport",
           "InvalidRequestError", "MLCEngine", "ModelRecord"]
