import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { type Browser, type Locator } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption, toast } from './support/antd';
import { foreignRequests, launchChromium, saveScreenshot } from './support/browser';
import { e2eContext, readyContext } from './support/context';
import { type BrowserSession, closeSession, openSession, signIn } from './support/session';

const e2e = e2eContext();

// The demo seed's editable (DRAFT) analysis for the next planning year, and one of its positions.
const DRAFT_UNIT = 'Dinas Pekerjaan Umum dan Penataan Ruang';
const POSITION = 'Teknik Jalan dan Jembatan Terampil';
const CSV_HEADER =
  'Peringkat,Jabatan,Jenis Jabatan,Kode Unit,Unit Kerja,Sektor,Kecamatan,Kebutuhan,Kebutuhan (dibulatkan)';

/** Bars a recharts chart has drawn inside `chart` (a ChartCard). */
function barsOf(chart: Locator): Locator {
  return chart.locator('svg .recharts-bar-rectangle path, svg .recharts-bar-rectangle rect');
}

describe.skipIf(e2e.status === 'skipped')(
  'needs and gaps: ABK editor, gap dashboard, explanation, export',
  () => {
    let browser: Browser | undefined;
    let session: BrowserSession | undefined;

    beforeAll(async () => {
      browser = await launchChromium(readyContext(e2e).chromiumPath);
    });
    afterEach(async (test) => {
      await closeSession(session, test, 'needs-and-gaps');
      session = undefined;
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('edits a workload with the FTE updating live, then ranks, explains and exports the gaps', async () => {
      const { baseUrl, admin } = readyContext(e2e);
      session = await openSession(browser!, baseUrl);
      const { page, requests } = session;

      // Sign in on the way to the needs analyses.
      await signIn(page, '/needs', admin.email, admin.password);

      // Open the draft analysis of the next planning year.
      const analyses = page.getByTestId('needs-table');
      await analyses.getByRole('link', { name: DRAFT_UNIT }).click();
      await page.waitForURL((url) => /^\/needs\/[^/]+$/.test(url.pathname));

      // Typing a volume changes the FTE before anything is saved (the same core function as the server).
      const card = page.locator('[data-testid^="position-need-"]').filter({ hasText: POSITION });
      await card.waitFor();
      const liveFte = card.getByTestId('live-fte');
      const fteBefore = (await liveFte.innerText()).trim();
      const volume = card.getByLabel('Volume per tahun, baris 1', { exact: true });
      await volume.fill('360');
      await expect
        .poll(async () => (await liveFte.innerText()).trim(), { timeout: 10_000 })
        .not.toBe(fteBefore);
      const fteAfter = (await liveFte.innerText()).trim();
      // 360 × 720 minutes = 4,320 hours over 1,250 effective hours.
      expect(fteAfter).toContain('3,46');
      await card.getByTestId('save-need').click();
      await toast(page, `Kebutuhan jabatan ${POSITION} tersimpan.`).waitFor();

      // The dashboard: three charts with bars, the ranked table with a shortage on top.
      await page.goto('/gaps');
      await page.getByRole('heading', { name: 'Kesenjangan', exact: true }).waitFor();
      for (const testId of ['chart-sectors', 'chart-retirement-wave', 'chart-kecamatan']) {
        const chart = page.getByTestId(testId);
        await chart.locator('svg.recharts-surface').first().waitFor();
        await expect.poll(() => barsOf(chart).count(), { timeout: 15_000 }).toBeGreaterThan(0);
      }
      const table = page.getByTestId('gap-table');
      const firstRow = table.locator('.ant-table-row').first();
      await firstRow.waitFor();
      await expect(firstRow.locator('[data-gap-kind]').getAttribute('data-gap-kind')).resolves.toBe(
        'SHORTAGE',
      );
      const topPosition = (await firstRow.locator('td').nth(1).locator('strong').innerText()).trim();

      // "Mengapa?" shows the server's arithmetic.
      await firstRow.getByTestId('gap-why').click();
      const drawer = page.getByTestId('gap-explanation');
      await drawer.getByText(`Mengapa ${topPosition}?`).waitFor();
      const steps = drawer.getByTestId('gap-explanation-steps').locator('.ant-table-row');
      await expect.poll(() => steps.count()).toBeGreaterThan(2);
      await expect(
        drawer.getByTestId('gap-explanation-factors').locator('.ant-table-row').count(),
      ).resolves.toBe(5);
      await expect(drawer.getByTestId('gap-outlook-table').locator('.ant-table-row').count()).resolves.toBe(
        5,
      );
      await saveScreenshot(page, 'needs-and-gaps-explanation');
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });

      // Export every matching gap as CSV: BOM, then the header row.
      await page.getByTestId('gap-export').click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('gap-export-csv').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^kesenjangan-\d{4}\.csv$/);
      const path = await download.path();
      const bytes = await readFile(path);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.subarray(3).toString('utf8');
      expect(text.startsWith(CSV_HEADER)).toBe(true);
      const lines = text.trimEnd().split('\r\n');
      expect(lines[1]).toMatch(new RegExp(`^1,"?${topPosition}`));
      await toast(page, `${lines.length - 1} baris diekspor.`).waitFor();

      await saveScreenshot(page, 'needs-and-gaps');

      // Beranda ranks the same shortage first, and leads from the workflow counts to the analyses waiting.
      await page.goto('/');
      const homeTop = page.getByTestId('home-top-gap').first();
      await homeTop.waitFor();
      await expect(homeTop.getByRole('link').first().innerText()).resolves.toBe(topPosition);
      await page.getByTestId('workflow-SUBMITTED').getByRole('link').click();
      await page.waitForURL(
        (url) => url.pathname === '/needs' && url.searchParams.get('status') === 'SUBMITTED',
      );
      const waiting = page.getByTestId('needs-table').locator('.ant-table-row');
      await waiting.first().waitFor();
      const statuses = await waiting.getByTestId('analysis-status').allInnerTexts();
      expect(new Set(statuses)).toEqual(new Set(['Diajukan']));
      await saveScreenshot(page, 'home-to-waiting-analyses');

      expect(foreignRequests(requests, baseUrl)).toEqual([]);
    });

    it('records a stakeholder input, which counts only once BKPSDM confirms its weight', async () => {
      const { baseUrl, admin } = readyContext(e2e);
      session = await openSession(browser!, baseUrl);
      const { page } = session;
      const summary = `Wisatawan Lubang Mbah Soero menunggu pemandu (E2E ${randomBytes(3).toString('hex')})`;

      await signIn(page, '/stakeholders', admin.email, admin.password);
      const table = page.getByTestId('stakeholder-table');
      await table.locator('.ant-table-row').first().waitFor();

      await page.getByTestId('create-button').click();
      const form = page.getByTestId('stakeholder-form');
      await form.getByText('Masyarakat', { exact: true }).click();
      await form.getByLabel('Disampaikan oleh', { exact: true }).fill('Kelompok Sadar Wisata Kubang');
      await form.getByLabel('Ringkasan masukan', { exact: true }).fill(summary);
      await chooseOption(page, 'Sektor', 'Pariwisata dan Kebudayaan');
      await page.getByTestId('submit-button').click();
      await toast(page, 'Masukan berhasil dicatat.').waitFor();

      const row = table.locator('.ant-table-row').filter({ hasText: summary });
      await row.getByText('Belum dikonfirmasi — tidak dihitung').waitFor();
      await row.getByTestId('confirm-weight').click();
      const weight = page
        .locator('input[data-testid="confirm-weight-input"], [data-testid="confirm-weight-input"] input')
        .first();
      await weight.fill('0,8');
      await page.getByTestId('confirm-weight-submit').click();
      await toast(page, 'Bobot masukan berhasil dikonfirmasi.').waitFor();
      await row.getByText('0,80', { exact: true }).waitFor();
      await expect(row.getByText('Belum dikonfirmasi — tidak dihitung').count()).resolves.toBe(0);
      await saveScreenshot(page, 'stakeholders');
    });
  },
);
