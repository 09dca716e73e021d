import { type Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser';
import { e2eContext, readyContext } from './support/context';
import { type BrowserSession, closeSession, openSession, signIn } from './support/session';

const e2e = e2eContext();

describe.skipIf(e2e.status === 'skipped')('Beranda: the numbers its links open', () => {
  let browser: Browser | undefined;
  let session: BrowserSession | undefined;

  beforeAll(async () => {
    browser = await launchChromium(readyContext(e2e).chromiumPath);
  });
  afterEach(async (test) => {
    await closeSession(session, test, 'home-links');
    session = undefined;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens "all N short positions" on the gaps list filtered to those N shortages', async () => {
    const { baseUrl, admin } = readyContext(e2e);
    session = await openSession(browser!, baseUrl);
    const { page } = session;
    await signIn(page, '/', admin.email, admin.password);

    const link = page
      .getByTestId('home-top-gaps')
      .getByRole('link', { name: /^Semua \d+ jabatan yang kurang/ });
    await link.waitFor();
    const count = Number(/Semua (\d+) jabatan/.exec(await link.innerText())?.[1]);
    expect(count).toBeGreaterThan(0);

    await link.click();
    await page.waitForURL((url) => url.pathname === '/gaps' && url.searchParams.get('gap') === 'SHORTAGE');
    const table = page.getByTestId('gap-table');
    await table.locator('.ant-table-row').first().waitFor();
    // The list's total is the count the link named: every listed row a shortage.
    await expect
      .poll(async () =>
        (await table.locator('.ant-pagination-total-text').innerText()).replace(/\D+/g, ' ').trim(),
      )
      .toMatch(new RegExp(`\\b${count}$`));
    const kinds = await table
      .locator('[data-gap-kind]')
      .evaluateAll((tags) => tags.map((tag) => tag.getAttribute('data-gap-kind')));
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['SHORTAGE']));
  });
});
