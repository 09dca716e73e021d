import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';

let app: TestApp;
let cookie: string;
let unitId: string;
const year = new Date().getFullYear() + 1;

type Analysis = {
  id: string;
  status: string;
  version: number;
  editable: boolean;
  totalFte: number;
  positionNeeds: {
    id: string;
    position: { id: string; name: string };
    workloadFte: number;
    headcount: number;
    need: number;
    signal: string;
  }[];
};
const FIELDS =
  'id status version editable totalFte positionNeeds { id position { id name } workloadFte headcount need signal }';

beforeAll(async () => {
  app = await startTestApp();
  cookie = await app.login();
  const units = await app.gql<{ units: { edges: { node: { id: string } }[] } }>(
    '{ units(filter: { search: "DISKOMINFO" }) { edges { node { id } } } }',
    {},
    cookie,
  );
  unitId = units.data?.units.edges[0]?.node.id ?? '';
});
afterAll(() => app.close());

const create = () =>
  app.gql<{ createNeedsAnalysis: Analysis }>(
    `mutation($y: Int!, $u: ID!) { createNeedsAnalysis(year: $y, unitId: $u) { ${FIELDS} } }`,
    { y: year, u: unitId },
    cookie,
  );
const save = (analysisId: string, positionId: string, extra: Record<string, unknown> = {}) =>
  app.gql<{
    savePositionNeed: {
      workloadFte: number;
      workloadHours: number;
      headcount: number;
      need: number;
      signal: string;
      signalReason: string;
    };
  }>(
    'mutation($i: SavePositionNeedInput!) { savePositionNeed(input: $i) { workloadFte workloadHours headcount need signal signalReason } }',
    { i: { analysisId, positionId, workloadItems: [], ...extra } },
    cookie,
  );
const transition = (id: string, action: string, note?: string) =>
  app.gql<{ transitionNeedsAnalysis: { status: string; editable: boolean } }>(
    'mutation($id: ID!, $a: AnalysisAction!, $n: String) { transitionNeedsAnalysis(id: $id, action: $a, note: $n) { status editable } }',
    { id, a: action, n: note ?? null },
    cookie,
  );

