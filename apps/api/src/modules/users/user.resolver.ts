import { type Role } from '@formasi/core';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { RoleEnum } from '../../common/enums.js';
import { type RelatedValue } from '../../common/related.js';
import { type Context } from '../../context.js';
import { User } from '../../auth/user.entity.js';
import { type Viewer } from '../../auth/viewer.js';
import { Unit } from '../units/unit.entity.js';
import { CreateUserInput, UpdateUserInput } from './user.inputs.js';
import { AccountRow } from './user.service.js';

@ObjectType('RoleGrant', {
  description: 'A role a user holds: region-wide (no unit) or within a unit and its sub-units.',
})
export class RoleGrantView {
  @Field(() => RoleEnum)
  role!: Role;

  /** The unit the role is limited to: an assignment's reference, or a list row's unit id. */
  unitRef!: RelatedValue<Unit>;
}

@Resolver(() => RoleGrantView)
export class RoleGrantResolver {
  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() grant: RoleGrantView, @Ctx() { loaders }: Context) {
    return loaders.related<Unit>('Unit', grant.unitRef);
  }
}

/** What the User type's fields are read from: the entity, a users-list row, or (for `me`) the session's viewer. */
type Account = User | AccountRow;

@Resolver(() => User)
export class UserResolver {
  @Authorized('ADMIN')
  @Query(() => [User], { description: 'Every account, active ones first, by name. ADMIN only.' })
  users(@Ctx() context: Context): Promise<AccountRow[]> {
    return context.services.users.list();
  }

  @FieldResolver(() => [RoleGrantView])
  grants(@Root() user: Account): RoleGrantView[] {
    if (user instanceof AccountRow) {
      return user.grantRows.map((grant) => ({ role: grant.role, unitRef: grant.unitId }));
    }
    if (!user.roleAssignments.isInitialized()) return [];
    return user.roleAssignments
      .getItems()
      .map((assignment) => ({ role: assignment.role, unitRef: assignment.unit }));
  }

  // A resolver of its own (not a method field): `me` may answer with the session's Viewer, which type-graphql
  // would otherwise copy into a User whose role assignments are not loaded.
  @FieldResolver(() => [RoleEnum])
  roles(@Root() user: Account | Viewer): Role[] {
    return user.roles();
  }

  @FieldResolver(() => Boolean, { description: 'A disabled account cannot sign in.' })
  disabled(@Root() user: Account): boolean {
    return user.disabledAt !== null;
  }

  @FieldResolver(() => Date, { nullable: true })
  lastLoginAt(@Root() user: Account): Date | null {
    return user.lastLoginAt;
  }

  @Authorized('ADMIN')
  @Mutation(() => User, { description: 'A new account with one role. ADMIN only.' })
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() context: Context) {
    return context.services.users.create(input);
  }

  @Authorized('ADMIN')
  @Mutation(() => User, {
    description:
      'Renames, changes the role, disables or sets a new password. ADMIN only; not on oneself’s role.',
  })
  updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @Ctx() context: Context,
  ) {
    return context.services.users.update(id, input);
  }
}
