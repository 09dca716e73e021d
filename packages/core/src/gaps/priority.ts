import { clampUnit, checkNumber, requireNumbers, type NumberBounds } from '../shared/number-checks.js';
import { type Language } from '../shared/language.js';
import { assertValid, issue, type ValidationIssue } from '../shared/validation.js';
import { gapKindOf } from './gap.js';
import { PRIORITY_TEXTS, type PriorityTexts } from './priority.texts.js';

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

/** A priority weight: relative, so any amount from 0 (the factor does not count). */
export const PRIORITY_WEIGHT_BOUNDS: NumberBounds = { min: 0 };
/** A sector's priority for a planning year: 0 (lowest) to 1 (highest), like every factor value. */
export const SECTOR_PRIORITY_BOUNDS: NumberBounds = { min: 0, max: 1 };

/** The issue of a sector priority outside SECTOR_PRIORITY_BOUNDS, on `field`. */
export function validateSectorPriority(priority: number, field: string): ValidationIssue[] {
  return checkNumber(priority, { field, label: 'Sector priority', ...SECTOR_PRIORITY_BOUNDS });
}

/** Each weight finite and ≥ 0 (field = factor name), and at least one above 0 (field `weights`). */
export function validatePriorityWeights(weights: PriorityWeights): ValidationIssue[] {
  const issues = PRIORITY_FACTORS.flatMap((factor) =>
    checkNumber(weights[factor], { field: factor, label: `Weight of ${factor}`, ...PRIORITY_WEIGHT_BOUNDS }),
  );
  if (issues.length === 0 && PRIORITY_FACTORS.every((factor) => weights[factor] === 0)) {
    issues.push(issue('weights', 'INVALID_VALUE', 'At least one priority weight must be greater than 0.'));
  }
  return issues;
}

/**
 * Priority score 0..100 = 100 × Σ(weight × value) / Σ weights over five factors normalised to 0..1. Only a
 * shortage is ranked: a surplus or balanced gap scores 0 (its factors are still shown, contributing 0).
 * Explanations are in `language`. Throws a DomainError for invalid weights or non-finite inputs.
 */
export function priorityOf(
  inputs: PriorityInputs,
  weights: PriorityWeights,
  language: Language = 'en',
): Priority {
  assertValid(validatePriorityWeights(weights));
  requireInputs(inputs);
  const texts = PRIORITY_TEXTS[language];
  const values = factorValues(inputs, texts);
  const totalWeight = PRIORITY_FACTORS.reduce((sum, factor) => sum + weights[factor], 0);
  const ranked = gapKindOf(inputs.gap) === 'SHORTAGE';
  const factors = PRIORITY_FACTORS.map((factor) => {
    const { value, explanation } = values[factor];
    const contribution = ranked ? (SCORE_MAX * weights[factor] * value) / totalWeight : 0;
    return { factor, value, weight: weights[factor], contribution, explanation };
  });
  const score = clampPercent(factors.reduce((sum, f) => sum + f.contribution, 0));
  const summary = ranked ? texts.ranked(inputs.gap, score) : texts.unranked(inputs.gap);
  return { score, factors, summary };
}

type FactorValue = { value: number; explanation: string };

function factorValues(i: PriorityInputs, texts: PriorityTexts): Record<PriorityFactor, FactorValue> {
  const stakeholder = clampUnit(i.stakeholderWeight);
  return {
    sectorPriority: sectorFactor(i, texts),
    severity: severityFactor(i, texts),
    serviceImpact: serviceImpactFactor(i.servedPerStaff, i.servedPerStaffBenchmark, texts),
    retirements: retirementFactor(i, texts),
    stakeholder: { value: stakeholder, explanation: texts.stakeholder(stakeholder) },
  };
}

function sectorFactor(i: PriorityInputs, texts: PriorityTexts): FactorValue {
  if (i.sectorUrgent) {
    return { value: 1, explanation: texts.sectorUrgent };
  }
  const value = clampUnit(i.sectorPriority);
  return { value, explanation: texts.sectorPriority(value) };
}

function severityFactor(i: PriorityInputs, texts: PriorityTexts): FactorValue {
  const value = i.need > 0 ? clampUnit(i.gap / i.need) : 0;
  return { value, explanation: texts.severity(Math.max(0, i.gap), i.need, percent(value)) };
}

/**
 * People (or pupils) a unit serves per holder still in post (`staffInPost`, at the horizon); with nobody left the
 * one who comes carries the whole load. Null when the unit's served population is not known.
 */
export function servedPerStaff(servedPopulation: number | null, staffInPost: number): number | null {
  return servedPopulation === null ? null : servedPopulation / Math.max(1, staffInPost);
}

function serviceImpactFactor(
  served: number | null,
  benchmark: number | null,
  texts: PriorityTexts,
): FactorValue {
  if (served === null || benchmark === null || benchmark <= 0) {
    return { value: 0, explanation: texts.serviceImpactUnknown };
  }
  const value = clampUnit(served / benchmark);
  return { value, explanation: texts.serviceImpact(served, benchmark, percent(value)) };
}

function retirementFactor(i: PriorityInputs, texts: PriorityTexts): FactorValue {
  const value = i.staff > 0 ? clampUnit(i.retiringWithin2Years / i.staff) : 0;
  return { value, explanation: texts.retirements(i.retiringWithin2Years, i.staff, percent(value)) };
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

function percent(value: number): string {
  return `${Math.round(value * SCORE_MAX)}%`;
}
