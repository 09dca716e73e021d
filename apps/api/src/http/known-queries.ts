import { type ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode } from 'graphql';
import { type CompiledQuery, isCompiledQuery } from 'graphql-jit';
import { type CompiledOperations, compiledKey } from '../graphql-executor.js';

/** Distinct query documents remembered per process (the admin and the reporting tools send a few dozen). */
const MAX_KNOWN = 500;
/** Distinct Accept headers whose content type is remembered. */
const MAX_ACCEPTS = 50;

type KnownQuery = { key: string; document: DocumentNode; operationName: string | undefined };

/** A request the known-query path can answer: its compiled operation, its variables and the answer's type. */
export type KnownRequest = {
  query: CompiledQuery;
  variables: Record<string, unknown>;
  contentType: string;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const remember = <K, V>(map: Map<K, V>, key: K, value: V, max: number) => {
  if (map.has(key)) return;
  if (map.size >= max) {
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
  map.set(key, value);
};

/**
 * The query documents Apollo Server has already parsed, validated (the protection rules included) and resolved to
 * a query operation, so that a repeat of the same document skips Apollo's per-request pipeline (its request
 * context, the document's SHA-256, the plugin hooks, content negotiation) and runs the compiled operation
 * straight away. Only what Apollo itself accepted is known: a document that is new, a mutation, a GET, a batch, a
 * persisted-query extension or an Accept header Apollo has not answered yet all go through Apollo. When the
 * operation's result has errors, Apollo formats the answer around that result (graphql-executor.ts), so error
 * codes, statuses and the error log stay Apollo's.
 */
export class KnownQueries {
  /** query text → request operation name ('' for none) → what to compile. */
  private readonly known = new Map<string, Map<string, KnownQuery>>();
  /** Accept header ('' for none) → the content type Apollo answered a query with. */
  private readonly contentTypes = new Map<string, string>();

  /** Requests answered by this path so far (for tests and diagnostics). */
  matched = 0;

  constructor(private readonly compiled: CompiledOperations) {}

  /** Learns each query document Apollo resolved to a query operation. */
  readonly plugin: ApolloServerPlugin = {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ request, source, queryHash, document, operation }) => {
          if (operation?.operation !== 'query' || request.http?.method !== 'POST') return Promise.resolve();
          const operationName = request.operationName ?? undefined;
          let byName = this.known.get(source);
          if (!byName) {
            byName = new Map();
            remember(this.known, source, byName, MAX_KNOWN);
          }
          const known = { key: compiledKey(queryHash, operationName), document, operationName };
          remember(byName, operationName ?? '', known, MAX_KNOWN);
          return Promise.resolve();
        },
      }),
  };

  /** Records the content type Apollo answered a successful POST with, for that Accept header. */
  learnContentType(accept: string | undefined, contentType: string | undefined): void {
    if (contentType) remember(this.contentTypes, accept ?? '', contentType, MAX_ACCEPTS);
  }

  /** The compiled operation for a POST body of a known query, or null when Apollo has to take the request. */
  match(body: unknown, accept: string | undefined): KnownRequest | null {
    if (!isRecord(body) || typeof body.query !== 'string') return null;
    const { operationName, variables, extensions } = body;
    if (extensions !== undefined && extensions !== null) return null;
    if (variables !== undefined && variables !== null && !isRecord(variables)) return null;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
      return null;
    const contentType = this.contentTypes.get(accept ?? '');
    if (contentType === undefined) return null;
    const known = this.known.get(body.query)?.get(operationName ?? '');
    if (!known) return null;
    const query = this.compiled.get(known.key, known.document, known.operationName);
    if (!isCompiledQuery(query)) return null;
    this.matched += 1;
    return { query, variables: variables ?? {}, contentType };
  }
}
