import { type AnyVariables, type Client, type DocumentInput } from 'urql';

/** The API's cap on `first`: an export pages through a list in steps this large. */
export const EXPORT_PAGE_SIZE = 100;

/** One window of a list query, as the connection arguments take it. */
export interface PageWindow {
  first: number;
  offset: number;
}

/** The part of a Relay-style connection the loader reads. */
export interface PagedConnection<Node> {
  totalCount: number;
  edges: readonly { node: Node }[];
}

export interface AllPagesRequest<Data, Variables extends AnyVariables, Node> {
  /** A list query with `$first` and `$offset`. */
  query: DocumentInput<Data, Variables>;
  /** The list's current filter and sort, with the page window to fetch. */
  variables: (page: PageWindow) => Variables;
  /** Where the connection sits in the answer, e.g. `(data) => data.positions`. */
  connection: (data: Data) => PagedConnection<Node>;
}

/**
 * Every node of a list query in the list's order, fetched 100 at a time from the network (never a stale cache),
 * reporting after each page how many rows are in hand out of the total.
 */
export async function loadAllPages<Data, Variables extends AnyVariables, Node>(
  client: Client,
  request: AllPagesRequest<Data, Variables, Node>,
  onProgress: (loaded: number, total: number) => void,
): Promise<Node[]> {
  const nodes: Node[] = [];
  let total = Number.POSITIVE_INFINITY;
  while (nodes.length < total) {
    const variables = request.variables({ first: EXPORT_PAGE_SIZE, offset: nodes.length });
    const result = await client
      .query(request.query, variables, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error) throw result.error;
    if (!result.data) throw new Error('The list query answered without data.');
    const page = request.connection(result.data);
    total = page.totalCount;
    // A list that shrank while paging ends here rather than asking forever.
    if (page.edges.length === 0) break;
    for (const { node } of page.edges) nodes.push(node);
    onProgress(nodes.length, total);
  }
  return nodes;
}
