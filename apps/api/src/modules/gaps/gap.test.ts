import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';

let app: TestApp;
let cookie: string;
const year = new Date().getFullYear() + 1;

type GapNode = {
  position: { name: string };
  unit: { code: string };
  sector: { code: string; id: string };
  headcount: number;
  staff: number;
  leaving: number;
  projectedStaff: number;
  gap: number;
  kind: string;
  priority: number;
  factors: { factor: string; contribution: number }[];
  explanation: { key: string; value: number }[];
  outlook: { year: number; projectedStaff: number; gap: number }[];
};
const GAPS = `query($y: Int!, $h: Int, $f: GapFilter, $first: Int, $sort: GapSort) {
  gaps(year: $y, horizon: $h, filter: $f, first: $first, sort: $sort) {
    totalCount
    edges { node { position { name } unit { code } sector { id code } headcount staff leaving projectedStaff gap kind priority
      factors { factor contribution } explanation { key value } outlook { year projectedStaff gap } } }
  }
}`;
const gaps = async (variables: Record<string, unknown>) => {
  const response = await app.gql<{ gaps: { totalCount: number; edges: { node: GapNode }[] } }>(
    GAPS,
    { y: year, first: 100, ...variables },
    cookie,
  );
  expect(response.errors).toBeUndefined();
  return response.data?.gaps.edges.map((edge) => edge.node) ?? [];
};

beforeAll(async () => {
  app = await startTestApp();
  cookie = await app.login();
});
afterAll(() => app.close());

