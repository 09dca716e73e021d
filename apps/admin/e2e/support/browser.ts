import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium';
import { ensureArtifactsDir } from './paths';

export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** What a test may change about its context. */
export interface ContextOptions {
  /** Lets the test inject a script (axe-core) past the server's Content-Security-Policy; the page keeps it. */
  bypassCSP?: boolean;
}

/** A fresh, isolated context (own cookies and storage) with a viewport large enough for GraphiQL's panes. */
export async function newContext(
  browser: Browser,
  baseURL: string,
  options: ContextOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({ baseURL, viewport: { width: 1440, height: 900 }, locale: 'id-ID', ...options });
}

/** Saves a full-page screenshot as test-artifacts/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const path = join(ensureArtifactsDir(), `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** URLs a page loads that are not network requests and so cannot leave the machine. */
const IN_BROWSER_PROTOCOLS = new Set(['data:', 'blob:', 'about:']);

/** Every network URL requested in the context whose origin differs from `baseUrl`. */
export function foreignRequests(urls: readonly string[], baseUrl: string): string[] {
  const origin = new URL(baseUrl).origin;
  return urls.filter((url) => {
    const parsed = new URL(url);
    return !IN_BROWSER_PROTOCOLS.has(parsed.protocol) && parsed.origin !== origin;
  });
}

/** Records the URL of every request made by any page or worker of the context, from now on. */
export function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** Collects uncaught page errors and console errors, to print when a step fails. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  return errors;
}
