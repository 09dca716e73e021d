import { maskNip, retirementDate } from '@formasi/core';
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionOf } from '../../common/connection.js';
import { archivedOf } from '../../common/base.entity.js';
import { type Context } from '../../context.js';
import { Position } from '../positions/position.entity.js';
import { Unit } from '../units/unit.entity.js';
import { StaffMember } from './staff-member.entity.js';
import { StaffService } from './staff.service.js';
import { StaffImportResult, StaffMembersArgs } from './staff.types.js';

export const StaffMemberConnection = connectionOf('StaffMember', StaffMember);

/** Personal data (UU 27/2022): only administrators see the full NIP and the birth date. */
const seesPersonalData = (context: Context): boolean => context.user?.hasRegionRole('ADMIN') ?? false;

@Resolver(() => StaffMember)
export class StaffMemberResolver {
  @Query(() => StaffMemberConnection, { description: 'The roster (bezetting), by name.' })
  staffMembers(@Args(() => StaffMembersArgs) args: StaffMembersArgs, @Ctx() { em }: Context) {
    return new StaffService(em).list(args);
  }

  @FieldResolver(() => String, { description: 'NIP / NI PPPK; masked for users without the ADMIN role.' })
  nip(@Root() member: StaffMember, @Ctx() context: Context): string {
    return seesPersonalData(context) ? member.nip : maskNip(member.nip);
  }

  @FieldResolver(() => String, { nullable: true, description: 'YYYY-MM-DD for ADMIN; null for other roles.' })
  birthDate(@Root() member: StaffMember, @Ctx() context: Context): string | null {
    return seesPersonalData(context) ? member.birthDate : null;
  }

  @FieldResolver(() => String, {
    description: 'First of the month after the BUP birthday of the current position.',
  })
  async retirementDate(@Root() member: StaffMember): Promise<string> {
    const position = await member.position.loadOrFail({ dataloader: true });
    return retirementDate(member.birthDate, position.retirementAge);
  }

  @FieldResolver(() => Position)
  position(@Root() member: StaffMember): Promise<Position> {
    return member.position.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => Unit)
  unit(@Root() member: StaffMember): Promise<Unit> {
    return member.unit.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => Boolean)
  archived(@Root() member: { archivedAt: Date | null }): boolean {
    return archivedOf(member);
  }

  @Authorized('ADMIN')
  @Mutation(() => StaffImportResult, {
    description:
      'CSV with the header nip,name,birth_date,gender,employment_type,contract_end,transfer_date,tmt,unit_code,position_name. All or nothing; dryRun only checks.',
  })
  importStaff(
    @Arg('csv', () => String) csv: string,
    @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Ctx() { em }: Context,
  ) {
    return new StaffService(em).importCsv(csv, dryRun);
  }
}
