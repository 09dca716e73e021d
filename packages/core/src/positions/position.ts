import { collapseWhitespace, normalizeTextList, toNullableText, uniqueBy } from '../shared/text.js';
import {
  sortEducationLevels,
  type EducationLevel,
  type Licence,
  type PositionKind,
  type PositionLevel,
} from './catalogue.js';

/** A jabatan as the admin edits it, before it is stored. */
export type PositionDraft = {
  name: string;
  kind: PositionKind;
  level: PositionLevel;
  isTeacher: boolean;
  educationLevels: readonly EducationLevel[];
  studyPrograms: readonly string[];
  licences: readonly Licence[];
  competencies: readonly string[];
  description: string | null;
};

/**
 * Canonical form of a draft: name trimmed with whitespace collapsed; study programs and competencies trimmed,
 * whitespace collapsed, blanks dropped, case-insensitive repeats dropped (first spelling kept); education levels
 * de-duplicated and ordered low → high; licences de-duplicated; blank description → null. Idempotent.
 */
export function normalizePosition(d: PositionDraft): PositionDraft {
  return {
    name: collapseWhitespace(d.name),
    kind: d.kind,
    level: d.level,
    isTeacher: d.isTeacher,
    educationLevels: sortEducationLevels(uniqueBy(d.educationLevels, (level) => level)),
    studyPrograms: normalizeTextList(d.studyPrograms),
    licences: uniqueBy(d.licences, (licence) => licence),
    competencies: normalizeTextList(d.competencies),
    description: toNullableText(d.description),
  };
}
