import {
  ANALYSIS_ACTIONS,
  ANALYSIS_STATUSES,
  DEMAND_SIGNALS,
  EMPLOYMENT_TYPES,
  GAP_KINDS,
  GENDERS,
  PJ_GRADES,
  ROUNDING_RULES,
  STAKEHOLDER_SOURCES,
  EDUCATION_LEVELS,
  LICENCES,
  POSITION_KINDS,
  POSITION_LEVELS,
  ROLES,
  STAFF_ARCHIVE_REASONS,
  STAFF_CHANGE_KINDS,
  UNIT_KINDS,
} from '@formasi/core';
import { registerEnumType } from 'type-graphql';

/** Turns a core `as const` list into the object shape type-graphql registers as a GraphQL enum. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

export const UnitKindEnum = enumOf(UNIT_KINDS);
export const PositionKindEnum = enumOf(POSITION_KINDS);
export const PositionLevelEnum = enumOf(POSITION_LEVELS);
export const EducationLevelEnum = enumOf(EDUCATION_LEVELS);
export const LicenceEnum = enumOf(LICENCES);
export const RoleEnum = enumOf(ROLES);

registerEnumType(UnitKindEnum, { name: 'UnitKind', description: 'Kind of organisational unit.' });
registerEnumType(PositionKindEnum, { name: 'PositionKind', description: 'Jenis jabatan.' });
registerEnumType(PositionLevelEnum, { name: 'PositionLevel', description: 'Jenjang jabatan.' });
registerEnumType(EducationLevelEnum, {
  name: 'EducationLevel',
  description: 'Jenjang pendidikan, low to high.',
});
registerEnumType(LicenceEnum, {
  name: 'Licence',
  description: 'Licence or certificate a position requires.',
});
registerEnumType(RoleEnum, {
  name: 'Role',
  description:
    'ADMIN (BKPSDM, region-wide), VIEWER (reads), UNIT_OPERATOR (drafts and submits one unit’s analyses).',
});

export const AnalysisStatusEnum = enumOf(ANALYSIS_STATUSES);
export const AnalysisActionEnum = enumOf(ANALYSIS_ACTIONS);
export const DemandSignalEnum = enumOf(DEMAND_SIGNALS);
export const RoundingRuleEnum = enumOf(ROUNDING_RULES);
export const EmploymentTypeEnum = enumOf(EMPLOYMENT_TYPES);
export const GenderEnum = enumOf(GENDERS);
export const StakeholderSourceEnum = enumOf(STAKEHOLDER_SOURCES);
export const GapKindEnum = enumOf(GAP_KINDS);
export const PjGradeEnum = enumOf(PJ_GRADES);
export const StaffArchiveReasonEnum = enumOf(STAFF_ARCHIVE_REASONS);
export const StaffChangeKindEnum = enumOf(STAFF_CHANGE_KINDS);

registerEnumType(AnalysisStatusEnum, {
  name: 'AnalysisStatus',
  description: 'Workflow status of a needs analysis.',
});
registerEnumType(AnalysisActionEnum, {
  name: 'AnalysisAction',
  description: 'A step in the needs-analysis workflow.',
});
registerEnumType(DemandSignalEnum, { name: 'DemandSignal', description: 'Where a need comes from.' });
registerEnumType(RoundingRuleEnum, {
  name: 'RoundingRule',
  description: 'How required FTE becomes a headcount.',
});
registerEnumType(EmploymentTypeEnum, { name: 'EmploymentType' });
registerEnumType(GenderEnum, { name: 'Gender' });
registerEnumType(StakeholderSourceEnum, { name: 'StakeholderSource' });
registerEnumType(StaffArchiveReasonEnum, {
  name: 'StaffArchiveReason',
  description: 'Why a member left the roster: retired, resigned, died or transferred out.',
});
registerEnumType(StaffChangeKindEnum, {
  name: 'StaffChangeKind',
  description: 'An entry of a member’s history: an edit, a move or the archiving.',
});
registerEnumType(GapKindEnum, {
  name: 'GapKind',
  description: 'Shortage (kekurangan), surplus (kelebihan) or balanced.',
});
registerEnumType(PjGradeEnum, {
  name: 'PjGrade',
  description: 'Prestasi jabatan grade from the effectiveness (EJ).',
});
