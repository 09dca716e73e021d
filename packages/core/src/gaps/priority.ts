import { clampUnit, checkNumber, requireNumbers } from '../needs/number-checks.js';
import { formatForExplanation } from '../needs/number-format.js';
import { assertValid, issue, type ValidationIssue } from '../shared/validation.js';
import { gapKindOf } from './gap.js';

/** Relative weights of the priority factors; BKPSDM sets them per planning year. */
export type PriorityWeights = {
  sectorPriority: number;
  severity: number;
  serviceImpact: number;
  retirements: number;
  stakeholder: number;
};
export type PriorityFactor = keyof PriorityWeights;
export const PRIORITY_FACTORS = [
  'sectorPriority',
  'severity',
  'serviceImpact',
  'retirements',
  'stakeholder',
] as const satisfies readonly PriorityFactor[];

// A starting point for BKPSDM to adjust each planning year, not regulation: severity of the gap first, then the
// sector's priority and the service affected, then imminent retirements and stakeholder input.
export const DEFAULT_PRIORITY_WEIGHTS: PriorityWeights = {
  sectorPriority: 25,
  severity: 35,
  serviceImpact: 20,
  retirements: 10,
  stakeholder: 10,
};

// Scores run 0..100 (a percentage of the weighted maximum).
const SCORE_MAX = 100;

export type PriorityInputs = {
  gap: number;
  need: number;
  sectorUrgent: boolean;
  /** 0..1, from the sector's ranking for the year. */
  sectorPriority: number;
  servedPerStaff: number | null;
  servedPerStaffBenchmark: number | null;
  retiringWithin2Years: number;
  staff: number;
  /** Σ confirmed stakeholder weights, 0..1 after capping. */
  stakeholderWeight: number;
};

export type PriorityFactorScore = {
  factor: PriorityFactor;
  value: number;
  weight: number;
  /** Points of the 0..100 score: 100 × weight × value / Σ weights. */
  contribution: number;
  explanation: string;
};
export type Priority = { score: number; factors: PriorityFactorScore[]; summary: string };

/** Each weight finite and ≥ 0 (field = factor name), and at least one above 0 (field `weights`). */
export function validatePriorityWeights(weights: PriorityWeights): ValidationIssue[] {
  const issues = PRIORITY_FACTORS.flatMap((factor) =>
    checkNumber(weights[factor], { field: factor, label: `Weight of ${factor}`, min: 0 }),
  );
  if (issues.length === 0 && PRIORITY_FACTORS.every((factor) => weights[factor] === 0)) {
    issues.push(issue('weights', 'INVALID_VALUE', 'At least one priority weight must be greater than 0.'));
  }
  return issues;
}

/**
 * Priority score 0..100 = 100 × Σ(weight × value) / Σ weights over five factors normalised to 0..1. Only a
 * shortage is ranked: a surplus or balanced gap scores 0 (its factors are still shown, contributing 0).
 * Throws a DomainError for invalid weights or non-finite inputs.
 */
export function priorityOf(inputs: PriorityInputs, weights: PriorityWeights): Priority {
  assertValid(validatePriorityWeights(weights));
  requireInputs(inputs);
  const values = factorValues(inputs);
  const totalWeight = PRIORITY_FACTORS.reduce((sum, factor) => sum + weights[factor], 0);
  const ranked = gapKindOf(inputs.gap) === 'SHORTAGE';
  const factors = PRIORITY_FACTORS.map((factor) => {
    const { value, explanation } = values[factor];
    const contribution = ranked ? (SCORE_MAX * weights[factor] * value) / totalWeight : 0;
    return { factor, value, weight: weights[factor], contribution, explanation };
  });
  const score = clampPercent(factors.reduce((sum, f) => sum + f.contribution, 0));
  const summary = ranked
    ? `Shortage of ${formatForExplanation(inputs.gap)} scores ${round1(score)} of 100.`
    : `No shortage (gap ${formatForExplanation(inputs.gap)}), so the priority score is 0.`;
  return { score, factors, summary };
}

type FactorValue = { value: number; explanation: string };

function factorValues(i: PriorityInputs): Record<PriorityFactor, FactorValue> {
  const stakeholder = clampUnit(i.stakeholderWeight);
  return {
    sectorPriority: sectorFactor(i),
    severity: severityFactor(i),
    serviceImpact: serviceImpactFactor(i.servedPerStaff, i.servedPerStaffBenchmark),
    retirements: retirementFactor(i),
    stakeholder: {
      value: stakeholder,
      explanation: `Confirmed stakeholder requests weigh ${formatForExplanation(stakeholder)} of 1.`,
    },
  };
}

function sectorFactor(i: PriorityInputs): FactorValue {
  if (i.sectorUrgent) {
    return { value: 1, explanation: 'The sector is marked urgent, so it counts in full.' };
  }
  const value = clampUnit(i.sectorPriority);
  return { value, explanation: `The sector's priority for the year is ${formatForExplanation(value)} of 1.` };
}

function severityFactor(i: PriorityInputs): FactorValue {
  const value = i.need > 0 ? clampUnit(i.gap / i.need) : 0;
  return {
    value,
    explanation: `${formatForExplanation(Math.max(0, i.gap))} of a need of ${formatForExplanation(i.need)} is unmet (${percent(value)}).`,
  };
}

function serviceImpactFactor(served: number | null, benchmark: number | null): FactorValue {
  if (served === null || benchmark === null || benchmark <= 0) {
    return {
      value: 0,
      explanation: 'The service load per staff member or its benchmark is unknown, so it counts 0.',
    };
  }
  const value = clampUnit(served / benchmark);
  return {
    value,
    explanation: `Each staff member serves ${formatForExplanation(served)} against a benchmark of ${formatForExplanation(benchmark)} (${percent(value)}, capped at 100%).`,
  };
}

function retirementFactor(i: PriorityInputs): FactorValue {
  const value = i.staff > 0 ? clampUnit(i.retiringWithin2Years / i.staff) : 0;
  return {
    value,
    explanation: `${i.retiringWithin2Years} of ${i.staff} staff retire within 2 years (${percent(value)}).`,
  };
}

function requireInputs(i: PriorityInputs): void {
  requireNumbers([
    [i.gap, { field: 'gap', label: 'Gap' }],
    [i.need, { field: 'need', label: 'Need', min: 0 }],
    [i.sectorPriority, { field: 'sectorPriority', label: 'Sector priority', min: 0 }],
    [i.servedPerStaff ?? 0, { field: 'servedPerStaff', label: 'Served per staff', min: 0 }],
    [i.servedPerStaffBenchmark ?? 0, { field: 'servedPerStaffBenchmark', label: 'Benchmark', min: 0 }],
    [i.retiringWithin2Years, { field: 'retiringWithin2Years', label: 'Retiring within 2 years', min: 0 }],
    [i.staff, { field: 'staff', label: 'Staff', min: 0 }],
    [i.stakeholderWeight, { field: 'stakeholderWeight', label: 'Stakeholder weight', min: 0 }],
  ]);
}

function clampPercent(score: number): number {
  return Math.min(SCORE_MAX, Math.max(0, score));
}

function round1(value: number): string {
  return value.toFixed(1);
}

function percent(value: number): string {
  return `${Math.round(value * SCORE_MAX)}%`;
}
