import { checkNumber, type NumberBounds } from '../shared/number-checks.js';
import { checkLength, checkTextList } from '../shared/text.js';
import { issue, type ValidationIssue } from '../shared/validation.js';
import {
  educationRank,
  isEducationLevel,
  isLevelOfKind,
  isLicence,
  isPositionKind,
  isPositionLevel,
  LEVELS_BY_KIND,
  type EducationLevel,
} from './catalogue.js';
import { normalizePosition, type PositionDraft } from './position.js';

// Formasi storage limits (not regulation): sized for SIASN jabatan names and Anjab text.
export const POSITION_NAME_MIN_LENGTH = 3;
export const POSITION_NAME_MAX_LENGTH = 200;
export const POSITION_LIST_ENTRY_MAX_LENGTH = 120;
export const POSITION_LIST_MAX_ENTRIES = 30;
export const POSITION_DESCRIPTION_MAX_LENGTH = 2000;
// UU 14/2005 Ps. 9: a teacher's academic qualification is S1 or D-IV (domain.md §7).
export const TEACHER_QUALIFYING_EDUCATION: readonly EducationLevel[] = ['D4', 'S1'];
export const TEACHER_MIN_EDUCATION: EducationLevel = 'D4';

const FIELD_ORDER = [
  'name',
  'kind',
  'level',
  'isTeacher',
  'educationLevels',
  'studyPrograms',
  'licences',
  'competencies',
  'description',
];

/**
 * Checks a jabatan draft as it would be stored (after normalizePosition), so callers need not normalize first.
 * Issues come in form order: name, kind, level, isTeacher, educationLevels, studyPrograms, licences, competencies,
 * description.
 */
export function validatePosition(d: PositionDraft): ValidationIssue[] {
  const p = normalizePosition(d);
  const issues = [
    ...checkLength(p.name, {
      field: 'name',
      label: 'Name',
      min: POSITION_NAME_MIN_LENGTH,
      max: POSITION_NAME_MAX_LENGTH,
      required: true,
    }),
    ...checkKindAndLevel(p),
    ...checkEducation(p.educationLevels),
    ...checkTextList(p.studyPrograms, listRule('studyPrograms', 'Study programs', 'Study program')),
    ...checkLicences(p.licences),
    ...checkTextList(p.competencies, listRule('competencies', 'Competencies', 'Competency')),
    ...checkLength(p.description, {
      field: 'description',
      label: 'Description',
      max: POSITION_DESCRIPTION_MAX_LENGTH,
      required: false,
    }),
    ...(p.isTeacher ? checkTeacher(p) : []),
  ];
  return issues.sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field));
}

function listRule(field: string, label: string, entryLabel: string) {
  return {
    field,
    label,
    entryLabel,
    maxEntries: POSITION_LIST_MAX_ENTRIES,
    maxLength: POSITION_LIST_ENTRY_MAX_LENGTH,
  };
}

function checkKindAndLevel(p: PositionDraft): ValidationIssue[] {
  if (!isPositionKind(p.kind)) {
    return [issue('kind', 'INVALID_VALUE', `Kind ${String(p.kind)} is not a known position kind.`)];
  }
  if (!isPositionLevel(p.level)) {
    return [issue('level', 'INVALID_VALUE', `Level ${String(p.level)} is not a known position level.`)];
  }
  if (!isLevelOfKind(p.kind, p.level)) {
    const allowed = LEVELS_BY_KIND[p.kind].join(', ');
    const message = `Level ${p.level} is not allowed for kind ${p.kind}; choose one of ${allowed}.`;
    return [issue('level', 'NOT_ALLOWED', message)];
  }
  return [];
}

function checkEducation(levels: readonly string[]): ValidationIssue[] {
  if (levels.length === 0) {
    return [issue('educationLevels', 'REQUIRED', 'Education levels must include at least one level.')];
  }
  const unknown = levels.filter((level) => !isEducationLevel(level));
  return unknown.length === 0
    ? []
    : [
        issue(
          'educationLevels',
          'INVALID_VALUE',
          `Education levels contain unknown values: ${unknown.join(', ')}.`,
        ),
      ];
}

function checkLicences(licences: readonly string[]): ValidationIssue[] {
  const unknown = licences.filter((licence) => !isLicence(licence));
  return unknown.length === 0
    ? []
    : [issue('licences', 'INVALID_VALUE', `Licences contain unknown values: ${unknown.join(', ')}.`)];
}

/** UU 14/2005 (domain.md §7): a guru is a JF, holds S1/D4 and the sertifikat pendidik. */
function checkTeacher(p: PositionDraft): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (p.kind !== 'FUNGSIONAL') {
    const message = `A teacher position must be of kind FUNGSIONAL (jabatan fungsional guru); got ${p.kind}.`;
    issues.push(issue('isTeacher', 'NOT_ALLOWED', message));
  }
  const known = p.educationLevels.filter(isEducationLevel);
  if (known.length > 0 && !known.some((level) => TEACHER_QUALIFYING_EDUCATION.includes(level))) {
    const message = 'Education levels of a teacher position must include S1 or D4 (UU 14/2005).';
    issues.push(issue('educationLevels', 'REQUIRED', message));
  }
  const belowMinimum = known.filter((level) => educationRank(level) < educationRank(TEACHER_MIN_EDUCATION));
  if (belowMinimum.length > 0) {
    const message = `Education levels of a teacher position cannot go below D4 (UU 14/2005); remove ${belowMinimum.join(', ')}.`;
    issues.push(issue('educationLevels', 'NOT_ALLOWED', message));
  }
  if (!p.licences.includes('SERTIFIKAT_PENDIDIK')) {
    const message = 'Licences of a teacher position must include SERTIFIKAT_PENDIDIK (UU 14/2005).';
    issues.push(issue('licences', 'REQUIRED', message));
  }
  return issues;
}

/** People or pupils served per holder of a position (WHO: 1,000 per doctor): above 0. */
export const SERVED_PER_STAFF_BENCHMARK_BOUNDS: NumberBounds = { min: 0, exclusiveMin: true };

/** A position's service standard (people or pupils per holder, e.g. WHO's 1,000 per doctor): unset, or above 0. */
export function validateServedPerStaffBenchmark(benchmark: number | null): ValidationIssue[] {
  return benchmark === null
    ? []
    : checkNumber(benchmark, {
        field: 'servedPerStaffBenchmark',
        label: 'Served per staff benchmark',
        ...SERVED_PER_STAFF_BENCHMARK_BOUNDS,
      });
}
