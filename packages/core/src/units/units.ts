import { checkLength, collapseWhitespace, toNullableText } from '../shared/text.js';
import { checkNumber, type NumberBounds } from '../shared/number-checks.js';
import { issue, type ValidationIssue } from '../shared/validation.js';
import { checkCode, normalizeCode } from '../shared/codes.js';
import { isUnitKind, type UnitKind } from './unit-kinds.js';

/** An organisational unit (OPD, puskesmas, school, …) where staff are counted and placed. */
export type UnitDraft = { code: string; name: string; kind: UnitKind; address: string | null };

// Formasi storage limits (not regulation).
export const UNIT_CODE_PATTERN = /^[A-Z0-9][A-Z0-9._-]{0,39}$/;
export const UNIT_CODE_MAX_LENGTH = 40;
export const UNIT_NAME_MIN_LENGTH = 3;
export const UNIT_NAME_MAX_LENGTH = 200;
export const UNIT_ADDRESS_MAX_LENGTH = 500;

/** Code trimmed and upper-cased, name and address trimmed with whitespace collapsed, blank address → null. */
export function normalizeUnit(d: UnitDraft): UnitDraft {
  const address = toNullableText(d.address);
  return {
    code: normalizeCode(d.code),
    name: collapseWhitespace(d.name),
    kind: d.kind,
    address: address === null ? null : collapseWhitespace(address),
  };
}

/** Checks a unit as it would be stored (after normalizeUnit). Fields: code, name, kind, address. */
export function validateUnit(d: UnitDraft): ValidationIssue[] {
  const u = normalizeUnit(d);
  return [
    ...checkCode(u.code, {
      field: 'code',
      label: 'Code',
      minLength: 1,
      maxLength: UNIT_CODE_MAX_LENGTH,
      pattern: UNIT_CODE_PATTERN,
      allowed:
        "must start with a letter A–Z or a digit and contain only letters A–Z, digits 0–9, '.', '_' and '-'",
    }),
    ...checkLength(u.name, {
      field: 'name',
      label: 'Name',
      min: UNIT_NAME_MIN_LENGTH,
      max: UNIT_NAME_MAX_LENGTH,
      required: true,
    }),
    ...(isUnitKind(u.kind)
      ? []
      : [issue('kind', 'INVALID_VALUE', `Kind ${String(u.kind)} is not a known unit kind.`)]),
    ...checkLength(u.address, {
      field: 'address',
      label: 'Address',
      max: UNIT_ADDRESS_MAX_LENGTH,
      required: false,
    }),
  ];
}

/** People or pupils a unit serves: a whole count from 0. */
export const SERVED_POPULATION_BOUNDS: NumberBounds = { min: 0, integer: true };

/** The issue of a served population that is set and outside SERVED_POPULATION_BOUNDS. */
export function validateServedPopulation(servedPopulation: number | null): ValidationIssue[] {
  return servedPopulation === null
    ? []
    : checkNumber(servedPopulation, {
        field: 'servedPopulation',
        label: 'Served population',
        ...SERVED_POPULATION_BOUNDS,
      });
}
