import { assertUnreachable } from '@formasi/core';
import { registerEnumType } from 'type-graphql';
import { type RowOrder } from './row-query.js';

/** Sorts of lists whose rows have a code and a name (sectors, units); each ends on the id so pages are stable. */
export const CODE_NAME_SORTS = ['NAME_ASC', 'NAME_DESC', 'CODE_ASC', 'UPDATED_DESC'] as const;
export type CodeNameSort = (typeof CODE_NAME_SORTS)[number];

const BY_ID: RowOrder = { path: ['id'], direction: 'asc' };

export function codeNameOrder(sort: CodeNameSort): RowOrder[] {
  switch (sort) {
    case 'NAME_ASC':
      return [{ path: ['name'], direction: 'asc' }, BY_ID];
    case 'NAME_DESC':
      return [{ path: ['name'], direction: 'desc' }, BY_ID];
    case 'CODE_ASC':
      return [{ path: ['code'], direction: 'asc' }, BY_ID];
    case 'UPDATED_DESC':
      return [{ path: ['updatedAt'], direction: 'desc' }, BY_ID];
    default:
      return assertUnreachable(sort);
  }
}

/** Registers the sort under a list's own GraphQL enum name (SectorSort, UnitSort). */
export function codeNameSortEnum(name: string): Record<CodeNameSort, CodeNameSort> {
  const values = {
    NAME_ASC: 'NAME_ASC',
    NAME_DESC: 'NAME_DESC',
    CODE_ASC: 'CODE_ASC',
    UPDATED_DESC: 'UPDATED_DESC',
  } as const;
  registerEnumType(values, { name });
  return values;
}
