import { checkLength, collapseWhitespace, toNullableText } from '../shared/text.js';
import { type ValidationIssue } from '../shared/validation.js';
import { checkCode, normalizeCode } from '../shared/codes.js';

/** A sector (urusan / bidang, e.g. PENDIDIKAN, KESEHATAN, TEKNIS) that groups jabatan for needs planning. */
export type SectorDraft = { code: string; name: string; description: string | null };

// Formasi storage limits (not regulation).
export const SECTOR_CODE_PATTERN = /^[A-Z][A-Z0-9_-]{1,31}$/;
export const SECTOR_CODE_MIN_LENGTH = 2;
export const SECTOR_CODE_MAX_LENGTH = 32;
export const SECTOR_NAME_MIN_LENGTH = 3;
export const SECTOR_NAME_MAX_LENGTH = 120;
export const SECTOR_DESCRIPTION_MAX_LENGTH = 2000;

/** Code trimmed and upper-cased, name trimmed with whitespace collapsed, blank description → null. Idempotent. */
export function normalizeSector(d: SectorDraft): SectorDraft {
  return {
    code: normalizeCode(d.code),
    name: collapseWhitespace(d.name),
    description: toNullableText(d.description),
  };
}

/** Checks a sector as it would be stored (after normalizeSector). Fields: code, name, description. */
export function validateSector(d: SectorDraft): ValidationIssue[] {
  const s = normalizeSector(d);
  return [
    ...checkCode(s.code, {
      field: 'code',
      label: 'Code',
      minLength: SECTOR_CODE_MIN_LENGTH,
      maxLength: SECTOR_CODE_MAX_LENGTH,
      pattern: SECTOR_CODE_PATTERN,
      allowed: "must start with a letter A–Z and contain only letters A–Z, digits 0–9, '_' and '-'",
    }),
    ...checkLength(s.name, {
      field: 'name',
      label: 'Name',
      min: SECTOR_NAME_MIN_LENGTH,
      max: SECTOR_NAME_MAX_LENGTH,
      required: true,
    }),
    ...checkLength(s.description, {
      field: 'description',
      label: 'Description',
      max: SECTOR_DESCRIPTION_MAX_LENGTH,
      required: false,
    }),
  ];
}
