"""Phi-3 / Phi-3.5 (mini and medium): Llama with fused weights, partial rotary and LongRoPE."""
