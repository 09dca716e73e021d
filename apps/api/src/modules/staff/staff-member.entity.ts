import { Entity, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { type EmploymentType, type Gender, type LeavingReason } from '@formasi/core';
import { Field, ObjectType } from 'type-graphql';
import { ArchivableEntity } from '../../common/base.entity.js';
import { EmploymentTypeEnum, GenderEnum } from '../../common/enums.js';
import { Position } from '../positions/position.entity.js';
import { Unit } from '../units/unit.entity.js';

/**
 * A civil servant on the roster (bezetting). NIP and birth date are personal data: resolvers mask them for roles
 * that do not need them.
 */
@ObjectType()
@Entity({ tableName: 'staff_member' })
// The retirement wave counts leavers per year and reason over the whole roster.
@Index({ properties: ['leavesOn', 'leavingReason'] })
// The roster list by name (archived members skipped in index order; see Unit), and the count of the active.
@Index({ properties: ['name', 'id'] })
@Index({ properties: ['archivedAt'] })
// The count of current staff (not archived, before their pension date) from the index alone: without it the
// default roster list scanned every member to count them (half the list's speed at province scale).
@Index({ properties: ['archivedAt', 'retiresOn'] })
export class StaffMember extends ArchivableEntity {
  /** NIP (PNS) or NI PPPK, 18 digits. */
  @Property({ type: 'string', length: 18 })
  @Unique()
  nip!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  /** 'YYYY-MM-DD'. */
  @Property({ type: 'string', length: 10 })
  birthDate!: string;

  @Field(() => GenderEnum)
  @Property({ type: 'string', length: 8 })
  gender!: Gender;

  @Field(() => EmploymentTypeEnum)
  @Property({ type: 'string', length: 8 })
  employmentType!: EmploymentType;

  @Field(() => String, { nullable: true, description: 'PPPK contract end, YYYY-MM-DD.' })
  @Property({ type: 'string', length: 10, nullable: true })
  contractEnd: string | null = null;

  @Field(() => String, { nullable: true, description: 'A known transfer out, YYYY-MM-DD.' })
  @Property({ type: 'string', length: 10, nullable: true })
  transferDate: string | null = null;

  @Field(() => String, { description: 'TMT in the current position, YYYY-MM-DD.' })
  @Property({ type: 'string', length: 10 })
  tmt!: string;

  @ManyToOne(() => Position, { ref: true, index: true })
  position!: Ref<Position>;

  /**
   * Pension start (core's retirementDate from the birth date and the position's BUP), 'YYYY-MM-DD'. With leavesOn
   * and leavingReason, stored by every writer through leavingColumnsOf (staff-leaving.ts) so that lists and the
   * retirement wave read columns instead of recomputing core's rule per member.
   */
  @Property({ type: 'string', length: 10 })
  retiresOn!: string;

  /** When the member leaves: the earliest of retirement, PPPK contract end and a known transfer (core). */
  @Property({ type: 'string', length: 10 })
  leavesOn!: string;

  @Property({ type: 'string', length: 16 })
  leavingReason!: LeavingReason;

  @ManyToOne(() => Unit, { ref: true, index: true })
  unit!: Ref<Unit>;
}
