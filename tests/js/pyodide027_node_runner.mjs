// Pyodide 0.27.7 as a self-hosted page gets it (pyodide_packages/dist/pyodide: the core plus a
// lock file naming PyPI's micropip 0.9.0), in Node with WebGPU from Dawn on SwiftShader.
// Started by tests/test_web_install.py through tests/pyodide_harness.py's PyodideRuntime.
//
// Usage: node pyodide027_node_runner.mjs <pyodide folder>
// micropip is loaded (from the folder's lock file) before the runner says it is ready; the code
// run then installs packages by name from a package index, as a page would.
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {installDawnWebGPU} from './dawn.mjs';
import {EXEC_SOURCE, fail, log, send, serve} from './runner_protocol.mjs';

const started = performance.now();
const folder = path.resolve(process.argv[2]);

try {
  const {loadPyodide} = await import(pathToFileURL(path.join(folder, 'pyodide.mjs')).href);
  const pyodide = await loadPyodide({indexURL: folder + path.sep, stdout: log, stderr: log});
  await pyodide.loadPackage('micropip', {messageCallback: log, errorCallback: log});
  const loaded = performance.now();
  installDawnWebGPU();
  pyodide.runPython(EXEC_SOURCE);
  const run = pyodide.globals.get('_harness_run');
  send({
    ready: true,
    runtime: 'node',
    pyodide: pyodide.version,
    load_pyodide_s: (loaded - started) / 1000,
    startup_s: (performance.now() - started) / 1000,
  });
  await serve((request) => run(request.code));
} catch (error) {
  fail(error);
}
