import { checkLength } from '../shared/text.js';
import { type ValidationIssue } from '../shared/validation.js';
import { EFFECTIVE_HOURS } from './effective-hours.js';
import { checkNumber, requireNumbers, type NumberBounds } from '../shared/number-checks.js';

/** One uraian tugas of an ABK: how many outputs a year and the norma waktu (minutes) per output. */
export type WorkloadItem = { task: string; outputUnit: string; annualVolume: number; normMinutes: number };

const MINUTES_PER_HOUR = 60;
// Formasi storage limits (not regulation).
export const WORKLOAD_TASK_MIN_LENGTH = 3;
export const WORKLOAD_TASK_MAX_LENGTH = 300;
export const WORKLOAD_OUTPUT_UNIT_MAX_LENGTH = 60;
// PermenPANRB 1/2020: one output cannot take longer than a whole effective year, 1,250 h = 75,000 minutes.
export const WORKLOAD_NORM_MAX_MINUTES = EFFECTIVE_HOURS.PERMENPANRB_1_2020 * MINUTES_PER_HOUR;
/** Outputs a year: none is allowed (a task not done this year), fewer than none is not. */
export const WORKLOAD_ANNUAL_VOLUME_BOUNDS: NumberBounds = { min: 0 };
/** Minutes per output: above 0 and at most a whole effective year. */
export const WORKLOAD_NORM_MINUTES_BOUNDS: NumberBounds = {
  min: 0,
  exclusiveMin: true,
  max: WORKLOAD_NORM_MAX_MINUTES,
};

/** Checks one workload row; fields are `workloadItems.<index>.task|outputUnit|annualVolume|normMinutes`. */
export function validateWorkloadItem(item: WorkloadItem, index: number): ValidationIssue[] {
  const prefix = `workloadItems.${index}`;
  const row = `Workload item ${index + 1}`;
  return [
    ...checkLength(item.task, {
      field: `${prefix}.task`,
      label: `${row} task`,
      min: WORKLOAD_TASK_MIN_LENGTH,
      max: WORKLOAD_TASK_MAX_LENGTH,
      required: true,
    }),
    ...checkLength(item.outputUnit, {
      field: `${prefix}.outputUnit`,
      label: `${row} output unit`,
      max: WORKLOAD_OUTPUT_UNIT_MAX_LENGTH,
      required: true,
    }),
    ...checkNumber(item.annualVolume, {
      field: `${prefix}.annualVolume`,
      label: `${row} annual volume`,
      ...WORKLOAD_ANNUAL_VOLUME_BOUNDS,
    }),
    ...checkNumber(item.normMinutes, {
      field: `${prefix}.normMinutes`,
      label: `${row} time norm (minutes)`,
      ...WORKLOAD_NORM_MINUTES_BOUNDS,
    }),
  ];
}

/** Every row's issues, in row order. */
export function validateWorkloadItems(items: readonly WorkloadItem[]): ValidationIssue[] {
  return items.flatMap((item, index) => validateWorkloadItem(item, index));
}

export type WorkloadLine = {
  task: string;
  outputUnit: string;
  annualVolume: number;
  normMinutes: number;
  minutes: number;
};

export type FteResult = {
  workloadMinutes: number;
  workloadHours: number;
  effectiveHours: number;
  fte: number;
  lines: WorkloadLine[];
};

/**
 * Required FTE (domain.md §1): Σ(annualVolume × normMinutes) / (effectiveHours × 60), unrounded, with each line's
 * minutes. One pass, no validation of rows (the admin calls it per keystroke; validate rows with
 * validateWorkloadItem); throws a DomainError only when effectiveHours is not a positive number.
 */
export function requiredFte(items: readonly WorkloadItem[], effectiveHours: number): FteResult {
  requireNumbers([
    [effectiveHours, { field: 'effectiveHours', label: 'Effective hours', min: 0, exclusiveMin: true }],
  ]);
  let workloadMinutes = 0;
  const lines: WorkloadLine[] = [];
  for (const item of items) {
    const minutes = item.annualVolume * item.normMinutes;
    workloadMinutes += minutes;
    lines.push({ ...item, minutes });
  }
  return {
    workloadMinutes,
    workloadHours: workloadMinutes / MINUTES_PER_HOUR,
    effectiveHours,
    fte: workloadMinutes / (effectiveHours * MINUTES_PER_HOUR),
    lines,
  };
}
