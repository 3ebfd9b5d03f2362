"""The interface every chat format offers the engine."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..tokenizer import Tokenizer


class ChatFormat(ABC):
    """Turns OpenAI-style messages into the prompt a chat model was trained on.

    BOS handling: `render` gives the prompt text and `prefix_token_ids` the ids that go
    before it. Encode the text with ``add_special_tokens=False`` (as transformers'
    ``apply_chat_template`` and MLC LLM do) and never add a BOS of your own: if the model
    needs one, the text already starts with it (`adds_bos_in_text`) or it is in
    `prefix_token_ids`. `encode` does exactly this.
    """

    #: Text that ends generation when the model writes it.
    stop_strings: list[str]
    #: Token ids that end generation.
    stop_token_ids: list[int]
    #: Ids to put before the encoded text (MLC's ``system_prefix_token_ids``, e.g. BOS).
    prefix_token_ids: list[int]
    #: Whether `render` itself writes the BOS token's text.
    adds_bos_in_text: bool

    @abstractmethod
    def render(self, messages: Sequence[Mapping[str, Any]], add_generation_prompt: bool = True,
               tools: Sequence[Mapping[str, Any]] | None = None, **kwargs: Any) -> str:
        """The prompt text for `messages`, ending with the assistant's turn header when
        `add_generation_prompt` is set. Raises `ValueError` for messages the format cannot
        render (`ChatTemplateError` when a Jinja template fails)."""

    def encode(self, tokenizer: Tokenizer, messages: Sequence[Mapping[str, Any]],
               add_generation_prompt: bool = True,
               tools: Sequence[Mapping[str, Any]] | None = None, **kwargs: Any) -> list[int]:
        """The prompt's token ids: `prefix_token_ids`, then the rendered text with its
        special-token text (``<|eot_id|>`` ...) read as those tokens. As in transformers,
        special-token text inside message contents is read as tokens too."""
        text = self.render(messages, add_generation_prompt, tools, **kwargs)
        return [*self.prefix_token_ids,
                *tokenizer.encode(text, add_special_tokens=False, parse_special=True)]
