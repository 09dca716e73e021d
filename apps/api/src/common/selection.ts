import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/** The fields a query selects below one field, by name (aliases merged), with their own selections. */
export type Selection = ReadonlyMap<string, Selection>;

const EMPTY: Selection = new Map();

function collect(
  set: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  into: Map<string, Map<string, Selection>>,
): void {
  for (const node of set?.selections ?? []) {
    if (node.kind === Kind.FIELD) {
      const children = into.get(node.name.value) ?? new Map<string, Selection>();
      into.set(node.name.value, children);
      collect(node.selectionSet, info, children as Map<string, Map<string, Selection>>);
    } else if (node.kind === Kind.INLINE_FRAGMENT) {
      collect(node.selectionSet, info, into);
    } else {
      collect(info.fragments[node.name.value]?.selectionSet, info, into);
    }
  }
}

/**
 * What the current field selects, through fragments and inline fragments. Directives (@include/@skip) are not
 * evaluated: a skipped field only makes a read join one table more than needed.
 */
export function selectionOf(info: GraphQLResolveInfo): Selection {
  const tree = new Map<string, Map<string, Selection>>();
  for (const field of info.fieldNodes as readonly FieldNode[]) collect(field.selectionSet, info, tree);
  return tree;
}

/** A connection's `edges.node` selection, and whether the query reads the connection's `totalCount`. */
export type NodeSelection = Selection & { readonly withTotal: boolean };

/** The selection of a connection's `edges.node` (list reads count the rows only when `withTotal`). */
export function nodeSelectionOf(info: GraphQLResolveInfo): NodeSelection {
  const connection = selectionOf(info);
  const node = connection.get('edges')?.get('node') ?? EMPTY;
  return Object.assign(new Map(node), { withTotal: connection.has('totalCount') });
}
