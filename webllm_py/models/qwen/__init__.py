"""Qwen2 / Qwen2.5 (q, k, v biases) and Qwen3 (RMSNorm on each query and key head)."""
