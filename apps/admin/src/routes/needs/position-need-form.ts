import { DEMAND_SIGNALS, type DemandSignal } from '@formasi/core';
import { type SavePositionNeedInput } from '../../gql/graphql';
import { oneOf } from '../../lib/one-of';

/** One editable workload row; numbers are null while the cell is empty. */
export interface WorkloadRowValues {
  task: string;
  outputUnit: string;
  annualVolume: number | null;
  normMinutes: number | null;
}

/** "The larger" is the default; choosing a signal by hand needs a note. */
export const DEMAND_CHOICES = ['LARGER', ...DEMAND_SIGNALS] as const;
export type DemandChoiceValue = (typeof DEMAND_CHOICES)[number];

export interface PositionNeedFormValues {
  workloadItems: WorkloadRowValues[];
  standardNeed: number | null;
  standardBasis: string;
  demandChoice: DemandChoiceValue;
  demandNote: string;
}

export const EMPTY_WORKLOAD_ROW: WorkloadRowValues = {
  task: '',
  outputUnit: '',
  annualVolume: null,
  normMinutes: null,
};

interface SavedPositionNeed {
  workloadItems: readonly { task: string; outputUnit: string; annualVolume: number; normMinutes: number }[];
  standardNeed?: number | null;
  standardBasis?: string | null;
  demandChoice?: DemandSignal | null;
  demandNote?: string | null;
}

/** The form's starting values: the saved need, or one empty row for a position just added. */
export function toFormValues(saved: SavedPositionNeed | undefined): PositionNeedFormValues {
  return {
    workloadItems: saved
      ? saved.workloadItems.map(({ task, outputUnit, annualVolume, normMinutes }) => ({
          task,
          outputUnit,
          annualVolume,
          normMinutes,
        }))
      : [{ ...EMPTY_WORKLOAD_ROW }],
    standardNeed: saved?.standardNeed ?? null,
    standardBasis: saved?.standardBasis ?? '',
    demandChoice: saved?.demandChoice ?? 'LARGER',
    demandNote: saved?.demandNote ?? '',
  };
}

/**
 * The save input. Rows keep their order and are all sent, so the server's `workloadItems.<i>.<field>` names the
 * form's row i. Empty numbers go as 0 (the form's rules stop that before a save).
 */
export function toSavePositionNeedInput(
  analysisId: string,
  positionId: string,
  values: PositionNeedFormValues,
): SavePositionNeedInput {
  const explicit = values.demandChoice === 'LARGER' ? null : values.demandChoice;
  return {
    analysisId,
    positionId,
    workloadItems: values.workloadItems.map((row) => ({
      task: row.task.trim(),
      outputUnit: row.outputUnit.trim(),
      annualVolume: row.annualVolume ?? 0,
      normMinutes: row.normMinutes ?? 0,
    })),
    standardNeed: values.standardNeed,
    standardBasis: values.standardBasis.trim() || null,
    demandChoice: explicit,
    demandNote: explicit ? values.demandNote.trim() : null,
  };
}

type RowField = keyof WorkloadRowValues;
type TopField = Exclude<keyof PositionNeedFormValues, 'workloadItems'>;
/** A form field a server issue can land on. */
export type PositionNeedFieldPath = ['workloadItems', number, RowField] | [TopField];

// Core reports the demand fields as `choice`/`note`; the API input calls them `demandChoice`/`demandNote`.
const FIELD_ALIASES: Readonly<Record<string, TopField>> = { choice: 'demandChoice', note: 'demandNote' };
const TOP_FIELDS: readonly TopField[] = ['standardNeed', 'standardBasis', 'demandChoice', 'demandNote'];
const ROW_FIELDS: readonly RowField[] = ['task', 'outputUnit', 'annualVolume', 'normMinutes'];

/**
 * The form field a server issue names: `workloadItems.2.annualVolume` (or `workloadItems[2].annualVolume`,
 * optionally under `input.`) → ['workloadItems', 2, 'annualVolume']; undefined for anything the form lacks.
 */
export function formPathOf(field: string | undefined, rowCount: number): PositionNeedFieldPath | undefined {
  if (!field) return undefined;
  const parts = field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean);
  if (parts[0] === 'input') parts.shift();
  const [head, index, rowField] = parts;
  if (head === undefined) return undefined;
  if (head === 'workloadItems') {
    const row = Number(index);
    const cell = oneOf(ROW_FIELDS, rowField);
    const valid = index !== undefined && Number.isInteger(row) && row >= 0 && row < rowCount;
    return valid && cell && parts.length === 3 ? ['workloadItems', row, cell] : undefined;
  }
  const name = FIELD_ALIASES[head] ?? oneOf(TOP_FIELDS, head);
  return name && parts.length === 1 ? [name] : undefined;
}
