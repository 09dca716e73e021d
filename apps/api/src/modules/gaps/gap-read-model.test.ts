import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { type ComputedGap } from './gap-calculator.js';
import { inTransaction } from '../../common/transaction.js';
import { Position } from '../positions/position.entity.js';
import { computeYearGaps, refreshGaps } from './gap-refresh.js';
import { GapRow } from './gap-row.entity.js';

let app: TestApp;
let cookie: string;
const year = new Date().getFullYear() + 1;

type Comparable = Omit<ComputedGap, 'inputs'> & { inputs: string };

const comparable = (gap: ComputedGap): Comparable => ({
  ...gap,
  // JSON columns come back with their keys in the database's order.
  inputs: JSON.stringify(gap.inputs, Object.keys(gap.inputs).sort()),
  outlook: gap.outlook.map((entry) => ({ ...entry })),
});

const keyOf = (gap: { year: number; horizon: number; positionId: string }) =>
  `${gap.year}:${gap.horizon}:${gap.positionId}`;

/** The stored rows of the year, as the calculator's records. */
async function storedGaps(): Promise<Map<string, Comparable>> {
  const rows = await app.orm.em.fork().find(GapRow, { year });
  return new Map(
    rows.map((row) => {
      const gap: ComputedGap = {
        year: row.year,
        horizon: row.horizon,
        positionId: row.position.id,
        unitId: row.unit.id,
        sectorId: row.sector.id,
        kecamatanId: row.kecamatan?.id ?? null,
        analysisId: row.analysis.id,
        positionKind: row.positionKind,
        need: row.need,
        headcount: row.headcount,
        staff: row.staff,
        leaving: row.leaving,
        projectedStaff: row.projectedStaff,
        gap: row.gap,
        kind: row.kind,
        priority: row.priority,
        outlook: row.outlook,
        inputs: row.inputs,
      };
      return [keyOf(gap), comparable(gap)];
    }),
  );
}

/** The stored read model equals core's computation on request, row for row. */
async function expectStoredEqualsComputed(): Promise<number> {
  const computed = await computeYearGaps(app.orm.em.fork(), year);
  const expected = new Map(computed.map((gap) => [keyOf(gap), comparable(gap)]));
  const stored = await storedGaps();
  expect([...stored.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [key, gap] of expected) expect(stored.get(key), key).toEqual(gap);
  return expected.size;
}

type GapNode = {
  id: string;
  priority: number;
  staff: number;
  position: { id: string };
  unit: { id: string };
};
async function firstGaps(first = 100): Promise<GapNode[]> {
  const response = await app.gql<{ gaps: { edges: { node: GapNode }[] } }>(
    `query($y: Int!, $first: Int) { gaps(year: $y, first: $first) { edges { node { id priority staff position { id } unit { id } } } } }`,
    { y: year, first },
    cookie,
  );
  expect(response.errors).toBeUndefined();
  return response.data?.gaps.edges.map((edge) => edge.node) ?? [];
}

async function mutate(query: string, variables: Record<string, unknown>): Promise<void> {
  const response = await app.gql(query, variables, cookie);
  expect(response.errors).toBeUndefined();
}

const UPDATE_UNIT = `mutation($id: ID!, $n: Int) { updateUnit(id: $id, input: { servedPopulation: $n }) { id } }`;
const UPDATE_POSITION = `mutation($id: ID!, $b: Float) { updatePosition(id: $id, input: { servedPerStaffBenchmark: $b }) { id } }`;
const SAVE_WEIGHTS = `mutation($y: Int!, $w: PriorityWeightsInput!) { savePlanningYear(input: { year: $y, priorityWeights: $w }) { year } }`;

beforeAll(async () => {
  app = await startTestApp();
  cookie = await app.login();
});
afterAll(() => app.close());

describe('the gap read model', () => {
  it('stores, for the demo, exactly the gaps core computes on request', async () => {
    expect(await expectStoredEqualsComputed()).toBeGreaterThan(100);
  });

  it('shows a change in the very next read and stays equal to core after a series of edits', async () => {
    const gaps = await firstGaps();
    // A deterministic walk over the demo's gaps: service load, benchmarks and the year's weights change.
    for (const [index, gap] of gaps.slice(0, 6).entries()) {
      await mutate(UPDATE_UNIT, { id: gap.unit.id, n: 5000 + index * 7919 });
      await expectStoredEqualsComputed();
      await mutate(UPDATE_POSITION, { id: gap.position.id, b: index % 2 === 0 ? 1 : null });
      await expectStoredEqualsComputed();
    }
    const weights = { sectorPriority: 5, severity: 5, serviceImpact: 80, retirements: 5, stakeholder: 5 };
    const before = await firstGaps(100);
    await mutate(SAVE_WEIGHTS, { y: year, w: weights });
    const after = await firstGaps(100);
    // Service impact now dominates: the ranking is read back changed at once.
    expect(after.map((gap) => `${gap.id}:${gap.priority}`)).not.toEqual(
      before.map((gap) => `${gap.id}:${gap.priority}`),
    );
    await expectStoredEqualsComputed();
  });

  it('refreshes a change that names many positions part by part, to the same rows', async () => {
    const em = app.orm.em.fork();
    const positionIds = (await em.find(Position, {}, { fields: ['id'] })).map((position) => position.id);
    expect(positionIds.length).toBeGreaterThan(20);
    await em.nativeDelete(GapRow, { year });
    const parts: number[] = [];
    await inTransaction(em, (tx) =>
      refreshGaps(
        tx,
        { years: [year], positionIds },
        { positionsPerPart: 7, onProgress: ({ total }) => parts.push(total) },
      ),
    );
    expect(new Set(parts).size).toBeGreaterThan(2);
    await expectStoredEqualsComputed();
  });

  it('stays consistent when two edits that touch the same gaps run at the same time', async () => {
    const [gap] = await firstGaps(1);
    if (!gap) throw new Error('the demo has gaps');
    const weights = { sectorPriority: 30, severity: 30, serviceImpact: 30, retirements: 5, stakeholder: 5 };
    await Promise.all([
      mutate(UPDATE_UNIT, { id: gap.unit.id, n: 123_456 }),
      mutate(SAVE_WEIGHTS, { y: year, w: weights }),
      mutate(UPDATE_POSITION, { id: gap.position.id, b: 250 }),
    ]);
    await expectStoredEqualsComputed();
  });
});
