import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, startTestApp, type TestApp } from '../../test/harness.js';

let app: TestApp;
let admin: string;
const unitIds: Record<string, string> = {};
const year = new Date().getFullYear() + 3;
const OPERATOR = { email: 'operator@dinkes.sawahluntokota.go.id', password: 'Operator-Dinkes-2026' };

type UserRow = {
  id: string;
  email: string;
  name: string;
  roles: string[];
  disabled: boolean;
  grants: { role: string; unit: { code: string } | null }[];
};
const USER_FIELDS = 'id email name roles disabled grants { role unit { code } }';

const createUser = (input: Record<string, unknown>, cookie = admin) =>
  app.gql<{ createUser: UserRow }>(
    `mutation($i: CreateUserInput!) { createUser(input: $i) { ${USER_FIELDS} } }`,
    { i: input },
    cookie,
  );
const updateUser = (id: string, input: Record<string, unknown>, cookie = admin) =>
  app.gql<{ updateUser: UserRow }>(
    `mutation($id: ID!, $i: UpdateUserInput!) { updateUser(id: $id, input: $i) { ${USER_FIELDS} } }`,
    { id, i: input },
    cookie,
  );
const createAnalysis = (unit: string, cookie: string) =>
  app.gql<{ createNeedsAnalysis: { id: string; status: string; viewerCanEdit: boolean } }>(
    'mutation($y: Int!, $u: ID!) { createNeedsAnalysis(year: $y, unitId: $u) { id status viewerCanEdit } }',
    { y: year, u: unitIds[unit] },
    cookie,
  );
const transition = (id: string, action: string, cookie: string, note: string | null = null) =>
  app.gql<{ transitionNeedsAnalysis: { status: string } }>(
    'mutation($id: ID!, $a: AnalysisAction!, $n: String) { transitionNeedsAnalysis(id: $id, action: $a, note: $n) { status } }',
    { id, a: action, n: note },
    cookie,
  );
const viewerFields = (id: string, cookie: string) =>
  app.gql<{ needsAnalysis: { viewerActions: string[]; viewerCanEdit: boolean; viewerCanVersion: boolean } }>(
    'query($id: ID!) { needsAnalysis(id: $id) { viewerActions viewerCanEdit viewerCanVersion } }',
    { id },
    cookie,
  );

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.login();
  const units = await app.gql<{ units: { edges: { node: { id: string; code: string } }[] } }>(
    '{ units(first: 100) { edges { node { id code } } } }',
    {},
    admin,
  );
  for (const { node } of units.data?.units.edges ?? []) unitIds[node.code] = node.id;
});
afterAll(() => app.close());

