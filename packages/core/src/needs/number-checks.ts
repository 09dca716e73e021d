import { DomainError, issue, type ValidationIssue } from '../shared/validation.js';

/** What a number field must be: `min` inclusive unless `exclusiveMin`; `integer` for counts. */
export type NumberRule = {
  field: string;
  label: string;
  min?: number;
  exclusiveMin?: boolean;
  max?: number;
  integer?: boolean;
};

/** One INVALID_VALUE issue when `value` is not a finite number inside the rule's bounds, else none. */
export function checkNumber(value: number, rule: NumberRule): ValidationIssue[] {
  if (!Number.isFinite(value)) {
    return [issue(rule.field, 'INVALID_VALUE', `${rule.label} must be a finite number; got ${value}.`)];
  }
  if (rule.integer === true && !Number.isInteger(value)) {
    return [issue(rule.field, 'INVALID_VALUE', `${rule.label} must be a whole number; got ${value}.`)];
  }
  if (rule.min !== undefined) {
    const below = rule.exclusiveMin === true ? value <= rule.min : value < rule.min;
    if (below) {
      const bound = rule.exclusiveMin === true ? `greater than ${rule.min}` : `at least ${rule.min}`;
      return [issue(rule.field, 'INVALID_VALUE', `${rule.label} must be ${bound}; got ${value}.`)];
    }
  }
  if (rule.max !== undefined && value > rule.max) {
    return [issue(rule.field, 'INVALID_VALUE', `${rule.label} must be at most ${rule.max}; got ${value}.`)];
  }
  return [];
}

/** Throws a DomainError carrying every failed rule; for functions whose inputs were validated upstream. */
export function requireNumbers(checks: readonly [number, NumberRule][]): void {
  const issues = checks.flatMap(([value, rule]) => checkNumber(value, rule));
  if (issues.length > 0) {
    throw new DomainError(issues);
  }
}

/** Clamps to 0..1. */
export function clampUnit(value: number): number {
  return Math.min(1, Math.max(0, value));
}
