import { describe, expect, it } from 'vitest';
import { assertValid, DomainError, isIssueReason, isOneOf, issue, ISSUE_REASONS } from './validation.js';

const tooLong = issue('name', 'TOO_LONG', 'Name must be at most 200 characters.');
const missingCode = issue('code', 'REQUIRED', 'Code is required.');

describe('DomainError', () => {
  it('leads with the first issue: message, field and reason', () => {
    const error = new DomainError([tooLong, missingCode]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DomainError');
    expect(error.message).toBe('Name must be at most 200 characters.');
    expect(error.field).toBe('name');
    expect(error.reason).toBe('TOO_LONG');
    expect(error.issues).toEqual([tooLong, missingCode]);
  });

  it('still has a message when built without issues', () => {
    const error = new DomainError([]);
    expect(error.message).toBe('The input is invalid.');
    expect(error.field).toBe('');
    expect(error.reason).toBe('INVALID_VALUE');
  });
});

describe('assertValid', () => {
  it('passes when there are no issues', () => {
    expect(() => assertValid([])).not.toThrow();
  });

  it('throws a DomainError carrying every issue', () => {
    expect(() => assertValid([missingCode, tooLong])).toThrow(
      expect.objectContaining({ name: 'DomainError', issues: [missingCode, tooLong] }),
    );
  });
});

describe('reason guards', () => {
  it.each(ISSUE_REASONS)('recognises %s as an issue reason', (reason) => {
    expect(isIssueReason(reason)).toBe(true);
  });

  it.each(['required', 'UNKNOWN', ''])('rejects %j as an issue reason', (value) => {
    expect(isIssueReason(value)).toBe(false);
    expect(isOneOf(['A', 'B'], value)).toBe(false);
  });
});
