import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeInitialLoad, INITIAL_JS_BUDGET_BYTES, isBuilt, measureInitialLoad } from './bundle-budget';

const dist = resolve(import.meta.dirname, '../dist');
const built = isBuilt(dist);
const missing = `apps/admin/dist (index.html and .vite/manifest.json) is missing: run \`pnpm build\` first`;

if (!built && process.env.CI === 'true') {
  throw new Error(`The bundle budget check needs the production build under CI=true; ${missing}.`);
}
if (!built) process.stderr.write(`\n!!! SKIPPING the bundle budget check: ${missing}.\n\n`);

describe.skipIf(!built)('bundle budget', () => {
  it(`keeps the sign-in page's JavaScript within ${INITIAL_JS_BUDGET_BYTES / 1000} KB gzip`, () => {
    const load = measureInitialLoad(dist);
    process.stdout.write(`\n${describeInitialLoad(load)}\n\n`);

    // A lower bound too: a measurement that found nothing would pass any budget.
    expect(load.js.length).toBeGreaterThanOrEqual(3);
    expect(load.jsGzipBytes).toBeGreaterThan(50_000);
    expect(load.jsGzipBytes).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
  });

  it('keeps the charts, the XLSX writer and GraphiQL out of the sign-in page', () => {
    const initial = measureInitialLoad(dist).js.map((asset) => readFileSync(join(dist, asset.file), 'utf8'));
    // A class name of recharts, a part name of exceljs, a class name of GraphiQL: each sits in its own chunk.
    for (const marker of ['recharts-wrapper', 'xl/workbook.xml', 'graphiql-container']) {
      expect(
        initial.filter((code) => code.includes(marker)),
        marker,
      ).toEqual([]);
    }
  });
});
