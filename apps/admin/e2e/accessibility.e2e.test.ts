import { type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditPage, describeAudit, settle } from './support/axe';
import { launchChromium } from './support/browser';
import { e2eContext, readyContext } from './support/context';
import { type BrowserSession, closeSession, openSession } from './support/session';

const e2e = e2eContext();

// The demo seed's editable (DRAFT) analysis: its page shows the workload editor.
const DRAFT_UNIT = 'Dinas Pekerjaan Umum dan Penataan Ruang';
// The demo's FINAL analysis of this unit is continued in a new version (by the first run; the second finds it), so
// the comparison has two versions to show.
const VERSIONED_UNIT = 'Sekretariat Daerah';
// Every view of the gap recap (GapSummaryTable's groupings; SECTOR is the default).
const RECAP_VIEWS = ['UNIT', 'KECAMATAN', 'POSITION', 'REGION'] as const;
// Both languages of the admin; the stored choice is read on every load.
const LANGUAGES = ['id', 'en'] as const;

/** Audits pages one after another and keeps every problem found, so one run lists them all. */
class Auditor {
  readonly problems: string[] = [];
  readonly audited: string[] = [];

  constructor(private readonly page: Page) {}

  /** Waits for the page (or the dialog just opened) to settle, then audits it under `name`. */
  async check(name: string): Promise<void> {
    await settle(this.page);
    this.problems.push(...describeAudit(name, await auditPage(this.page)));
    this.audited.push(name);
  }

  async visit(path: string, name = path): Promise<void> {
    await this.page.goto(path);
    await this.check(name);
  }

  /** The link of the first row of the list table, e.g. `/sectors/<id>`. */
  async firstRowLink(prefix: string): Promise<string> {
    const link = this.page.locator(`main .ant-table-row a[href^="${prefix}"]`).first();
    const href = await link.getAttribute('href');
    if (!href) throw new Error(`no row link starting with ${prefix} on ${this.page.url()}`);
    return href;
  }

  /** Clicks `testId`, audits the dialog it opens under `name`, and closes it again. */
  async dialog(testId: string, name: string): Promise<void> {
    const dialogs = this.page.getByRole('dialog');
    await this.page.getByTestId(testId).first().click();
    await dialogs.first().waitFor();
    await this.check(name);
    await this.page.keyboard.press('Escape');
    await expect.poll(() => dialogs.count()).toBe(0);
  }
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.locator('input[autocomplete="username"]').fill(email);
  await page.locator('input[type="password"]').fill(password);
  await page.getByTestId('submit-button').click();
  await page.waitForURL((url) => url.pathname === '/');
}

async function auditOrganisation(auditor: Auditor): Promise<void> {
  for (const [list, prefix] of [
    ['/sectors', '/sectors/'],
    ['/units', '/units/'],
    ['/positions', '/positions/'],
  ] as const) {
    await auditor.visit(list);
    const edit = await auditor.firstRowLink(prefix);
    await auditor.visit(`${list}/new`);
    await auditor.visit(edit, `${list}/:id`);
  }
}

async function auditNeeds(auditor: Auditor, page: Page): Promise<void> {
  await auditor.visit('/needs');
  await auditor.dialog('create-button', '/needs (new analysis dialog)');
  const analysis = await page
    .getByTestId('needs-table')
    .getByRole('link', { name: DRAFT_UNIT })
    .first()
    .getAttribute('href');
  if (!analysis) throw new Error(`no analysis of ${DRAFT_UNIT} in the needs list`);
  await auditor.visit(analysis, '/needs/:id');
  await auditor.visit(`${analysis}/compare`, '/needs/:id/compare');
}

