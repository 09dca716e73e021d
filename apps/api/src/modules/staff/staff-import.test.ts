import { ROSTER_COLUMNS, toRosterRow } from '@formasi/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../auth/password.js';
import { RoleAssignment } from '../../auth/role-assignment.entity.js';
import { User } from '../../auth/user.entity.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { StaffMember } from './staff-member.entity.js';

let app: TestApp;
let cookie: string;
beforeAll(async () => {
  app = await startTestApp({ seed: 'none' });
  cookie = await app.login();
  const sectors = await app.gql<{ sectors: { edges: { node: { id: string } }[] } }>(
    '{ sectors(filter: { search: "KESEHATAN" }) { edges { node { id } } } }',
    {},
    cookie,
  );
  const sectorId = sectors.data?.sectors.edges[0]?.node.id;
  const opd = await app.gql<{ createUnit: { id: string } }>(
    'mutation($s: ID!) { createUnit(input: { code: "DINKES", name: "Dinas Kesehatan", kind: OPD, sectorId: $s }) { id } }',
    { s: sectorId },
    cookie,
  );
  const pkm = await app.gql<{ createUnit: { id: string } }>(
    'mutation($s: ID!, $p: ID!) { createUnit(input: { code: "PKM-TALAWI", name: "Puskesmas Talawi", kind: PUSKESMAS, sectorId: $s, parentId: $p }) { id } }',
    { s: sectorId, p: opd.data?.createUnit.id },
    cookie,
  );
  for (const name of ['Perawat Terampil', 'Bidan Terampil']) {
    await app.gql(
      'mutation($u: ID!, $n: String!) { createPosition(input: { name: $n, kind: FUNGSIONAL, level: TERAMPIL, unitId: $u, educationLevels: [D3] }) { id } }',
      { u: pkm.data?.createUnit.id, n: name },
      cookie,
    );
  }
});
afterAll(() => app.close());

const HEADER =
  'nip,name,birth_date,gender,employment_type,contract_end,transfer_date,tmt,unit_code,position_name';
const GOOD = [
  HEADER,
  '197203152000032001,Desi Chaniago,1972-03-15,P,PNS,,,2000-03-01,PKM-TALAWI,Perawat Terampil',
  '"199101012022212002","Rini Koto, A.Md.Keb",1991-01-01,FEMALE,PPPK,2027-06-30,,2022-03-01,pkm-talawi,Bidan Terampil',
].join('\n');
const IMPORT =
  'mutation($csv: String!, $dry: Boolean) { importStaff(csv: $csv, dryRun: $dry) { applied totalRows created updated unchanged errors { line column reason message } warnings { line column reason message } } }';
type Issue = { line: number; column: string; reason: string; message: string };
type Result = {
  importStaff: {
    applied: boolean;
    totalRows: number;
    created: number;
    updated: number;
    unchanged: number;
    errors: Issue[];
    warnings: Issue[];
  };
};