describe('accounts and unit-scoped roles', () => {
  let operatorId: string;
  let operator: string;
  let analysisId: string;

  it('refuses incomplete accounts, naming the field and the reason', async () => {
    const base = {
      email: 'x@sawahluntokota.go.id',
      name: 'X',
      password: 'kata-sandi-panjang',
      role: 'VIEWER',
    };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ password: 'pendek' }, 'password', 'TOO_SHORT'],
      [{ email: 'bukan-email' }, 'email', 'INVALID_FORMAT'],
      [{ role: 'UNIT_OPERATOR' }, 'unitId', 'REQUIRED'],
      [{ unitId: unitIds.DINKES }, 'unitId', 'NOT_ALLOWED'],
      [{ email: ADMIN.email.toUpperCase() }, 'email', 'DUPLICATE'],
      [{ role: 'UNIT_OPERATOR', unitId: 'no-such-unit' }, 'unitId', 'NOT_FOUND'],
    ];
    for (const [patch, field, reason] of cases) {
      const response = await createUser({ ...base, ...patch });
      expect(response.errors?.[0]?.extensions, JSON.stringify(patch)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
        reason,
      });
    }
    const users = await app.gql<{ users: UserRow[] }>(`{ users { ${USER_FIELDS} } }`, {}, admin);
    expect(users.data?.users.map((user) => user.email)).toEqual([ADMIN.email]);
  });

  it('creates a unit operator for Dinas Kesehatan, who signs in and sees their grant', async () => {
    const created = await createUser({
      email: `  ${OPERATOR.email.toUpperCase()} `,
      name: 'Operator Dinas Kesehatan',
      password: OPERATOR.password,
      role: 'UNIT_OPERATOR',
      unitId: unitIds.DINKES,
    });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createUser).toMatchObject({
      email: OPERATOR.email,
      roles: ['UNIT_OPERATOR'],
      disabled: false,
      grants: [{ role: 'UNIT_OPERATOR', unit: { code: 'DINKES' } }],
    });
    operatorId = created.data?.createUser.id ?? '';
    operator = await app.login(OPERATOR.email, OPERATOR.password);
    const me = await app.gql<{ me: UserRow }>(`{ me { ${USER_FIELDS} } }`, {}, operator);
    expect(me.data?.me.grants).toEqual([{ role: 'UNIT_OPERATOR', unit: { code: 'DINKES' } }]);
  });

  it('lets the operator draft and submit analyses of its units only, and BKPSDM verify them', async () => {
    // A puskesmas is a sub-unit of Dinas Kesehatan: covered.
    const own = await createAnalysis('PKM-TALAWI', operator);
    expect(own.errors).toBeUndefined();
    expect(own.data?.createNeedsAnalysis).toMatchObject({ status: 'DRAFT', viewerCanEdit: true });
    analysisId = own.data?.createNeedsAnalysis.id ?? '';

    const elsewhere = await createAnalysis('DPUPR', operator);
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(elsewhere.errors?.[0]?.message).toContain('Dinas Pekerjaan Umum');

    expect((await viewerFields(analysisId, operator)).data?.needsAnalysis).toEqual({
      viewerActions: ['SUBMIT'],
      viewerCanEdit: true,
      viewerCanVersion: false,
    });
    expect((await transition(analysisId, 'SUBMIT', operator)).data?.transitionNeedsAnalysis.status).toBe(
      'SUBMITTED',
    );
    // Verifying is BKPSDM's: the operator sees no action and is refused; the admin may verify or return.
    expect((await viewerFields(analysisId, operator)).data?.needsAnalysis.viewerActions).toEqual([]);
    const verify = await transition(analysisId, 'VERIFY', operator);
    expect(verify.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await viewerFields(analysisId, admin)).data?.needsAnalysis.viewerActions).toEqual([
      'VERIFY',
      'RETURN',
    ]);
    expect((await transition(analysisId, 'RETURN', admin, 'Lengkapi norma waktu')).errors).toBeUndefined();
    expect((await transition(analysisId, 'REOPEN', operator)).data?.transitionNeedsAnalysis.status).toBe(
      'DRAFT',
    );

    // Region-wide data stays BKPSDM's, and the roster's personal data stays masked.
    const sector = await app.gql(
      'mutation { createSector(input: { code: "X", name: "X" }) { id } }',
      {},
      operator,
    );
    expect(sector.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const staff = await app.gql<{
      staffMembers: { edges: { node: { nip: string; birthDate: string | null } }[] };
    }>('{ staffMembers(first: 1) { edges { node { nip birthDate } } } }', {}, operator);
    expect(staff.data?.staffMembers.edges[0]?.node.nip).toMatch(/\*/);
    expect(staff.data?.staffMembers.edges[0]?.node.birthDate).toBeNull();
    expect((await app.gql('{ users { id } }', {}, operator)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('moves the operator to another unit, and their reach moves with them', async () => {
    const moved = await updateUser(operatorId, { unitId: unitIds.DPUPR });
    expect(moved.data?.updateUser.grants).toEqual([{ role: 'UNIT_OPERATOR', unit: { code: 'DPUPR' } }]);
    expect((await viewerFields(analysisId, operator)).data?.needsAnalysis).toMatchObject({
      viewerActions: [],
      viewerCanEdit: false,
    });
    expect((await createAnalysis('DPUPR', operator)).errors).toBeUndefined();
  });

  it('resets a password and disables an account, ending its sessions', async () => {
    const reset = await updateUser(operatorId, { password: 'Sandi-Baru-Operator-1' });
    expect(reset.errors).toBeUndefined();
    const afterReset = await app.gql<{ me: { id: string } | null }>('{ me { id } }', {}, operator);
    expect(afterReset.data?.me).toBeNull();
    await expect(app.login(OPERATOR.email, OPERATOR.password)).rejects.toThrow(/login failed/);
    operator = await app.login(OPERATOR.email, 'Sandi-Baru-Operator-1');

    expect((await updateUser(operatorId, { disabled: true })).data?.updateUser.disabled).toBe(true);
    expect((await app.gql<{ me: null }>('{ me { id } }', {}, operator)).data?.me).toBeNull();
    await expect(app.login(OPERATOR.email, 'Sandi-Baru-Operator-1')).rejects.toThrow(/login failed/);
    expect((await updateUser(operatorId, { disabled: false })).data?.updateUser.disabled).toBe(false);
    await app.login(OPERATOR.email, 'Sandi-Baru-Operator-1');
  });

  it('keeps an administrator from locking themselves out', async () => {
    const me = await app.gql<{ me: { id: string } }>('{ me { id } }', {}, admin);
    const id = me.data?.me.id ?? '';
    expect((await updateUser(id, { disabled: true })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'disabled',
      reason: 'NOT_ALLOWED',
    });
    expect((await updateUser(id, { role: 'VIEWER' })).errors?.[0]?.extensions).toMatchObject({
      field: 'role',
      reason: 'NOT_ALLOWED',
    });
    const users = await app.gql<{ users: UserRow[] }>(`{ users { ${USER_FIELDS} } }`, {}, admin);
    expect(users.data?.users.find((user) => user.id === id)).toMatchObject({
      roles: ['ADMIN'],
      disabled: false,
    });
  });

  it('lists accounts with their units in a bounded number of statements', async () => {
    for (let index = 0; index < 12; index += 1) {
      const unit = ['PKM-LUNTO', 'SDN-01', 'SMPN-1', 'RSUD'][index % 4] ?? 'RSUD';
      const created = await createUser({
        email: `operator${index}@sawahluntokota.go.id`,
        name: `Operator ${index}`,
        password: 'kata-sandi-panjang',
        role: 'UNIT_OPERATOR',
        unitId: unitIds[unit],
      });
      expect(created.errors).toBeUndefined();
    }
    app.queries.length = 0;
    const users = await app.gql<{ users: UserRow[] }>(`{ users { ${USER_FIELDS} } }`, {}, admin);
    expect(users.data?.users).toHaveLength(14);
    const selects = app.queries.filter((sql) => /^\s*select/i.test(sql));
    // session + user + roles, the users with their assignments, and one batch of units.
    expect(selects.length).toBeGreaterThan(1);
    expect(selects.length).toBeLessThanOrEqual(6);
  });
});
