import { ROLES, type Role } from '@formasi/core';

/** The roles an administrator can give, in the order the form offers them. */
export const USER_ROLES: readonly Role[] = ROLES;

export const ROLE_COLORS: Readonly<Record<Role, string>> = {
  ADMIN: 'geekblue',
  VIEWER: 'default',
  UNIT_OPERATOR: 'cyan',
};
