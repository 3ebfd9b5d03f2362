"""Compiled WGSL kernels and their manifest, written by `python kernels/build.py`."""
