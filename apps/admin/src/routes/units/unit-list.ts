import { type UnitSort } from '../../gql/graphql';

export const UNIT_SORTS: readonly UnitSort[] = ['NAME_ASC', 'NAME_DESC', 'CODE_ASC', 'UPDATED_DESC'];
/** URL parameters of the unit list's filters. */
export const UNIT_FILTER_KEYS = ['sector', 'kind', 'kecamatan'] as const;
