import { assertUnreachable } from './assert-unreachable.js';
import { DomainError, issue, type NumberLimit, type ValidationIssue } from './validation.js';

/** The bounds of a number field: `min` inclusive unless `exclusiveMin`; `integer` for counts. */
export type NumberBounds = {
  min?: number;
  exclusiveMin?: boolean;
  max?: number;
  integer?: boolean;
};

/** What a number field must be: its bounds, the field it is reported on and the label its message uses. */
export type NumberRule = NumberBounds & { field: string; label: string };

/** The first bound `value` breaks, or null when it is a finite number inside them. */
export function numberLimitOf(value: number, bounds: NumberBounds): NumberLimit | null {
  if (!Number.isFinite(value)) return { kind: 'NOT_A_NUMBER' };
  if (bounds.integer === true && !Number.isInteger(value)) return { kind: 'NOT_WHOLE' };
  if (bounds.min !== undefined) {
    const exclusive = bounds.exclusiveMin === true;
    if (exclusive ? value <= bounds.min : value < bounds.min)
      return { kind: 'BELOW', min: bounds.min, exclusive };
  }
  if (bounds.max !== undefined && value > bounds.max) return { kind: 'ABOVE', max: bounds.max };
  return null;
}

function describeLimit(limit: NumberLimit): string {
  switch (limit.kind) {
    case 'NOT_A_NUMBER':
      return 'a finite number';
    case 'NOT_WHOLE':
      return 'a whole number';
    case 'BELOW':
      return limit.exclusive ? `greater than ${limit.min}` : `at least ${limit.min}`;
    case 'ABOVE':
      return `at most ${limit.max}`;
    default:
      return assertUnreachable(limit);
  }
}

/**
 * One INVALID_VALUE issue when `value` is not a finite number inside the rule's bounds, else none; the issue
 * carries the broken bound as `limit`.
 */
export function checkNumber(value: number, rule: NumberRule): ValidationIssue[] {
  const limit = numberLimitOf(value, rule);
  if (limit === null) return [];
  const message = `${rule.label} must be ${describeLimit(limit)}; got ${value}.`;
  return [{ ...issue(rule.field, 'INVALID_VALUE', message), limit }];
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
