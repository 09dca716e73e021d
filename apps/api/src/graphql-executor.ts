import { type ApolloServerOptions } from '@apollo/server';
import {
  type DocumentNode,
  type ExecutionResult,
  GraphQLError,
  type GraphQLSchema,
  printSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** Compiled operations kept per process (the admin and the reporting tools send a few dozen distinct ones). */
const MAX_COMPILED = 500;

type Gateway = NonNullable<Extract<ApolloServerOptions<object>, { gateway?: unknown }>['gateway']>;

/** graphql-js's messages for a variable whose value does not fit its type (graphql-jit writes the same). */
const VARIABLE_ERROR =
  /^Variable "\$(\w+)" (?:got invalid value|has invalid value|of required type|of non-null type)/;

/** A variable's error names the variable as the field, like every other bad input. */
const variableErrorExtensions = (message: string) => {
  const variable = VARIABLE_ERROR.exec(message);
  if (!variable) return null;
  const reason = message.endsWith('was not provided.') ? 'REQUIRED' : 'INVALID_VALUE';
  return { code: 'BAD_USER_INPUT', field: variable[1], reason };
};

/**
 * graphql-jit's errors inherit from GraphQLError but lack its invariants (no `extensions` object when the thrown
 * error had none, no nodes), which Apollo's error formatting relies on: rebuild them as graphql-js errors, keeping
 * the message, path, locations and the original error that formatError reads. A result without data failed on its
 * variables: Apollo answers it with status 400, and each error is a BAD_USER_INPUT on its variable (graphql-js's
 * would be too, through the definition node jit does not keep).
 */
function withGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors) return result;
  const coercion = result.data === undefined;
  const errors = result.errors.map((error) => {
    const rebuilt = new GraphQLError(error.message, {
      path: error.path,
      originalError: error.originalError ?? undefined,
      extensions: (coercion ? variableErrorExtensions(error.message) : null) ?? error.extensions ?? undefined,
    });
    (rebuilt as { locations: GraphQLError['locations'] }).locations = error.locations;
    return rebuilt;
  });
  return { ...result, errors };
}

/**
 * An operation's outcome computed before Apollo runs the request (the known-query path), carried by its context:
 * the result, or what running it threw.
 */
export const PRECOMPUTED = Symbol('formasi.precomputed');

export type Precomputed = { result: ExecutionResult } | { thrown: unknown };

type WithPrecomputed = { [PRECOMPUTED]?: Precomputed };

/** Compiled operations, least recently used dropped first once MAX_COMPILED are kept. */
export class CompiledOperations {
  private readonly compiled = new Map<string, CompiledQuery>();

  constructor(private readonly schema: GraphQLSchema) {}

  /** The compiled operation for `key`, compiling `document` on a miss; errors when it does not compile. */
  get(
    key: string,
    document: DocumentNode,
    operationName: string | undefined,
  ): CompiledQuery | ExecutionResult {
    const hit = this.compiled.get(key);
    if (hit) {
      this.compiled.delete(key);
      this.compiled.set(key, hit);
      return hit;
    }
    const result = compileQuery(this.schema, document, operationName);
    if (!isCompiledQuery(result)) return result;
    if (this.compiled.size >= MAX_COMPILED) {
      const oldest = this.compiled.keys().next();
      if (!oldest.done) this.compiled.delete(oldest.value);
    }
    this.compiled.set(key, result);
    return result;
  }
}

/** The key both paths compile an operation under. */
export const compiledKey = (queryHash: string, operationName: string | undefined) =>
  `${queryHash}:${operationName ?? ''}`;

/** Runs a compiled operation; its errors come back as graphql-js errors. */
export async function runCompiled(
  query: CompiledQuery,
  context: object,
  variables: Record<string, unknown>,
): Promise<ExecutionResult> {
  return withGraphQLErrors(await query.query(undefined, context, variables));
}

/**
 * Apollo Server runs every request (parsing, validation with the protection rules, plugins, error formatting) and
 * hands the validated document to this executor, which runs it with graphql-jit: each distinct operation is
 * compiled once into a function that resolves and serialises its fields, instead of graphql-js walking the
 * document for every row. Same schema, same resolvers, same errors; measured at about a third of a 50-row page's
 * CPU. Apollo Server 5 takes a custom executor through its `gateway` option (the documented replacement for v3's
 * `executor`); the schema never changes at run time. A result the known-query path already computed (its context
 * carries it) is handed back as it is, so Apollo only formats it.
 */
export function jitGateway(schema: GraphQLSchema, compiled: CompiledOperations): Gateway {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    load: () =>
      Promise.resolve({
        executor: async (request) => {
          const precomputed = (request.context as WithPrecomputed)[PRECOMPUTED];
          if (precomputed) {
            if ('thrown' in precomputed) throw precomputed.thrown;
            return precomputed.result;
          }
          const operationName = request.operationName ?? undefined;
          const query = compiled.get(
            compiledKey(request.queryHash, operationName),
            request.document,
            operationName,
          );
          if (!isCompiledQuery(query)) return withGraphQLErrors(query);
          return runCompiled(query, request.context, request.request.variables ?? {});
        },
      }),
    stop: () => Promise.resolve(),
  };
}
