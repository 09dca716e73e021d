import { Collection, Entity, OneToMany, type Opt, Property, Unique } from '@mikro-orm/core';
import { type Role, type RoleGrant } from '@formasi/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { RoleAssignment } from './role-assignment.entity.js';

@ObjectType()
@Entity({ tableName: 'app_user' })
export class User extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 254 })
  @Unique()
  email!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  /** argon2id hash; never exposed. */
  @Property({ type: 'string', length: 255, hidden: true, lazy: true })
  passwordHash!: string;

  @Property({ type: 'datetime', nullable: true })
  lastLoginAt: Opt<Date> | null = null;

  @Property({ type: 'datetime', nullable: true })
  disabledAt: Opt<Date> | null = null;

  @OneToMany(() => RoleAssignment, (assignment) => assignment.user, { orphanRemoval: true })
  roleAssignments = new Collection<RoleAssignment>(this);

  /** Every role the user holds, region-wide or within a unit (see `grants` for where); the `roles` field. */
  roles(): Role[] {
    return [...new Set(this.grants().map((grant) => grant.role))];
  }

  /** The role assignments as core's grants; empty until `roleAssignments` is loaded. */
  grants(): RoleGrant[] {
    if (!this.roleAssignments.isInitialized()) return [];
    return this.roleAssignments
      .getItems()
      .map((assignment) => ({ role: assignment.role, unitId: assignment.unit?.id ?? null }));
  }

  /** Whether the user holds a role region-wide (ADMIN and VIEWER are never unit-scoped). */
  hasRegionRole(role: Role): boolean {
    return this.grants().some((grant) => grant.role === role && grant.unitId === null);
  }
}
