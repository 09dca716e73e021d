import { describe, expect, it } from 'vitest';
import { canWrite, isRole, ROLES } from './roles.js';

describe('roles', () => {
  it.each([
    ['ADMIN', true],
    ['VIEWER', false],
  ] as const)('%s may write: %s', (role, expected) => {
    expect(canWrite(role)).toBe(expected);
  });

  it('recognises exactly the listed roles', () => {
    expect(ROLES.every(isRole)).toBe(true);
    expect(isRole('admin')).toBe(false);
  });
});
