import { issue, type ValidationIssue } from '../shared/validation.js';
import { isUnitScopedRole, type Role, type RoleGrant } from '../auth/roles.js';

/** The same minimum the first administrator's password has (FORMASI_ADMIN_PASSWORD). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
export const EMAIL_MAX_LENGTH = 254;
export const USER_NAME_MAX_LENGTH = 200;

// One @, something before it, a dotted domain after it, no spaces: enough to catch typos without rejecting real
// addresses (the mailbox itself is never contacted).
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Emails compare case-insensitively and without surrounding spaces. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function validateEmail(email: string): ValidationIssue[] {
  const value = normalizeEmail(email);
  if (value === '') return [issue('email', 'REQUIRED', 'email is required.')];
  if (value.length > EMAIL_MAX_LENGTH) {
    return [issue('email', 'TOO_LONG', `email must be at most ${EMAIL_MAX_LENGTH} characters.`)];
  }
  if (!EMAIL_PATTERN.test(value)) {
    return [
      issue('email', 'INVALID_FORMAT', `email must look like name@domain.go.id; got '${email.trim()}'.`),
    ];
  }
  return [];
}

export function validateUserName(name: string): ValidationIssue[] {
  const value = name.trim();
  if (value === '') return [issue('name', 'REQUIRED', 'name is required.')];
  if (value.length > USER_NAME_MAX_LENGTH) {
    return [issue('name', 'TOO_LONG', `name must be at most ${USER_NAME_MAX_LENGTH} characters.`)];
  }
  return [];
}

/** A password set by an administrator: long enough, not absurdly long, and not the email itself. */
export function validatePassword(password: string, email: string): ValidationIssue[] {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return [issue('password', 'TOO_SHORT', `password must be at least ${PASSWORD_MIN_LENGTH} characters.`)];
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return [issue('password', 'TOO_LONG', `password must be at most ${PASSWORD_MAX_LENGTH} characters.`)];
  }
  if (normalizeEmail(password) === normalizeEmail(email)) {
    return [issue('password', 'NOT_ALLOWED', 'password must not be the email address.')];
  }
  return [];
}

/**
 * The grant an account ends up with when an administrator asks for a role and/or a unit (null: neither asked, the
 * grant stays). A unit role keeps its unit unless a new one is given; a region role takes none unless one is sent,
 * which validateRoleGrant then refuses.
 */
export function changedGrant(
  current: RoleGrant | undefined,
  role: Role | null | undefined,
  unitId: string | null | undefined,
): RoleGrant | null {
  if (!role && !unitId) return null;
  const next = role ?? current?.role ?? 'VIEWER';
  const keptUnit = current?.role === next ? current.unitId : null;
  return { role: next, unitId: unitId ?? (isUnitScopedRole(next) ? keptUnit : null) };
}

/** Administrators cannot disable their own account or take ADMIN from it: nobody might be left to undo it. */
export function validateOwnAccountChange(change: {
  disabling: boolean;
  grant: RoleGrant | null;
}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (change.disabling) {
    issues.push(issue('disabled', 'NOT_ALLOWED', 'You cannot disable your own account.'));
  }
  if (change.grant && change.grant.role !== 'ADMIN') {
    issues.push(issue('role', 'NOT_ALLOWED', 'You cannot take the ADMIN role from your own account.'));
  }
  return issues;
}