describe('gaps of the demo Sawahlunto', () => {
  it('ranks the urgent heritage-tourism shortage first', async () => {
    const [first] = await gaps({});
    expect(first?.sector.code).toBe('PARIWISATA');
    expect(first?.kind).toBe('SHORTAGE');
  });

  it('computes every gap as headcount − (staff − leaving), with its arithmetic and a 5-year outlook', async () => {
    for (const gap of await gaps({ h: 2 })) {
      expect(gap.gap).toBe(gap.headcount - (gap.staff - gap.leaving));
      expect(gap.projectedStaff).toBe(gap.staff - gap.leaving);
      expect(gap.explanation.map((step) => step.key)).toEqual(
        expect.arrayContaining(['NEED', 'STAFF', 'GAP']),
      );
      expect(gap.outlook.map((entry) => entry.year)).toEqual([year, year + 1, year + 2, year + 3, year + 4]);
      expect(gap.outlook[2]?.projectedStaff).toBe(gap.projectedStaff);
      const points = gap.factors.reduce((sum, factor) => sum + factor.contribution, 0);
      expect(points).toBeCloseTo(gap.kind === 'SHORTAGE' ? gap.priority : 0, 6);
    }
  });

  it('counts service impact from the unit’s population and the position’s benchmark', async () => {
    const query = `query($y: Int!, $f: GapFilter) { gaps(year: $y, filter: $f, first: 50) { edges { node { unit { code } factors { factor value } } } } }`;
    type Result = {
      gaps: { edges: { node: { unit: { code: string }; factors: { factor: string; value: number }[] } }[] };
    };
    const impact = async (search: string, unit: string) => {
      const response = await app.gql<Result>(query, { y: year, f: { search } }, cookie);
      const gap = response.data?.gaps.edges.find((edge) => edge.node.unit.code === unit)?.node;
      return gap?.factors.find((factor) => factor.factor === 'serviceImpact')?.value;
    };
    // 7,500 people and no doctor in post: far over WHO's 1 per 1,000, capped at 1.
    expect(await impact('Dokter Ahli Pertama', 'PKM-KPTELENG')).toBe(1);
    // General clerks have no service benchmark: the factor is unknown and counts 0.
    expect(await impact('Pengadministrasi Umum', 'SETDA')).toBe(0);
  });

  it('sees the teaching retirement wave grow the education shortage over the horizon', async () => {
    const teachers = async (h: number) =>
      (await gaps({ h, f: { search: 'Guru Ahli Muda' } })).reduce((sum, gap) => sum + gap.gap, 0);
    expect(await teachers(4)).toBeGreaterThan(await teachers(0));
  });

  it('filters shortages and surpluses and refuses a horizon beyond five years', async () => {
    const surpluses = await gaps({ f: { gapKind: 'SURPLUS' } });
    expect(surpluses.length).toBeGreaterThan(0);
    expect(surpluses.every((gap) => gap.gap < 0)).toBe(true);
    const clerks = await gaps({ f: { search: 'Pengadministrasi Umum' } });
    expect(clerks[0]?.kind).toBe('SURPLUS');
    const far = await app.gql(GAPS, { y: year, h: 5 }, cookie);
    expect(far.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'horizon' });
  });

  it('sums shortage and surplus apart in gapSummary, matching the gaps', async () => {
    const all = await gaps({ first: 100 });
    const more = await app.gql<{ gaps: { totalCount: number } }>(GAPS, { y: year, first: 1 }, cookie);
    expect(all.length).toBe(more.data?.gaps.totalCount);
    const summary = await app.gql<{
      gapSummary: {
        key: string;
        label: string;
        shortage: number;
        surplus: number;
        net: number;
        gapCount: number;
      }[];
    }>(
      'query($y: Int!) { gapSummary(year: $y, groupBy: SECTOR) { key label shortage surplus net gapCount } }',
      { y: year },
      cookie,
    );
    for (const row of summary.data?.gapSummary ?? []) {
      const rows = all.filter((gap) => gap.sector.id === row.key);
      expect(row.gapCount).toBe(rows.length);
      expect(row.shortage).toBe(rows.filter((gap) => gap.gap > 0).reduce((sum, gap) => sum + gap.gap, 0));
      expect(row.surplus).toBe(rows.filter((gap) => gap.gap < 0).reduce((sum, gap) => sum - gap.gap, 0));
      expect(row.net).toBe(row.shortage - row.surplus);
    }
    const region = await app.gql<{ gapSummary: { shortage: number; gapCount: number }[] }>(
      'query($y: Int!) { gapSummary(year: $y, groupBy: REGION) { shortage gapCount } }',
      { y: year },
      cookie,
    );
    expect(region.data?.gapSummary).toEqual([
      {
        shortage: all.filter((gap) => gap.gap > 0).reduce((sum, gap) => sum + gap.gap, 0),
        gapCount: all.length,
      },
    ]);
  });

  it('rolls up by every grouping, each gap counted in exactly one group', async () => {
    const total = await app.gql<{ gaps: { totalCount: number } }>(GAPS, { y: year, first: 1 }, cookie);
    for (const groupBy of ['REGION', 'SECTOR', 'UNIT', 'KECAMATAN', 'POSITION']) {
      const response = await app.gql<{ gapSummary: { key: string; label: string; gapCount: number }[] }>(
        'query($y: Int!, $g: GapGroupBy!) { gapSummary(year: $y, groupBy: $g) { key label gapCount } }',
        { y: year, g: groupBy },
        cookie,
      );
      expect(response.errors, groupBy).toBeUndefined();
      const groups = response.data?.gapSummary ?? [];
      expect(new Set(groups.map((row) => row.key)).size, groupBy).toBe(groups.length);
      expect(
        groups.reduce((sum, row) => sum + row.gapCount, 0),
        groupBy,
      ).toBe(total.data?.gaps.totalCount);
    }
  });

  it('raises a gap’s priority when BKPSDM confirms a stakeholder input on it', async () => {
    const before = (await gaps({ f: { search: 'Teknik Jalan dan Jembatan Ahli Pertama' } }))[0];
    const positions = await app.gql<{ positions: { edges: { node: { id: string } }[] } }>(
      '{ positions(filter: { search: "Teknik Jalan dan Jembatan Ahli Pertama" }) { edges { node { id } } } }',
      {},
      cookie,
    );
    const created = await app.gql<{ createStakeholderInput: { id: string; confirmedWeight: number | null } }>(
      'mutation($i: StakeholderInputInput!) { createStakeholderInput(input: $i) { id confirmedWeight } }',
      {
        i: {
          year,
          source: 'COMMUNITY',
          submittedBy: 'Forum warga Talawi',
          summary: 'Jembatan rusak belum ditangani berbulan-bulan.',
          positionId: positions.data?.positions.edges[0]?.node.id,
          proposedWeight: 0.8,
        },
      },
      cookie,
    );
    expect(created.data?.createStakeholderInput.confirmedWeight).toBeNull();
    const unconfirmed = (await gaps({ f: { search: 'Teknik Jalan dan Jembatan Ahli Pertama' } }))[0];
    expect(unconfirmed?.priority).toBe(before?.priority);
    await app.gql(
      'mutation($id: ID!) { confirmStakeholderInput(id: $id, weight: 0.8) { id } }',
      { id: created.data?.createStakeholderInput.id },
      cookie,
    );
    const after = (await gaps({ f: { search: 'Teknik Jalan dan Jembatan Ahli Pertama' } }))[0];
    expect(after?.priority).toBeGreaterThan(before?.priority ?? 0);
  });
});

