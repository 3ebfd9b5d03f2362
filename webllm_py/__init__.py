"""webllm-py: LLM chat in the browser from Python (Pyodide + WebGPU), and natively through `wgpu`.

Layers, lowest first. A module imports only from its own package or module and from the layers
below it, at module level and inside functions alike, so no two of them import each other
(`tests/test_architecture.py` checks every import against this list):

    console, gpu, kernels     the terminal's progress bar; the kernel runtime and its compiled WGSL
    weights                   file formats parsed from bytes: safetensors, GGUF, llama2.c, tensor cache
    transport                 a file's bytes from disk, urllib or the browser's fetch and model cache
    quantization, sampling    weight matrices on the GPU; the sampler over the GPU's candidates
    models                    architectures: configs, weight names, forward passes, the decoder
    tokenizer                 every tokenizer format
    conversation              chat templates and message checks
    structured                grammars (JSON Schema, regex, GBNF), the token-mask matcher, tool call formats
    loading, generation       a model's name to model, tokenizer and template; the decode loop
    inspection                inside a generation step: activations, attention, lens, sampler, kernels
    engine                    MLCEngine and ChatModule
    web                       the engine in a web worker; the model cache's API
    bench, convert            benchmarks; the converter to MLC folders
    cli                       the command line
    __main__                  `python -m webllm_py`

Why this order: a format does not know the models (a llama2.c header is not a `LlamaConfig`), a
transport does not know the formats (it hands bytes to a writer that checks them; it sits above
`weights` only because its errors are `WeightError`s), and a model does not know where its
weights come from (a `WeightSource` hands them over): only `loading` puts a source, its format
and a model family together.
"""

__version__ = "0.1.0"
