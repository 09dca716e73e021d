import { type AnalysisAction } from '../needs/analysis-workflow.js';
import { assertUnreachable } from '../shared/assert-unreachable.js';
import { issue, isOneOf, type ValidationIssue } from '../shared/validation.js';

/**
 * Who may do what. ADMIN (BKPSDM) changes everything region-wide; VIEWER reads; UNIT_OPERATOR belongs to one unit
 * (an OPD, a puskesmas, a school) and drafts and submits that unit's needs analyses — its own and its sub-units'.
 */
export const ROLES = ['ADMIN', 'VIEWER', 'UNIT_OPERATOR'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return isOneOf(ROLES, value);
}

/** Whether a role is granted within one unit (true) or for the whole region (false). */
export function isUnitScopedRole(role: Role): boolean {
  switch (role) {
    case 'ADMIN':
    case 'VIEWER':
      return false;
    case 'UNIT_OPERATOR':
      return true;
    default:
      return assertUnreachable(role);
  }
}

/** Only administrators write region-wide data (organisation, roster, planning year, stakeholder weights). */
export function canWrite(role: Role): boolean {
  switch (role) {
    case 'ADMIN':
      return true;
    case 'VIEWER':
    case 'UNIT_OPERATOR':
      return false;
    default:
      return assertUnreachable(role);
  }
}

/** Whether a role may draft (create, edit, version) needs analyses at all; a unit role only within its unit. */
export function canDraftAnalyses(role: Role): boolean {
  switch (role) {
    case 'ADMIN':
    case 'UNIT_OPERATOR':
      return true;
    case 'VIEWER':
      return false;
    default:
      return assertUnreachable(role);
  }
}

/**
 * Workflow actions of a role (domain.md §1: the unit submits, BKPSDM verifies and finalises): the unit submits its
 * draft and reopens what was returned to it; verifying, finalising and returning are BKPSDM's.
 */
export function canTakeAnalysisAction(role: Role, action: AnalysisAction): boolean {
  switch (role) {
    case 'ADMIN':
      return true;
    case 'VIEWER':
      return false;
    case 'UNIT_OPERATOR':
      return action === 'SUBMIT' || action === 'REOPEN';
    default:
      return assertUnreachable(role);
  }
}

/**
 * Whether a unit-scoped grant covers a unit: `unitPath` lists the unit and its ancestors (any order), so an OPD's
 * operator also covers its puskesmas or schools.
 */
export function scopeCovers(scopeUnitId: string, unitPath: readonly string[]): boolean {
  return unitPath.includes(scopeUnitId);
}

/** A role grant is complete: a unit role names its unit, a region role names none. */
export function validateRoleGrant(role: Role, unitId: string | null | undefined): ValidationIssue[] {
  const scoped = isUnitScopedRole(role);
  if (scoped && !unitId) {
    return [issue('unitId', 'REQUIRED', `unitId is required for the role ${role}: it acts within one unit.`)];
  }
  if (!scoped && unitId) {
    return [
      issue('unitId', 'NOT_ALLOWED', `unitId must be empty for the role ${role}: it covers the region.`),
    ];
  }
  return [];
}

/** A role held by a user, region-wide (unitId null) or within one unit. */
export type RoleGrant = { role: Role; unitId: string | null };

/**
 * Whether any of a user's grants allows something on a unit: a region grant of an allowed role always does, a unit
 * grant only when it covers the unit (`unitPath` = the unit and its ancestors). A unit grant of a region role (not
 * storable, see validateRoleGrant) counts for nothing.
 */
export function grantsAllow(
  grants: readonly RoleGrant[],
  unitPath: readonly string[],
  allows: (role: Role) => boolean,
): boolean {
  return grants.some((grant) => {
    if (!allows(grant.role)) return false;
    if (grant.unitId === null) return !isUnitScopedRole(grant.role);
    return isUnitScopedRole(grant.role) && scopeCovers(grant.unitId, unitPath);
  });
}