describe('planning year', () => {
  it('flags a plan that takes personnel spending over the 30% cap', async () => {
    const response = await app.gql<{
      planningYear: { budget: { exceedsCap: boolean; cap: number; projectedShare: number } };
    }>(
      'query($y: Int!) { planningYear(year: $y) { budget { cap exceedsCap projectedShare } } }',
      { y: year },
      cookie,
    );
    expect(response.data?.planningYear.budget).toMatchObject({ cap: 0.3, exceedsCap: true });
    expect(response.data?.planningYear.budget.projectedShare).toBeGreaterThan(0.3);
  });

  it('refuses weights that are all zero and effective hours outside the regulation', async () => {
    const zero = await app.gql(
      'mutation($y: Int!) { savePlanningYear(input: { year: $y, priorityWeights: { sectorPriority: 0, severity: 0, serviceImpact: 0, retirements: 0, stakeholder: 0 } }) { year } }',
      { y: year },
      cookie,
    );
    expect(zero.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(String(zero.errors?.[0]?.extensions?.field)).toMatch(/^priorityWeights/);
    const hours = await app.gql(
      'mutation($y: Int!) { savePlanningYear(input: { year: $y, effectiveHours: 1300 }) { year } }',
      { y: year },
      cookie,
    );
    expect(hours.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'effectiveHours' });
    const legacy = await app.gql<{ savePlanningYear: { effectiveHours: number } }>(
      'mutation { savePlanningYear(input: { year: 2019, effectiveHours: 1300 }) { effectiveHours } }',
      {},
      cookie,
    );
    expect(legacy.data?.savePlanningYear.effectiveHours).toBe(1300);
  });

  it('refuses a sector priority of 7 and a weight of −10 with the bound each breaks, saving neither', async () => {
    const sectors = await app.gql<{ sectors: { edges: { node: { id: string } }[] } }>(
      '{ sectors(first: 1) { edges { node { id } } } }',
      {},
      cookie,
    );
    const sectorId = sectors.data?.sectors.edges[0]?.node.id;
    const priority = await app.gql(
      'mutation($y: Int!, $s: ID!) { savePlanningYear(input: { year: $y, sectorPriorities: [{ sectorId: $s, priority: 7, urgent: false }] }) { year } }',
      { y: year, s: sectorId },
      cookie,
    );
    expect(priority.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'sectorPriorities.0.priority',
      reason: 'INVALID_VALUE',
      issues: [{ field: 'sectorPriorities.0.priority', limit: { kind: 'ABOVE', max: 1 } }],
    });
    const saved = await app.gql<{ planningYear: { sectorPriorities: { priority: number }[] } | null }>(
      'query($y: Int!) { planningYear(year: $y) { sectorPriorities { priority } } }',
      { y: year },
      cookie,
    );
    expect(saved.data?.planningYear?.sectorPriorities.some((row) => row.priority > 1) ?? false).toBe(false);

    const weight = await app.gql(
      'mutation($i: StakeholderInputInput!) { createStakeholderInput(input: $i) { id } }',
      {
        i: {
          year,
          source: 'COMMUNITY',
          submittedBy: 'Forum warga Talawi',
          summary: 'Bobot di luar batas tidak boleh tersimpan.',
          sectorId,
          proposedWeight: -10,
        },
      },
      cookie,
    );
    expect(weight.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'proposedWeight',
      issues: [{ field: 'proposedWeight', limit: { kind: 'BELOW', min: 0, exclusive: false } }],
    });
    const inputs = await app.gql<{ stakeholderInputs: { summary: string }[] }>(
      'query($y: Int!) { stakeholderInputs(year: $y) { summary } }',
      { y: year },
      cookie,
    );
    expect(inputs.data?.stakeholderInputs.length).toBeGreaterThan(0);
    expect(inputs.data?.stakeholderInputs.map((input) => input.summary)).not.toContain(
      'Bobot di luar batas tidak boleh tersimpan.',
    );
  });

  it('refuses teacher allowances above personnel spending, keeps the saved figures and still reads the budget', async () => {
    const budget = () =>
      app.gql<{
        planningYear: { personnelSpending: number | null; budget: { headroom: number } | null } | null;
      }>(
        'query($y: Int!) { planningYear(year: $y) { personnelSpending budget { headroom } } }',
        { y: year },
        cookie,
      );
    const before = await budget();
    expect(before.errors).toBeUndefined();
    const refused = await app.gql(
      'mutation($y: Int!) { savePlanningYear(input: { year: $y, totalSpending: 1000, personnelSpending: 100, excludedTeacherAllowances: 500 }) { year } }',
      { y: year },
      cookie,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'excludedTeacherAllowances',
    });
    const after = await budget();
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual(before.data);
  });

  it('lists planning years with their sectors and budgets in the same statements for 2 years as for 7', async () => {
    const sectors = await app.gql<{ sectors: { edges: { node: { id: string } }[] } }>(
      '{ sectors(first: 2) { edges { node { id } } } }',
      {},
      cookie,
    );
    const sectorIds = sectors.data?.sectors.edges.map((edge) => edge.node.id) ?? [];
    const save = (y: number) =>
      app.gql(
        `mutation($y: Int!, $p: [SectorPriorityInput!]) { savePlanningYear(input: { year: $y, totalSpending: 1000000000000, personnelSpending: 250000000000, averageCosts: [{ kind: FUNGSIONAL, annualCost: 90000000 }], sectorPriorities: $p }) { year } }`,
        { y, p: sectorIds.map((sectorId) => ({ sectorId, priority: 0.5, urgent: false })) },
        cookie,
      );
    const statementsForYears = async () => {
      app.queries.length = 0;
      const listed = await app.gql<{
        planningYears: { year: number; budget: { headroom: number } | null }[];
      }>(
        '{ planningYears { year sectorPriorities { sector { name } priority } budget { headroom } } }',
        {},
        cookie,
      );
      expect(listed.errors).toBeUndefined();
      expect(listed.data?.planningYears.length).toBeGreaterThan(0);
      expect(listed.data?.planningYears.every((row) => row.budget !== null)).toBe(true);
      return {
        years: listed.data?.planningYears.length ?? 0,
        selects: app.queries.filter((sql) => /^\s*select/i.test(sql)).length,
      };
    };
    await app.gql('mutation { savePlanningYear(input: { year: 2019 }) { year } }', {}, cookie);
    for (const y of [2019, year]) expect((await save(y)).errors).toBeUndefined();
    const two = await statementsForYears();
    for (const y of [2020, 2021, 2022, 2023, 2024]) expect((await save(y)).errors).toBeUndefined();
    const seven = await statementsForYears();
    expect(seven.years - two.years).toBe(5);
    // The session, the years, their sectors in one read, their shortages in one read.
    expect(seven.selects).toBe(two.selects);
    expect(seven.selects).toBeLessThanOrEqual(4);
  });

  it('counts the retirement wave per year for five years', async () => {
    const response = await app.gql<{
      retirementWave: { year: number; retirements: number; contractEnds: number; total: number }[];
    }>(
      'query($y: Int!) { retirementWave(year: $y) { year retirements contractEnds transfers total } }',
      { y: year },
      cookie,
    );
    const wave = response.data?.retirementWave ?? [];
    expect(wave.map((row) => row.year)).toEqual([year, year + 1, year + 2, year + 3, year + 4]);
    expect(wave.reduce((sum, row) => sum + row.retirements, 0)).toBeGreaterThan(40);
  });

  it('answers the whole gap list in a bounded number of SQL statements', async () => {
    app.queries.length = 0;
    await gaps({ first: 100 });
    const selects = app.queries.filter((sql) => /^\s*select/i.test(sql)).length;
    expect(selects).toBeGreaterThan(1);
    expect(selects).toBeLessThanOrEqual(14);
  });
});
