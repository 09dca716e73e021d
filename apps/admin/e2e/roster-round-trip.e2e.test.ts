import { readFile } from 'node:fs/promises';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, launchChromium, saveScreenshot } from './support/browser';
import { e2eContext, readyContext } from './support/context';
import { type BrowserSession, closeSession, openSession, signIn } from './support/session';

const e2e = e2eContext();

/** Runs `trigger` and answers the text of the file the page downloads. */
async function downloadedText(
  page: Page,
  trigger: () => Promise<void>,
): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** Opens the import drawer, hands it `csv` and waits for the server's dry-run report. */
async function dryRun(page: Page, csv: string, fileName: string) {
  await page.getByTestId('import-button').click();
  const drawer = page.locator('.ant-drawer').filter({ hasText: 'Impor Data Pegawai dari CSV' });
  await drawer.locator('input[type="file"]').setInputFiles({
    name: fileName,
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  const report = drawer.getByTestId('import-report');
  await report.waitFor();
  return { drawer, report };
}

describe.skipIf(e2e.status === 'skipped')('roster: export, edit, import back; the template', () => {
  let browser: Browser | undefined;
  let session: BrowserSession | undefined;

  beforeAll(async () => {
    browser = await launchChromium(readyContext(e2e).chromiumPath);
  });
  afterEach(async (test) => {
    await closeSession(session, test, 'roster-round-trip');
    session = undefined;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('exports a member in the import’s columns, imports the edited file and shows the change', async () => {
    const { baseUrl, admin } = readyContext(e2e);
    session = await openSession(browser!, baseUrl);
    const { page, requests } = session;
    await signIn(page, '/staff', admin.email, admin.password);

    // One member, found by the full NIP an administrator sees, so the export holds one row.
    const table = page.locator('.ant-table-tbody');
    const nip = (await table.getByTestId('staff-nip').first().innerText()).trim();
    expect(nip).toMatch(/^\d{18}$/);
    const search = page
      .locator('input[data-testid="list-search"], [data-testid="list-search"] input')
      .first();
    await search.fill(nip);
    await search.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === nip);
    await expect.poll(() => table.locator('.ant-table-row').count(), { timeout: 15_000 }).toBe(1);
    const name = (await table.locator('.ant-table-row').first().locator('td').nth(1).innerText()).trim();

    await page.getByTestId('export-staff').click();
    const exported = await downloadedText(page, () => page.getByTestId('export-staff-csv').click());
    expect(exported.name).toBe('data-pegawai.csv');
    const lines = exported.text.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe(
      'nip,name,birth_date,gender,employment_type,contract_end,transfer_date,tmt,unit_code,position_name',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(new RegExp(`^${nip},`));
    expect(lines[1]).toMatch(/,\d{4}-\d{2}-\d{2},[LP],(PNS|PPPK),/);

    // The edit: a new name in the downloaded text, everything else as exported.
    const renamed = `${name} Edit E2E`;
    const edited = exported.text.replace(name, renamed);
    expect(edited).not.toBe(exported.text);
    const { drawer, report } = await dryRun(page, edited, 'data-pegawai.csv');
    await expect(report.getByTestId('import-updated').innerText()).resolves.toContain('1');
    await expect(drawer.getByTestId('import-errors').count()).resolves.toBe(0);
    await drawer.getByTestId('import-apply').click();
    await drawer.getByText('Impor diterapkan: 0 baru, 1 diperbarui, 0 tidak berubah.').waitFor();
    await page.locator('.ant-drawer-close').click();

    // The list shows the new name for the same NIP.
    await expect
      .poll(() => table.locator('.ant-table-row').first().innerText(), { timeout: 15_000 })
      .toContain(renamed);
    await saveScreenshot(page, 'roster-round-trip');
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
  });

  it('downloads a template whose notes say the allowed values and whose example rows pass a dry run', async () => {
    const { baseUrl, admin } = readyContext(e2e);
    session = await openSession(browser!, baseUrl);
    const { page } = session;
    await signIn(page, '/staff', admin.email, admin.password);
    await page.locator('.ant-table-row').first().waitFor();

    const template = await downloadedText(page, () => page.getByTestId('template-button').click());
    expect(template.name).toBe('templat-data-pegawai.csv');
    const lines = template.text.replace('\uFEFF', '').trim().split('\r\n');
    const notes = lines.filter((line) => line.startsWith('#'));
    expect(notes.join('\n')).toContain('gender: MALE/FEMALE/L/P');
    expect(notes.join('\n')).toContain('employment_type: PNS/PPPK');
    expect(notes.join('\n')).toContain('YYYY-MM-DD');
    expect(notes.join('\n')).toContain('contract_end');
    expect(lines.filter((line) => !line.startsWith('#'))).toHaveLength(3);

    const { drawer, report } = await dryRun(page, template.text, template.name);
    await expect(report.getByTestId('import-totalRows').innerText()).resolves.toContain('2');
    await expect(drawer.getByTestId('import-errors').count()).resolves.toBe(0);
    await expect(drawer.getByTestId('import-warnings').count()).resolves.toBe(0);
    await drawer.getByText('Semua baris valid. Tekan Terapkan untuk menyimpan perubahan.').waitFor();
  });
});
