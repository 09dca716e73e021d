import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The operations `pnpm bench` sends: the admin's first-load queries and the README's reporting examples.
import { loadOperations } from '../../../../bench/operations/index.mjs';
import { generateData } from '../gen-data/generate-data.js';
import { startTestApp, testDialect, type TestApp } from '../test/harness.js';

const YEAR = new Date().getFullYear() + 1;

/**
 * A table is large when the generated province holds at least this many of its rows: a sequential scan of one is a
 * missing index. Below it (units, analyses, sectors, kecamatan at province scale) PostgreSQL rightly reads the few
 * pages whole when a filter keeps most rows.
 */
const LARGE_ROWS = 2000;
const CANDIDATES = [
  'unit',
  'position',
  'staff_member',
  'needs_analysis',
  'position_need',
  'workload_item',
  'gap_row',
  'stakeholder_input',
];

type PlanNode = {
  'Node Type': string;
  'Relation Name'?: string;
  'Plan Rows'?: number;
  Plans?: PlanNode[];
};

/** Sorts of at least `rows` rows: a page read that sorts a whole large table instead of reading an index in order. */
function bigSorts(node: PlanNode, rows: number, found: number[] = []): number[] {
  if (node['Node Type'] === 'Sort' && (node['Plan Rows'] ?? 0) >= rows) found.push(node['Plan Rows'] ?? 0);
  for (const child of node.Plans ?? []) bigSorts(child, rows, found);
  return found;
}

function seqScans(node: PlanNode, found: string[] = []): string[] {
  if (node['Node Type'] === 'Seq Scan' && node['Relation Name']) found.push(node['Relation Name']);
  for (const child of node.Plans ?? []) seqScans(child, found);
  return found;
}

let app: TestApp;
let cookie: string;
let explain: pg.Client;
const large = new Set<string>();

describe.skipIf(testDialect() !== 'postgresql')('query plans at province scale (PostgreSQL)', () => {
  beforeAll(async () => {
    // The province as `pnpm gen-data --scale province` writes it, statistics and visibility map included.
    app = await startTestApp({
      seed: 'none',
      prepare: async (orm) => void (await generateData(orm, { scale: 'province', year: YEAR, seed: 1 })),
    });
    cookie = await app.login();
    // Its own connection, with sequential scans priced out: a plan that still reads a large table whole has no
    // index to use. (At default costs PostgreSQL may still prefer a seq scan of a few hundred pages when a filter
    // keeps most rows; that is its choice to make, a missing index is ours.)
    explain = new pg.Client({ connectionString: app.env.DATABASE_URL });
    await explain.connect();
    await explain.query('set enable_seqscan = off');
    for (const table of CANDIDATES) {
      const [row] = await app.orm.em.getConnection().execute(`select count(*) as n from "${table}"`);
      if (Number((row as { n: string }).n) >= LARGE_ROWS) large.add(table);
    }
  }, 180_000);
  afterAll(async () => {
    await explain?.end();
    await app?.close();
  });

  it('has an index for every large table each bench operation reads', async () => {
    const checked: string[] = [];
    const problems: string[] = [];
    for (const operation of loadOperations()) {
      app.queries.length = 0;
      const response = await app.gql(
        operation.document,
        operation.formasi({ year: YEAR }),
        cookie,
        operation.headers,
      );
      expect(response.errors, operation.name).toBeUndefined();
      const statements = app.queries.filter((sql) => /^\s*(select|with)\b/i.test(sql));
      for (const sql of statements) {
        const result = await explain.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
          `explain (format json) ${sql}`,
        );
        const plan = result.rows[0]?.['QUERY PLAN'][0].Plan;
        if (!plan) throw new Error(`no plan for ${sql}`);
        const scanned = seqScans(plan).filter((table) => large.has(table));
        if (scanned.length > 0)
          problems.push(`${operation.name}: seq scan on ${scanned.join(', ')} in ${sql}`);
        // A page (limit) is read in an index's order, at the planner's own costs: no sort of a large table.
        if (/\blimit\b/i.test(sql)) {
          const [row] = await app.orm.em.getConnection().execute(`explain (format json) ${sql}`);
          const chosen = (row as { 'QUERY PLAN': [{ Plan: PlanNode }] })['QUERY PLAN'][0].Plan;
          const sorts = bigSorts(chosen, LARGE_ROWS);
          if (sorts.length > 0)
            problems.push(`${operation.name}: sorts ${sorts.join(', ')} rows for a page in ${sql}`);
        }
        checked.push(operation.name);
      }
    }
    // The province's big tables are there, and every operation ran at least one statement.
    expect([...large].sort()).toEqual([
      'gap_row',
      'position',
      'position_need',
      'staff_member',
      'workload_item',
    ]);
    expect(new Set(checked).size).toBe(loadOperations().length);
    expect(problems).toEqual([]);
  });
});
