import { Collection, Entity, OneToMany, type Opt, Property, Unique } from '@mikro-orm/core';
import { type Role } from '@formasi/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { RoleEnum } from '../common/enums.js';
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

  /** Region-wide roles; unit-scoped assignments (unit set) are ignored until unit-scoped roles exist. */
  @Field(() => [RoleEnum], { name: 'roles' })
  roles(): Role[] {
    if (!this.roleAssignments.isInitialized()) return [];
    return this.roleAssignments
      .getItems()
      .filter((assignment) => assignment.unit === null)
      .map((assignment) => assignment.role);
  }
}
