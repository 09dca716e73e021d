import {
  type Language,
  parseRosterRow,
  type RosterRecord,
  type RosterRow,
  type RosterTexts,
  rosterPositionNameOf,
  rosterTextsOf,
  rosterUnitCodeOf,
} from '@formasi/core';
import { type ImportRowError, type ImportRowWarning } from './staff.types.js';

export type UnitRow = { id: string; code: string; name: string };
export type PositionRow = { id: string; name: string; unit_id: string; retirement_age: number };

/** A row that passed: its record with the stored unit and position it names. */
export type CheckedRow = { record: RosterRecord; unit: UnitRow; position: PositionRow };

/**
 * Checks a file's rows one by one against core's rules and the stored (active) units and positions, writing every
 * problem and warning of a row at once, in the import's language, and remembering the NIPs seen for duplicates.
 */
export class RosterChecker {
  private readonly texts: RosterTexts;
  private readonly unitByCode: Map<string, UnitRow>;
  private readonly positionByKey: Map<string, PositionRow>;
  private readonly seen = new Map<string, number>();

  constructor(
    units: readonly UnitRow[],
    positions: readonly PositionRow[],
    private readonly options: { today: string; language: Language },
  ) {
    this.texts = rosterTextsOf(options.language);
    this.unitByCode = new Map(units.map((unit) => [unit.code, unit]));
    this.positionByKey = new Map(
      positions.map((position) => [`${position.unit_id}\u0000${position.name.toLowerCase()}`, position]),
    );
  }

  /** The row's record, unit and position when it passes; null when it has an error (pushed onto `errors`). */
  check(
    line: number,
    row: RosterRow,
    errors: ImportRowError[],
    warnings: ImportRowWarning[],
  ): CheckedRow | null {
    const fail = (column: string, reason: string, message: string) =>
      void errors.push({ line, column, reason, message });
    const {
      record,
      issues,
      warnings: found,
    } = parseRosterRow(row, this.options.today, this.options.language);
    for (const each of issues) fail(each.field, each.reason, each.message);
    // The unit and position are looked up whatever else is wrong with the row: every problem is reported at once.
    const unitCode = rosterUnitCodeOf(row);
    const positionName = rosterPositionNameOf(row);
    const unit = unitCode === '' ? undefined : this.unitByCode.get(unitCode);
    const position = unit && this.positionByKey.get(`${unit.id}\u0000${positionName.toLowerCase()}`);
    if (unitCode !== '' && !unit) {
      fail('unit_code', 'NOT_FOUND', this.texts.unitNotFound(unitCode));
    } else if (unit && positionName !== '' && !position) {
      fail('position_name', 'NOT_FOUND', this.texts.positionNotFound(unit.name, positionName));
    }
    const first = record ? this.seen.get(record.nip) : undefined;
    if (record && first !== undefined) fail('nip', 'DUPLICATE', this.texts.duplicateNip(record.nip, first));
    // A row's warnings are reported even when it has errors: whoever fixes the row fixes them together.
    for (const each of found)
      warnings.push({ line, column: each.field, reason: each.reason, message: each.message });
    if (!record || !unit || !position || first !== undefined) return null;
    this.seen.set(record.nip, line);
    return { record, unit, position };
  }
}
