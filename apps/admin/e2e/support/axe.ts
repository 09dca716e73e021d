import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type AxeResults, type ImpactValue } from 'axe-core';
import { type Page } from 'playwright-core';

/** The impacts the admin must not have on any page. */
const BLOCKING_IMPACTS: readonly ImpactValue[] = ['serious', 'critical'];

/** One serious or critical axe violation, as it is listed when the test fails. */
export interface AxeFinding {
  rule: string;
  impact: ImpactValue;
  help: string;
  /** The CSS selector axe gives for each offending element, with what its checks found. */
  targets: string[];
}

/** What one page was found to have. */
export interface PageAudit {
  findings: AxeFinding[];
  h1Count: number;
  mainCount: number;
}

let axeSource: Promise<string> | undefined;

/** axe-core's browser build, read once from the installed package. */
function loadAxeSource(): Promise<string> {
  const main = createRequire(import.meta.url).resolve('axe-core');
  axeSource ??= readFile(join(dirname(main), 'axe.min.js'), 'utf8');
  return axeSource;
}

/**
 * Waits until the page has settled: its heading is there (the screen's chunk has loaded), no skeleton or spinner
 * is left (its queries have answered), and no CSS animation or transition is running (a fading modal would be
 * measured at half opacity). A page without a heading is audited anyway, and reported.
 */
export async function settle(page: Page): Promise<void> {
  await page
    .locator('h1')
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  await page
    .locator('.ant-skeleton, .ant-spin-spinning, .ant-btn-loading')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
}

/** Runs axe on the whole document and counts the page's h1 and main landmarks. */
export async function auditPage(page: Page): Promise<PageAudit> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ content: await loadAxeSource() });
  const results = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }
    ).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  const counts = await page.evaluate(() => ({
    h1Count: document.querySelectorAll('h1, [role="heading"][aria-level="1"]').length,
    mainCount: document.querySelectorAll('main, [role="main"]').length,
  }));
  const findings = results.violations
    .filter((violation) => violation.impact && BLOCKING_IMPACTS.includes(violation.impact))
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? 'serious',
      help: violation.help,
      targets: violation.nodes.map((node) => {
        const why = [...node.any, ...node.all, ...node.none].map((check) => check.message).join('; ');
        return `${node.target.join(' ')}${why ? ` — ${why}` : ''}`;
      }),
    }));
  return { findings, ...counts };
}

/** The audit as lines a failing test prints: every finding with its targets, and wrong landmark counts. */
export function describeAudit(pageName: string, audit: PageAudit): string[] {
  const lines = audit.findings.map(
    (finding) =>
      `${pageName}: ${finding.rule} (${finding.impact}, ${finding.targets.length}×) ${finding.help}\n` +
      finding.targets.map((target) => `    ${target}`).join('\n'),
  );
  if (audit.h1Count !== 1) lines.push(`${pageName}: ${audit.h1Count} h1 headings (want exactly 1)`);
  if (audit.mainCount !== 1) lines.push(`${pageName}: ${audit.mainCount} main landmarks (want exactly 1)`);
  return lines;
}
