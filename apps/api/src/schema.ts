import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type GraphQLSchema, isObjectType, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { AuthResolver } from './auth/auth.resolver.js';
import { authChecker, requireAuthenticationOnRootFields } from './auth/authorization.js';
import { GapResolver } from './modules/gaps/gap.resolver.js';
import { NeedsAnalysisResolver, PositionNeedResolver } from './modules/needs/needs.resolver.js';
import { PlanningYearResolver } from './modules/planning/planning.resolver.js';
import { StaffMemberChangeResolver, StaffMemberResolver } from './modules/staff/staff.resolver.js';
import { StakeholderInputResolver } from './modules/stakeholders/stakeholder.resolver.js';
import { KecamatanResolver } from './modules/kecamatans/kecamatan.resolver.js';
import { PositionResolver } from './modules/positions/position.resolver.js';
import { RegionResolver } from './modules/region/region.resolver.js';
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
      RegionResolver,
      PlanningYearResolver,
      NeedsAnalysisResolver,
      PositionNeedResolver,
      StaffMemberResolver,
      StaffMemberChangeResolver,
      StakeholderInputResolver,
      GapResolver,
    ],
    authChecker,
    authMode: 'error',
    validate: false,
  })
    .then(readPlainFieldsInline)
    .then(requireAuthenticationOnRootFields);
  return cached;
}

type FieldMetadata = ReturnType<typeof getMetadataStorage>['fields'][number];

/**
 * type-graphql gives every plain `@Field` a resolver that reads `root[name]` through its (empty) middleware
 * chain, so graphql-jit defers that field, builds a resolve info for it and awaits it, on every row. A field that
 * has no field resolver, no roles and no middleware, and keeps its property's name, loses that resolver: the
 * compiled operation then reads the property inline, which is what the resolver did. Measured: a 100-row select
 * list allocated about twice what PostGraphile did, most of it per-field resolve infos.
 */
export function readPlainFieldsInline(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const fieldsOf = new Map<unknown, FieldMetadata[]>();
  for (const field of storage.fields)
    fieldsOf.set(field.target, [...(fieldsOf.get(field.target) ?? []), field]);
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const candidates: FieldMetadata[] = [];
    // Own fields first, then the superclasses' that type-graphql copies into the type.
    for (let target = objectType.target; target?.prototype; target = Object.getPrototypeOf(target)) {
      candidates.push(...(fieldsOf.get(target) ?? []));
    }
    for (const [name, field] of Object.entries(type.getFields())) {
      const metadata = candidates.find((candidate) => candidate.schemaName === name);
      if (!metadata || metadata.name !== name || metadata.roles !== undefined) continue;
      if ((metadata.middlewares?.length ?? 0) > 0 || metadata.params?.length) continue;
      const hasResolver = storage.fieldResolvers.some(
        (resolver) => resolver.methodName === name && resolver.getObjectType?.() === metadata.target,
      );
      if (hasResolver) continue;
      field.resolve = undefined;
    }
  }
  return schema;
}

const HEADER = '# Emitted by the API (pnpm schema:emit). Do not edit: change the resolvers and re-emit.\n\n';

export async function printFormasiSchema(): Promise<string> {
  return HEADER + printSchema(lexicographicSortSchema(await buildFormasiSchema())) + '\n';
}

export async function readCommittedSchema(): Promise<string> {
  return readFile(schemaFilePath, 'utf8');
}