describe('needs analysis (ABK)', () => {
  let analysis: Analysis;

  it('creates a DRAFT listing the unit’s positions, once per unit and year', async () => {
    const created = await create();
    expect(created.errors).toBeUndefined();
    analysis = created.data?.createNeedsAnalysis as Analysis;
    expect(analysis).toMatchObject({ status: 'DRAFT', version: 1, editable: true });
    expect(analysis.positionNeeds.map((need) => need.position.name)).toContain(
      'Pranata Komputer Ahli Pertama',
    );
    const again = await create();
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'unitId',
      reason: 'DUPLICATE',
    });
    // A year outside core's planning years, for an analysis and for a year's configuration alike.
    for (const mutation of [
      'mutation($u: ID!) { createNeedsAnalysis(year: 1999, unitId: $u) { id } }',
      'mutation { savePlanningYear(input: { year: 2101 }) { year } }',
    ]) {
      const refused = await app.gql(mutation, { u: unitId }, cookie);
      expect(refused.errors?.[0]?.extensions, mutation).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'year',
      });
    }
  });

  it('computes FTE = Σ(volume × norm) / (1,250 h × 60) and rounds half up', async () => {
    const position =
      analysis.positionNeeds.find((need) => need.position.name === 'Pranata Komputer Ahli Pertama')?.position
        .id ?? '';
    const response = await save(analysis.id, position, {
      workloadItems: [
        {
          task: 'Pemeliharaan jaringan dan server',
          outputUnit: 'laporan',
          annualVolume: 52,
          normMinutes: 1200,
        },
        {
          task: 'Pengembangan aplikasi layanan publik',
          outputUnit: 'modul',
          annualVolume: 6,
          normMinutes: 9600,
        },
      ],
    });
    expect(response.errors).toBeUndefined();
    // (52 × 1200 + 6 × 9600) / 75,000 = 120,000 / 75,000 = 1.6 → 2
    expect(response.data?.savePositionNeed).toMatchObject({
      workloadHours: 2000,
      workloadFte: 1.6,
      headcount: 2,
      need: 1.6,
      signal: 'WORKLOAD',
    });
  });

  it('uses the larger signal unless one is chosen with a note', async () => {
    const position =
      analysis.positionNeeds.find((need) => need.position.name === 'Statistisi Ahli Pertama')?.position.id ??
      '';
    const rows = [
      {
        task: 'Pengolahan data statistik sektoral',
        outputUnit: 'publikasi',
        annualVolume: 10,
        normMinutes: 4500,
      },
    ];
    const larger = await save(analysis.id, position, {
      workloadItems: rows,
      standardNeed: 2,
      standardBasis: 'rasio',
    });
    expect(larger.data?.savePositionNeed).toMatchObject({ need: 2, signal: 'SERVICE_STANDARD' });
    const noNote = await save(analysis.id, position, {
      workloadItems: rows,
      standardNeed: 2,
      demandChoice: 'WORKLOAD',
    });
    expect(noNote.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'demandNote',
      reason: 'REQUIRED',
    });
    const chosen = await save(analysis.id, position, {
      workloadItems: rows,
      standardNeed: 2,
      demandChoice: 'WORKLOAD',
      demandNote: 'Rasio belum berlaku',
    });
    expect(chosen.data?.savePositionNeed).toMatchObject({ need: 0.6, signal: 'WORKLOAD' });
  });

  it('names the bad row and column, and keeps the stored rows', async () => {
    const position = analysis.positionNeeds[0]?.position.id ?? '';
    const response = await save(analysis.id, position, {
      workloadItems: [
        { task: 'Tugas yang sah', outputUnit: 'dokumen', annualVolume: 10, normMinutes: 60 },
        { task: 'Tugas kedua', outputUnit: 'dokumen', annualVolume: -1, normMinutes: 60 },
      ],
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'workloadItems.1.annualVolume',
    });
  });

  it('moves through submit → verify → final; only a DRAFT can change; RETURN needs a note', async () => {
    const position = analysis.positionNeeds[0]?.position.id ?? '';
    expect((await transition(analysis.id, 'FINALIZE')).errors?.[0]?.extensions).toMatchObject({
      field: 'action',
      reason: 'NOT_ALLOWED',
    });
    expect((await transition(analysis.id, 'SUBMIT')).data?.transitionNeedsAnalysis).toEqual({
      status: 'SUBMITTED',
      editable: false,
    });
    const locked = await save(analysis.id, position);
    expect(locked.errors?.[0]?.extensions).toMatchObject({ field: 'analysisId', reason: 'NOT_ALLOWED' });
    expect((await transition(analysis.id, 'RETURN')).errors?.[0]?.extensions).toMatchObject({
      field: 'note',
      reason: 'REQUIRED',
    });
    await transition(analysis.id, 'VERIFY');
    expect((await transition(analysis.id, 'FINALIZE')).data?.transitionNeedsAnalysis.status).toBe('FINAL');
  });

  it('makes a new DRAFT version from a FINAL one and compares them', async () => {
    const versioned = await app.gql<{ createNeedsAnalysisVersion: Analysis }>(
      `mutation($id: ID!) { createNeedsAnalysisVersion(id: $id) { ${FIELDS} } }`,
      { id: analysis.id },
      cookie,
    );
    const next = versioned.data?.createNeedsAnalysisVersion as Analysis;
    expect(next).toMatchObject({ version: 2, status: 'DRAFT', editable: true });
    const copiedTotal = next.totalFte;
    const pranata = next.positionNeeds.find((need) => need.position.name === 'Pranata Komputer Ahli Pertama');
    expect(pranata?.workloadFte).toBeCloseTo(1.6, 10);
    await save(next.id, pranata?.position.id ?? '', {
      workloadItems: [
        {
          task: 'Pemeliharaan jaringan dan server',
          outputUnit: 'laporan',
          annualVolume: 52,
          normMinutes: 1200,
        },
      ],
    });
    const compared = await app.gql<{
      compareNeedsAnalyses: { position: { name: string }; fromNeed: number; toNeed: number; delta: number }[];
    }>(
      'query($a: ID!, $b: ID!) { compareNeedsAnalyses(fromId: $a, toId: $b) { position { name } fromNeed toNeed delta } }',
      { a: analysis.id, b: next.id },
      cookie,
    );
    const row = compared.data?.compareNeedsAnalyses.find(
      (entry) => entry.position.name === 'Pranata Komputer Ahli Pertama',
    );
    expect(row).toMatchObject({ fromNeed: 1.6, toNeed: 0.832 });
    expect(row?.delta).toBeCloseTo(-0.768, 10);
    // The stored totals moved with the saved rows at once: the copy started at the source's, then lost 0.768.
    const totals = await app.gql<{ from: { totalFte: number }; to: { totalFte: number } }>(
      'query($a: ID!, $b: ID!) { from: needsAnalysis(id: $a) { totalFte } to: needsAnalysis(id: $b) { totalFte } }',
      { a: analysis.id, b: next.id },
      cookie,
    );
    expect(copiedTotal).toBeGreaterThanOrEqual(1.6 - 1e-9);
    expect(totals.data?.from.totalFte).toBeCloseTo(copiedTotal, 10);
    expect((totals.data?.to.totalFte ?? 0) - copiedTotal).toBeCloseTo(-0.768, 10);
  });

  it('filters and counts by the status of each unit’s newest version, not of an older one', async () => {
    // DISKOMINFO now has version 1 FINAL and version 2 DRAFT.
    const count = async (filter: Record<string, unknown>) =>
      (
        await app.gql<{ needsAnalyses: { totalCount: number } }>(
          'query ($filter: NeedsAnalysisFilter) { needsAnalyses(filter: $filter) { totalCount } }',
          { filter: { year, ...filter } },
          cookie,
        )
      ).data?.needsAnalyses.totalCount;
    expect(await count({ unitId, status: 'FINAL' })).toBe(1);
    expect(await count({ unitId, status: 'FINAL', latestOnly: true })).toBe(0);
    expect(await count({ unitId, status: 'DRAFT', latestOnly: true })).toBe(1);

    app.queries.length = 0;
    const counts = await app.gql<{ needsAnalysisStatusCounts: { status: string; count: number }[] }>(
      `{ needsAnalysisStatusCounts(year: ${year}) { status count } }`,
      {},
      cookie,
    );
    expect(counts.errors).toBeUndefined();
    const analysisSelects = app.queries.filter(
      (sql) => /^\s*select/i.test(sql) && sql.includes('needs_analysis'),
    );
    expect(analysisSelects).toHaveLength(1);
    const rows = counts.data?.needsAnalysisStatusCounts ?? [];
    expect(rows.map((row) => row.status)).toEqual(['DRAFT', 'SUBMITTED', 'VERIFIED', 'FINAL', 'RETURNED']);
    for (const row of rows) {
      expect(row.count, row.status).toBe(await count({ status: row.status, latestOnly: true }));
    }
    const total = rows.reduce((sum, row) => sum + row.count, 0);
    expect(total).toBe(await count({ latestOnly: true }));
    expect(total).toBeGreaterThan(1);
  });

  it('totals each listed analysis as the sum of its position needs, the page in two statements', async () => {
    type Listed = {
      id: string;
      totalFte: number;
      totalHeadcount: number;
      positionNeeds: { need: number; headcount: number }[];
    };
    const LIST = `{ needsAnalyses(first: 50, filter: { year: ${year}, latestOnly: true }) { totalCount edges { node { id version status totalFte totalHeadcount updatedAt unit { id code name } } } } }`;
    const expectTotalsOfTheirNeeds = async () => {
      app.queries.length = 0;
      const page = await app.gql<{ needsAnalyses: { edges: { node: Listed }[] } }>(LIST, {}, cookie);
      expect(page.errors).toBeUndefined();
      // The session, and the page with its units, stored totals and count.
      expect(app.queries.filter((sql) => /^\s*select/i.test(sql)).length).toBeLessThanOrEqual(2);
      const listed = page.data?.needsAnalyses.edges.map((edge) => edge.node) ?? [];
      expect(listed.length).toBeGreaterThan(5);
      expect(listed.some((row) => row.totalHeadcount > 0)).toBe(true);
      for (const row of listed) {
        const detail = await app.gql<{ needsAnalysis: Listed }>(
          'query ($id: ID!) { needsAnalysis(id: $id) { id totalFte totalHeadcount positionNeeds { need headcount } } }',
          { id: row.id },
          cookie,
        );
        const needs = detail.data?.needsAnalysis.positionNeeds ?? [];
        expect(row.totalFte, row.id).toBeCloseTo(
          needs.reduce((sum, need) => sum + need.need, 0),
          9,
        );
        expect(row.totalHeadcount, row.id).toBe(needs.reduce((sum, need) => sum + need.headcount, 0));
      }
      return listed.map((row) => row.totalHeadcount);
    };
    const before = await expectTotalsOfTheirNeeds();
    // The year's own rounding counts in the list as in the detail.
    const saved = await app.gql(
      `mutation { savePlanningYear(input: { year: ${year}, roundingRule: CEIL }) { year } }`,
      {},
      cookie,
    );
    expect(saved.errors).toBeUndefined();
    expect(await expectTotalsOfTheirNeeds()).not.toEqual(before);
  });

  it('lists analyses with their needs in a bounded number of SQL statements', async () => {
    const query = `{ needsAnalyses(first: 40, filter: { year: ${year}, latestOnly: true }) { totalCount edges { node { unit { name } effectiveHours unitEffectiveness unitPjGrade totalFte totalHeadcount positionNeeds { position { name } workloadItems { task minutes } bezetting pjGrade } } } } }`;
    app.queries.length = 0;
    const response = await app.gql<{ needsAnalyses: { totalCount: number } }>(query, {}, cookie);
    expect(response.errors).toBeUndefined();
    expect(response.data?.needsAnalyses.totalCount).toBeGreaterThan(30);
    const selects = app.queries.filter((sql) => /^\s*select/i.test(sql)).length;
    expect(selects).toBeGreaterThan(1);
    expect(selects).toBeLessThanOrEqual(12);
  });
});
