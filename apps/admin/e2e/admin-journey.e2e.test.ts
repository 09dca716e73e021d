import { randomBytes } from 'node:crypto';
import { type Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption, chooseOptions, fieldError, searchAndChooseFirst, toast } from './support/antd';
import { foreignRequests, launchChromium, saveScreenshot } from './support/browser';
import { e2eContext, readyContext } from './support/context';
import { type BrowserSession, closeSession, openSession } from './support/session';

const e2e = e2eContext();

describe.skipIf(e2e.status === 'skipped')('admin journey: positions (Jabatan)', () => {
  let browser: Browser | undefined;
  let session: BrowserSession | undefined;

  beforeAll(async () => {
    browser = await launchChromium(readyContext(e2e).chromiumPath);
  });
  afterEach(async (test) => {
    await closeSession(session, test, 'admin-journey');
    session = undefined;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('signs in, creates a position, finds it, edits it and sees a validation error', async () => {
    const { baseUrl, admin } = readyContext(e2e);
    session = await openSession(browser!, baseUrl);
    const { page, requests } = session;
    const name = `Analis Kebijakan E2E ${randomBytes(3).toString('hex').toUpperCase()}`;

    // Guests are sent to the sign-in page.
    await page.goto('/positions');
    const loginForm = page.getByTestId('login-form');
    await loginForm.waitFor();
    await expect(page.getByTestId('language-switch').isVisible()).resolves.toBe(true);
    await loginForm.getByLabel('Email').fill(admin.email);
    await loginForm.getByLabel('Kata Sandi').fill(admin.password);
    await page.getByTestId('submit-button').getByText('Masuk').click();

    // Back where we were headed: the positions list.
    await page.waitForURL((url) => url.pathname === '/positions');
    const table = page.getByTestId('positions-table');
    await table.locator('.ant-table-row').first().waitFor();
    await expect(page.getByRole('heading', { name: 'Jabatan', exact: true }).isVisible()).resolves.toBe(true);
    // The side menu's labels are whole, none cut off with an ellipsis.
    const cut = await page
      .locator('.formasi-nav .ant-menu-title-content')
      .evaluateAll((labels) =>
        labels.filter((label) => label.scrollWidth > label.clientWidth).map((label) => label.textContent),
      );
    expect(cut).toEqual([]);

    // Create.
    await page.getByTestId('create-button').click();
    await page.waitForURL((url) => url.pathname === '/positions/new');
    await page.getByLabel('Nama Jabatan', { exact: true }).fill(name);
    await chooseOption(page, 'Jenis Jabatan', 'Fungsional');
    await chooseOption(page, 'Jenjang Jabatan', 'Ahli Pertama');
    await searchAndChooseFirst(page, 'Unit Kerja', 'Dinas');
    await chooseOptions(page, 'Kualifikasi Pendidikan', ['S-1']);
    await page.getByTestId('submit-button').getByText('Simpan').click();
    await toast(page, 'Jabatan berhasil ditambahkan.').waitFor();
    // It lands on the new position.
    await page.waitForURL(
      (url) => /^\/positions\/[^/]+$/.test(url.pathname) && url.pathname !== '/positions/new',
    );
    await expect(page.getByLabel('Nama Jabatan', { exact: true }).inputValue()).resolves.toBe(name);
    await page.goto('/positions');

    // Find it through the list search.
    // antd puts the test id on the <input> itself or on its wrapper, depending on the version.
    const search = page
      .locator('input[data-testid="list-search"], [data-testid="list-search"] input')
      .first();
    await search.fill(name);
    await search.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === name);
    // The unfiltered page may already show the new name: wait until the filtered answer has replaced it.
    const rows = table.locator('.ant-table-row');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(1);
    const row = rows.filter({ hasText: name });
    await row.waitFor();

    // Edit it.
    await row.getByRole('link', { name }).click();
    await page.waitForURL(
      (url) => /^\/positions\/[^/]+$/.test(url.pathname) && url.pathname !== '/positions/new',
    );
    const nameInput = page.getByLabel('Nama Jabatan', { exact: true });
    await expect(nameInput.inputValue()).resolves.toBe(name);
    const renamed = `${name} (diubah)`;
    await nameInput.fill(renamed);
    await page.getByTestId('submit-button').click();
    await toast(page, 'Perubahan jabatan berhasil disimpan.').waitFor();

    // A name the server refuses (fewer than 3 characters) shows the reason under the field.
    await nameInput.fill('AB');
    await page.getByTestId('submit-button').click();
    const nameError = fieldError(page, 'Nama Jabatan');
    await nameError.waitFor();
    await expect(nameError.innerText()).resolves.toBe('Isian terlalu pendek.');
    await saveScreenshot(page, 'admin-journey');

    expect(foreignRequests(requests, baseUrl)).toEqual([]);
  });
});
