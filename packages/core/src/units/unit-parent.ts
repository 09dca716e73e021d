import { assertUnreachable } from '../shared/assert-unreachable.js';
import { issue, type ValidationIssue } from '../shared/validation.js';
import { type UnitKind } from './unit-kinds.js';

export type UnitPlacement = {
  /** The unit being placed; null while it is being created. */
  unitId: string | null;
  parentId: string | null;
  /** Ids of every ancestor of the proposed parent, nearest first or in any order. */
  parentAncestorIds: readonly string[];
  kind: UnitKind;
  parentKind: UnitKind | null;
};

export type ParentRule = 'TOP_LEVEL' | 'PARENT_REQUIRED' | 'PARENT_OPTIONAL';

/**
 * Where a unit kind sits in the tree. An OPD is a perangkat daerah and is top-level. A kecamatan is also a
 * perangkat daerah (UU 23/2014 Ps. 209), so its office may stand alone or sit under an OPD such as the Setda.
 * Puskesmas, RSUD, schools and UPTD belong to an OPD (or another unit) and need a parent.
 */
export function parentRuleFor(kind: UnitKind): ParentRule {
  switch (kind) {
    case 'OPD':
      return 'TOP_LEVEL';
    case 'KECAMATAN_OFFICE':
      return 'PARENT_OPTIONAL';
    case 'PUSKESMAS':
    case 'RSUD':
    case 'SCHOOL_SD':
    case 'SCHOOL_SMP':
    case 'UPTD':
      return 'PARENT_REQUIRED';
    default:
      return assertUnreachable(kind);
  }
}

/** Issues on field 'parentId': a cycle (CYCLE), a parent for an OPD (NOT_ALLOWED), a missing parent (REQUIRED). */
export function validateUnitParent(p: UnitPlacement): ValidationIssue[] {
  const rule = parentRuleFor(p.kind);
  if (p.parentId === null) {
    return rule === 'PARENT_REQUIRED'
      ? [issue('parentId', 'REQUIRED', `Parent unit is required for a unit of kind ${p.kind}.`)]
      : [];
  }
  const issues: ValidationIssue[] = [];
  if (p.unitId !== null && (p.parentId === p.unitId || p.parentAncestorIds.includes(p.unitId))) {
    const message = 'Parent unit cannot be the unit itself or one of its descendants.';
    issues.push(issue('parentId', 'CYCLE', message));
  }
  if (rule === 'TOP_LEVEL') {
    issues.push(
      issue('parentId', 'NOT_ALLOWED', 'Parent unit is not allowed for an OPD; an OPD is top-level.'),
    );
  }
  return issues;
}
