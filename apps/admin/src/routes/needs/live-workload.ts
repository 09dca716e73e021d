import { requiredFte, roundHeadcount, type RoundingRule } from '@formasi/core';
import { type WorkloadRowValues } from './position-need-form';

export interface LiveWorkload {
  minutes: number;
  hours: number;
  fte: number;
  headcount: number;
  /** Minutes of each row, in row order. */
  rowMinutes: number[];
}

/** A number the user is still typing counts as 0 until it is a non-negative finite number. */
function usable(value: number | null | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

/**
 * The same arithmetic the server runs on save (core's requiredFte and roundHeadcount), on the rows as typed; the
 * server's figures stay the authority. Undefined when the effective hours are unusable.
 */
export function liveWorkload(
  rows: readonly (Partial<WorkloadRowValues> | undefined)[],
  effectiveHours: number,
  rule: RoundingRule,
): LiveWorkload | undefined {
  if (!(effectiveHours > 0)) return undefined;
  const result = requiredFte(
    rows.map((row) => ({
      task: row?.task ?? '',
      outputUnit: row?.outputUnit ?? '',
      annualVolume: usable(row?.annualVolume),
      normMinutes: usable(row?.normMinutes),
    })),
    effectiveHours,
  );
  return {
    minutes: result.workloadMinutes,
    hours: result.workloadHours,
    fte: result.fte,
    headcount: roundHeadcount(result.fte, rule),
    rowMinutes: result.lines.map((line) => line.minutes),
  };
}
