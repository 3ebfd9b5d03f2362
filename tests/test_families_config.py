"""Which configs load: the registry picks a family by model_type, each family reads its
transformers config (4.x and 5.x spellings) and its MLC model config, and anything unsupported
fails at load with an error naming it."""

from __future__ import annotations

import asyncio
import json

import pytest
from transformers import AutoConfig

from test_families import NATIVE_CASES
from webllm_py.gpu import request_device
from webllm_py.loading.chat_config import make_chat_config, read_chat_config
from webllm_py.models.config import ConfigError
from webllm_py.loading.load import load_model, read_checkpoint
from webllm_py.models.registry import read_hf_config
from webllm_py.quantization import QUANTIZATIONS


def _hf(name: str) -> dict:
    """The config.json transformers writes for a test case."""
    model_type, config = NATIVE_CASES[name]
    return AutoConfig.for_model(model_type, **config).to_dict()


@pytest.mark.parametrize("name", sorted(NATIVE_CASES))
def test_mlc_config_round_trip(name):
    """config.json -> mlc-chat-config.json -> the same config (what our converted folders rely on)."""
    family, config = read_hf_config(_hf(name), "config.json")
    chat = make_chat_config(config, QUANTIZATIONS["q4f32_1"], context_window=config.max_position_embeddings,
                            prefill_chunk=16, conv_template={}, tokenizer_files=[], tokenizer_info={}, generation={})
    again, quantization, _ = read_chat_config(json.dumps(chat), "mlc-chat-config.json")
    assert again == config and type(again) is family.config and quantization.name == "q4f32_1"


def test_transformers_4_spellings():
    """Hub configs written by transformers 4.x: rotary_pct / rotary_emb_base, rope_scaling "su", top-level
    original_max_position_embeddings."""
    neox = {"model_type": "gpt_neox", "architectures": ["GPTNeoXForCausalLM"], "vocab_size": 100, "hidden_size": 64,
            "intermediate_size": 256, "num_hidden_layers": 2, "num_attention_heads": 4, "rotary_pct": 0.5,
            "rotary_emb_base": 5000, "use_parallel_residual": False, "hidden_act": "gelu"}
    _, c = read_hf_config(neox, "config.json")
    assert (c.rotary_dim, c.rope_theta, c.use_parallel_residual, c.gelu_tanh) == (8, 5000.0, False, False)
    phi3 = {"model_type": "phi3", "vocab_size": 100, "hidden_size": 64, "intermediate_size": 128,
            "num_hidden_layers": 2, "num_attention_heads": 4, "max_position_embeddings": 1024,
            "original_max_position_embeddings": 64, "rope_theta": 10000.0,
            "rope_scaling": {"type": "su", "short_factor": [1.0] * 8, "long_factor": [2.0] * 8}}
    _, c = read_hf_config(phi3, "config.json")
    assert c.rope_scaling["rope_type"] == "longrope" and c.rope_scaling["original_max_position_embeddings"] == 64
    assert c.rope_scaling["attention_factor"] == pytest.approx((1 + 2.7725887 / 4.1588831) ** 0.5)
    mistral = {k: v for k, v in _hf("mistral").items() if k != "sliding_window"}
    assert read_hf_config(mistral, "config.json")[1].layer_windows == (4096,) * 3  # transformers' default
    assert read_hf_config({**mistral, "sliding_window": None}, "config.json")[1].layer_windows == ()


@pytest.mark.parametrize("case,override,match", [
    ("qwen2", {"model_type": "falcon", "architectures": ["FalconForCausalLM"]},
     r"unsupported model_type 'falcon' \(architectures \['FalconForCausalLM'\]\); supported: gemma, gemma2, gpt2"),
    ("qwen2", {"architectures": ["Qwen2ForSequenceClassification"]}, "unsupported architectures"),
    ("qwen2", {"rope_parameters": {"rope_type": "yarn", "factor": 4.0, "rope_theta": 1e6}}, "rope_type 'yarn'"),
    ("qwen2", {"hidden_act": "gelu"}, "unsupported hidden_act 'gelu'"),
    ("qwen3", {"quantization_config": {"quant_method": "fp8"}}, "quantization_config.*fp8"),
    ("mistral", {"hidden_act": "relu"}, "unsupported hidden_act 'relu'"),
    ("mistral", {"sliding_window": 0}, "sliding_window must be a positive integer"),
    ("phi3", {"rope_parameters": {"rope_type": "dynamic", "factor": 2.0}}, "rope_type 'dynamic'"),
    ("phi3", {"rope_parameters": {"rope_type": "longrope", "original_max_position_embeddings": 48,
                                  "short_factor": [1.0], "long_factor": [1.0]}}, "short_factor has 1 values"),
    ("gemma", {"attention_bias": True}, "attention_bias"),
    ("gemma2", {"hidden_activation": "relu"}, "unsupported hidden_activation 'relu'"),
    ("gemma2", {"use_bidirectional_attention": True}, "use_bidirectional_attention"),
    ("gemma2", {"layer_types": ["sliding_attention", "chunked_attention", "full_attention"]}, "layer_types"),
    ("gpt_neox", {"hidden_act": "relu"}, "unsupported hidden_act 'relu'"),
    ("gpt2", {"scale_attn_by_inverse_layer_idx": True}, "unsupported scale_attn_by_inverse_layer_idx"),
    ("gpt2", {"add_cross_attention": True}, "unsupported add_cross_attention"),
    ("gpt2", {"activation_function": "relu"}, "unsupported activation_function 'relu'"),
])
def test_unsupported_configs_fail_at_load(case, override, match, tmp_path):
    (tmp_path / "config.json").write_text(json.dumps({**_hf(case), **override}))
    with pytest.raises(ConfigError, match=match) as e:
        read_checkpoint(tmp_path)
    assert str(e.value).startswith(f"{tmp_path / 'config.json'}: ")


def test_unsupported_mlc_configs(tmp_path):
    _, config = read_hf_config(_hf("mistral"), "config.json")
    chat = make_chat_config(config, QUANTIZATIONS["q0f32"], context_window=256, prefill_chunk=16, conv_template={},
                            tokenizer_files=[], tokenizer_info={}, generation={})
    for edit, match in ((dict(model_type="rwkv6"), "unsupported model_type 'rwkv6'; supported: gemma"),
                        (dict(model_config={**chat["model_config"], "attention_sink_size": 4}),
                         "unsupported attention_sink_size 4")):
        (tmp_path / "mlc-chat-config.json").write_text(json.dumps({**chat, **edit}))
        (tmp_path / "tensor-cache.json").write_text(json.dumps({"records": []}))

        async def load():
            return load_model(await request_device(), tmp_path)

        with pytest.raises(ConfigError, match=match):
            asyncio.run(load())
