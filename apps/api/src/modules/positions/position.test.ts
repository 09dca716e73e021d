import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';

let app: TestApp;
let cookie: string;
let puskesmasId: string;
beforeAll(async () => {
  app = await startTestApp();
  cookie = await app.login();
  const units = await app.gql<{ units: { edges: { node: { id: string } }[] } }>(
    '{ units(filter: { search: "Puskesmas Talawi" }) { edges { node { id } } } }',
    {},
    cookie,
  );
  puskesmasId = units.data?.units.edges[0]?.node.id ?? '';
});
afterAll(() => app.close());

const CREATE = `mutation($input: CreatePositionInput!) {
  createPosition(input: $input) { id name kind level retirementAge educationLevels licences studyPrograms unit { name } sector { code } }
}`;
const nurse = (overrides: Record<string, unknown> = {}) => ({
  name: '  Perawat   Ahli Muda ',
  kind: 'FUNGSIONAL',
  level: 'AHLI_MUDA',
  unitId: puskesmasId,
  educationLevels: ['PROFESI', 'S1', 'S1'],
  licences: ['STR', 'SIP'],
  studyPrograms: ['Ners', ' ners '],
  ...overrides,
});

describe('positions', () => {
  it('creates a position with normalized values, its unit’s sector and the BUP from core', async () => {
    const response = await app.gql(CREATE, { input: nurse() }, cookie);
    expect(response.errors).toBeUndefined();
    expect(response.data?.createPosition).toMatchObject({
      name: 'Perawat Ahli Muda',
      retirementAge: 58,
      educationLevels: ['S1', 'PROFESI'],
      studyPrograms: ['Ners'],
      unit: { name: 'Puskesmas Talawi' },
      sector: { code: 'KESEHATAN' },
    });
  });

  it.each([
    [{ name: 'Gu' }, 'name', 'TOO_SHORT'],
    [{ kind: 'PELAKSANA', level: 'AHLI_PERTAMA' }, 'level', 'NOT_ALLOWED'],
    [{ educationLevels: [] }, 'educationLevels', 'REQUIRED'],
    [{ unitId: '00000000-0000-4000-8000-000000000000' }, 'unitId', 'NOT_FOUND'],
    [{ name: 'Perawat Terampil' }, 'name', 'DUPLICATE'],
  ])('refuses %j with BAD_USER_INPUT on %s (%s)', async (overrides, field, reason) => {
    const before = await app.orm.em.fork().count('Position', {});
    const response = await app.gql(
      CREATE,
      { input: nurse({ name: 'Perawat Gigi Ahli Muda', ...overrides }) },
      cookie,
    );
    expect(response.data).toBeNull();
    const error = response.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect(error?.message).toMatch(/\w/);
    expect(JSON.stringify(response.errors)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
    expect(await app.orm.em.fork().count('Position', {})).toBe(before);
  });

  it('updates only the fields given and recomputes the BUP', async () => {
    const created = await app.gql<{ createPosition: { id: string } }>(
      CREATE,
      { input: nurse({ name: 'Bidan Ahli Muda' }) },
      cookie,
    );
    const id = created.data?.createPosition.id;
    const response = await app.gql(
      'mutation($id: ID!) { updatePosition(id: $id, input: { level: AHLI_MADYA }) { name level retirementAge licences } }',
      { id },
      cookie,
    );
    expect(response.data?.updatePosition).toEqual({
      name: 'Bidan Ahli Muda',
      level: 'AHLI_MADYA',
      retirementAge: 60,
      licences: ['STR', 'SIP'],
    });
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const response = await app.gql(
      'mutation { archivePosition(id: "00000000-0000-4000-8000-000000000000") { id } }',
      {},
      cookie,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('archives a position, hiding it from lists unless archived rows are asked for', async () => {
    const created = await app.gql<{ createPosition: { id: string } }>(
      CREATE,
      { input: nurse({ name: 'Perawat Penyelia', level: 'PENYELIA', educationLevels: ['D3'] }) },
      cookie,
    );
    const id = created.data?.createPosition.id;
    const archived = await app.gql(
      'mutation($id: ID!) { archivePosition(id: $id) { archived archivedAt } }',
      { id },
      cookie,
    );
    expect(archived.data?.archivePosition).toMatchObject({ archived: true });
    const query = 'query($f: PositionFilter) { positions(filter: $f) { totalCount } }';
    const active = await app.gql<{ positions: { totalCount: number } }>(
      query,
      { f: { search: 'Perawat Penyelia' } },
      cookie,
    );
    const all = await app.gql<{ positions: { totalCount: number } }>(
      query,
      { f: { search: 'Perawat Penyelia', includeArchived: true } },
      cookie,
    );
    expect(active.data?.positions.totalCount).toBe(0);
    expect(all.data?.positions.totalCount).toBe(1);
  });
});

describe('positions list', () => {
  const LIST = `query($first: Int, $after: String, $offset: Int, $filter: PositionFilter, $sort: PositionSort) {
    positions(first: $first, after: $after, offset: $offset, filter: $filter, sort: $sort) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { id name kind level unit { name kecamatan { name } sector { name } parent { name } } sector { code } } }
    }
  }`;
  type List = {
    positions: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: {
        node: { id: string; name: string; kind: string; unit: { name: string }; sector: { code: string } };
      }[];
    };
  };

  beforeEach(() => {
    app.queries.length = 0;
  });

  it('filters by text, sector and kind, case-insensitively', async () => {
    const sectors = await app.gql<{ sectors: { edges: { node: { id: string } }[] } }>(
      '{ sectors(filter: { search: "kesehatan" }) { edges { node { id } } } }',
      {},
      cookie,
    );
    const sectorId = sectors.data?.sectors.edges[0]?.node.id;
    const response = await app.gql<List>(
      LIST,
      { first: 100, filter: { search: 'perawat terampil', sectorId, kind: 'FUNGSIONAL' } },
      cookie,
    );
    const nodes = response.data?.positions.edges.map((edge) => edge.node) ?? [];
    expect(nodes.length).toBe(7); // six puskesmas and the RSUD
    expect(nodes.every((node) => node.name === 'Perawat Terampil' && node.sector.code === 'KESEHATAN')).toBe(
      true,
    );
  });

  it('pages with cursors and offsets over the same ordering', async () => {
    const first = await app.gql<List>(LIST, { first: 5, sort: 'NAME_ASC' }, cookie);
    const second = await app.gql<List>(
      LIST,
      { first: 5, after: first.data?.positions.pageInfo.endCursor },
      cookie,
    );
    const byOffset = await app.gql<List>(LIST, { first: 5, offset: 5 }, cookie);
    const ten = await app.gql<List>(LIST, { first: 10 }, cookie);
    const ids = (r: typeof first) => r.data?.positions.edges.map((edge) => edge.node.id) ?? [];
    expect([...ids(first), ...ids(second)]).toEqual(ids(ten));
    expect(ids(byOffset)).toEqual(ids(second));
    expect(first.data?.positions.pageInfo.hasNextPage).toBe(true);
  });

  it('counts nothing when totalCount is not asked for, and still knows whether a next page exists', async () => {
    const PAGE = `query($first: Int, $offset: Int) {
      positions(first: $first, offset: $offset, sort: NAME_ASC) { pageInfo { hasNextPage } edges { node { id } } }
    }`;
    type Page = { positions: { pageInfo: { hasNextPage: boolean }; edges: unknown[] } };
    const total = (await app.gql<List>(LIST, { first: 1 }, cookie)).data?.positions.totalCount ?? 0;
    expect(total).toBeGreaterThan(3);
    app.queries.length = 0;
    const page = async (first: number, offset: number) =>
      (await app.gql<Page>(PAGE, { first, offset }, cookie)).data;
    expect(await page(2, 0)).toMatchObject({ positions: { pageInfo: { hasNextPage: true } } });
    expect(app.queries.filter((sql) => /count\(/i.test(sql))).toEqual([]);
    // The last row, exactly at the end, and past it.
    expect((await page(2, total - 2))?.positions).toMatchObject({ pageInfo: { hasNextPage: false } });
    expect((await page(2, total - 3))?.positions).toMatchObject({ pageInfo: { hasNextPage: true } });
    expect((await page(2, total - 1))?.positions.edges).toHaveLength(1);
    expect((await page(2, total))?.positions).toMatchObject({ pageInfo: { hasNextPage: false }, edges: [] });
  });

  it('caps first at 100 with a clear error', async () => {
    const response = await app.gql(LIST, { first: 500 }, cookie);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
      reason: 'INVALID_VALUE',
    });
  });

  it('loads 5, 50 or 100 positions with unit, sector, kecamatan and parent in a bounded number of SQL statements', async () => {
    const measure = async (first: number) => {
      const fresh = await app.login();
      app.queries.length = 0;
      const response = await app.gql<List>(LIST, { first }, fresh);
      expect(response.data?.positions.edges.length).toBe(first);
      return app.queries.filter((sql) => /\b(select|insert|update|delete)\b/i.test(sql)).length;
    };
    // One statement for the session and its grants, one for the page: its count is a subquery and the selected
    // unit, its kecamatan, sector and parent, and the position's sector are joined — for 5 rows as for 100.
    for (const first of [5, 50, 100]) {
      expect(await measure(first), `${first} positions`).toBe(2);
    }
  });
});
