import { characterCount } from './text.js';
import { issue, type ValidationIssue } from './validation.js';

/** A short identifying code typed by an administrator, with its shape spelled out for the message. */
export type CodeRule = {
  field: string;
  label: string;
  minLength: number;
  maxLength: number;
  pattern: RegExp;
  allowed: string;
};

/** Trims and upper-cases a code ('  dinkes ' → 'DINKES'). */
export function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}

/** REQUIRED / TOO_SHORT / TOO_LONG / INVALID_FORMAT for a code, checked after normalizeCode. */
export function checkCode(code: string, rule: CodeRule): ValidationIssue[] {
  const value = normalizeCode(code);
  const length = characterCount(value);
  if (length === 0) {
    return [issue(rule.field, 'REQUIRED', `${rule.label} is required.`)];
  }
  if (length < rule.minLength) {
    const message = `${rule.label} must be at least ${rule.minLength} characters; got ${length}.`;
    return [issue(rule.field, 'TOO_SHORT', message)];
  }
  if (length > rule.maxLength) {
    return [issue(rule.field, 'TOO_LONG', `${rule.label} must be at most ${rule.maxLength} characters.`)];
  }
  if (!rule.pattern.test(value)) {
    return [issue(rule.field, 'INVALID_FORMAT', `${rule.label} ${rule.allowed}; got '${value}'.`)];
  }
  return [];
}