describe('roster import', () => {
  it('checks without writing on a dry run', async () => {
    const response = await app.gql<Result>(IMPORT, { csv: GOOD, dry: true }, cookie);
    expect(response.data?.importStaff).toMatchObject({
      applied: false,
      totalRows: 2,
      created: 2,
      errors: [],
    });
    expect(await app.orm.em.fork().count(StaffMember, {})).toBe(0);
  });

  it('creates the rows, and importing the same file again changes nothing', async () => {
    const first = await app.gql<Result>(IMPORT, { csv: GOOD }, cookie);
    expect(first.data?.importStaff).toMatchObject({ applied: true, created: 2, updated: 0, unchanged: 0 });
    const again = await app.gql<Result>(IMPORT, { csv: GOOD }, cookie);
    expect(again.data?.importStaff).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 2 });
    expect(await app.orm.em.fork().count(StaffMember, {})).toBe(2);
  });

  it('reports every bad row by line and column and writes nothing when any row is bad', async () => {
    const csv = [
      HEADER,
      '197203152000032001,Desi Chaniago,1972-03-15,P,PNS,,,2000-03-01,PKM-TALAWI,Bidan Terampil',
      '19720315200003200,Tanpa NIP,1972-03-15,P,PNS,,,2000-03-01,PKM-TALAWI,Perawat Terampil',
      '198001012005011003,Andi Piliang,1980-01-01,L,PNS,,,2005-01-01,PKM-XYZ,Perawat Terampil',
      '198001012005011004,Hendra Koto,1980-01-01,L,HONORER,,,2005-01-01,PKM-TALAWI,Perawat Terampil',
      // Two problems in one row: both come back, the unknown unit too.
      '198001012005011005,Rudi Tanjung,1980-01-01,X,PNS,,,2005-01-01,PKM-XYZ,Perawat Terampil',
    ].join('\n');
    const response = await app.gql<Result>(IMPORT, { csv }, cookie);
    const result = response.data?.importStaff;
    expect(result?.applied).toBe(false);
    expect(result?.errors.map(({ line, column, reason }) => [line, column, reason])).toEqual([
      [3, 'nip', 'INVALID_FORMAT'],
      [4, 'unit_code', 'NOT_FOUND'],
      [5, 'employment_type', 'INVALID_VALUE'],
      [6, 'gender', 'INVALID_VALUE'],
      [6, 'unit_code', 'NOT_FOUND'],
    ]);
    const desi = await app.orm.em
      .fork()
      .findOneOrFail(StaffMember, { nip: '197203152000032001' }, { populate: ['position'] });
    expect(desi.position.getEntity().name).toBe('Perawat Terampil');
  });

  it('names missing header columns', async () => {
    const response = await app.gql<Result>(IMPORT, { csv: 'nip,name\n1,2' }, cookie);
    expect(response.data?.importStaff.errors[0]).toMatchObject({
      line: 1,
      column: 'birth_date',
      reason: 'REQUIRED',
    });
  });

  it('takes a CSV upload as text/csv, streams its progress and ends with the result', async () => {
    const upload = (body: string, headers: Record<string, string>, query = '') =>
      fetch(`${app.url}/api/imports/roster${query}`, { method: 'POST', headers, body });
    const csv = [
      HEADER,
      '197203152000032001,Desi Chaniago,1972-03-15,P,PNS,,2031-01-01,2000-03-01,PKM-TALAWI,Perawat Terampil',
      '198906152012011007,Yusuf Tanjung,1989-06-15,L,PNS,,,2012-01-01,PKM-TALAWI,Perawat Terampil',
    ].join('\n');
    expect((await upload(csv, { 'content-type': 'text/csv' })).status).toBe(401);
    const plain = await upload(csv, { 'content-type': 'text/plain', cookie });
    expect(plain.status).toBe(415);
    const dry = await upload(csv, { 'content-type': 'text/csv', cookie }, '?dryRun=true');
    const dryLines = (await dry.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(dryLines.at(-1)).toMatchObject({ result: { applied: false, created: 1, updated: 1 } });
    const before = await app.orm.em.fork().count(StaffMember, {});
    const response = await upload(csv, { 'content-type': 'text/csv', cookie });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const phases = lines.flatMap((line) => (line.progress ? [line.progress.phase] : []));
    expect(new Set(phases)).toEqual(new Set(['checking', 'comparing', 'writing', 'gaps']));
    expect(lines.at(-1)).toEqual({
      result: {
        applied: true,
        totalRows: 2,
        created: 1,
        updated: 1,
        unchanged: 0,
        errors: [],
        warnings: [],
      },
    });
    expect(await app.orm.em.fork().count(StaffMember, {})).toBe(before + 1);
    const desi = await app.orm.em.fork().findOneOrFail(StaffMember, { nip: '197203152000032001' });
    expect(desi).toMatchObject({ transferDate: '2031-01-01', leavingReason: 'RETIREMENT' });
    expect(desi.leavesOn <= '2031-01-01').toBe(true);
  });

  it('reads an upload as it streams: chunks split inside rows, no length, a duplicate NIP named by line', async () => {
    const rows = [
      HEADER,
      '197203152000032001,Desi Chaniago,1972-03-15,P,PNS,,2031-01-01,2000-03-01,PKM-TALAWI,Perawat Terampil',
      '199203152020122001,Sari Melati,1992-03-15,P,PNS,,,2020-12-01,PKM-TALAWI,Bidan Terampil',
      '199203152020122001,Sari Melati,1992-03-15,P,PNS,,,2020-12-01,PKM-TALAWI,Bidan Terampil',
    ];
    const stream = (text: string) => {
      const bytes = new TextEncoder().encode(text);
      let at = 0;
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          if (at >= bytes.length) return controller.close();
          controller.enqueue(bytes.slice(at, at + 37));
          at += 37;
        },
      });
    };
    const send = async (text: string) => {
      const response = await fetch(`${app.url}/api/imports/roster?dryRun=true`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', cookie },
        body: stream(text),
        duplex: 'half',
      } as RequestInit);
      const lines = (await response.text())
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      return lines.at(-1).result;
    };
    const duplicate = await send(rows.join('\n'));
    expect(duplicate).toMatchObject({ applied: false, totalRows: 3 });
    expect(duplicate.errors).toEqual([
      expect.objectContaining({ line: 4, column: 'nip', reason: 'DUPLICATE' }),
    ]);
    expect(duplicate.errors[0].message).toContain('line 3');
    // Checked rows are counted even when another row fails, so the report says what the file would do.
    expect(duplicate).toMatchObject({ created: 1, updated: 0, unchanged: 1 });
    const clean = await send(rows.slice(0, 3).join('\r\n'));
    expect(clean).toMatchObject({ applied: false, totalRows: 2, created: 1, unchanged: 1, errors: [] });
  });

  it('says an empty file needs a header row', async () => {
    const response = await app.gql<Result>(IMPORT, { csv: '\n\n' }, cookie);
    expect(response.data?.importStaff).toMatchObject({
      applied: false,
      errors: [{ line: 1, column: '', reason: 'REQUIRED' }],
    });
  });

  it('masks the NIP and hides birth dates from a VIEWER', async () => {
    const em = app.orm.em.fork();
    const viewer = em.create(User, {
      email: 'viewer@sawahlunto.test',
      name: 'Pemantau',
      passwordHash: await hashPassword('Pemantau-2026!'),
    });
    em.create(RoleAssignment, { user: viewer, role: 'VIEWER' });
    await em.flush();
    const viewerCookie = await app.login('viewer@sawahlunto.test', 'Pemantau-2026!');
    const query =
      '{ staffMembers(filter: { search: "Desi" }) { edges { node { nip birthDate retirementDate } } } }';
    const asViewer = await app.gql<{
      staffMembers: { edges: { node: { nip: string; birthDate: string | null; retirementDate: string } }[] };
    }>(query, {}, viewerCookie);
    expect(asViewer.data?.staffMembers.edges[0]?.node).toEqual({
      nip: '1972***********001',
      birthDate: null,
      retirementDate: '2030-04-01',
    });
    const asAdmin = await app.gql<{ staffMembers: { edges: { node: { nip: string } }[] } }>(
      query,
      {},
      cookie,
    );
    expect(asAdmin.data?.staffMembers.edges[0]?.node.nip).toBe('197203152000032001');
  });

  // domain.md §6: a NIP is permanent and not re-issued, so its birth date disagreeing with the row is for a person
  // to check (as for the NIK), not a reason to refuse the row.
  const MISMATCH = [
    HEADER,
    '# A note line, as in the template: skipped, and the lines after it keep their numbers.',
    '198304122008012004,Yelmi Sastra,1983-04-21,P,PNS,,,2008-01-01,PKM-TALAWI,Bidan Terampil',
  ].join('\n');
  const mismatchWarning = {
    line: 3,
    column: 'birth_date',
    reason: 'MISMATCH',
    message: 'NIP encodes date of birth 1983-04-12, but the recorded date of birth is 1983-04-21.',
  };

  it('shows a NIP disagreeing with the birth date as a warning on a dry run, without writing', async () => {
    const response = await app.gql<Result>(IMPORT, { csv: MISMATCH, dry: true }, cookie);
    expect(response.data?.importStaff).toMatchObject({
      applied: false,
      totalRows: 1,
      created: 1,
      errors: [],
      warnings: [mismatchWarning],
    });
    expect(await app.orm.em.fork().count(StaffMember, { nip: '198304122008012004' })).toBe(0);
  });

  it('imports a row whose NIP disagrees with its birth date, as written, with the warning', async () => {
    const response = await app.gql<Result>(IMPORT, { csv: MISMATCH }, cookie);
    expect(response.data?.importStaff).toMatchObject({
      applied: true,
      created: 1,
      errors: [],
      warnings: [mismatchWarning],
    });
    const yelmi = await app.orm.em.fork().findOneOrFail(StaffMember, { nip: '198304122008012004' });
    expect(yelmi).toMatchObject({ birthDate: '1983-04-21', gender: 'FEMALE' });
  });

  it("writes the report in the request's language: Bahasa Indonesia for id, English otherwise", async () => {
    const csv = [
      HEADER,
      // Three problems and a warning in one row, all reported at once.
      '198304122008012005,Rina Koto,1983-04-13,X,PNS,,,2031-01-01,PKM-XYZ,Bidan Terampil',
      '198304122008012005,Rina Koto,1983-04-12,P,PNS,,,2008-01-01,PKM-TALAWI,Bidan Terampil',
      '198304122008012005,Rina Koto,1983-04-12,P,PNS,,,2008-01-01,PKM-TALAWI,Bidan Terampil',
    ].join('\n');
    const reportIn = async (language?: string) => {
      const headers: Record<string, string> = language ? { 'Accept-Language': language } : {};
      const response = await app.gql<Result>(IMPORT, { csv, dry: true }, cookie, headers);
      const result = response.data?.importStaff;
      return {
        errors: result?.errors.map(({ line, column, message }) => [line, column, message]),
        warnings: result?.warnings.map(({ line, column, message }) => [line, column, message]),
      };
    };
    expect(await reportIn('id-ID,id;q=0.9')).toEqual({
      errors: [
        [2, 'gender', "gender harus salah satu dari MALE/FEMALE/L/P; tertulis 'X'."],
        [2, 'tmt', 'tmt 2031-01-01 ada di masa depan.'],
        [2, 'unit_code', 'Tidak ada unit kerja aktif dengan kode PKM-XYZ.'],
        [4, 'nip', 'NIP 198304122008012005 sudah ada di baris 3.'],
      ],
      warnings: [
        [
          2,
          'birth_date',
          'NIP memuat tanggal lahir 1983-04-12, tetapi tanggal lahir yang tercatat 1983-04-13.',
        ],
      ],
    });
    expect(await reportIn('en-US')).toEqual({
      errors: [
        [2, 'gender', "gender must be one of MALE/FEMALE/L/P; got 'X'."],
        [2, 'tmt', 'tmt 2031-01-01 is in the future.'],
        [2, 'unit_code', 'No active unit has the code PKM-XYZ.'],
        [4, 'nip', 'NIP 198304122008012005 is already on line 3.'],
      ],
      warnings: [
        [
          2,
          'birth_date',
          'NIP encodes date of birth 1983-04-12, but the recorded date of birth is 1983-04-13.',
        ],
      ],
    });
    const indonesian = await app.gql<Result>(IMPORT, { csv: MISMATCH, dry: true }, cookie, {
      'Accept-Language': 'id',
    });
    expect(indonesian.data?.importStaff.warnings).toEqual([
      {
        ...mismatchWarning,
        message: 'NIP memuat tanggal lahir 1983-04-12, tetapi tanggal lahir yang tercatat 1983-04-21.',
      },
    ]);
    const header = await app.gql<Result>(IMPORT, { csv: 'nip,name\n1,2' }, cookie, {
      'Accept-Language': 'id',
    });
    expect(header.data?.importStaff.errors[0]?.message).toBe('Baris judul tidak memuat kolom birth_date.');
  });

  it("writes the upload's report in its Accept-Language", async () => {
    const response = await fetch(`${app.url}/api/imports/roster?dryRun=true`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', 'accept-language': 'id-ID', cookie },
      body: MISMATCH.replace('PKM-TALAWI', 'PKM-XYZ'),
    });
    const last = (await response.text()).trim().split('\n').at(-1) ?? '{}';
    expect(JSON.parse(last).result).toMatchObject({
      errors: [{ line: 3, column: 'unit_code', message: 'Tidak ada unit kerja aktif dengan kode PKM-XYZ.' }],
      warnings: [
        {
          line: 3,
          column: 'birth_date',
          message: expect.stringContaining('NIP memuat tanggal lahir 1983-04-12'),
        },
      ],
    });
  });

  it('imports the roster back unchanged when it is written from the staff list with core’s toRosterRow', async () => {
    type Node = {
      nip: string;
      name: string;
      birthDate: string | null;
      gender: 'MALE' | 'FEMALE';
      employmentType: 'PNS' | 'PPPK';
      contractEnd: string | null;
      transferDate: string | null;
      tmt: string;
      position: { name: string };
      unit: { code: string };
    };
    const list = await app.gql<{ staffMembers: { totalCount: number; edges: { node: Node }[] } }>(
      '{ staffMembers(first: 100) { totalCount edges { node { nip name birthDate gender employmentType contractEnd transferDate tmt position { name } unit { code } } } } }',
      {},
      cookie,
    );
    const nodes = list.data?.staffMembers.edges.map((edge) => edge.node) ?? [];
    expect(nodes.length).toBeGreaterThanOrEqual(3);
    const quote = (cell: string) => (/[",]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
    const csv = [
      ROSTER_COLUMNS.join(','),
      ...nodes.map((node) => {
        const row = toRosterRow({ ...node, unitCode: node.unit.code, positionName: node.position.name });
        return ROSTER_COLUMNS.map((column) => quote(row[column])).join(',');
      }),
    ].join('\n');
    const response = await app.gql<Result>(IMPORT, { csv, dry: true }, cookie);
    expect(response.data?.importStaff).toMatchObject({
      totalRows: nodes.length,
      created: 0,
      updated: 0,
      unchanged: nodes.length,
      errors: [],
    });
  });
});
