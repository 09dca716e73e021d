import { randomUUID } from 'node:crypto';
import { type EntityManager } from '@mikro-orm/core';
import { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { isoDateInJakarta, type Language } from '@formasi/core';
import { inTransaction } from '../../common/transaction.js';
import { refreshGaps } from '../gaps/gap-refresh.js';
import { type PositionRow, RosterChecker, type UnitRow } from './roster-check.js';
import { readRosterCsv, type RosterSource } from './roster-csv.js';
import { leavingColumnsOf } from './staff-leaving.js';
import { type ImportRowError, type ImportRowWarning, type StaffImportResult } from './staff.types.js';

/** Where an import is: each phase with how many rows it has done of how many (null: still reading the file). */
export type ImportProgress = {
  phase: 'checking' | 'comparing' | 'writing' | 'gaps';
  done: number;
  total: number | null;
};
export type ImportOptions = {
  dryRun: boolean;
  /** The language of the report's messages (the request's). */
  language: Language;
  onProgress?: (progress: ImportProgress) => void;
};

/** What the check found: the rows' errors (any one stops the import) and warnings (they do not). */
type Report = { errors: ImportRowError[]; warnings: ImportRowWarning[] };
type Counts = { created: number; updated: number };

// Rows per insert into the staging table, and per upsert into staff_member.
const STAGE_CHUNK = 1_000;
const WRITE_CHUNK = 10_000;
// Rows checked between two progress reports.
const PROGRESS_EVERY = 10_000;

/** The file's rows as checked, in the transaction's own temporary table (gone at its end). */
const STAGE = 'roster_import';
// What the file says about a member (besides the NIP, unit and position), as staff_member's columns.
const RECORD_COLUMNS = [
  'name',
  'birth_date',
  'gender',
  'employment_type',
  'contract_end',
  'transfer_date',
  'tmt',
] as const;
// Staged in this order (stageRows pushes its parameters so): the line, then staff_member's columns.
const STAGED = [
  'line',
  'id',
  'nip',
  ...RECORD_COLUMNS,
  'position_id',
  'retires_on',
  'leaves_on',
  'leaving_reason',
  'unit_id',
] as const;
// A stored member differing in any of these (or archived) is updated.
const COMPARED = [...RECORD_COLUMNS, 'unit_id', 'position_id'] as const;
// staff_member's columns as the upsert writes them; on a NIP already stored the id and creation time stay.
const WRITTEN = ['id', 'created_at', 'updated_at', 'archived_at', ...STAGED.slice(2)] as const;
const UPDATED = WRITTEN.filter((column) => !['id', 'created_at', 'nip'].includes(column));

/** The import's statements on the transaction's connection. */
function sqlOf(tx: EntityManager) {
  if (!(tx instanceof SqlEntityManager)) throw new Error('the roster import needs an SQL EntityManager');
  const connection = tx.getConnection();
  const postgres = tx.getPlatform() instanceof PostgreSqlPlatform;
  return {
    postgres,
    run: (sql: string, params: unknown[] = []) =>
      connection.execute(sql, params, 'run', tx.getTransactionContext()),
    all: <T>(sql: string, params: unknown[] = []): Promise<T[]> =>
      connection.execute(sql, params, 'all', tx.getTransactionContext()),
    /** Null-safe "differs" in the dialect. */
    differs: (left: string, right: string) =>
      postgres ? `${left} is distinct from ${right}` : `${left} is not ${right}`,
  };
}
type Sql = ReturnType<typeof sqlOf>;

/** Staged rows that create a member (`s.id is null`) or change one: the stored member is `s`, the file's `r`. */
const writesOf = (sql: Sql) =>
  `(s.id is null or s.archived_at is not null or ${COMPARED.map((column) => sql.differs(`s.${column}`, `r.${column}`)).join(' or ')})`;

async function createStage(sql: Sql): Promise<void> {
  const columns = STAGED.slice(1)
    .map((column) => `"${column}"`)
    .join(', ');
  // Same column types as staff_member (varchar dates, uuid ids on PostgreSQL); the line is the file's.
  if (sql.postgres) {
    await sql.run(
      `create temporary table ${STAGE} on commit drop as select 0 as line, ${columns} from staff_member with no data`,
    );
  } else {
    await sql.run(`drop table if exists temp.${STAGE}`);
    await sql.run(
      `create temporary table ${STAGE} as select 0 as line, ${columns} from staff_member where 0`,
    );
  }
  await sql.run(`create unique index ${STAGE}_nip on ${STAGE} (nip)`);
}

/**
 * Reads the file as it streams and checks every row against core's rules and the stored units and positions;
 * rows that pass go to the staging table a thousand at a time, so memory holds one batch and the NIPs seen (for
 * duplicates), not the file. Returns the number of data rows read.
 */
async function stageRows(
  tx: EntityManager,
  source: RosterSource,
  report: Report,
  options: Pick<ImportOptions, 'language'> & { progress: (done: number, total: number | null) => void },
): Promise<number> {
  const sql = sqlOf(tx);
  const checker = new RosterChecker(
    await sql.all<UnitRow>('select id, code, name from unit where archived_at is null'),
    await sql.all<PositionRow>(
      'select id, name, unit_id, retirement_age from position where archived_at is null',
    ),
    { today: isoDateInJakarta(new Date()), language: options.language },
  );
  const insert = (rows: number) =>
    `insert into ${STAGE} (${STAGED.map((column) => `"${column}"`).join(', ')}) values ${Array.from(
      { length: rows },
      () => `(${STAGED.map(() => '?').join(', ')})`,
    ).join(', ')}`;
  let batch: unknown[] = [];
  let batchRows = 0;
  const flush = async () => {
    if (batchRows === 0) return;
    await sql.run(insert(batchRows), batch);
    batch = [];
    batchRows = 0;
  };
  let read = 0;
  for await (const { line, row } of readRosterCsv(source, report.errors, options.language)) {
    read += 1;
    if (read % PROGRESS_EVERY === 0) {
      options.progress(read, null);
      // Lets the progress line out (and other requests in) between batches of checks.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const checked = checker.check(line, row, report.errors, report.warnings);
    if (!checked) continue;
    const { record, unit, position } = checked;
    const leaving = leavingColumnsOf(record, position.retirement_age);
    batch.push(
      line,
      randomUUID(),
      record.nip,
      record.name,
      record.birthDate,
      record.gender,
      record.employmentType,
      record.contractEnd,
      record.transferDate,
      record.tmt,
      position.id,
      leaving.retiresOn,
      leaving.leavesOn,
      leaving.leavingReason,
      unit.id,
    );
    batchRows += 1;
    if (batchRows === STAGE_CHUNK) await flush();
  }
  await flush();
  options.progress(read, read);
  return read;
}

async function countWrites(sql: Sql): Promise<Counts> {
  const [counts] = await sql.all<{ created: unknown; updated: unknown }>(
    `select coalesce(sum(case when s.id is null then 1 else 0 end), 0) as created,
       coalesce(sum(case when s.id is not null and ${writesOf(sql)} then 1 else 0 end), 0) as updated
     from ${STAGE} r left join staff_member s on s.nip = r.nip`,
  );
  return { created: Number(counts?.created ?? 0), updated: Number(counts?.updated ?? 0) };
}

/**
 * Creates and updates members by NIP from the staging table, ten thousand lines per statement (an upsert both
 * dialects know), and returns every position whose holders changed: the ones written and the ones updated
 * members leave.
 */
async function writeMembers(
  tx: EntityManager,
  progress: (done: number, total: number) => void,
  total: number,
): Promise<string[]> {
  const sql = sqlOf(tx);
  const touched = await sql.all<{ position_id: string }>(
    `select r.position_id from ${STAGE} r left join staff_member s on s.nip = r.nip where ${writesOf(sql)}
     union select s.position_id from ${STAGE} r join staff_member s on s.nip = r.nip where ${writesOf(sql)}`,
  );
  const now = tx.getPlatform().processDateProperty(new Date());
  const [range] = await sql.all<{ low: unknown; high: unknown }>(
    `select min(line) as low, max(line) as high from ${STAGE}`,
  );
  const low = Number(range?.low ?? 0);
  const high = Number(range?.high ?? -1);
  const selected = WRITTEN.map((column) =>
    column === 'created_at' || column === 'updated_at'
      ? '?'
      : column === 'archived_at'
        ? 'null'
        : `r.${column}`,
  ).join(', ');
  for (let from = low; from <= high; from += WRITE_CHUNK) {
    const to = from + WRITE_CHUNK - 1;
    await sql.run(
      `insert into staff_member (${WRITTEN.map((column) => `"${column}"`).join(', ')})
       select ${selected} from ${STAGE} r left join staff_member s on s.nip = r.nip
       where r.line between ? and ? and ${writesOf(sql)}
       on conflict ("nip") do update set ${UPDATED.map((column) => `"${column}" = excluded."${column}"`).join(', ')}`,
      [now, now, from, to],
    );
    const [written] = await sql.all<{ rows: unknown }>(
      `select count(*) as rows from ${STAGE} where line <= ?`,
      [to],
    );
    progress(Math.min(Number(written?.rows ?? 0), total), total);
  }
  return touched.map((row) => row.position_id);
}

/** Thrown to roll a checked import back (a dry run, or a file with errors) with its report. */
class NotApplied {
  constructor(readonly result: StaffImportResult) {}
}

/**
 * Imports a roster CSV all or nothing, in one transaction: the file is read as it streams, checked row by row
 * (every error and warning in `options.language`; warnings, such as a NIP disagreeing with the birth date, do not
 * stop a row) and staged in a temporary table; then, if no row failed and it is not a dry run, every new or changed member
 * is created or updated by NIP from it and the gaps of every position it touches are recomputed. Any error (or a
 * dry run) rolls everything back. Importing the same file again changes nothing. Comparing and writing run in SQL
 * over the staged rows, so a roster of 100,000 rows costs a few batches of memory, not the file's worth.
 * `onProgress` hears each phase.
 */
export async function importRoster(
  em: EntityManager,
  source: RosterSource,
  options: ImportOptions,
): Promise<StaffImportResult> {
  const report = (phase: ImportProgress['phase']) => (done: number, total: number | null) =>
    options.onProgress?.({ phase, done, total });
  try {
    return await inTransaction(em, async (tx) => {
      const sql = sqlOf(tx);
      await createStage(sql);
      const found: Report = { errors: [], warnings: [] };
      const totalRows = await stageRows(tx, source, found, {
        language: options.language,
        progress: report('checking'),
      });
      const staged = Number(
        (await sql.all<{ rows: unknown }>(`select count(*) as rows from ${STAGE}`))[0]?.rows ?? 0,
      );
      report('comparing')(0, staged);
      const { created, updated } = await countWrites(sql);
      report('comparing')(staged, staged);
      const result = { totalRows, created, updated, unchanged: staged - created - updated, ...found };
      if (found.errors.length > 0 || options.dryRun) throw new NotApplied({ ...result, applied: false });
      if (created + updated > 0) {
        const positionIds = await writeMembers(tx, report('writing'), staged);
        report('gaps')(0, positionIds.length);
        await refreshGaps(tx, { positionIds });
        report('gaps')(positionIds.length, positionIds.length);
      }
      if (!sql.postgres) await sql.run(`drop table temp.${STAGE}`);
      return { ...result, applied: true };
    });
  } catch (error) {
    if (error instanceof NotApplied) return error.result;
    throw error;
  }
}
