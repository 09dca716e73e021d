import { randomUUID } from 'node:crypto';
import { type EntityManager } from '@mikro-orm/core';
import { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { isoDateInJakarta, parseRosterRow, type RosterRecord } from '@formasi/core';
import { inTransaction } from '../../common/transaction.js';
import { refreshGaps } from '../gaps/gap-refresh.js';
import { Position } from '../positions/position.entity.js';
import { Unit } from '../units/unit.entity.js';
import { readRosterCsv } from './roster-csv.js';
import { leavingColumnsOf } from './staff-leaving.js';
import { type ImportRowError, type StaffImportResult } from './staff.types.js';

/** Where an import is: each phase with how many rows it has done of how many. */
export type ImportProgress = {
  phase: 'checking' | 'comparing' | 'writing' | 'gaps';
  done: number;
  total: number;
};
export type ImportOptions = { dryRun: boolean; onProgress?: (progress: ImportProgress) => void };

type Resolved = { line: number; record: RosterRecord; unitId: string; positionId: string; bup: number };

/** A stored member as the import compares it: plain columns, no entity. */
type StoredMember = {
  id: string;
  nip: string;
  name: string;
  birth_date: string;
  gender: string;
  employment_type: string;
  contract_end: string | null;
  transfer_date: string | null;
  tmt: string;
  unit_id: string;
  position_id: string;
  archived_at: unknown;
};

// NIPs per look-up of the stored members, rows per upsert statement.
const LOOKUP_CHUNK = 5_000;
const WRITE_CHUNK = 1_000;
// Rows checked between two progress reports.
const PROGRESS_EVERY = 10_000;

const FIELDS = [
  ['name', 'name'],
  ['birthDate', 'birth_date'],
  ['gender', 'gender'],
  ['employmentType', 'employment_type'],
  ['contractEnd', 'contract_end'],
  ['transferDate', 'transfer_date'],
  ['tmt', 'tmt'],
] as const;

function changed(member: StoredMember, row: Resolved): boolean {
  return (
    FIELDS.some(([field, column]) => member[column] !== row.record[field]) ||
    member.unit_id !== row.unitId ||
    member.position_id !== row.positionId ||
    (member.archived_at !== null && member.archived_at !== undefined)
  );
}

function sqlOf(em: EntityManager) {
  if (!(em instanceof SqlEntityManager)) throw new Error('the roster import needs an SQL EntityManager');
  return em.getConnection();
}

/** Checks every row against core's rules and the stored units and positions, in a fixed number of queries. */
async function resolveRows(
  em: EntityManager,
  csv: string,
  today: string,
  progress: (done: number, total: number) => void,
): Promise<{ rows: Resolved[]; errors: ImportRowError[] }> {
  const parsed = readRosterCsv(csv);
  const errors = [...parsed.errors];
  const total = parsed.rows.length;
  const records: { line: number; record: RosterRecord }[] = [];
  for (const [index, { line, row }] of parsed.rows.entries()) {
    const result = parseRosterRow(row, today);
    for (const found of result.issues) {
      errors.push({ line, column: found.field, reason: found.reason, message: found.message });
    }
    if (result.record) records.push({ line, record: result.record });
    if ((index + 1) % PROGRESS_EVERY === 0) {
      progress(index + 1, total);
      // Lets the progress line out (and other requests in) between batches of checks.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  progress(total, total);
  const units = await em.find(
    Unit,
    { code: { $in: [...new Set(records.map(({ record }) => record.unitCode))] }, archivedAt: null },
    { fields: ['id', 'code', 'name'] },
  );
  const positions = await em.find(
    Position,
    { unit: { $in: units.map((unit) => unit.id) }, archivedAt: null },
    { fields: ['id', 'name', 'unit', 'retirementAge'] },
  );
  const unitByCode = new Map(units.map((unit) => [unit.code, unit]));
  const positionByKey = new Map(
    positions.map((position) => [`${position.unit.id}\u0000${position.name.toLowerCase()}`, position]),
  );
  const seen = new Map<string, number>();
  const rows = records.flatMap(({ line, record }) => {
    const fail = (column: string, reason: string, message: string) => (
      errors.push({ line, column, reason, message }),
      []
    );
    const unit = unitByCode.get(record.unitCode);
    if (!unit) return fail('unit_code', 'NOT_FOUND', `No active unit has the code ${record.unitCode}.`);
    const position = positionByKey.get(`${unit.id}\u0000${record.positionName.toLowerCase()}`);
    if (!position)
      return fail(
        'position_name',
        'NOT_FOUND',
        `${unit.name} has no active position named ${record.positionName}.`,
      );
    const first = seen.get(record.nip);
    if (first !== undefined)
      return fail('nip', 'DUPLICATE', `NIP ${record.nip} is already on line ${first}.`);
    seen.set(record.nip, line);
    return [{ line, record, unitId: unit.id, positionId: position.id, bup: position.retirementAge }];
  });
  return { rows, errors: errors.sort((a, b) => a.line - b.line) };
}

/** The stored members with the file's NIPs, as plain rows, a few thousand NIPs per statement. */
async function storedMembers(em: EntityManager, nips: readonly string[]): Promise<Map<string, StoredMember>> {
  const connection = sqlOf(em);
  const found = new Map<string, StoredMember>();
  for (let start = 0; start < nips.length; start += LOOKUP_CHUNK) {
    const chunk = nips.slice(start, start + LOOKUP_CHUNK);
    const rows: StoredMember[] = await connection.execute(
      `select "id", "nip", "name", "birth_date", "gender", "employment_type", "contract_end", "transfer_date",
         "tmt", "unit_id", "position_id", "archived_at"
       from "staff_member" where "nip" in (${chunk.map(() => '?').join(', ')})`,
      chunk,
      'all',
      em.getTransactionContext(),
    );
    for (const row of rows) found.set(row.nip, row);
  }
  return found;
}

const COLUMNS = [
  'id',
  'created_at',
  'updated_at',
  'archived_at',
  'nip',
  'name',
  'birth_date',
  'gender',
  'employment_type',
  'contract_end',
  'transfer_date',
  'tmt',
  'position_id',
  'retires_on',
  'leaves_on',
  'leaving_reason',
  'unit_id',
] as const;
// On a NIP already stored: everything the file says, and active again; the id and creation time stay.
const UPDATED = COLUMNS.filter((column) => !['id', 'created_at', 'nip'].includes(column));

/** Creates and updates members by NIP, a thousand per statement (an upsert both dialects know). */
async function writeMembers(
  tx: EntityManager,
  rows: readonly Resolved[],
  progress: (done: number, total: number) => void,
): Promise<void> {
  const connection = sqlOf(tx);
  const now = tx.getPlatform().processDateProperty(new Date());
  const quoted = COLUMNS.map((column) => `"${column}"`).join(', ');
  const updates = UPDATED.map((column) => `"${column}" = excluded."${column}"`).join(', ');
  for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
    const chunk = rows.slice(start, start + WRITE_CHUNK);
    const params: unknown[] = [];
    for (const { record, unitId, positionId, bup } of chunk) {
      const leaving = leavingColumnsOf(record, bup);
      params.push(
        randomUUID(),
        now,
        now,
        null,
        record.nip,
        record.name,
        record.birthDate,
        record.gender,
        record.employmentType,
        record.contractEnd,
        record.transferDate,
        record.tmt,
        positionId,
        leaving.retiresOn,
        leaving.leavesOn,
        leaving.leavingReason,
        unitId,
      );
    }
    const placeholders = `(${COLUMNS.map(() => '?').join(', ')})`;
    await connection.execute(
      `insert into "staff_member" (${quoted}) values ${chunk.map(() => placeholders).join(', ')}
       on conflict ("nip") do update set ${updates}`,
      params,
      'run',
      tx.getTransactionContext(),
    );
    progress(Math.min(start + WRITE_CHUNK, rows.length), rows.length);
  }
}

/**
 * Imports a roster CSV all or nothing: any error writes nothing; otherwise every new or changed row is created or
 * updated (by NIP) and the gaps of every position it touches are recomputed, in one transaction. Importing the
 * same file again changes nothing. Rows are compared and written as plain rows in batches (no entities), so a
 * province's roster of 100,000 rows fits in one import; `onProgress` hears each phase.
 */
export async function importRoster(
  em: EntityManager,
  csv: string,
  options: ImportOptions,
): Promise<StaffImportResult> {
  const report = (phase: ImportProgress['phase']) => (done: number, total: number) =>
    options.onProgress?.({ phase, done, total });
  const today = isoDateInJakarta(new Date());
  const { rows, errors } = await resolveRows(em, csv, today, report('checking'));
  report('comparing')(0, rows.length);
  const existing = await storedMembers(
    em,
    rows.map((row) => row.record.nip),
  );
  report('comparing')(rows.length, rows.length);
  const created = rows.filter((row) => !existing.has(row.record.nip));
  const updated = rows.filter((row) => {
    const member = existing.get(row.record.nip);
    return member !== undefined && changed(member, row);
  });
  const result = {
    totalRows: rows.length + new Set(errors.map((error) => error.line)).size,
    created: created.length,
    updated: updated.length,
    unchanged: rows.length - created.length - updated.length,
    errors,
  };
  if (errors.length > 0 || options.dryRun) return { ...result, applied: false };
  const writes = [...created, ...updated];
  if (writes.length === 0) return { ...result, applied: true };
  await inTransaction(em, async (tx) => {
    await writeMembers(tx, writes, report('writing'));
    // The roster moves every gap of the positions it touches, the ones updated members leave included.
    const positionIds = new Set(writes.map((row) => row.positionId));
    for (const row of updated) {
      const before = existing.get(row.record.nip);
      if (before) positionIds.add(before.position_id);
    }
    report('gaps')(0, positionIds.size);
    await refreshGaps(tx, { positionIds: [...positionIds] });
    report('gaps')(positionIds.size, positionIds.size);
  });
  return { ...result, applied: true };
}
