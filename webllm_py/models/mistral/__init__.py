"""Mistral: Llama with sliding-window attention."""
