/** Why a field was rejected: stable codes the API exposes as `extensions.reason` and the admin translates. */
export const ISSUE_REASONS = [
  'REQUIRED',
  'TOO_SHORT',
  'TOO_LONG',
  'INVALID_FORMAT',
  'INVALID_VALUE',
  'INVALID_DATE',
  'NOT_ALLOWED',
  'DUPLICATE',
  'CYCLE',
  'IN_USE',
  'ARCHIVED',
  'NOT_FOUND',
  // A warning, not a rejection: two records about a person disagree (an identifier's birth date and the recorded one).
  'MISMATCH',
] as const;
export type IssueReason = (typeof ISSUE_REASONS)[number];

/**
 * Which bound a number breaks, for a message in any language: not a finite number, not whole, below `min`
 * (`exclusive`: it must be greater than `min`) or above `max`.
 */
export type NumberLimit =
  | { kind: 'NOT_A_NUMBER' }
  | { kind: 'NOT_WHOLE' }
  | { kind: 'BELOW'; min: number; exclusive: boolean }
  | { kind: 'ABOVE'; max: number };

/**
 * One rejected field: `message` is a plain English sentence naming the field and the reason; a number out of its
 * bounds also says which bound (`limit`), so a client can word it in its own language.
 */
export type ValidationIssue = { field: string; reason: IssueReason; message: string; limit?: NumberLimit };

const FALLBACK_MESSAGE = 'The input is invalid.';

/** A rule of the domain was broken by user input; carries every issue found, the first one leading. */
export class DomainError extends Error {
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    super(issues[0]?.message ?? FALLBACK_MESSAGE);
    this.name = 'DomainError';
    this.issues = issues;
  }

  /** Field of the first issue ('' only for an error built without issues). */
  get field(): string {
    return this.issues[0]?.field ?? '';
  }

  /** Reason of the first issue ('INVALID_VALUE' only for an error built without issues). */
  get reason(): IssueReason {
    return this.issues[0]?.reason ?? 'INVALID_VALUE';
  }
}

export function issue(field: string, reason: IssueReason, message: string): ValidationIssue {
  return { field, reason, message };
}

/** Throws a DomainError carrying all the issues when there is at least one. */
export function assertValid(issues: readonly ValidationIssue[]): void {
  if (issues.length > 0) {
    throw new DomainError(issues);
  }
}

export function isIssueReason(value: string): value is IssueReason {
  return isOneOf(ISSUE_REASONS, value);
}

/** Narrows a string to a member of an `as const` list without a cast. */
export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return values.some((candidate) => candidate === value);
}
