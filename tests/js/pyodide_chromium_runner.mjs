// Pyodide 314 in real headless Chromium (Debian's /usr/bin/chromium, WebGPU on SwiftShader),
// driven by npm playwright-core. Started by tests/pyodide_harness.py (fixture `pyodide_chromium`),
// which talks to it through runner_protocol.mjs.
//
// Usage: node pyodide_chromium_runner.mjs <base URL of the harness's HTTP server>
// That server serves the repository root (so /node_modules/pyodide/), the shared data under
// /data/, and /__pyodide_harness__/{page.html,project.zip}. Inside Pyodide, project.zip is
// unpacked at /project (on sys.path); data files are fetched into /data/<path> on request.
import {launchChromium, watchPage} from './chromium.mjs';
import {EXEC_SOURCE, fail, send, serve} from './runner_protocol.mjs';

const started = performance.now();
const baseURL = process.argv[2];

// Runs in the page.
async function setUp({execSource}) {
  const adapter = await navigator.gpu?.requestAdapter();
  if (!adapter) throw new Error('navigator.gpu.requestAdapter() gave no adapter: WebGPU is unavailable');
  const loadStart = performance.now();
  const {loadPyodide} = await import('/node_modules/pyodide/pyodide.mjs');
  const pyodide = await loadPyodide({indexURL: '/node_modules/pyodide/'});
  const pyodideLoaded = performance.now();
  const project = await fetch('/__pyodide_harness__/project.zip');
  if (!project.ok) throw new Error(`project.zip: HTTP ${project.status}`);
  pyodide.unpackArchive(await project.arrayBuffer(), 'zip', {extractDir: '/project'});
  pyodide.FS.mkdirTree('/data');
  pyodide.runPython(execSource);
  pyodide.runPython('import sys; sys.path.insert(0, "/project")');
  const run = pyodide.globals.get('_harness_run');
  const fetched = new Set();
  globalThis.__pyodideHarness = async (code, dataFiles) => {
    for (const file of dataFiles) {
      if (fetched.has(file)) continue;
      const response = await fetch('/data/' + file.split('/').map(encodeURIComponent).join('/'));
      if (!response.ok) throw new Error(`data file ${file}: HTTP ${response.status}`);
      const target = '/data/' + file;
      pyodide.FS.mkdirTree(target.slice(0, target.lastIndexOf('/')));
      pyodide.FS.writeFile(target, new Uint8Array(await response.arrayBuffer()));
      fetched.add(file);
    }
    return await run(code);
  };
  return {
    adapter: `${adapter.info.vendor} ${adapter.info.architecture} ${adapter.info.description}`,
    loadPyodideS: (pyodideLoaded - loadStart) / 1000,
  };
}

try {
  const {browser, close} = await launchChromium();
  const page = await browser.newPage();
  watchPage(page);
  const browserStarted = performance.now();
  await page.goto(`${baseURL}/__pyodide_harness__/page.html`);
  const info = await page.evaluate(setUp, {execSource: EXEC_SOURCE});
  send({
    ready: true,
    runtime: 'chromium',
    browser: browser.version(),
    adapter: info.adapter,
    launch_browser_s: (browserStarted - started) / 1000,
    load_pyodide_s: info.loadPyodideS,
    startup_s: (performance.now() - started) / 1000,
  });
  await serve(
    (request) => page.evaluate(
      ([code, dataFiles]) => globalThis.__pyodideHarness(code, dataFiles),
      [request.code, request.data_files ?? []],
    ),
    close,
  );
} catch (error) {
  fail(error);
}
