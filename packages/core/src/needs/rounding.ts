import { assertUnreachable } from '../shared/assert-unreachable.js';
import { type Language } from '../shared/language.js';
import { requireNumbers } from '../shared/number-checks.js';
import { type RoundingRule } from './rounding-rules.js';
import { ROUNDING_TEXTS } from './rounding.texts.js';

// The rules live on their own so the texts can name them without importing this module back.
export { ROUNDING_RULES, type RoundingRule } from './rounding-rules.js';

// domain.md §1 [M?]: "≥ 0.5 up" is common local practice, not regulation; the rule itself is configuration.
export const DEFAULT_ROUNDING_RULE: RoundingRule = 'HALF_UP';
// Sums of floating-point minutes drift by ~1e-12; a value this close to a boundary counts as on it.
export const FTE_ROUNDING_TOLERANCE = 1e-9;
const HALF = 0.5;

/**
 * Whole headcount from a fractional FTE. A value within FTE_ROUNDING_TOLERANCE of a rounding boundary is treated as
 * on it: 2.4999999999 rounds HALF_UP to 3, 2.0000000001 CEILs to 2, 2.9999999999 FLOORs to 3. Throws a
 * DomainError for a negative or non-finite FTE.
 */
export function roundHeadcount(fte: number, rule: RoundingRule): number {
  requireNumbers([[fte, { field: 'fte', label: 'FTE', min: 0 }]]);
  switch (rule) {
    case 'HALF_UP':
      return Math.floor(fte + HALF + FTE_ROUNDING_TOLERANCE);
    case 'CEIL':
      return Math.max(0, Math.ceil(fte - FTE_ROUNDING_TOLERANCE));
    case 'FLOOR':
      return Math.floor(fte + FTE_ROUNDING_TOLERANCE);
    default:
      return assertUnreachable(rule);
  }
}

/** The rule as a short formula for explanations, e.g. "round half up (≥ 0.5 up)". */
export function describeRounding(rule: RoundingRule, language: Language = 'en'): string {
  return ROUNDING_TEXTS[language][rule];
}
