import { assertUnreachable } from '../shared/assert-unreachable.js';
import { type DemandChoice } from '../needs/demand.js';
import { formatForExplanation as f } from '../needs/number-format.js';
import { describeRounding, roundHeadcount, type RoundingRule } from '../needs/rounding.js';
import { type FteResult } from '../needs/workload.js';
import { gapOf, type Gap } from './gap.js';
import { type LeavingReason } from './leaving.js';

/** Stable keys of the explanation steps, for the admin to translate labels. */
export const GAP_STEP_KEYS = [
  'WORKLOAD',
  'NEED',
  'ROUNDED_NEED',
  'STAFF',
  'LEAVING',
  'PROJECTED_STAFF',
  'GAP',
] as const;
export type GapStepKey = (typeof GAP_STEP_KEYS)[number];
export type GapStep = { key: GapStepKey; label: string; formula: string; value: number };

export type GapExplanationInput = {
  year: number;
  demand: DemandChoice;
  rounding: RoundingRule;
  staff: number;
  leavingByYear: number;
  /** Leaving by end of `year` per reason, when known (from projectSupply). */
  leavingByReason?: Readonly<Record<LeavingReason, number>> | null;
  /** The ABK arithmetic, when there is one (shown even if the service standard won). */
  workload?: FteResult | null;
};

export type GapExplanation = { year: number; steps: GapStep[]; gap: Gap; summary: string };

/**
 * "Why is this a gap?": the chain need (which signal and why) → headcount after rounding → staff → leaving by end
 * of the year → projected staff → gap, each with its formula and value. Gap = rounded need − (staff − leaving).
 */
export function explainGap(input: GapExplanationInput): GapExplanation {
  const { demand, year } = input;
  const headcount = roundHeadcount(demand.need, input.rounding);
  const gap = gapOf(headcount, input.staff, input.leavingByYear);
  const steps: GapStep[] = [
    ...(input.workload ? [workloadStep(input.workload)] : []),
    { key: 'NEED', label: `Need (${demand.signal})`, formula: demand.reason, value: demand.need },
    {
      key: 'ROUNDED_NEED',
      label: 'Headcount needed',
      formula: `${describeRounding(input.rounding)}: ${f(demand.need)} → ${headcount}`,
      value: headcount,
    },
    ...supplySteps(gap, year, input.leavingByReason ?? null),
  ];
  return { year, steps, gap, summary: summaryOf(gap, year) };
}

function supplySteps(
  gap: Gap,
  year: number,
  byReason: Readonly<Record<LeavingReason, number>> | null,
): GapStep[] {
  return [
    { key: 'STAFF', label: 'Staff in post', formula: `${gap.staff} in post now`, value: gap.staff },
    {
      key: 'LEAVING',
      label: `Leaving by end of ${year}`,
      formula: leavingFormula(gap.leaving, byReason),
      value: gap.leaving,
    },
    {
      key: 'PROJECTED_STAFF',
      label: `Staff at end of ${year}`,
      formula: `${gap.staff} − ${gap.leaving} = ${gap.projectedStaff}`,
      value: gap.projectedStaff,
    },
    {
      key: 'GAP',
      label: `Gap in ${year}`,
      formula: `${f(gap.need)} − ${gap.projectedStaff} = ${f(gap.gap)} (${gap.kind.toLowerCase()})`,
      value: gap.gap,
    },
  ];
}

function workloadStep(w: FteResult): GapStep {
  return {
    key: 'WORKLOAD',
    label: 'Workload FTE',
    formula: `${f(w.workloadMinutes)} min / (${w.effectiveHours} h × 60) = ${f(w.fte)}`,
    value: w.fte,
  };
}

function leavingFormula(leaving: number, byReason: Readonly<Record<LeavingReason, number>> | null): string {
  const sum = byReason === null ? null : byReason.RETIREMENT + byReason.CONTRACT_END + byReason.TRANSFER;
  if (byReason === null || sum !== leaving) {
    return `${leaving} leave by the end of the year`;
  }
  const parts = `${byReason.RETIREMENT} retiring + ${byReason.CONTRACT_END} contract ending + ${byReason.TRANSFER} transferring`;
  return `${parts} = ${leaving}`;
}

function summaryOf(gap: Gap, year: number): string {
  switch (gap.kind) {
    case 'SHORTAGE':
      return `By the end of ${year} the unit is short of ${f(gap.gap)}: it needs ${f(gap.need)} and will have ${gap.projectedStaff}.`;
    case 'SURPLUS':
      return `By the end of ${year} the unit has ${f(-gap.gap)} more than needed: it needs ${f(gap.need)} and will have ${gap.projectedStaff}.`;
    case 'BALANCED':
      return `By the end of ${year} the unit has exactly the ${f(gap.need)} it needs.`;
    default:
      return assertUnreachable(gap.kind);
  }
}
