import { type EmploymentType } from '@formasi/core';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageArgs } from '../../common/connection.js';
import { EmploymentTypeEnum } from '../../common/enums.js';

@InputType()
export class StaffMemberFilter {
  @Field(() => String, { nullable: true, description: 'Matches the name (or the full NIP).' }) search?:
    string | null;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field(() => ID, { nullable: true }) positionId?: string | null;
  @Field(() => EmploymentTypeEnum, { nullable: true }) employmentType?: EmploymentType | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Also members no longer in post: archived, or past their pension date today (by default only current staff).',
  })
  includeArchived?: boolean | null;
}

@ArgsType()
export class StaffMembersArgs extends PageArgs {
  @Field(() => StaffMemberFilter, { nullable: true }) filter?: StaffMemberFilter | null;
}

@ObjectType({ description: 'One problem of an imported CSV row: line (1 = header), column and reason.' })
export class ImportRowError {
  @Field(() => Int) line!: number;
  @Field(() => String) column!: string;
  @Field(() => String) reason!: string;
  @Field(() => String) message!: string;
}

@ObjectType({
  description:
    'Something a person should check in an imported row that does not stop it (reason MISMATCH: the NIP and the row disagree); the row is imported as written.',
})
export class ImportRowWarning {
  @Field(() => Int) line!: number;
  @Field(() => String) column!: string;
  @Field(() => String) reason!: string;
  @Field(() => String) message!: string;
}

@ObjectType({ description: "A roster import's counts and report; messages are in the request's language." })
export class StaffImportResult {
  @Field(() => Boolean, { description: 'True when the rows were written (no errors and not a dry run).' })
  applied!: boolean;
  @Field(() => Int) totalRows!: number;
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => [ImportRowError]) errors!: ImportRowError[];
  @Field(() => [ImportRowWarning], {
    description: 'Rows imported (or to be imported) with something to check.',
  })
  warnings!: ImportRowWarning[];
}

@ObjectType('StaffFieldChange', {
  description: 'One changed value of a history entry; personal values masked as on the member.',
})
export class StaffFieldChangeType {
  @Field(() => String, { description: 'nip, name, birthDate, …, tmt, unit or position.' }) field!: string;
  @Field(() => String, { nullable: true }) from!: string | null;
  @Field(() => String, { nullable: true }) to!: string | null;
}
