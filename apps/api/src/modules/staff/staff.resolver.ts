import { maskNip, ROSTER_COLUMNS } from '@formasi/core';
import { type GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { unauthenticated } from '../../common/errors.js';
import { type Row } from '../../common/row-table.js';
import { nodeSelectionOf } from '../../common/selection.js';
import { connectionOf } from '../../common/connection.js';
import { archivedOf } from '../../common/base.entity.js';
import { type Context } from '../../context.js';
import { Position } from '../positions/position.entity.js';
import { Unit } from '../units/unit.entity.js';
import { type Author, visibleChanges } from './staff-history.js';
import { StaffMemberChange } from './staff-member-change.entity.js';
import { StaffMember } from './staff-member.entity.js';
import { ArchiveStaffMemberInput, MoveStaffMemberInput, UpdateStaffMemberInput } from './staff.inputs.js';
import { StaffService } from './staff.service.js';
import { StaffFieldChangeType, StaffImportResult, StaffMembersArgs } from './staff.types.js';

export const StaffMemberConnection = connectionOf('StaffMember', StaffMember);

/** A member as a list row or as an entity (after an import). */
type Member = StaffMember | Row<StaffMember>;

/** Personal data (UU 27/2022): only administrators see the full NIP and the birth date. */
const seesPersonalData = (context: Context): boolean => context.user?.hasRegionRole('ADMIN') ?? false;

/** The signed-in account a change is recorded under. */
function authorOf({ user }: Context): Author {
  if (!user) throw unauthenticated();
  return { id: user.id, name: user.name };
}

@Resolver(() => StaffMember)
export class StaffMemberResolver {
  @Query(() => StaffMemberConnection, { description: 'The roster (bezetting), by name.' })
  staffMembers(
    @Args(() => StaffMembersArgs) args: StaffMembersArgs,
    @Ctx() { em }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return new StaffService(em).list(args, nodeSelectionOf(info));
  }

  @Query(() => StaffMember, { nullable: true, description: 'One member, archived or not.' })
  staffMember(@Arg('id', () => ID) id: string, @Ctx() { em }: Context) {
    return new StaffService(em).get(id);
  }

  @FieldResolver(() => [StaffMemberChange], {
    description: 'Every edit, move and archiving of the member, newest first.',
  })
  history(@Root() member: Member, @Ctx() { loaders }: Context) {
    return loaders.staffHistory.load(member.id);
  }

  @FieldResolver(() => String, { description: 'NIP / NI PPPK; masked for users without the ADMIN role.' })
  nip(@Root() member: Member, @Ctx() context: Context): string {
    return seesPersonalData(context) ? member.nip : maskNip(member.nip);
  }

  @FieldResolver(() => String, { nullable: true, description: 'YYYY-MM-DD for ADMIN; null for other roles.' })
  birthDate(@Root() member: Member, @Ctx() context: Context): string | null {
    return seesPersonalData(context) ? member.birthDate : null;
  }

  @FieldResolver(() => String, {
    description: 'First of the month after the BUP birthday of the current position.',
  })
  retirementDate(@Root() member: Member): string {
    // Stored by every writer with core's retirementDate (staff-leaving.ts).
    return member.retiresOn;
  }

  @FieldResolver(() => Position)
  position(@Root() member: Member, @Ctx() { loaders }: Context) {
    return loaders.related<Position>('Position', member.position);
  }

  @FieldResolver(() => Unit)
  unit(@Root() member: Member, @Ctx() { loaders }: Context) {
    return loaders.related<Unit>('Unit', member.unit);
  }

  @FieldResolver(() => Boolean)
  archived(@Root() member: { archivedAt: Date | null }): boolean {
    return archivedOf(member);
  }

  @Authorized('ADMIN')
  @Mutation(() => StaffMember, { description: 'Edits a member’s details; recorded in their history.' })
  updateStaffMember(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateStaffMemberInput) input: UpdateStaffMemberInput,
    @Ctx() context: Context,
  ) {
    return new StaffService(context.em).update(id, input, authorOf(context));
  }

  @Authorized('ADMIN')
  @Mutation(() => StaffMember, { description: 'Moves a member to another position or unit from a TMT.' })
  moveStaffMember(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => MoveStaffMemberInput) input: MoveStaffMemberInput,
    @Ctx() context: Context,
  ) {
    return new StaffService(context.em).move(id, input, authorOf(context));
  }

  @Authorized('ADMIN')
  @Mutation(() => StaffMember, { description: 'Archives a member with a reason and its date.' })
  archiveStaffMember(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ArchiveStaffMemberInput) input: ArchiveStaffMemberInput,
    @Ctx() context: Context,
  ) {
    return new StaffService(context.em).archive(id, input, authorOf(context));
  }

  @Authorized('ADMIN')
  @Mutation(() => StaffImportResult, {
    description: `CSV with the header ${ROSTER_COLUMNS.join(',')}. All or nothing; dryRun only checks.`,
  })
  importStaff(
    @Arg('csv', () => String) csv: string,
    @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Ctx() { em }: Context,
  ) {
    return new StaffService(em).importCsv(csv, dryRun);
  }
}

@Resolver(() => StaffMemberChange)
export class StaffMemberChangeResolver {
  @FieldResolver(() => [StaffFieldChangeType], {
    description: 'What changed; NIP values masked and birth dates null for users without the ADMIN role.',
  })
  changes(@Root() change: StaffMemberChange, @Ctx() context: Context): StaffFieldChangeType[] {
    return visibleChanges(change.changes, seesPersonalData(context));
  }
}
