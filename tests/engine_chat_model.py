"""A chat model for engine tests: the real stories260K weights (Hugging Face format, from the
shared data) with its tok512 tokenizer and a small Jinja chat template of the test's choosing."""

from __future__ import annotations

import json
from pathlib import Path

from webllm_py.engine import AppConfig, ModelRecord

REPO = Path(__file__).resolve().parents[1]
WEIGHTS = REPO.parent / "shared" / "data" / "models" / "stories260K_hf_safetensors_DERIVED"
TOKENIZER = REPO / "webllm_py" / "assets" / "stories260K" / "tok512.bin"
# Renders content as a string (a list of parts would print as its repr).
STRING_TEMPLATE = ("{{ bos_token }}{% for m in messages %}{{ m['role'] }}: {{ m['content'] }}\n{% endfor %}"
                   "{% if add_generation_prompt %}assistant:{% endif %}")
# Renders a list of text parts itself, each followed by "|".
PARTS_TEMPLATE = ("{{ bos_token }}{% for m in messages %}{{ m['role'] }}: {% if m['content'] is string %}"
                  "{{ m['content'] }}{% else %}{% for p in m['content'] %}{{ p['text'] }}|{% endfor %}{% endif %}\n"
                  "{% endfor %}{% if add_generation_prompt %}assistant:{% endif %}")


def chat_model(folder: Path, template: str, model_id: str = "stories-chat") -> AppConfig:
    """Make `folder` (links to the weights, a tokenizer_config.json with `template`); return an
    app config that lists it as `model_id`."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("config.json", "model.safetensors"):
        if not (folder / name).exists():
            (folder / name).symlink_to(WEIGHTS / name)
    (folder / "tokenizer_config.json").write_text(json.dumps(
        {"chat_template": template, "bos_token": "<s>", "eos_token": "</s>"}))
    return AppConfig([ModelRecord(model_id, model=str(folder), tokenizer=str(TOKENIZER))])
