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
import {launchChromium, watchPage} from './chromium.mjs';
import {fail, send, serve} from './runner_protocol.mjs';

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

try {
  const {browser, close} = await launchChromium();
  const context = await browser.newContext({viewport: {width: 900, height: 760}});
  await context.addInitScript(recordPage);
  const page = await context.newPage();
  watchPage(page);
  send({ready: true, runtime: 'playwright', browser: browser.version()});
  await serve(async (request) => {
    try {
      const result = await new AsyncFunction('page', 'context', request.code)(page, context);
      return JSON.stringify({ok: true, result: result ?? null});
    } catch (error) {
      return JSON.stringify({ok: false, error: String(error?.stack ?? error)});
    }
  }, close);
} catch (error) {
  fail(error);
}
