import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  leavingDateOf,
  parseNiPppk,
  parseNip,
  retirementAgeFor,
  validateDemandChoice,
  validatePosition,
  validateUnit,
  validateWorkloadItems,
} from '@formasi/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase, type Orm } from '../db/database.js';
import { createTempPostgresDatabase } from '../db/temp-postgres.js';
import { computeYearGaps } from '../modules/gaps/gap-refresh.js';
import { GapService } from '../modules/gaps/gap.service.js';
import { PositionNeed } from '../modules/needs/position-need.entity.js';
import { Position } from '../modules/positions/position.entity.js';
import { PositionService } from '../modules/positions/position.service.js';
import { Unit } from '../modules/units/unit.entity.js';
import { seedDemoNeeds } from '../seeders/demo-needs.seeder.js';
import { seedDemo } from '../seeders/demo.seeder.js';
import { testDialect } from '../test/harness.js';
import {
  GENERATED_TABLES,
  generateData,
  type GenerateProgress,
  type GenerateResult,
} from './generate-data.js';
import { defineScale, expectedCounts } from './scales.js';
import { systemDeps } from '../common/service-deps.js';
import { loadEnv } from '../config/env.js';

const YEAR = 2027;
const SEED = 7;
// Kota Padang Panjang: two kecamatan, about a thousand staff, generated in a second.
const TINY = defineScale('tiny', ['13.74']);
type Db = { orm: Orm; close: () => Promise<void> };
type Raw = Record<string, unknown>;

/** A fresh migrated database of the test's dialect (PostgreSQL databases are named formasi_gendata_test_…). */
async function freshDatabase(): Promise<Db> {
  if (testDialect() === 'postgresql') {
    const pg = await createTempPostgresDatabase('formasi_gendata_test');
    const orm = await openDatabase({ dialect: 'postgresql', url: pg.url });
    await migrateDatabase(orm);
    return { orm, close: async () => (await orm.close(true), await pg.drop()) };
  }
  const dir = await mkdtemp(join(tmpdir(), 'formasi-gendata-'));
  const orm = await openDatabase({ dialect: 'sqlite', file: join(dir, 'db.sqlite') });
  await migrateDatabase(orm);
  return { orm, close: async () => (await orm.close(true), await rm(dir, { recursive: true, force: true })) };
}

const select = (db: Db, sql: string): Promise<Raw[]> => db.orm.em.fork().getConnection().execute(sql);
const checksum = (rows: Raw[]): string => createHash('sha256').update(JSON.stringify(rows)).digest('hex');
const countOf = async (db: Db, table: string): Promise<number> =>
  Number((await select(db, `select count(*) as n from ${table}`))[0]?.n);

let first: Db;
let second: Db;
let result: GenerateResult;
const progress: GenerateProgress[] = [];
beforeAll(async () => {
  [first, second] = await Promise.all([freshDatabase(), freshDatabase()]);
  result = await generateData(first.orm, {
    scale: TINY,
    year: YEAR,
    seed: SEED,
    onProgress: (p) => progress.push(p),
  });
  await generateData(second.orm, { scale: TINY, year: YEAR, seed: SEED });
});
afterAll(async () => {
  await first?.close();
  await second?.close();
});

