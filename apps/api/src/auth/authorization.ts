import { type Role } from '@formasi/core';
import { type GraphQLResolveInfo } from 'graphql';
import { type AuthChecker, Extensions, type MiddlewareFn } from 'type-graphql';
import { type Context } from '../context.js';
import { forbidden, unauthenticated } from '../common/errors.js';

const PUBLIC = 'formasiPublic';

/** Marks a root field as reachable without signing in. Everything else is denied by default. */
export const Public = (): MethodDecorator & PropertyDecorator => Extensions({ [PUBLIC]: true });

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

function isPublicRootField(info: GraphQLResolveInfo): boolean {
  const field = info.parentType.getFields()[info.fieldName];
  return field?.extensions?.[PUBLIC] === true;
}

/** Default deny: every root field needs a signed-in user unless marked @Public(). */
export const requireAuthentication: MiddlewareFn<Context> = async ({ context, info }, next) => {
  if (ROOT_TYPES.has(info.parentType.name) && !isPublicRootField(info) && !context.user) {
    throw unauthenticated();
  }
  return next();
};

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
