import { maskNip, ROSTER_COLUMNS, ROSTER_COMMENT_PREFIX } from '@formasi/core';
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
import { type Row } from '../../common/row-table.js';
import { nodeSelectionOf } from '../../common/selection.js';
import { connectionOf } from '../../common/connection.js';
import { archivedOf } from '../../common/base.entity.js';
import { type Context } from '../../context.js';
import { Position } from '../positions/position.entity.js';
import { Unit } from '../units/unit.entity.js';
import { visibleChanges } from './staff-history.js';
import { StaffMemberChange } from './staff-member-change.entity.js';
import { StaffMember } from './staff-member.entity.js';
import { ArchiveStaffMemberInput, MoveStaffMemberInput, UpdateStaffMemberInput } from './staff.inputs.js';
import { StaffFieldChangeType, StaffImportResult, StaffMembersArgs } from './staff.types.js';

export const StaffMemberConnection = connectionOf('StaffMember', StaffMember);

/** A member as a list row or as an entity (after an import). */
type Member = StaffMember | Row<StaffMember>;

/** Personal data (UU 27/2022): only administrators see the full NIP and the birth date. */
const seesPersonalData = (context: Context): boolean => context.user?.hasRegionRole('ADMIN') ?? false;

@Resolver(() => StaffMember)
export class StaffMemberResolver {
  @Query(() => StaffMemberConnection, { description: 'The roster (bezetting), by name.' })
  staffMembers(
    @Args(() => StaffMembersArgs) args: StaffMembersArgs,
    @Ctx() { services }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return services.staff.list(args, nodeSelectionOf(info));
  }

  @Query(() => StaffMember, { nullable: true, description: 'One member, archived or not.' })
  staffMember(@Arg('id', () => ID) id: string, @Ctx() { services }: Context) {
    return services.staff.get(id);
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
    @Ctx() { services }: Context,
  ) {
    return services.staff.update(id, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => StaffMember, { description: 'Moves a member to another position or unit from a TMT.' })
  moveStaffMember(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => MoveStaffMemberInput) input: MoveStaffMemberInput,
    @Ctx() { services }: Context,
  ) {
    return services.staff.move(id, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => StaffMember, { description: 'Archives a member with a reason and its date.' })
  archiveStaffMember(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ArchiveStaffMemberInput) input: ArchiveStaffMemberInput,
    @Ctx() { services }: Context,
  ) {
    return services.staff.archive(id, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => StaffImportResult, {
    description: `CSV with the header ${ROSTER_COLUMNS.join(',')} (lines starting with ${ROSTER_COMMENT_PREFIX} are notes). All or nothing; dryRun only checks. The report's messages are in the request's language (Accept-Language).`,
  })
  importStaff(
    @Arg('csv', () => String) csv: string,
    @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Ctx() { services }: Context,
  ) {
    return services.staff.importCsv(csv, dryRun);
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
