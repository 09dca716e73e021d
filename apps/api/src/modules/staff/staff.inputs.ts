import { type EmploymentType, type Gender, type StaffArchiveReason } from '@formasi/core';
import { Field, ID, InputType } from 'type-graphql';
import { EmploymentTypeEnum, GenderEnum, StaffArchiveReasonEnum } from '../../common/enums.js';

@InputType({
  description: 'A member’s details; omitted fields keep their value, null clears an optional date.',
})
export class UpdateStaffMemberInput {
  @Field(() => String, { nullable: true, description: 'NIP (PNS) or NI PPPK, 18 digits.' })
  nip?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  birthDate?: string | null;

  @Field(() => GenderEnum, { nullable: true })
  gender?: Gender | null;

  @Field(() => EmploymentTypeEnum, { nullable: true })
  employmentType?: EmploymentType | null;

  @Field(() => String, { nullable: true, description: 'PPPK contract end, YYYY-MM-DD (required for PPPK).' })
  contractEnd?: string | null;

  @Field(() => String, { nullable: true, description: 'A known transfer out, YYYY-MM-DD.' })
  transferDate?: string | null;

  @Field(() => String, { nullable: true, description: 'TMT in the current position, YYYY-MM-DD.' })
  tmt?: string | null;
}

@InputType({ description: 'A move to another position (of the same or another unit) from a TMT.' })
export class MoveStaffMemberInput {
  @Field(() => ID, { description: 'The new position; the member’s unit becomes its unit.' })
  positionId!: string;

  @Field(() => String, { description: 'TMT in the new position, YYYY-MM-DD, not in the future.' })
  tmt!: string;
}

@InputType({ description: 'Why and from when a member leaves the roster.' })
export class ArchiveStaffMemberInput {
  @Field(() => StaffArchiveReasonEnum)
  reason!: StaffArchiveReason;

  @Field(() => String, { description: 'Effective date, YYYY-MM-DD, from the TMT up to today.' })
  date!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
