// Line protocol shared by the Node and Chromium runners (see tests/pyodide_harness.py).
//
// stdin:  one JSON request per line: {"id": n, "code": "...", "data_files": [...]}.
// stdout: only lines starting with MARK, each followed by one JSON message:
//         {"ready": true, ...} once, then {"id": n, "reply": <reply>} per request, where
//         <reply> is the JSON text made by tests/js/pyodide_exec.py inside Pyodide, or
//         {"id": n, "runner_error": "..."} when the runner itself failed.
// stderr: everything else (Pyodide's stdout/stderr, browser console, diagnostics).
import readline from 'node:readline';
import {readFileSync} from 'node:fs';

export const MARK = '@@PYODIDE_HARNESS@@ ';

export const EXEC_SOURCE = readFileSync(new URL('./pyodide_exec.py', import.meta.url), 'utf8');

export function log(text) {
  process.stderr.write(String(text).replace(/\n?$/, '\n'));
}

export function send(message) {
  process.stdout.write(MARK + JSON.stringify(message) + '\n');
}

export function fail(error) {
  log(`runner failed: ${error?.stack ?? error}`);
  process.exit(1);
}

// Calls `handle(request)` for each request in order; it must resolve to the reply's JSON text.
export async function serve(handle, onEnd = async () => {}) {
  const lines = readline.createInterface({input: process.stdin, crlfDelay: Infinity});
  for await (const line of lines) {
    if (!line.trim()) continue;
    const request = JSON.parse(line);
    try {
      const reply = await handle(request);
      process.stdout.write(`${MARK}{"id":${JSON.stringify(request.id)},"reply":${reply}}\n`);
    } catch (error) {
      send({id: request.id, runner_error: String(error?.stack ?? error)});
    }
  }
  await onEnd();
  process.exit(0);
}
