import { isUnitScopedRole, type Role } from '@formasi/core';
import { type CreateUserInput, type UpdateUserInput } from '../../gql/graphql';

export interface UserCreateValues {
  name: string;
  email: string;
  password: string;
  role: Role;
  unitId?: string;
}

export interface UserEditValues {
  name: string;
  role: Role;
  unitId?: string;
  /** Empty keeps the current password. */
  password?: string;
  disabled: boolean;
}

/** What the account holds now, to send only what the administrator changed. */
export interface SavedUser {
  name: string;
  role: Role | undefined;
  unitId: string | undefined;
  disabled: boolean;
}

/** A unit travels only with a unit-scoped role: the server rejects one on a region-wide role. */
function unitOf(role: Role, unitId: string | undefined): string | undefined {
  return isUnitScopedRole(role) && unitId ? unitId : undefined;
}

export function toCreateUserInput(values: UserCreateValues): CreateUserInput {
  const unitId = unitOf(values.role, values.unitId);
  return {
    name: values.name.trim(),
    email: values.email.trim(),
    password: values.password,
    role: values.role,
    ...(unitId ? { unitId } : {}),
  };
}

/** Only the changed fields (omitted = keep); role and unit always travel together. */
export function toUpdateUserInput(saved: SavedUser, values: UserEditValues): UpdateUserInput {
  const name = values.name.trim();
  const unitId = unitOf(values.role, values.unitId);
  const grantChanged = values.role !== saved.role || unitId !== saved.unitId;
  return {
    ...(name !== saved.name ? { name } : {}),
    ...(grantChanged ? { role: values.role, ...(unitId ? { unitId } : {}) } : {}),
    ...(values.password ? { password: values.password } : {}),
    ...(values.disabled !== saved.disabled ? { disabled: values.disabled } : {}),
  };
}
