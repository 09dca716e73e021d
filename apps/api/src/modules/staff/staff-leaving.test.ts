import { leavingDateOf, projectSupply, retirementDate } from '@formasi/core';
import { type AbstractSqlDriver } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { Migration20261204201500_LeavingDayAfterContract as PostgresLeaving } from '../../migrations/postgresql/Migration20261204201500_LeavingDayAfterContract.js';
import { Migration20261204201500_LeavingDayAfterContract as SqliteLeaving } from '../../migrations/sqlite/Migration20261204201500_LeavingDayAfterContract.js';
import { testDialect } from '../../test/harness.js';
import { StaffMember } from './staff-member.entity.js';
import { loadSupply } from './supply.repository.js';

let app: TestApp;
let cookie: string;
const year = new Date().getFullYear() + 1;

beforeAll(async () => {
  app = await startTestApp();
  cookie = await app.login();
});
afterAll(() => app.close());

/** Every stored member's leaving columns against core's rules over their own dates and position's BUP. */
async function expectStoredLeavingEqualsCore(): Promise<number> {
  const members = await app.orm.em.fork().find(StaffMember, {}, { populate: ['position'] });
  for (const member of members) {
    const retirementAge = member.position.getEntity().retirementAge;
    const leaving = leavingDateOf({ ...member, retirementAge });
    expect(
      { retiresOn: member.retiresOn, leavesOn: member.leavesOn, leavingReason: member.leavingReason },
      member.nip,
    ).toEqual({
      retiresOn: retirementDate(member.birthDate, retirementAge),
      leavesOn: leaving.date,
      leavingReason: leaving.reason,
    });
  }
  return members.length;
}

type Wave = { year: number; retirements: number; contractEnds: number; transfers: number; total: number };
const WAVE = `query($y: Int!, $s: ID) { retirementWave(year: $y, sectorId: $s) { year retirements contractEnds transfers total } }`;

/** The wave the API counts in SQL against core's projectSupply over the roster. */
async function expectWaveEqualsCore(fromYear: number, sectorId: string | null): Promise<Wave[]> {
  const response = await app.gql<{ retirementWave: Wave[] }>(WAVE, { y: fromYear, s: sectorId }, cookie);
  expect(response.errors).toBeUndefined();
  const supply = await loadSupply(app.orm.em.fork(), { sectorId });
  const expected = projectSupply(
    supply.map(({ member }) => member),
    fromYear,
    5,
  ).map((row) => ({
    year: row.year,
    retirements: row.byReason.RETIREMENT,
    contractEnds: row.byReason.CONTRACT_END,
    transfers: row.byReason.TRANSFER,
    total: row.leavingInYear,
  }));
  expect(response.data?.retirementWave).toEqual(expected);
  return expected;
}

describe('stored leaving dates', () => {
  it('are core’s for every member of the demo roster', async () => {
    expect(await expectStoredLeavingEqualsCore()).toBeGreaterThan(100);
  });

  it('are recomputed by the migration that moved a contract’s leaving to the day after its last day', async () => {
    const em = app.orm.em.fork();
    const contracts = await em.find(StaffMember, { employmentType: 'PPPK', leavingReason: 'CONTRACT_END' });
    expect(contracts.length).toBeGreaterThan(0);
    // As the earlier rule stored them: the contract's last day.
    await em
      .getConnection()
      .execute(`update staff_member set leaves_on = contract_end where leaving_reason = 'CONTRACT_END'`);
    const Migration = testDialect() === 'postgresql' ? PostgresLeaving : SqliteLeaving;
    await new Migration(app.orm.em.getDriver() as AbstractSqlDriver, app.orm.config).up();
    expect(await expectStoredLeavingEqualsCore()).toBeGreaterThan(100);
    const [first] = await app.orm.em.fork().find(StaffMember, { id: contracts[0]?.id });
    expect(first && first.leavesOn > (first.contractEnd ?? '')).toBe(true);
  });

  it('count the retirement wave as core projects it, for the roster and per sector', async () => {
    const whole = await expectWaveEqualsCore(year, null);
    expect(whole.reduce((sum, row) => sum + row.total, 0)).toBeGreaterThan(40);
    // Years before most leaving dates: the overdue ones fold into the first year, as in projectSupply.
    await expectWaveEqualsCore(year + 3, null);
    const sectors = await app.gql<{ sectors: { edges: { node: { id: string } }[] } }>(
      '{ sectors(first: 50) { edges { node { id } } } }',
      {},
      cookie,
    );
    const ids = sectors.data?.sectors.edges.map((edge) => edge.node.id) ?? [];
    expect(ids.length).toBeGreaterThan(2);
    for (const id of ids) await expectWaveEqualsCore(year, id);
  });

  it('move with the position’s BUP and with a re-imported transfer date', async () => {
    const em = app.orm.em.fork();
    const held = await em.findOneOrFail(
      StaffMember,
      { position: { kind: 'FUNGSIONAL', level: { $in: ['AHLI_PERTAMA', 'AHLI_MUDA'] }, isTeacher: false } },
      { populate: ['position', 'unit'] },
    );
    const position = held.position.getEntity();
    const before = held.retiresOn;
    // Ahli madya retire at 60 instead of 58: two years later for everyone in the post.
    const update = await app.gql(
      'mutation($id: ID!) { updatePosition(id: $id, input: { level: AHLI_MADYA }) { id } }',
      { id: position.id },
      cookie,
    );
    expect(update.errors).toBeUndefined();
    const after = await app.orm.em.fork().findOneOrFail(StaffMember, { id: held.id });
    expect(Number(after.retiresOn.slice(0, 4)) - Number(before.slice(0, 4))).toBe(2);
    const csv = [
      'nip,name,birth_date,gender,employment_type,contract_end,transfer_date,tmt,unit_code,position_name',
      [
        held.nip,
        held.name,
        held.birthDate,
        held.gender,
        held.employmentType,
        held.contractEnd ?? '',
        `${year}-07-01`,
        held.tmt,
        held.unit.getEntity().code,
        position.name,
      ].join(','),
    ].join('\n');
    const imported = await app.gql<{ importStaff: { applied: boolean; updated: number } }>(
      'mutation($csv: String!) { importStaff(csv: $csv) { applied updated } }',
      { csv },
      cookie,
    );
    expect(imported.data?.importStaff).toEqual({ applied: true, updated: 1 });
    const reimported = await app.orm.em.fork().findOneOrFail(StaffMember, { id: held.id });
    expect(reimported).toMatchObject({ leavesOn: `${year}-07-01`, leavingReason: 'TRANSFER' });
    await expectStoredLeavingEqualsCore();
    await expectWaveEqualsCore(year, null);
  });
});
