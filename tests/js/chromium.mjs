// Debian's Chromium (WebGPU on SwiftShader) launched by npm playwright-core, for the runners
// that speak runner_protocol.mjs.
import {chromium} from 'playwright-core';
import {fail, log} from './runner_protocol.mjs';

// playwright-core adds --headless itself (headless: true).
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--enable-unsafe-webgpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// The browser, and `close()` for the runner's end. Chromium going away on its own fails the
// runner; SIGTERM (how the harness stops a runner) closes it and exits.
export async function launchChromium() {
  let closing = false;
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
  const close = async () => {
    closing = true;
    await browser.close();
  };
  return {browser, close};
}

// A page's console and errors go to stderr (the harness shows them with a failing test); a
// crash fails the runner.
export function watchPage(page) {
  page.on('console', (message) => log(`[console.${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => log(`[pageerror] ${error.stack ?? error}`));
  page.on('crash', () => fail(new Error('the Chromium page crashed')));
}
