import { Entity, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { type Role } from '@formasi/core';
import { BaseEntity } from '../common/base.entity.js';
import { Unit } from '../modules/units/unit.entity.js';
import { User } from './user.entity.js';

/**
 * Grants a role to a user, region-wide (unit = null) or — later — within one unit's subtree, so unit operators
 * can be scoped without a schema change.
 */
@Entity({ tableName: 'role_assignment' })
@Unique({ properties: ['user', 'role', 'unit'] })
export class RoleAssignment extends BaseEntity {
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'string', length: 32 })
  role!: Role;

  @ManyToOne(() => Unit, { ref: true, nullable: true })
  unit: Ref<Unit> | null = null;
}
