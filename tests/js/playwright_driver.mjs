// Drives Debian's Chromium (WebGPU on SwiftShader) with npm playwright-core for the browser tests
// of the demo. Speaks runner_protocol.mjs, so tests/pyodide_harness.py's PyodideRuntime starts it:
// each request's `code` is the body of an async JavaScript function of (page, context), run
// here in Node; its return value comes back as the result.
//
// Usage: node playwright_driver.mjs
// One browser context lives as long as the driver, so the page's caches survive reloads.
// Every page records, from its first script on: window.__longTasks (Long Tasks API entries),
// window.__replies (each text the last assistant message showed) and window.__texts[id] (each
// text the elements #status and #progress-text showed).
import {chromium} from 'playwright-core';
import {fail, log, send, serve} from './runner_protocol.mjs';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--enable-unsafe-webgpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function recordPage() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__longTasks.push({start: entry.startTime, duration: entry.duration});
    }
  }).observe({type: 'longtask', buffered: true});
  window.__replies = [];
  window.__texts = {'status': [], 'progress-text': []};
  const keep = (list, text) => text && text !== list.at(-1) && list.push(text);
  new MutationObserver(() => {
    const replies = document.querySelectorAll('.message.assistant');
    if (replies.length) keep(window.__replies, replies[replies.length - 1].textContent);
    for (const id in window.__texts) keep(window.__texts[id], document.getElementById(id)?.textContent);
  }).observe(document, {subtree: true, childList: true, characterData: true});
}

const AsyncFunction = (async () => {}).constructor;
let closing = false;

try {
  const browser = await chromium.launch({
    executablePath: process.env.PYODIDE_HARNESS_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    handleSIGTERM: false,
  });
  browser.on('disconnected', () => closing || fail(new Error('Chromium disconnected')));
  process.once('SIGTERM', async () => {
    closing = true;
    await browser.close().catch(() => {});
    process.exit(143);
  });
  const context = await browser.newContext({viewport: {width: 900, height: 760}});
  await context.addInitScript(recordPage);
  const page = await context.newPage();
  page.on('console', (message) => log(`[console.${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => log(`[pageerror] ${error.stack ?? error}`));
  page.on('crash', () => fail(new Error('the Chromium page crashed')));
  send({ready: true, runtime: 'playwright', browser: browser.version()});
  await serve(async (request) => {
    try {
      const result = await new AsyncFunction('page', 'context', request.code)(page, context);
      return JSON.stringify({ok: true, result: result ?? null});
    } catch (error) {
      return JSON.stringify({ok: false, error: String(error?.stack ?? error)});
    }
  }, async () => {
    closing = true;
    await browser.close();
  });
} catch (error) {
  fail(error);
}
