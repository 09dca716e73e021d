import { type ValidationIssue } from '@formasi/core';
import { type InputIssue } from './graphql-errors';

/** Where an issue lands on a form: an antd name (`'name'`) or path (`['workloadItems', 2, 'annualVolume']`). */
export type FieldPath = string | (string | number)[];

/** One field's errors for antd's `form.setFields`; `errors: []` clears what was shown. */
export interface FieldErrors<P extends FieldPath> {
  name: P;
  errors: string[];
}

/** `studyPrograms` for `studyPrograms[2]` or `studyPrograms.2`: list entries show under their list's field. */
function rootField(field: string | undefined): string | undefined {
  return field?.split(/[.[]/)[0];
}

/** The field of an issue on a flat form whose field names equal the input's (`name`, `unitId`, …). */
export function rootFieldPath<F extends string>(fields: readonly F[]) {
  return (field: string | undefined): F | undefined => {
    const root = rootField(field);
    return fields.find((candidate) => candidate === root);
  };
}

const segmentsOf = (path: FieldPath): (string | number)[] => (Array.isArray(path) ? path : [path]);

export const pathKey = (path: FieldPath): string => segmentsOf(path).join('.');

/**
 * Groups server issues by the form field `pathOf` finds for them, ready for `form.setFields`; issues of no field,
 * and of fields the user cannot change now (`isDisabled`), are returned as unmatched, for a general alert.
 */
export function groupIssuesByField<P extends FieldPath>(
  issues: readonly InputIssue[],
  pathOf: (field: string | undefined) => P | undefined,
  describe: (issue: InputIssue) => string,
  isDisabled: (path: P) => boolean = () => false,
): { fieldErrors: FieldErrors<P>[]; unmatched: InputIssue[] } {
  const byPath = new Map<string, FieldErrors<P>>();
  const unmatched: InputIssue[] = [];
  for (const issue of issues) {
    const name = pathOf(issue.field);
    if (name === undefined || isDisabled(name)) {
      unmatched.push(issue);
      continue;
    }
    const key = pathKey(name);
    byPath.set(key, { name, errors: [...(byPath.get(key)?.errors ?? []), describe(issue)] });
  }
  return { fieldErrors: [...byPath.values()], unmatched };
}

/**
 * Whether antd's `changedValues` (only the changed path is set, lists sparsely) touch `path`: the field itself, or
 * a list or object around it that was replaced (a row removed).
 */
export function touchesPath(changedValues: unknown, path: FieldPath): boolean {
  let node = changedValues;
  for (const key of segmentsOf(path)) {
    if (typeof node !== 'object' || node === null) return true;
    if (!(key in node)) return false;
    node = Reflect.get(node, key);
  }
  return true;
}

/** Core's issues from a check run before sending, in the shape the server's arrive in. */
export const asInputIssues = (issues: readonly ValidationIssue[]): InputIssue[] =>
  issues.map((issue) => ({
    field: issue.field,
    reason: issue.reason,
    message: issue.message,
    limit: issue.limit,
  }));
