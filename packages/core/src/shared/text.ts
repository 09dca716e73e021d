import { issue, type ValidationIssue } from './validation.js';

/** Trims and turns every run of whitespace (tabs, newlines, non-breaking spaces) into one space. */
export function collapseWhitespace(value: string): string {
  return value.trim().replace(/\s+/g, ' ');
}

/** Trims optional free text; blank becomes null. */
export function toNullableText(value: string | null): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** Collapses whitespace in each entry, drops blank entries and case-insensitive repeats (first spelling wins). */
export function normalizeTextList(values: readonly string[]): string[] {
  return uniqueBy(
    values.map(collapseWhitespace).filter((value) => value !== ''),
    (value) => value.toLowerCase(),
  );
}

/** Keeps the first element of each group of elements sharing a key, in input order. */
export function uniqueBy<T>(values: readonly T[], keyOf: (value: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = keyOf(value);
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}

/** Length in characters as a person counts them (code points), which is also how PostgreSQL counts varchar. */
export function characterCount(value: string): number {
  return [...value].length;
}

export type LengthRule = { field: string; label: string; min?: number; max: number; required: boolean };

/** REQUIRED / TOO_SHORT / TOO_LONG for one text value; null and blank count as missing. */
export function checkLength(value: string | null, rule: LengthRule): ValidationIssue[] {
  const text = value?.trim() ?? '';
  const length = characterCount(text);
  if (length === 0) {
    return rule.required ? [issue(rule.field, 'REQUIRED', `${rule.label} is required.`)] : [];
  }
  if (rule.min !== undefined && length < rule.min) {
    return [
      issue(rule.field, 'TOO_SHORT', `${rule.label} must be at least ${rule.min} characters; got ${length}.`),
    ];
  }
  if (length > rule.max) {
    return [issue(rule.field, 'TOO_LONG', `${rule.label} must be at most ${rule.max} characters.`)];
  }
  return [];
}

export type TextListRule = {
  field: string;
  label: string;
  entryLabel: string;
  maxEntries: number;
  maxLength: number;
};

/** Entry count and entry length of a list of free-text entries. */
export function checkTextList(values: readonly string[], rule: TextListRule): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (values.length > rule.maxEntries) {
    const message = `${rule.label} must have at most ${rule.maxEntries} entries; got ${values.length}.`;
    issues.push(issue(rule.field, 'TOO_LONG', message));
  }
  values.forEach((value, index) => {
    if (characterCount(value.trim()) > rule.maxLength) {
      const message = `${rule.entryLabel} ${index + 1} must be at most ${rule.maxLength} characters.`;
      issues.push(issue(rule.field, 'TOO_LONG', message));
    }
  });
  return issues;
}
