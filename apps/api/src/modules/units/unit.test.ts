import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';

let app: TestApp;
let cookie: string;
const ids: Record<string, string> = {};

type UnitsResult = { units: { edges: { node: { id: string; code: string } }[] } };
beforeAll(async () => {
  app = await startTestApp();
  cookie = await app.login();
  const units = await app.gql<UnitsResult>(
    '{ units(first: 100) { edges { node { id code } } } }',
    {},
    cookie,
  );
  for (const edge of units.data?.units.edges ?? []) ids[edge.node.code] = edge.node.id;
  const sectors = await app.gql<{ sectors: { edges: { node: { id: string; code: string } }[] } }>(
    '{ sectors { edges { node { id code } } } }',
    {},
    cookie,
  );
  for (const edge of sectors.data?.sectors.edges ?? []) ids[edge.node.code] = edge.node.id;
});
afterAll(() => app.close());

const CREATE =
  'mutation($input: CreateUnitInput!) { createUnit(input: $input) { id code name kind parent { code } sector { code } kecamatan { name } } }';

describe('units', () => {
  it('creates a sub-unit under its OPD with the kecamatan', async () => {
    const kecamatans = await app.gql<{ kecamatans: { id: string; name: string }[] }>(
      '{ kecamatans { id name code } }',
      {},
      cookie,
    );
    expect(kecamatans.data?.kecamatans.map((k) => k.name)).toEqual([
      'Lembah Segar',
      'Barangin',
      'Silungkang',
      'Talawi',
    ]);
    const talawi = kecamatans.data?.kecamatans.find((k) => k.name === 'Talawi')?.id;
    const response = await app.gql(
      CREATE,
      {
        input: {
          code: 'sdn-13',
          name: 'SD Negeri 13 Sawahlunto',
          kind: 'SCHOOL_SD',
          sectorId: ids.PENDIDIKAN,
          parentId: ids.DISDIK,
          kecamatanId: talawi,
        },
      },
      cookie,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.createUnit).toMatchObject({
      code: 'SDN-13',
      parent: { code: 'DISDIK' },
      sector: { code: 'PENDIDIKAN' },
      kecamatan: { name: 'Talawi' },
    });
  });

  it.each([
    [{ kind: 'PUSKESMAS', parentId: null }, 'parentId', 'REQUIRED'],
    [{ kind: 'OPD', parentId: 'DISDIK' }, 'parentId', 'NOT_ALLOWED'],
    [{ code: 'DISDIK' }, 'code', 'DUPLICATE'],
    [{ code: 'bad code!' }, 'code', 'INVALID_FORMAT'],
    [{ sectorId: '00000000-0000-4000-8000-000000000000' }, 'sectorId', 'NOT_FOUND'],
  ])('refuses %j on %s (%s)', async (overrides, field, reason) => {
    const input = {
      code: 'UPTD-X',
      name: 'UPTD Percobaan',
      kind: 'UPTD',
      sectorId: ids.KESEHATAN,
      parentId: ids.DINKES,
      ...overrides,
    };
    if (input.parentId && ids[input.parentId]) input.parentId = ids[input.parentId];
    const response = await app.gql(CREATE, { input }, cookie);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
  });

  it('refuses to make a unit its own ancestor', async () => {
    const disdikChild = ids['SDN-01'];
    const response = await app.gql(
      'mutation($id: ID!, $p: ID) { updateUnit(id: $id, input: { parentId: $p }) { id } }',
      { id: disdikChild, p: disdikChild },
      cookie,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'parentId',
      reason: 'CYCLE',
    });
  });

  it('refuses to archive a unit that still has active positions, with the reason', async () => {
    const response = await app.gql(
      'mutation($id: ID!) { archiveUnit(id: $id) { archived } }',
      { id: ids['PKM-KOLOK'] },
      cookie,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IN_USE' });
    expect(response.errors?.[0]?.message).toMatch(/Puskesmas Kolok still has 8 active position/);
    const unit = await app.gql(
      'query($id: ID!) { unit(id: $id) { archived } }',
      { id: ids['PKM-KOLOK'] },
      cookie,
    );
    expect(unit.data).toEqual({ unit: { archived: false } });
  });

  it('archives a unit once its positions are archived', async () => {
    const positions = await app.gql<{ positions: { edges: { node: { id: string } }[] } }>(
      'query($u: ID) { positions(first: 100, filter: { unitId: $u }) { edges { node { id } } } }',
      { u: ids['UPTD-LUBANG-MBAH-SOERO'] },
      cookie,
    );
    for (const edge of positions.data?.positions.edges ?? []) {
      await app.gql('mutation($id: ID!) { archivePosition(id: $id) { id } }', { id: edge.node.id }, cookie);
    }
    const response = await app.gql(
      'mutation($id: ID!) { archiveUnit(id: $id) { archived } }',
      { id: ids['UPTD-LUBANG-MBAH-SOERO'] },
      cookie,
    );
    expect(response.data).toEqual({ archiveUnit: { archived: true } });
  });

  it('answers malformed ids as not found on either database, never as a server error', async () => {
    const one = await app.gql<{ unit: null }>('{ unit(id: "bukan-uuid") { id } }', {}, cookie);
    expect(one.errors).toBeUndefined();
    expect(one.data?.unit).toBeNull();
    const update = await app.gql(
      'mutation { updateUnit(id: "bukan-uuid", input: { name: "X" }) { id } }',
      {},
      cookie,
    );
    expect(update.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const create = await app.gql(
      'mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }',
      { i: { code: 'UPTD-X', name: 'UPTD X', kind: 'UPTD', sectorId: 'bukan-uuid', parentId: ids.DISBUD } },
      cookie,
    );
    expect(create.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'sectorId',
      reason: 'NOT_FOUND',
    });
  });

  it('filters by kind and parent', async () => {
    const response = await app.gql<{ units: { totalCount: number } }>(
      'query($p: ID) { units(filter: { kind: PUSKESMAS, parentId: $p }) { totalCount } }',
      { p: ids.DINKES },
      cookie,
    );
    expect(response.data?.units.totalCount).toBe(6);
  });
});

describe('sectors', () => {
  it('upper-cases codes and refuses duplicates', async () => {
    const created = await app.gql(
      'mutation { createSector(input: { code: "lingkungan", name: "Lingkungan Hidup" }) { code name archived } }',
      {},
      cookie,
    );
    expect(created.data).toEqual({
      createSector: { code: 'LINGKUNGAN', name: 'Lingkungan Hidup', archived: false },
    });
    const duplicate = await app.gql(
      'mutation { createSector(input: { code: "LINGKUNGAN", name: "Lagi" }) { code } }',
      {},
      cookie,
    );
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'code',
      reason: 'DUPLICATE',
    });
  });

  it('refuses to archive a sector that has active units', async () => {
    const response = await app.gql(
      'mutation($id: ID!) { archiveSector(id: $id) { archived } }',
      { id: ids.KESEHATAN },
      cookie,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IN_USE' });
  });
});
