import { Entity, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { type EmploymentType, type Gender } from '@formasi/core';
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

  @ManyToOne(() => Unit, { ref: true, index: true })
  unit!: Ref<Unit>;
}
