import { randomBytes } from 'node:crypto';
import { type Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { searchAndChooseFirst, toast } from './support/antd';
import { foreignRequests, launchChromium, saveScreenshot } from './support/browser';
import { e2eContext, readyContext } from './support/context';
import { type BrowserSession, closeSession, openSession, signIn } from './support/session';

const e2e = e2eContext();

// A year no other browser test touches, so this one's analysis stands alone.
const YEAR = String(new Date().getFullYear() + 3);

describe.skipIf(e2e.status === 'skipped')('unit operator: BKPSDM adds an account, the unit submits', () => {
  let browser: Browser | undefined;
  let session: BrowserSession | undefined;

  beforeAll(async () => {
    browser = await launchChromium(readyContext(e2e).chromiumPath);
  });
  afterEach(async (test) => {
    await closeSession(session, test, 'unit-operator');
    session = undefined;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('creates an operator for Dinas Kesehatan, who drafts and submits a puskesmas analysis but cannot verify it', async () => {
    const { baseUrl, admin } = readyContext(e2e);
    const operator = {
      name: 'Operator Dinas Kesehatan',
      email: `operator.${randomBytes(3).toString('hex')}@dinkes.sawahluntokota.go.id`,
      password: 'Sandi-Operator-Dinkes-2026',
    };

    // BKPSDM adds the account on the Pengguna page.
    session = await openSession(browser!, baseUrl);
    await signIn(session.page, '/users', admin.email, admin.password);
    let page = session.page;
    await page.getByTestId('create-button').click();
    const form = page.getByTestId('user-create-form');
    await form.getByLabel('Nama', { exact: true }).fill(operator.name);
    await form.getByLabel('Email', { exact: true }).fill(operator.email);
    await form.getByLabel('Kata sandi', { exact: true }).fill(operator.password);
    await form.getByText('Operator Unit', { exact: true }).click();
    await searchAndChooseFirst(page, 'Unit Kerja', 'Dinas Kesehatan', form);
    await page.getByTestId('user-create-submit').click();
    await toast(page, 'Pengguna berhasil ditambahkan.').waitFor();
    const row = page.locator('.ant-table-row').filter({ hasText: operator.email });
    await row.getByText('Dinas Kesehatan').first().waitFor();
    await saveScreenshot(page, 'users');
    await session.context.close();

    // The operator signs in: no Pengguna in the menu, and a draft for one of its puskesmas.
    session = await openSession(browser!, baseUrl);
    page = session.page;
    await signIn(page, '/needs', operator.email, operator.password);
    await expect(page.getByRole('link', { name: 'Pengguna' }).count()).resolves.toBe(0);
    // The list's year is the new analysis's year.
    await page.goto(`/needs?year=${YEAR}`);
    await page.getByTestId('needs-table').waitFor();
    await page.getByTestId('create-button').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTitle(YEAR, { exact: true }).waitFor();
    await searchAndChooseFirst(page, 'Unit Kerja', 'Puskesmas Talawi', dialog);
    await page.getByTestId('needs-create-submit').click();
    await page.waitForURL((url) => /^\/needs\/[^/]+$/.test(url.pathname));

    // The unit submits; verifying is BKPSDM's, so no such button appears and the draft is now read-only.
    const submit = page.getByTestId('workflow-SUBMIT');
    await submit.waitFor();
    await expect(page.getByTestId('workflow-VERIFY').count()).resolves.toBe(0);
    await submit.click();
    await page.getByTestId('workflow-confirm').click();
    await toast(page, 'Analisis berhasil diajukan.').waitFor();
    await page.getByTestId('analysis-status').getByText('Diajukan').first().waitFor();
    await page.getByTestId('read-only-notice').waitFor();
    await expect(page.getByTestId('workflow-VERIFY').count()).resolves.toBe(0);
    await expect(page.getByTestId('workflow-RETURN').count()).resolves.toBe(0);
    await saveScreenshot(page, 'unit-operator-submitted');
    const analysisPath = new URL(page.url()).pathname;
    expect(foreignRequests(session.requests, baseUrl)).toEqual([]);
    await session.context.close();

    // BKPSDM sees the submitted analysis with Verifikasi available.
    session = await openSession(browser!, baseUrl);
    page = session.page;
    await signIn(page, analysisPath, admin.email, admin.password);
    await page.getByTestId('workflow-VERIFY').waitFor();
    await expect(page.getByTestId('workflow-RETURN').count()).resolves.toBe(1);
  });
});
