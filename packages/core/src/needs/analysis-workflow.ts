import { assertUnreachable } from '../shared/assert-unreachable.js';
import { DomainError, issue, isOneOf, type ValidationIssue } from '../shared/validation.js';

/**
 * Life of a needs analysis (Anjab/ABK, domain.md §1 stages): the unit drafts and submits, BKPSDM verifies and
 * finalises, or returns it; the unit reopens a returned analysis as a draft. FINAL is read-only.
 */
export const ANALYSIS_STATUSES = ['DRAFT', 'SUBMITTED', 'VERIFIED', 'FINAL', 'RETURNED'] as const;
export type AnalysisStatus = (typeof ANALYSIS_STATUSES)[number];

export const ANALYSIS_ACTIONS = ['SUBMIT', 'VERIFY', 'FINALIZE', 'RETURN', 'REOPEN'] as const;
export type AnalysisAction = (typeof ANALYSIS_ACTIONS)[number];

export function isAnalysisStatus(value: string): value is AnalysisStatus {
  return isOneOf(ANALYSIS_STATUSES, value);
}

export function isAnalysisAction(value: string): value is AnalysisAction {
  return isOneOf(ANALYSIS_ACTIONS, value);
}

/** The status an action leads to from a status, or null when the action is not allowed there. */
export function analysisTransition(status: AnalysisStatus, action: AnalysisAction): AnalysisStatus | null {
  switch (action) {
    case 'SUBMIT':
      return status === 'DRAFT' ? 'SUBMITTED' : null;
    case 'VERIFY':
      return status === 'SUBMITTED' ? 'VERIFIED' : null;
    case 'FINALIZE':
      return status === 'VERIFIED' ? 'FINAL' : null;
    case 'RETURN':
      return status === 'SUBMITTED' || status === 'VERIFIED' ? 'RETURNED' : null;
    case 'REOPEN':
      return status === 'RETURNED' ? 'DRAFT' : null;
    default:
      return assertUnreachable(action);
  }
}

/** Next status, or a DomainError (field `action`, NOT_ALLOWED) naming the action and the status. */
export function nextAnalysisStatus(status: AnalysisStatus, action: AnalysisAction): AnalysisStatus {
  const next = analysisTransition(status, action);
  if (next === null) {
    const allowed = allowedAnalysisActions(status);
    const hint = allowed.length === 0 ? 'no action is allowed' : `allowed: ${allowed.join(', ')}`;
    const message = `Action ${action} is not allowed on an analysis in status ${status} (${hint}).`;
    throw new DomainError([issue('action', 'NOT_ALLOWED', message)]);
  }
  return next;
}

/** Actions available from a status, in ANALYSIS_ACTIONS order (for buttons). */
export function allowedAnalysisActions(status: AnalysisStatus): AnalysisAction[] {
  return ANALYSIS_ACTIONS.filter((action) => analysisTransition(status, action) !== null);
}

/** Only a draft's content may change: under review it is frozen, a returned one is reopened first, FINAL never. */
export function isAnalysisEditable(status: AnalysisStatus): boolean {
  switch (status) {
    case 'DRAFT':
      return true;
    case 'SUBMITTED':
    case 'VERIFIED':
    case 'FINAL':
    case 'RETURNED':
      return false;
    default:
      return assertUnreachable(status);
  }
}

/** Whether an action must say why: a RETURN tells the unit what to fix. */
export const actionNeedsNote = (action: AnalysisAction): boolean => action === 'RETURN';

/** A RETURN without a note (blank counts as none) is refused on `note`; other actions may carry one or not. */
export function validateActionNote(
  action: AnalysisAction,
  note: string | null | undefined,
): ValidationIssue[] {
  return actionNeedsNote(action) && !note?.trim()
    ? [issue('note', 'REQUIRED', 'Say why the analysis is returned, so the unit can fix it.')]
    : [];
}

/** Only a FINAL analysis is copied into a new version (the FINAL one stays as it was). */
export const canVersionAnalysis = (status: AnalysisStatus): boolean => status === 'FINAL';

/** Why an analysis in `status` cannot get a new version (on `field`), or nothing. */
export function validateNewVersion(status: AnalysisStatus, field = 'id'): ValidationIssue[] {
  return canVersionAnalysis(status)
    ? []
    : [issue(field, 'NOT_ALLOWED', `Only a FINAL analysis gets a new version; this one is ${status}.`)];
}
