import { composeNip, isoDateInJakarta } from '@formasi/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { GapRow } from '../gaps/gap-row.entity.js';
import { StaffMemberChange } from './staff-member-change.entity.js';
import { StaffMember } from './staff-member.entity.js';

let app: TestApp;
let admin: string;
let viewer: string;
let operator: string;
let memberId: string;
let otherNip: string;
let targetPositionId: string;
const year = new Date().getFullYear() + 1;
const today = isoDateInJakarta(new Date());
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

const MEMBER = `query($id: ID!) { staffMember(id: $id) {
  id nip name birthDate gender employmentType contractEnd transferDate tmt retirementDate archived
  position { id name } unit { id name }
  history { kind changedAt changedByName effectiveOn archiveReason note changes { field from to } }
} }`;
type Change = { field: string; from: string | null; to: string | null };
type History = {
  kind: string;
  changedByName: string;
  effectiveOn: string | null;
  archiveReason: string | null;
  note: string | null;
  changes: Change[];
};
type Member = {
  id: string;
  nip: string;
  name: string;
  birthDate: string | null;
  tmt: string;
  transferDate: string | null;
  retirementDate: string;
  archived: boolean;
  position: { id: string; name: string };
  unit: { id: string; name: string };
  history: History[];
};
const openMember = (id: string, cookie = admin) =>
  app.gql<{ staffMember: Member | null }>(MEMBER, { id }, cookie);
const update = (id: string, input: Record<string, unknown>, cookie = admin) =>
  app.gql<{ updateStaffMember: Member }>(
    `mutation($id: ID!, $i: UpdateStaffMemberInput!) { updateStaffMember(id: $id, input: $i) { id name nip birthDate transferDate retirementDate } }`,
    { id, i: input },
    cookie,
  );
const move = (id: string, input: Record<string, unknown>, cookie = admin) =>
  app.gql<{ moveStaffMember: Member }>(
    `mutation($id: ID!, $i: MoveStaffMemberInput!) { moveStaffMember(id: $id, input: $i) { id tmt position { id name } unit { id name } } }`,
    { id, i: input },
    cookie,
  );
const archive = (id: string, input: Record<string, unknown>, cookie = admin) =>
  app.gql<{ archiveStaffMember: Member }>(
    `mutation($id: ID!, $i: ArchiveStaffMemberInput!) { archiveStaffMember(id: $id, input: $i) { id archived } }`,
    { id, i: input },
    cookie,
  );

/** The stored gap of a position in the planning year itself. */
const gapOf = async (positionId: string) =>
  app.orm.em.fork().findOne(GapRow, { year, horizon: 0, position: positionId });
const historyCount = () => app.orm.em.fork().count(StaffMemberChange, {});

async function createAccount(email: string, role: string, unitId: string | null): Promise<string> {
  const password = 'kata-sandi-panjang-2026';
  const created = await app.gql(
    `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`,
    { i: { email, name: email, password, role, ...(unitId ? { unitId } : {}) } },
    admin,
  );
  expect(created.errors).toBeUndefined();
  return app.login(email, password);
}

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.login();
  const em = app.orm.em.fork();
  // A PNS in post for years yet, in an analysed position, and a position of another unit analysed too.
  const analysed = await em.find(GapRow, { year, horizon: 0 }, { orderBy: { id: 'asc' } });
  const analysedIds = new Set(analysed.map((row) => row.position.id));
  const members = await em.find(
    StaffMember,
    { archivedAt: null, employmentType: 'PNS', transferDate: null, retiresOn: { $gt: `${year + 6}-01-01` } },
    { orderBy: { nip: 'asc' } },
  );
  const member = members.find((candidate) => analysedIds.has(candidate.position.id));
  if (!member) throw new Error('the demo roster has no PNS in an analysed position');
  memberId = member.id;
  otherNip = members.find((candidate) => candidate.id !== member.id)?.nip ?? '';
  const target = analysed.find(
    (row) => row.unit.id !== member.unit.id && row.position.id !== member.position.id,
  );
  targetPositionId = target?.position.id ?? '';
  viewer = await createAccount('pemantau@sawahluntokota.go.id', 'VIEWER', null);
  operator = await createAccount('operator@sawahluntokota.go.id', 'UNIT_OPERATOR', member.unit.id);
});
afterAll(() => app.close());