describe('gen-data', () => {
  it('writes exactly the rows the scale definition counts, and reports them as it goes', async () => {
    const expected = expectedCounts(TINY, { seed: SEED, year: YEAR });
    expect(expected.staff_member).toBeGreaterThan(500);
    for (const table of GENERATED_TABLES) {
      const planned = table === 'planning_year' ? 1 : expected[table];
      expect({ table, rows: result.rows[table] }).toEqual({ table, rows: planned });
      // The reference seeder's four Sawahlunto kecamatan are there before the run.
      const before = table === 'kecamatan' ? 4 : 0;
      expect({ table, stored: await countOf(first, table) }).toEqual({ table, stored: before + planned });
      expect(progress.filter((p) => p.table === table).at(-1)).toEqual({
        table,
        done: planned,
        total: planned,
      });
    }
    expect(result.generatedRegions).toEqual(['13.74 Kota Padang Panjang']);
    // The stored gaps' refresh reports its rows too, from none to every row written.
    const gapRows = await countOf(first, 'gap_row');
    expect(gapRows).toBeGreaterThan(0);
    const gapProgress = progress.filter((p) => p.table === 'gap_row');
    expect(gapProgress[0]).toEqual({ table: 'gap_row', done: 0, total: gapRows });
    expect(gapProgress.at(-1)).toEqual({ table: 'gap_row', done: gapRows, total: gapRows });
  });

  it('is deterministic: the same seed gives the same rows, another seed other people', async () => {
    const staff =
      'select id, nip, name, birth_date, tmt, contract_end, position_id from staff_member order by id';
    const work = 'select id, task, annual_volume, norm_minutes from workload_item order by id';
    expect(checksum(await select(first, staff))).toBe(checksum(await select(second, staff)));
    expect(checksum(await select(first, work))).toBe(checksum(await select(second, work)));
    const other = await freshDatabase();
    try {
      await generateData(other.orm, { scale: TINY, year: YEAR, seed: SEED + 1 });
      const nips = 'select nip from staff_member order by nip';
      expect(checksum(await select(other, nips))).not.toBe(checksum(await select(first, nips)));
    } finally {
      await other.close();
    }
  });

  it('writes NIPs that core parses, agreeing with birth date and sex, and a retirement wave', async () => {
    const rows = await select(
      first,
      'select s.*, p.retirement_age from staff_member s join position p on p.id = s.position_id',
    );
    const today = `${YEAR - 1}-01-01`;
    const leavingYears = new Map<string, number>();
    for (const row of rows) {
      const expected = {
        today,
        expectedBirthDate: String(row.birth_date),
        expectedGender: row.gender as 'MALE' | 'FEMALE',
      };
      const parsed =
        row.employment_type === 'PNS'
          ? parseNip(String(row.nip), expected)
          : parseNiPppk(String(row.nip), expected);
      expect({ nip: row.nip, errors: parsed.errors, warnings: parsed.warnings }).toEqual({
        nip: row.nip,
        errors: [],
        warnings: [],
      });
      expect(row.employment_type === 'PPPK').toBe(row.contract_end !== null);
      const leaving = leavingDateOf({
        id: String(row.id),
        birthDate: String(row.birth_date),
        retirementAge: Number(row.retirement_age),
        employmentType: row.employment_type as 'PNS' | 'PPPK',
        contractEnd: (row.contract_end as string | null) ?? null,
        transferDate: (row.transfer_date as string | null) ?? null,
      });
      expect(leaving.date >= `${YEAR}-01-01`).toBe(true);
      if (leaving.date < `${YEAR + 5}-01-01`)
        leavingYears.set(leaving.reason, (leavingYears.get(leaving.reason) ?? 0) + 1);
    }
    expect(leavingYears.get('RETIREMENT') ?? 0).toBeGreaterThan(rows.length * 0.1);
    expect(leavingYears.get('CONTRACT_END') ?? 0).toBeGreaterThan(0);
    expect(rows.filter((row) => row.employment_type === 'PPPK').length).toBeGreaterThan(rows.length * 0.05);
    expect(rows.some((row) => row.transfer_date !== null)).toBe(true);
  });

  it('stores values that pass core’s rules, with BUP from retirementAgeFor', async () => {
    const em = first.orm.em.fork();
    const positions = await em.find(Position, {}, { populate: ['unit'] });
    expect(positions.length).toBeGreaterThan(50);
    for (const position of positions) {
      expect(validatePosition(position)).toEqual([]);
      expect({ name: position.name, bup: position.retirementAge }).toEqual({
        name: position.name,
        bup: retirementAgeFor(position),
      });
    }
    for (const unit of await em.find(Unit, {})) expect(validateUnit(unit)).toEqual([]);
    const needs = await em.find(PositionNeed, {}, { populate: ['workloadItems'] });
    expect(needs.filter((need) => need.standardNeed !== null).length).toBeGreaterThan(10);
    for (const need of needs) {
      expect(validateWorkloadItems(need.workloadItems.getItems())).toEqual([]);
      if (need.demandChoice)
        expect(
          validateDemandChoice({
            workloadFte: 1,
            standardNeed: need.standardNeed,
            choice: need.demandChoice,
            note: need.demandNote,
          }),
        ).toEqual([]);
    }
  });

  it('is read by the app like its own rows: raw columns match an ORM-written row, and gaps compute', async () => {
    const em = first.orm.em.fork();
    const unit = await em.findOneOrFail(Unit, { code: '1374-PKM-01' });
    // Read before anything flushes: on SQLite MikroORM rewrites the datetimes of every entity it loaded.
    const [generated] = await select(
      first,
      `select * from position where unit_id = '${unit.id}' and served_per_staff_benchmark is null`,
    );
    const created = await new PositionService(systemDeps(em, loadEnv({}))).create({
      name: 'Epidemiolog Kesehatan Ahli Pertama',
      kind: 'FUNGSIONAL',
      level: 'AHLI_PERTAMA',
      unitId: unit.id,
      educationLevels: ['S1'],
      licences: ['STR'],
    });
    const [ours] = await select(first, `select * from position where id = '${created.id}'`);
    const shape = (row: Raw | undefined) =>
      Object.fromEntries(
        Object.entries(row ?? {}).map(([key, value]) => [key, value === null ? 'null' : typeof value]),
      );
    expect(Object.keys(shape(generated)).length).toBeGreaterThan(10);
    expect(shape(generated)).toEqual(shape(ours));
    const read = await first.orm.em.fork().findOneOrFail(Position, { id: String(generated?.id) });
    expect(read.createdAt.toISOString()).toBe(`${YEAR - 2}-09-01T01:00:00.000Z`);
    expect(read.educationLevels).toEqual(['PROFESI']);
    // Gaps as the app computes them from the analyses, roster and configuration (its read model's reference).
    const gaps = await computeYearGaps(first.orm.em.fork(), YEAR);
    expect(gaps.filter((gap) => gap.horizon === 0).length).toBeGreaterThan(50);
    expect(gaps.some((gap) => gap.kind === 'SHORTAGE' && gap.leaving > 0)).toBe(true);
    const wave = await new GapService(systemDeps(first.orm.em.fork(), loadEnv({}))).retirementWave(
      YEAR,
      null,
    );
    expect(wave.some((row) => row.retirements > 0)).toBe(true);
  });

  it('adds regions next to the demo without clashing, and skips them when run again', async () => {
    const db = await freshDatabase();
    try {
      await seedDemo(db.orm.em.fork());
      await seedDemoNeeds(db.orm.em.fork(), YEAR);
      const demoStaff = await countOf(db, 'staff_member');
      const scale = defineScale('beside-the-demo', ['13.73', '13.74']);
      const run = await generateData(db.orm, { scale, year: YEAR, seed: SEED });
      // Sawahlunto's kecamatan come with the reference data; only Padang Panjang's two are new.
      expect(run.rows.kecamatan).toBe(2);
      expect(run.rows.planning_year).toBe(0);
      expect(await countOf(db, 'staff_member')).toBe(demoStaff + run.rows.staff_member);
      const again = await generateData(db.orm, { scale, year: YEAR, seed: SEED });
      expect(again.totalRows).toBe(0);
      expect(again.skippedRegions).toEqual(['13.73 Kota Sawahlunto', '13.74 Kota Padang Panjang']);
    } finally {
      await db.close();
    }
  });
});
