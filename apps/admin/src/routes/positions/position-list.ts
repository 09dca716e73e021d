import { LEVELS_BY_KIND, POSITION_LEVELS, type PositionKind, type PositionLevel } from '@formasi/core';
import { type PositionSort } from '../../gql/graphql';

export const POSITION_SORTS: readonly PositionSort[] = ['NAME_ASC', 'NAME_DESC', 'UNIT_ASC', 'UPDATED_DESC'];
/** URL parameters of the position list's filters. */
export const POSITION_FILTER_KEYS = ['sector', 'unit', 'kind', 'level'] as const;

/** The jenjang a jabatan of this kind can have (every level when no kind is chosen). */
export function levelsOf(kind: PositionKind | undefined): readonly PositionLevel[] {
  return kind ? LEVELS_BY_KIND[kind] : POSITION_LEVELS;
}
