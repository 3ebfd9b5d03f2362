// Pyodide 314 in Node with WebGPU from Dawn (npm `webgpu`) on SwiftShader.
// Started by tests/pyodide_harness.py (fixture `pyodide_node`), which talks to it through
// runner_protocol.mjs.
//
// Filesystem inside Pyodide: the repository root is mounted (NODEFS) at /project, which is on
// sys.path, and the shared data folder at /data (PYODIDE_HARNESS_DATA, default <repo>/../shared/data).
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {loadPyodide} from 'pyodide';
import {installDawnWebGPU} from './dawn.mjs';
import {EXEC_SOURCE, fail, log, send, serve} from './runner_protocol.mjs';

const started = performance.now();
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = process.env.PYODIDE_HARNESS_DATA ?? path.resolve(repo, '..', 'shared', 'data');

try {
  const pyodide = await loadPyodide({stdout: log, stderr: log});
  const pyodideLoaded = performance.now();
  installDawnWebGPU();
  pyodide.mountNodeFS('/project', repo);
  pyodide.mountNodeFS('/data', dataDir);
  pyodide.runPython(EXEC_SOURCE);
  pyodide.runPython('import sys; sys.path.insert(0, "/project")');
  const run = pyodide.globals.get('_harness_run');
  send({
    ready: true,
    runtime: 'node',
    load_pyodide_s: (pyodideLoaded - started) / 1000,
    startup_s: (performance.now() - started) / 1000,
  });
  // data_files need no copying: all of /data is mounted.
  await serve((request) => run(request.code));
} catch (error) {
  fail(error);
}
