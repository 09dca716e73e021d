import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { issue, DomainError } from '@formasi/core';

/** Most rows one page may ask for; reporting tools page through larger sets. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: 'Relay-style page information.' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export type Connection<T> = {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** A number, or (when the query did not select it) what counts it should it be resolved after all. */
  totalCount: number | (() => Promise<number>);
};

/** Declares `<Name>Edge` and `<Name>Connection` object types for a node type. */
export function connectionOf<T extends object>(name: string, node: ClassType<T>): ClassType<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String, { description: 'Opaque cursor; pass it as `after` to continue after this row.' })
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Rows matching the filter, across all pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}

/** `first`, `after` and `offset` of every list query; list arguments extend it. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: 'Page size, at most 100.',
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Continue after this cursor (from pageInfo.endCursor).',
  })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'Rows to skip (page-number UIs); ignored with `after`.' })
  offset?: number | null;
}
export type PageWindow = { limit: number; offset: number };

const encodeCursor = (offset: number): string => Buffer.from(`o:${offset}`).toString('base64url');

function decodeCursor(cursor: string): number {
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match?.[1])
    throw new DomainError([issue('after', 'INVALID_FORMAT', 'after is not a cursor returned by this API.')]);
  return Number(match[1]);
}

/** Validates `first`/`after`/`offset` and turns them into a limit/offset window. */
export function pageWindow(args: PageArgs): PageWindow {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new DomainError([
      issue('first', 'INVALID_VALUE', `first must be between 0 and ${MAX_PAGE_SIZE}; got ${first}.`),
    ]);
  }
  if (args.after) return { limit: first, offset: decodeCursor(args.after) + 1 };
  const offset = args.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0) {
    throw new DomainError([issue('offset', 'INVALID_VALUE', `offset must be 0 or more; got ${offset}.`)]);
  }
  return { limit: first, offset };
}

export function toConnection<T>(
  nodes: T[],
  totalCount: Connection<T>['totalCount'],
  window: PageWindow,
  hasNextPage: boolean,
): Connection<T> {
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(window.offset + index), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