/** The comparison of two versions, with its table (the seed has one version per unit: make a second one). */
async function auditComparison(auditor: Auditor, page: Page): Promise<void> {
  await page.goto(`/units?q=${encodeURIComponent(VERSIONED_UNIT)}`);
  const unit = await page
    .getByTestId('units-table')
    .getByRole('link', { name: VERSIONED_UNIT, exact: true })
    .first()
    .getAttribute('href');
  await page.goto(`/needs?unit=${unit?.split('/').pop() ?? ''}`);
  const analysis = await page
    .getByTestId('needs-table')
    .getByRole('link', { name: VERSIONED_UNIT, exact: true })
    .first()
    .getAttribute('href');
  if (!analysis) throw new Error(`no analysis of ${VERSIONED_UNIT} in the needs list`);
  await page.goto(analysis);
  await page.getByTestId('compare-button').waitFor();
  const newVersion = page.getByTestId('new-version-button');
  if ((await newVersion.count()) > 0) {
    await newVersion.click();
    await page.getByTestId('new-version-confirm').click();
    await page.waitForURL((url) => url.pathname !== analysis && /^\/needs\/[^/]+$/.test(url.pathname));
  }
  await page.getByTestId('compare-button').click();
  await page.waitForURL((url) => url.pathname.endsWith('/compare'));
  // With one other version the page compares it straight away.
  await page.getByTestId('compare-table').locator('.ant-table-row').first().waitFor();
  await auditor.check('/needs/:id/compare (two versions)');
}

async function auditGaps(auditor: Auditor): Promise<void> {
  await auditor.visit('/gaps');
  await auditor.dialog('gap-why', '/gaps (explanation drawer)');
  await auditor.visit('/gaps?horizon=5', '/gaps?horizon=5');
  for (const view of RECAP_VIEWS) await auditor.visit(`/gaps?recap=${view}`);
}

async function auditEverything(auditor: Auditor, page: Page): Promise<void> {
  await auditor.visit('/');
  await auditOrganisation(auditor);
  await auditor.visit('/staff');
  const member = await auditor.firstRowLink('/staff/');
  await auditor.dialog('import-button', '/staff (import drawer)');
  await auditor.visit(member, '/staff/:id');
  await auditNeeds(auditor, page);
  await auditor.visit('/planning');
  await auditGaps(auditor);
  await auditor.visit('/stakeholders');
  await auditor.dialog('create-button', '/stakeholders (new input dialog)');
  await auditor.visit('/users');
  await auditor.dialog('create-button', '/users (new user dialog)');
  await auditor.dialog('edit-user', '/users (edit user dialog)');
  await auditor.visit('/no-such-page', 'not found');
  await auditComparison(auditor, page);
}

describe.skipIf(e2e.status === 'skipped')('accessibility: axe on every page of the admin', () => {
  let browser: Browser | undefined;
  let session: BrowserSession | undefined;

  beforeAll(async () => {
    browser = await launchChromium(readyContext(e2e).chromiumPath);
  });
  afterEach(async (test) => {
    await closeSession(session, test, 'accessibility');
    session = undefined;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(LANGUAGES)(
    'has no serious or critical violation, one h1 and one main on every page (language %s)',
    async (language) => {
      const { baseUrl, admin } = readyContext(e2e);
      if (!browser) throw new Error('Chromium did not start');
      // The server's CSP forbids inline scripts, axe's included; the admin's own scripts are still its own files.
      session = await openSession(browser, baseUrl, { bypassCSP: true });
      const { context, page } = session;
      await context.addInitScript(
        (stored) => window.localStorage.setItem('formasi.language', stored),
        language,
      );
      const auditor = new Auditor(page);

      await auditor.visit('/login');
      // The run is in the language it says (the app sets the document's language from its i18n).
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(language);
      await signIn(page, admin.email, admin.password);
      await auditEverything(auditor, page);

      // A floor: an audit that silently skipped pages would pass with nothing to report.
      expect(auditor.audited.length).toBeGreaterThanOrEqual(33);
      expect(auditor.problems, auditor.problems.join('\n')).toEqual([]);
    },
    300_000,
  );
});
