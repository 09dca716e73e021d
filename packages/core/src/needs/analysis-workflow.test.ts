import { describe, expect, it } from 'vitest';
import {
  actionNeedsNote,
  ANALYSIS_ACTIONS,
  ANALYSIS_STATUSES,
  allowedAnalysisActions,
  canVersionAnalysis,
  isAnalysisEditable,
  nextAnalysisStatus,
  validateActionNote,
  validateNewVersion,
  type AnalysisAction,
  type AnalysisStatus,
} from './analysis-workflow.js';

// Every allowed move; everything else is NOT_ALLOWED.
const ALLOWED: [AnalysisStatus, AnalysisAction, AnalysisStatus][] = [
  ['DRAFT', 'SUBMIT', 'SUBMITTED'],
  ['SUBMITTED', 'VERIFY', 'VERIFIED'],
  ['SUBMITTED', 'RETURN', 'RETURNED'],
  ['VERIFIED', 'FINALIZE', 'FINAL'],
  ['VERIFIED', 'RETURN', 'RETURNED'],
  ['RETURNED', 'REOPEN', 'DRAFT'],
];
const isAllowed = (status: AnalysisStatus, action: AnalysisAction) =>
  ALLOWED.some(([from, act]) => from === status && act === action);
const REFUSED = ANALYSIS_STATUSES.flatMap((status) =>
  ANALYSIS_ACTIONS.filter((action) => !isAllowed(status, action)).map((action) => [status, action] as const),
);

describe('nextAnalysisStatus', () => {
  it.each(ALLOWED)('moves %s on %s to %s', (status, action, next) => {
    expect(nextAnalysisStatus(status, action)).toBe(next);
  });

  it('refuses the other 19 moves', () => {
    expect(REFUSED).toHaveLength(ANALYSIS_STATUSES.length * ANALYSIS_ACTIONS.length - ALLOWED.length);
  });

  it.each(REFUSED)('refuses %s on %s', (status, action) => {
    expect(() => nextAnalysisStatus(status, action)).toThrow(
      expect.objectContaining({ name: 'DomainError', field: 'action', reason: 'NOT_ALLOWED' }),
    );
  });

  it('names the action, the status and what is allowed', () => {
    expect(() => nextAnalysisStatus('DRAFT', 'FINALIZE')).toThrow(
      'Action FINALIZE is not allowed on an analysis in status DRAFT (allowed: SUBMIT).',
    );
    expect(() => nextAnalysisStatus('FINAL', 'RETURN')).toThrow(
      'Action RETURN is not allowed on an analysis in status FINAL (no action is allowed).',
    );
  });

  it('walks a returned analysis back to final', () => {
    const path: AnalysisAction[] = ['SUBMIT', 'RETURN', 'REOPEN', 'SUBMIT', 'VERIFY', 'FINALIZE'];
    expect(path.reduce<AnalysisStatus>(nextAnalysisStatus, 'DRAFT')).toBe('FINAL');
  });
});

describe('allowedAnalysisActions and isAnalysisEditable', () => {
  it.each<[AnalysisStatus, AnalysisAction[], boolean]>([
    ['DRAFT', ['SUBMIT'], true],
    ['SUBMITTED', ['VERIFY', 'RETURN'], false],
    ['VERIFIED', ['FINALIZE', 'RETURN'], false],
    ['FINAL', [], false],
    ['RETURNED', ['REOPEN'], false],
  ])('%s allows %j and editable is %s', (status, actions, editable) => {
    expect(allowedAnalysisActions(status)).toEqual(actions);
    expect(isAnalysisEditable(status)).toBe(editable);
  });
});

describe('notes and versions', () => {
  it.each<[AnalysisAction, string | null, string[]]>([
    ['RETURN', null, ['note']],
    ['RETURN', '   ', ['note']],
    ['RETURN', 'Beban kerja perawat belum lengkap', []],
    ['SUBMIT', null, []],
    ['FINALIZE', 'Sesuai', []],
  ])('%s with note %j', (action, note, fields) => {
    expect(actionNeedsNote(action)).toBe(action === 'RETURN');
    expect(validateActionNote(action, note).map((found) => found.field)).toEqual(fields);
  });

  it.each(ANALYSIS_STATUSES.map((status) => [status, status === 'FINAL'] as const))(
    'a %s analysis gets a new version: %s',
    (status, allowed) => {
      expect(canVersionAnalysis(status)).toBe(allowed);
      expect(validateNewVersion(status).map((found) => found.reason)).toEqual(allowed ? [] : ['NOT_ALLOWED']);
    },
  );
});
