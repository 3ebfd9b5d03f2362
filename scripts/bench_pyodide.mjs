// Benchmark webllm-py inside Pyodide under Node, on the machine's real GPU through Dawn
// (npm `webgpu`): what a browser page running our Python would get.
//   node scripts/bench_pyodide.mjs MODEL_OR_SHAPE [PROMPT_TOKENS] [DECODE_TOKENS] [QUANTIZATION] [--no-replay] [--host-only]
// QUANTIZATION (q0f32, q4f32_1, q4f16_1) is the format of a standard shape's random weights;
// --no-replay records every decode step anew (for comparison); --host-only runs empty kernels (the
// host's own cost, without the GPU's work: for a CPU adapter such as SwiftShader).
// Prints the same JSON as `python -m webllm_py bench --json`.
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {loadPyodide} from 'pyodide';
import {create, globals} from 'webgpu';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flags = ['--no-replay', '--host-only'];
const replay = !argv.includes('--no-replay');
const hostOnly = argv.includes('--host-only');
const [model = 'llama-3.2-1b', prompt = '128', decode = '64', quantization = 'q0f32'] =
  argv.filter((a) => !flags.includes(a));

const pyodide = await loadPyodide();
Object.assign(globalThis, globals); // only after loadPyodide(), or Pyodide fails to start
globalThis.navigator = {gpu: create([])};
pyodide.mountNodeFS('/project', repo);
pyodide.globals.set('args', pyodide.toPy([model, Number(prompt), Number(decode), quantization, replay, hostOnly]));
const result = await pyodide.runPythonAsync(`
import json, sys
sys.path.insert(0, "/project")
from webllm_py.bench import run_bench
from webllm_py.gpu import request_device
model, prompt, decode, quantization, replay, host_only = args
json.dumps(await run_bench(await request_device(), model, prompt, decode, quantization=quantization, replay=replay,
                           host_only=host_only))
`);
// exit only once the line is out: a pipe is written asynchronously
process.stdout.write(result + '\n', () => process.exit(0));
