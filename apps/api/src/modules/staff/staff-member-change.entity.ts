import { Entity, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { type StaffArchiveReason, type StaffChangeKind, type StaffFieldChange } from '@formasi/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { StaffArchiveReasonEnum, StaffChangeKindEnum } from '../../common/enums.js';
import { User } from '../../auth/user.entity.js';
import { StaffMember } from './staff-member.entity.js';

/**
 * One entry of a staff member's history: an edit of their details, a move to another position, or the archiving,
 * with when, by whom and what changed. Written in the transaction of the change; never updated. Values of personal
 * fields (NIP, birth date) are masked by the resolver for roles that do not see them on the member either.
 */
@ObjectType()
@Entity({ tableName: 'staff_member_change' })
@Index({ properties: ['member', 'changedAt'] })
export class StaffMemberChange extends BaseEntity {
  @ManyToOne(() => StaffMember, { ref: true })
  member!: Ref<StaffMember>;

  @Field(() => StaffChangeKindEnum)
  @Property({ type: 'string', length: 16 })
  kind!: StaffChangeKind;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  changedAt: Opt<Date> = new Date();

  /** The account that made the change (null once that account is gone). */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  changedBy: Ref<User> | null = null;

  /** The account's name when the change was made, so the history reads without a join. */
  @Field(() => String, { description: 'Name of the account that made the change, as it was then.' })
  @Property({ type: 'string', length: 200 })
  changedByName!: string;

  /** Each changed field with its old and new value ('unit' and 'position' by name). */
  @Property({ type: 'json' })
  changes!: StaffFieldChange[];

  @Field(() => String, {
    nullable: true,
    description: 'From when it holds, YYYY-MM-DD: the TMT of a move, the date of an archiving.',
  })
  @Property({ type: 'string', length: 10, nullable: true })
  effectiveOn: string | null = null;

  @Field(() => StaffArchiveReasonEnum, { nullable: true })
  @Property({ type: 'string', length: 16, nullable: true })
  archiveReason: StaffArchiveReason | null = null;

  @Field(() => String, { nullable: true, description: 'Free note of an archiving.' })
  @Property({ type: 'string', length: 500, nullable: true })
  note: string | null = null;
}
