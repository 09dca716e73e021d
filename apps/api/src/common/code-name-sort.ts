import { assertUnreachable } from '@formasi/core';
import { registerEnumType } from 'type-graphql';

/** Sorts of lists whose rows have a code and a name (sectors, units); each ends on the id so pages are stable. */
export const CODE_NAME_SORTS = ['NAME_ASC', 'NAME_DESC', 'CODE_ASC', 'UPDATED_DESC'] as const;
export type CodeNameSort = (typeof CODE_NAME_SORTS)[number];

type Order = 'asc' | 'desc';
export type CodeNameOrder =
  { name: Order; id: Order } | { code: Order; id: Order } | { updatedAt: Order; id: Order };

export function codeNameOrder(sort: CodeNameSort): CodeNameOrder {
  switch (sort) {
    case 'NAME_ASC':
      return { name: 'asc', id: 'asc' };
    case 'NAME_DESC':
      return { name: 'desc', id: 'asc' };
    case 'CODE_ASC':
      return { code: 'asc', id: 'asc' };
    case 'UPDATED_DESC':
      return { updatedAt: 'desc', id: 'asc' };
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
