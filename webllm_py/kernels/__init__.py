"""Compiled WGSL kernels and their manifest, written by `python -m kernels.build`."""
