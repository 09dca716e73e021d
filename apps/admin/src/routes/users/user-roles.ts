import { type Role } from '@formasi/core';

export const ROLE_COLORS: Readonly<Record<Role, string>> = {
  ADMIN: 'geekblue',
  VIEWER: 'default',
  UNIT_OPERATOR: 'cyan',
};
