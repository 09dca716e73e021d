import { type Role } from '@formasi/core';
import { Field, ID, InputType } from 'type-graphql';
import { RoleEnum } from '../../common/enums.js';

@InputType({ description: 'A new account with one role; UNIT_OPERATOR needs the unit it works for.' })
export class CreateUserInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, {
    description: 'At least 12 characters; hand it over in person and ask for a change.',
  })
  password!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Required for UNIT_OPERATOR, empty otherwise.' })
  unitId?: string | null;
}

@InputType({ description: 'Omitted fields keep their value. Role and unit change together.' })
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => RoleEnum, { nullable: true })
  role?: Role | null;

  @Field(() => ID, { nullable: true, description: 'The unit of a UNIT_OPERATOR (with or without `role`).' })
  unitId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true signs the user out everywhere and blocks sign-in.',
  })
  disabled?: boolean | null;

  @Field(() => String, { nullable: true, description: 'A new password; the user’s sessions end.' })
  password?: string | null;
}