describe('one staff member', () => {
  it('opens with position, unit and an empty history; unknown ids answer null', async () => {
    const response = await openMember(memberId);
    expect(response.errors).toBeUndefined();
    expect(response.data?.staffMember).toMatchObject({ id: memberId, archived: false, history: [] });
    expect((await openMember(UNKNOWN)).data?.staffMember).toBeNull();
    expect((await openMember('not-a-uuid')).data?.staffMember).toBeNull();
  });

  it('keeps NIP and birth date protected for other roles, as the list does', async () => {
    const asViewer = (await openMember(memberId, viewer)).data?.staffMember;
    expect(asViewer?.nip).toMatch(/^\d{4}\*{11}\d{3}$/);
    expect(asViewer?.birthDate).toBeNull();
    const asAdmin = (await openMember(memberId)).data?.staffMember;
    expect(asAdmin?.nip).toMatch(/^\d{18}$/);
    expect(asAdmin?.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses changes from roles that may not change staff, writing nothing', async () => {
    const before = await historyCount();
    for (const cookie of [viewer, operator]) {
      const responses = [
        await update(memberId, { name: 'Siapa Saja' }, cookie),
        await move(memberId, { positionId: targetPositionId, tmt: today }, cookie),
        await archive(memberId, { reason: 'RESIGNED', date: today }, cookie),
      ];
      for (const response of responses) expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await update(memberId, { name: 'Siapa Saja' }, '');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await historyCount()).toBe(before);
    expect((await openMember(memberId)).data?.staffMember?.name).not.toBe('Siapa Saja');
  });

  it.each<
    [
      string,
      () => Promise<{ errors?: { message: string; extensions?: Record<string, unknown> }[] }>,
      string,
      string,
    ]
  >([
    ['a blank name', () => update(memberId, { name: '  ' }), 'name', 'REQUIRED'],
    [
      'an impossible birth date',
      () => update(memberId, { birthDate: '1980-02-30' }),
      'birthDate',
      'INVALID_DATE',
    ],
    ['a TMT in the future', () => update(memberId, { tmt: '2999-01-01' }), 'tmt', 'INVALID_DATE'],
    [
      'a PPPK without a contract end',
      () => update(memberId, { employmentType: 'PPPK' }),
      'contractEnd',
      'REQUIRED',
    ],
    ['a NIP of 17 digits', () => update(memberId, { nip: '19680315199201100' }), 'nip', 'INVALID_FORMAT'],
    [
      'a move to the position held',
      async () =>
        move(memberId, {
          positionId: (await app.orm.em.fork().findOneOrFail(StaffMember, memberId)).position.id,
          tmt: today,
        }),
      'positionId',
      'NOT_ALLOWED',
    ],
    [
      'a move to an unknown position',
      () => move(memberId, { positionId: UNKNOWN, tmt: today }),
      'positionId',
      'NOT_FOUND',
    ],
    [
      'a move dated before the TMT',
      () => move(memberId, { positionId: targetPositionId, tmt: '1990-01-01' }),
      'tmt',
      'INVALID_DATE',
    ],
    [
      'an archive dated tomorrow',
      () => archive(memberId, { reason: 'RETIRED', date: '2999-12-31' }),
      'date',
      'INVALID_DATE',
    ],
    [
      'an archive with a long note',
      () => archive(memberId, { reason: 'DIED', date: today, note: 'x'.repeat(501) }),
      'note',
      'TOO_LONG',
    ],
  ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_, send, field, reason) => {
    const before = await historyCount();
    const stored = await app.orm.em.fork().findOneOrFail(StaffMember, memberId);
    const response = await send();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect(response.errors?.[0]?.message).toMatch(/\w/);
    expect(JSON.stringify(response.errors)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
    expect(await historyCount()).toBe(before);
    const after = await app.orm.em.fork().findOneOrFail(StaffMember, memberId);
    expect(after.updatedAt).toEqual(stored.updatedAt);
  });

  it('refuses another member’s NIP as a duplicate', async () => {
    const other = await app.orm.em.fork().findOneOrFail(StaffMember, { nip: otherNip });
    const stored = await app.orm.em.fork().findOneOrFail(StaffMember, memberId);
    // A NIP valid for this member's birth date and sex, already held by someone else.
    const clash = composeNip({
      birthDate: stored.birthDate,
      tmtCpns: '2000-01',
      gender: stored.gender,
      serial: '777',
    });
    await app.orm.em.fork().nativeUpdate(StaffMember, { id: other.id }, { nip: clash });
    const response = await update(memberId, { nip: clash });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'nip',
      reason: 'DUPLICATE',
    });
    await app.orm.em.fork().nativeUpdate(StaffMember, { id: other.id }, { nip: otherNip });
  });

  it('edits the details, recomputes the leaving dates and the gap, and records who changed what', async () => {
    const stored = await app.orm.em.fork().findOneOrFail(StaffMember, memberId);
    const gapBefore = await gapOf(stored.position.id);
    const transferDate = `${year}-07-01`;
    const response = await update(memberId, { name: '  Rahmat   Hidayat ', transferDate });
    expect(response.errors).toBeUndefined();
    expect(response.data?.updateStaffMember).toMatchObject({ name: 'Rahmat Hidayat', transferDate });
    const saved = await app.orm.em.fork().findOneOrFail(StaffMember, memberId);
    expect(saved).toMatchObject({ leavesOn: transferDate, leavingReason: 'TRANSFER' });
    expect((await gapOf(stored.position.id))?.leaving).toBe((gapBefore?.leaving ?? 0) + 1);
    const history = (await openMember(memberId)).data?.staffMember?.history;
    expect(history).toEqual(
      [
        {
          kind: 'EDIT',
          changedByName: expect.stringMatching(/\w/),
          effectiveOn: null,
          archiveReason: null,
          note: null,
          changes: [
            { field: 'name', from: stored.name, to: 'Rahmat Hidayat' },
            { field: 'transferDate', from: null, to: transferDate },
          ],
        },
      ].map((entry) => expect.objectContaining(entry)),
    );
    // The same values again change nothing and record nothing.
    const count = await historyCount();
    expect((await update(memberId, { name: 'Rahmat Hidayat' })).errors).toBeUndefined();
    expect(await historyCount()).toBe(count);
  });

  it('records a new NIP and birth date masked for roles that do not see them', async () => {
    const stored = await app.orm.em.fork().findOneOrFail(StaffMember, memberId);
    const birthDate = `${stored.birthDate.slice(0, 8)}${stored.birthDate.slice(8) === '01' ? '02' : '01'}`;
    const nip = composeNip({ birthDate, tmtCpns: '2005-01', gender: stored.gender, serial: '404' });
    const response = await update(memberId, { nip, birthDate });
    expect(response.errors).toBeUndefined();
    const [asAdmin] = (await openMember(memberId)).data?.staffMember?.history ?? [];
    expect(asAdmin?.changes).toEqual([
      { field: 'nip', from: stored.nip, to: nip },
      { field: 'birthDate', from: stored.birthDate, to: birthDate },
    ]);
    const [asViewer] = (await openMember(memberId, viewer)).data?.staffMember?.history ?? [];
    expect(asViewer?.changes).toEqual([
      {
        field: 'nip',
        from: expect.stringMatching(/^\d{4}\*{11}\d{3}$/),
        to: expect.stringMatching(/^\d{4}\*{11}\d{3}$/),
      },
      { field: 'birthDate', from: null, to: null },
    ]);
    expect(JSON.stringify(asViewer)).not.toContain(nip);
  });

  it('moves the member to a position of another unit, with both positions’ gaps in the same change', async () => {
    const stored = await app.orm.em
      .fork()
      .findOneOrFail(StaffMember, memberId, { populate: ['position', 'unit'] });
    const [fromBefore, toBefore] = await Promise.all([gapOf(stored.position.id), gapOf(targetPositionId)]);
    const response = await move(memberId, { positionId: targetPositionId, tmt: today });
    expect(response.errors).toBeUndefined();
    const moved = response.data?.moveStaffMember;
    expect(moved).toMatchObject({ tmt: today, position: { id: targetPositionId } });
    expect(moved?.unit.id).not.toBe(stored.unit.id);
    const [fromAfter, toAfter] = await Promise.all([gapOf(stored.position.id), gapOf(targetPositionId)]);
    expect(fromAfter?.staff).toBe((fromBefore?.staff ?? 0) - 1);
    expect(toAfter?.staff).toBe((toBefore?.staff ?? 0) + 1);
    const [entry] = (await openMember(memberId)).data?.staffMember?.history ?? [];
    expect(entry).toMatchObject({
      kind: 'MOVE',
      effectiveOn: today,
      changes: [
        { field: 'unit', from: stored.unit.getEntity().name, to: moved?.unit.name },
        { field: 'position', from: stored.position.getEntity().name, to: moved?.position.name },
        { field: 'tmt', from: stored.tmt, to: today },
      ],
    });
  });

  it('archives the member with a reason: off the current roster and the gaps, history closed', async () => {
    const gapBefore = await gapOf(targetPositionId);
    const response = await archive(memberId, {
      reason: 'TRANSFERRED_OUT',
      date: today,
      note: ' Pindah ke Kota Padang ',
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.archiveStaffMember.archived).toBe(true);
    expect((await gapOf(targetPositionId))?.staff).toBe((gapBefore?.staff ?? 0) - 1);
    const opened = (await openMember(memberId)).data?.staffMember;
    expect(opened?.history.map((entry) => entry.kind)).toEqual(['ARCHIVE', 'MOVE', 'EDIT', 'EDIT']);
    expect(opened?.history[0]).toMatchObject({
      archiveReason: 'TRANSFERRED_OUT',
      effectiveOn: today,
      note: 'Pindah ke Kota Padang',
    });
    const again = await update(memberId, { name: 'Lagi' });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
      reason: 'ARCHIVED',
    });
    const unknown = await archive(UNKNOWN, { reason: 'RETIRED', date: today });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('rolls a change back whole, history included, when a later step of its transaction fails', async () => {
    const other = await app.orm.em
      .fork()
      .findOneOrFail(StaffMember, { archivedAt: null, id: { $ne: memberId } });
    const before = await historyCount();
    const connection = app.orm.em.getConnection();
    // The gap refresh runs after the member and the history row are written: without its table it fails.
    await connection.execute('alter table gap_row rename to gap_row_away');
    try {
      const response = await update(other.id, { name: 'Nama Yang Tidak Tersimpan' });
      expect(response.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await connection.execute('alter table gap_row_away rename to gap_row');
    }
    expect(await historyCount()).toBe(before);
    expect((await app.orm.em.fork().findOneOrFail(StaffMember, other.id)).name).toBe(other.name);
  });

  it('opens a member with a long history in as many statements as one without', async () => {
    const measure = async (id: string) => {
      const fresh = await app.login();
      app.queries.length = 0;
      const response = await openMember(id, fresh);
      expect(response.errors).toBeUndefined();
      return {
        history: response.data?.staffMember?.history.length ?? 0,
        statements: app.queries.filter((sql) => /\b(select|insert|update|delete)\b/i.test(sql)).length,
      };
    };
    const fresh = await app.orm.em
      .fork()
      .findOneOrFail(StaffMember, { archivedAt: null, id: { $ne: memberId } });
    const long = await measure(memberId);
    const none = await measure(fresh.id);
    expect(long.history).toBe(4);
    expect(none.history).toBe(0);
    // The session, the member, its position and unit (one batch each) and the whole history in one statement.
    expect(long.statements).toBe(none.statements);
    expect(long.statements).toBeLessThanOrEqual(5);
  });
});
