import { isOneOf } from '../shared/validation.js';
import { assertUnreachable } from '../shared/assert-unreachable.js';

/** Who may change data (ADMIN) and who may only read it (VIEWER). */
export const ROLES = ['ADMIN', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return isOneOf(ROLES, value);
}

/** Only administrators write. */
export function canWrite(role: Role): boolean {
  switch (role) {
    case 'ADMIN':
      return true;
    case 'VIEWER':
      return false;
    default:
      return assertUnreachable(role);
  }
}
