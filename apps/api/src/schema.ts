import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuthResolver } from './auth/auth.resolver.js';
import { authChecker, requireAuthenticationOnRootFields } from './auth/authorization.js';
import { GapResolver } from './modules/gaps/gap.resolver.js';
import { NeedsAnalysisResolver, PositionNeedResolver } from './modules/needs/needs.resolver.js';
import { PlanningYearResolver } from './modules/planning/planning.resolver.js';
import { StaffMemberResolver } from './modules/staff/staff.resolver.js';
import { StakeholderInputResolver } from './modules/stakeholders/stakeholder.resolver.js';
import { KecamatanResolver } from './modules/kecamatans/kecamatan.resolver.js';
import { PositionResolver } from './modules/positions/position.resolver.js';
import { SectorResolver } from './modules/sectors/sector.resolver.js';
import { UnitResolver } from './modules/units/unit.resolver.js';
import { RoleGrantResolver, UserResolver } from './modules/users/user.resolver.js';

/** The committed SDL that admin codegen and reporting tools read. */
export const schemaFilePath = fileURLToPath(new URL('../schema.graphql', import.meta.url));

let cached: Promise<GraphQLSchema> | undefined;

export function buildFormasiSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: [
      AuthResolver,
      KecamatanResolver,
      SectorResolver,
      UnitResolver,
      UserResolver,
      RoleGrantResolver,
      PositionResolver,
      PlanningYearResolver,
      NeedsAnalysisResolver,
      PositionNeedResolver,
      StaffMemberResolver,
      StakeholderInputResolver,
      GapResolver,
    ],
    authChecker,
    authMode: 'error',
    validate: false,
  }).then(requireAuthenticationOnRootFields);
  return cached;
}

const HEADER = '# Emitted by the API (pnpm schema:emit). Do not edit: change the resolvers and re-emit.\n\n';

export async function printFormasiSchema(): Promise<string> {
  return HEADER + printSchema(lexicographicSortSchema(await buildFormasiSchema())) + '\n';
}

export async function readCommittedSchema(): Promise<string> {
  return readFile(schemaFilePath, 'utf8');
}
