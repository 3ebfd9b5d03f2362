"""webllm-py: LLM chat in the browser from Python (Pyodide + WebGPU), and natively through `wgpu`.

Layout: `gpu` (kernel runtime), `models` (architectures, weight sources),
`weights` (file readers), `tokenizer`, `generation` (the decode loop).
"""

__version__ = "0.1.0"
