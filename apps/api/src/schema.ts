import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuthResolver } from './auth/auth.resolver.js';
import { authChecker, requireAuthentication } from './auth/authorization.js';
import { KecamatanResolver } from './modules/kecamatans/kecamatan.resolver.js';
import { PositionResolver } from './modules/positions/position.resolver.js';
import { SectorResolver } from './modules/sectors/sector.resolver.js';
import { UnitResolver } from './modules/units/unit.resolver.js';

/** The committed SDL that admin codegen and reporting tools read. */
export const schemaFilePath = fileURLToPath(new URL('../schema.graphql', import.meta.url));

let cached: Promise<GraphQLSchema> | undefined;

export function buildFormasiSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: [AuthResolver, KecamatanResolver, SectorResolver, UnitResolver, PositionResolver],
    authChecker,
    authMode: 'error',
    globalMiddlewares: [requireAuthentication],
    validate: false,
  });
  return cached;
}

const HEADER = '# Emitted by the API (pnpm schema:emit). Do not edit: change the resolvers and re-emit.\n\n';

export async function printFormasiSchema(): Promise<string> {
  return HEADER + printSchema(lexicographicSortSchema(await buildFormasiSchema())) + '\n';
}

export async function readCommittedSchema(): Promise<string> {
  return readFile(schemaFilePath, 'utf8');
}
