import { type Role } from '@formasi/core';
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { type AuthChecker, Extensions } from 'type-graphql';
import { type Context } from '../context.js';
import { forbidden, unauthenticated } from '../common/errors.js';

const PUBLIC = 'formasiPublic';

/** Marks a root field as reachable without signing in. Everything else is denied by default. */
export const Public = (): MethodDecorator & PropertyDecorator => Extensions({ [PUBLIC]: true });

/**
 * Default deny: every root field needs a signed-in user unless marked @Public(). The check wraps the root fields'
 * resolvers once, when the schema is built; a global middleware would instead run (as a promise) on every field
 * of every row, scalars included. Fields below the root are reached only through a guarded root field.
 */
export function requireAuthenticationOnRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (field.extensions[PUBLIC] === true) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: Context, info) => {
        if (!context.user) throw unauthenticated();
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

/**
 * `@Authorized('ADMIN')`: the user needs one of the roles. A unit-scoped role passes here; the service then checks
 * that its unit covers the row (see UnitAccess).
 */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  const user = context.user;
  if (!user) throw unauthenticated();
  if (roles.length === 0 || roles.some((role) => user.roles().includes(role))) return true;
  throw forbidden(`This needs the role ${roles.join(' or ')}.`);
};
