import { refreshGaps } from '../gaps/gap-refresh.js';
import { inTransaction } from '../../common/transaction.js';
import { type EntityManager } from '@mikro-orm/core';
import { isoDateInJakarta, parseRosterRow, type RosterRecord } from '@formasi/core';
import { Position } from '../positions/position.entity.js';
import { Unit } from '../units/unit.entity.js';
import { readRosterCsv } from './roster-csv.js';
import { leavingColumnsOf } from './staff-leaving.js';
import { StaffMember } from './staff-member.entity.js';
import { type ImportRowError, type StaffImportResult } from './staff.types.js';

type Resolved = { line: number; record: RosterRecord; unit: Unit; position: Position };

const FIELDS = [
  'name',
  'birthDate',
  'gender',
  'employmentType',
  'contractEnd',
  'transferDate',
  'tmt',
] as const;

function changed(member: StaffMember, row: Resolved): boolean {
  return (
    FIELDS.some((field) => member[field] !== row.record[field]) ||
    member.unit.id !== row.unit.id ||
    member.position.id !== row.position.id ||
    member.archivedAt !== null
  );
}

/** Checks every row against core's rules and the stored units and positions, in a fixed number of queries. */
async function resolveRows(
  em: EntityManager,
  csv: string,
  today: string,
): Promise<{ rows: Resolved[]; errors: ImportRowError[] }> {
  const parsed = readRosterCsv(csv);
  const errors = [...parsed.errors];
  const records = parsed.rows.flatMap(({ line, row }) => {
    const result = parseRosterRow(row, today);
    errors.push(
      ...result.issues.map((found) => ({
        line,
        column: found.field,
        reason: found.reason,
        message: found.message,
      })),
    );
    return result.record ? [{ line, record: result.record }] : [];
  });
  const units = await em.find(Unit, {
    code: { $in: [...new Set(records.map(({ record }) => record.unitCode))] },
    archivedAt: null,
  });
  const positions = await em.find(Position, {
    unit: { $in: units.map((unit) => unit.id) },
    archivedAt: null,
  });
  const seen = new Map<string, number>();
  const rows = records.flatMap(({ line, record }) => {
    const unit = units.find((candidate) => candidate.code === record.unitCode);
    const position = positions.find(
      (candidate) =>
        candidate.unit.id === unit?.id && candidate.name.toLowerCase() === record.positionName.toLowerCase(),
    );
    const fail = (column: string, reason: string, message: string) => (
      errors.push({ line, column, reason, message }),
      []
    );
    if (!unit) return fail('unit_code', 'NOT_FOUND', `No active unit has the code ${record.unitCode}.`);
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
    return [{ line, record, unit, position }];
  });
  return { rows, errors: errors.sort((a, b) => a.line - b.line) };
}

/**
 * Imports a roster CSV all or nothing: any error writes nothing; otherwise every row is created or updated (by
 * NIP) in one transaction. Importing the same file again changes nothing.
 */
export async function importRoster(
  em: EntityManager,
  csv: string,
  dryRun: boolean,
): Promise<StaffImportResult> {
  const today = isoDateInJakarta(new Date());
  const { rows, errors } = await resolveRows(em, csv, today);
  const existing = new Map(
    (await em.find(StaffMember, { nip: { $in: rows.map((row) => row.record.nip) } })).map((member) => [
      member.nip,
      member,
    ]),
  );
  const created = rows.filter((row) => !existing.has(row.record.nip)).length;
  const updated = rows.filter((row) => {
    const member = existing.get(row.record.nip);
    return member !== undefined && changed(member, row);
  }).length;
  const result = {
    totalRows: rows.length + new Set(errors.map((error) => error.line)).size,
    created,
    updated,
    unchanged: rows.length - created - updated,
    errors,
  };
  if (errors.length > 0 || dryRun) return { ...result, applied: false };
  await inTransaction(em, async (tx) => {
    for (const row of rows) {
      const { unitCode: _unitCode, positionName: _positionName, ...values } = row.record;
      const member = existing.get(row.record.nip);
      const data = {
        ...values,
        ...leavingColumnsOf(values, row.position.retirementAge),
        unit: row.unit,
        position: row.position,
        archivedAt: null,
      };
      if (!member) tx.create(StaffMember, data);
      else if (changed(member, row)) tx.assign(member, data);
    }
    // The roster moves every gap of the positions it touches, the ones staff leave included.
    const positionIds = new Set(rows.map((row) => row.position.id));
    for (const member of existing.values()) positionIds.add(member.position.id);
    await refreshGaps(tx, { positionIds: [...positionIds] });
  });
  return { ...result, applied: true };
}
