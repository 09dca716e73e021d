import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { type TestContext } from 'vitest';
import {
  collectPageErrors,
  type ContextOptions,
  newContext,
  recordRequests,
  saveScreenshot,
} from './browser';

/** One test's browser context and page, with what it saw along the way. */
export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  requests: string[];
  errors: string[];
}

export async function openSession(
  browser: Browser,
  baseUrl: string,
  options: ContextOptions = {},
): Promise<BrowserSession> {
  const context = await newContext(browser, baseUrl, options);
  const requests = recordRequests(context);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  return { context, page, requests, errors };
}

/**
 * Closes the session; when the test failed, first saves `<name>-failure.png` and prints the page's errors so a
 * red CI run shows what the browser showed.
 */
export async function closeSession(
  session: BrowserSession | undefined,
  test: TestContext,
  name: string,
): Promise<void> {
  if (!session) return;
  if (test.task.result?.state === 'fail') {
    const path = await saveScreenshot(session.page, `${name}-failure`).catch(() => 'not saved');
    const errors = session.errors.length > 0 ? session.errors.join('\n') : '(none)';
    process.stderr.write(
      `e2e ${name} failed at ${session.page.url()}\nscreenshot: ${path}\npage errors:\n${errors}\n`,
    );
  }
  await session.context.close();
}

/** Opens `path` as a guest, signs in on the page it is sent to, and waits to be back at `path`. */
export async function signIn(page: Page, path: string, email: string, password: string): Promise<void> {
  await page.goto(path);
  const loginForm = page.getByTestId('login-form');
  await loginForm.getByLabel('Email').fill(email);
  await loginForm.getByLabel('Kata Sandi').fill(password);
  await page.getByTestId('submit-button').getByText('Masuk').click();
  await page.waitForURL((url) => url.pathname === path);
}
