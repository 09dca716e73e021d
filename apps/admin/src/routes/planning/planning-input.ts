import {
  DEFAULT_PRIORITY_WEIGHTS,
  DEFAULT_ROUNDING_RULE,
  EFFECTIVE_HOURS,
  POSITION_KINDS,
  PRIORITY_FACTORS,
  type PositionKind,
  type PriorityFactor,
  type RoundingRule,
} from '@formasi/core';
import { type PlanningYearInput } from '../../gql/graphql';
import { oneOf } from '../../lib/one-of';

export interface SectorPriorityRow {
  sectorId: string;
  /** null: not set for this year. */
  priority: number | null;
  urgent: boolean;
  note: string;
}

export interface PlanningFormValues {
  effectiveHours: number;
  roundingRule: RoundingRule;
  priorityWeights: Record<PriorityFactor, number | null>;
  sectorPriorities: SectorPriorityRow[];
  totalSpending: number | null;
  personnelSpending: number | null;
  excludedTeacherAllowances: number | null;
  averageCosts: { kind: PositionKind; annualCost: number | null }[];
}

interface SavedPlanningYear {
  effectiveHours: number;
  roundingRule: RoundingRule;
  priorityWeights: Record<PriorityFactor, number>;
  sectorPriorities: readonly {
    sector: { id: string };
    priority: number;
    urgent: boolean;
    note?: string | null;
  }[];
  totalSpending?: number | null;
  personnelSpending?: number | null;
  excludedTeacherAllowances?: number | null;
  averageCosts: readonly { kind: PositionKind; annualCost: number }[];
}

/** The saved year, or the defaults (1,250 h, round half up, core's default weights) for a year not set yet. */
export function toPlanningFormValues(
  saved: SavedPlanningYear | undefined,
  sectorIds: readonly string[],
): PlanningFormValues {
  const weights = saved?.priorityWeights ?? DEFAULT_PRIORITY_WEIGHTS;
  return {
    effectiveHours: saved?.effectiveHours ?? EFFECTIVE_HOURS.PERMENPANRB_1_2020,
    roundingRule: saved?.roundingRule ?? DEFAULT_ROUNDING_RULE,
    priorityWeights: {
      sectorPriority: weights.sectorPriority,
      severity: weights.severity,
      serviceImpact: weights.serviceImpact,
      retirements: weights.retirements,
      stakeholder: weights.stakeholder,
    },
    sectorPriorities: sectorIds.map((sectorId) => {
      const row = saved?.sectorPriorities.find((entry) => entry.sector.id === sectorId);
      return {
        sectorId,
        priority: row?.priority ?? null,
        urgent: row?.urgent ?? false,
        note: row?.note ?? '',
      };
    }),
    totalSpending: saved?.totalSpending ?? null,
    personnelSpending: saved?.personnelSpending ?? null,
    excludedTeacherAllowances: saved?.excludedTeacherAllowances ?? null,
    averageCosts: POSITION_KINDS.map((kind) => ({
      kind,
      annualCost: saved?.averageCosts.find((cost) => cost.kind === kind)?.annualCost ?? null,
    })),
  };
}

/** What was sent, to find the form row of an issue about the n-th sent entry. */
export interface SentRows {
  sectorRows: number[];
  costRows: number[];
}

/** The save input: sectors with a priority or the urgent flag, kinds with a cost; empty budget figures as null. */
export function toPlanningYearInput(
  year: number,
  values: PlanningFormValues,
): { input: PlanningYearInput; sent: SentRows } {
  const sectorRows = values.sectorPriorities.flatMap((row, index) =>
    row.priority !== null || row.urgent ? [index] : [],
  );
  const costRows = values.averageCosts.flatMap((row, index) => (row.annualCost !== null ? [index] : []));
  const input: PlanningYearInput = {
    year,
    effectiveHours: values.effectiveHours,
    roundingRule: values.roundingRule,
    priorityWeights: {
      sectorPriority: values.priorityWeights.sectorPriority ?? 0,
      severity: values.priorityWeights.severity ?? 0,
      serviceImpact: values.priorityWeights.serviceImpact ?? 0,
      retirements: values.priorityWeights.retirements ?? 0,
      stakeholder: values.priorityWeights.stakeholder ?? 0,
    },
    sectorPriorities: sectorRows.flatMap((index) => {
      const row = values.sectorPriorities[index];
      return row
        ? [
            {
              sectorId: row.sectorId,
              priority: row.priority ?? 0,
              urgent: row.urgent,
              note: row.note.trim() || null,
            },
          ]
        : [];
    }),
    totalSpending: values.totalSpending,
    personnelSpending: values.personnelSpending,
    excludedTeacherAllowances: values.excludedTeacherAllowances,
    averageCosts: costRows.flatMap((index) => {
      const row = values.averageCosts[index];
      return row && row.annualCost !== null ? [{ kind: row.kind, annualCost: row.annualCost }] : [];
    }),
  };
  return { input, sent: { sectorRows, costRows } };
}

type TopField =
  'effectiveHours' | 'roundingRule' | 'totalSpending' | 'personnelSpending' | 'excludedTeacherAllowances';
type SectorField = keyof SectorPriorityRow;
export type PlanningFieldPath =
  | [TopField]
  | ['priorityWeights', PriorityFactor]
  | ['sectorPriorities', number, SectorField]
  | ['averageCosts', number, 'annualCost'];

const TOP_FIELDS: readonly TopField[] = [
  'effectiveHours',
  'roundingRule',
  'totalSpending',
  'personnelSpending',
  'excludedTeacherAllowances',
];
const SECTOR_FIELDS: readonly SectorField[] = ['sectorId', 'priority', 'urgent', 'note'];

/**
 * The form field a server issue names: `priorityWeights.severity` (or core's bare `severity`),
 * `sectorPriorities.<n>.priority` and `averageCosts.<n>.annualCost` (n counts sent entries), top-level figures.
 */
export function planningFieldPath(field: string | undefined, sent: SentRows): PlanningFieldPath | undefined {
  const parts = (field ?? '')
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean);
  if (parts[0] === 'input') parts.shift();
  const [head, second, third] = parts;
  const top = oneOf(TOP_FIELDS, head);
  if (top && parts.length === 1) return [top];
  const factor = oneOf(PRIORITY_FACTORS, head === 'priorityWeights' ? second : head);
  if (factor) return ['priorityWeights', factor];
  const row = Number(second);
  if (head === 'sectorPriorities') {
    const index = sent.sectorRows[row];
    const cell = oneOf(SECTOR_FIELDS, third);
    return index !== undefined && cell ? ['sectorPriorities', index, cell] : undefined;
  }
  if (head === 'averageCosts') {
    const index = sent.costRows[row];
    return index !== undefined ? ['averageCosts', index, 'annualCost'] : undefined;
  }
  return undefined;
}
