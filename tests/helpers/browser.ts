// Debian's Chromium driven by playwright-core. Where it is missing, browser
// tests are skipped with the command that installs it; on CI (CI=true) a
// missing Chromium is a failure, never a silent skip.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { serveStatic } from '../../src/site/static-server.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const INSTALL = 'apt-get update && apt-get install -y chromium';

/** undefined when the browser can run; otherwise why the test is skipped. */
export function browserSkip(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  if (process.env.CI === 'true') throw new Error(`Chromium not found at ${CHROMIUM}; CI must install it: ${INSTALL}`);
  return `Chromium not found at ${CHROMIUM}; install it with: ${INSTALL}`;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

/**
 * Serve `root`, open one page in Chromium and run `visit` on it; the page's
 * console errors and uncaught exceptions are collected in `errors`.
 */
export async function withPage(
  root: string,
  visit: (page: Page, base: string, errors: string[]) => Promise<void>,
  options: BrowserContextOptions = {},
): Promise<void> {
  const server = await serveStatic(root);
  const browser = await launch();
  try {
    const page = await (await browser.newContext(options)).newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await visit(page, server.url, errors);
  } finally {
    await browser.close();
    await server.close();
  }
}
