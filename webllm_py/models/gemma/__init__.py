"""Gemma and Gemma 2."""
