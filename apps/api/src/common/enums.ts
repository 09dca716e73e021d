import {
  EDUCATION_LEVELS,
  LICENCES,
  POSITION_KINDS,
  POSITION_LEVELS,
  ROLES,
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
  description: 'Role of a user; unit-scoped assignments come later.',
});
