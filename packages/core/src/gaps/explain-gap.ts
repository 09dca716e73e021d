import { type DemandChoice } from '../needs/demand.js';
import { roundHeadcount, type RoundingRule } from '../needs/rounding.js';
import { type FteResult } from '../needs/workload.js';
import { type Language } from '../shared/language.js';
import { GAP_TEXTS, type GapTexts } from './explain-gap.texts.js';
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
  /** Its `reason` becomes the NEED step's formula: choose the demand in the same language. */
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
 * of the year → projected staff → gap, each with its formula and value, in `language`. Gap = rounded need −
 * (staff − leaving).
 */
export function explainGap(input: GapExplanationInput, language: Language = 'en'): GapExplanation {
  const { demand, year } = input;
  const texts = GAP_TEXTS[language];
  const headcount = roundHeadcount(demand.need, input.rounding);
  const gap = gapOf(headcount, input.staff, input.leavingByYear);
  const steps: GapStep[] = [
    ...(input.workload ? [workloadStep(input.workload, texts)] : []),
    { key: 'NEED', label: texts.needLabel(demand.signal), formula: demand.reason, value: demand.need },
    {
      key: 'ROUNDED_NEED',
      label: texts.roundedNeedLabel,
      formula: texts.roundedNeedFormula(input.rounding, demand.need, headcount),
      value: headcount,
    },
    ...supplySteps(gap, year, input.leavingByReason ?? null, texts),
  ];
  return { year, steps, gap, summary: texts.summary[gap.kind](gap, year) };
}

function supplySteps(
  gap: Gap,
  year: number,
  byReason: Readonly<Record<LeavingReason, number>> | null,
  texts: GapTexts,
): GapStep[] {
  return [
    { key: 'STAFF', label: texts.staffLabel, formula: texts.staffFormula(gap.staff), value: gap.staff },
    {
      key: 'LEAVING',
      label: texts.leavingLabel(year),
      formula: leavingFormula(gap.leaving, byReason, texts),
      value: gap.leaving,
    },
    {
      key: 'PROJECTED_STAFF',
      label: texts.projectedStaffLabel(year),
      formula: texts.projectedStaffFormula(gap),
      value: gap.projectedStaff,
    },
    { key: 'GAP', label: texts.gapLabel(year), formula: texts.gapFormula(gap), value: gap.gap },
  ];
}

function workloadStep(workload: FteResult, texts: GapTexts): GapStep {
  return {
    key: 'WORKLOAD',
    label: texts.workloadLabel,
    formula: texts.workloadFormula(workload),
    value: workload.fte,
  };
}

function leavingFormula(
  leaving: number,
  byReason: Readonly<Record<LeavingReason, number>> | null,
  texts: GapTexts,
): string {
  const sum = byReason === null ? null : byReason.RETIREMENT + byReason.CONTRACT_END + byReason.TRANSFER;
  return byReason === null || sum !== leaving
    ? texts.leavingTotal(leaving)
    : texts.leavingByReason(byReason, leaving);
}
