import { GapRow } from '../modules/gaps/gap-row.entity.js';
import { RoleAssignment } from '../auth/role-assignment.entity.js';
import { Session } from '../auth/session.entity.js';
import { User } from '../auth/user.entity.js';
import { NeedsAnalysis } from '../modules/needs/needs-analysis.entity.js';
import { PositionNeed } from '../modules/needs/position-need.entity.js';
import { WorkloadItem } from '../modules/needs/workload-item.entity.js';
import { PlanningYear } from '../modules/planning/planning-year.entity.js';
import { StaffMember } from '../modules/staff/staff-member.entity.js';
import { StaffMemberChange } from '../modules/staff/staff-member-change.entity.js';
import { StakeholderInput } from '../modules/stakeholders/stakeholder-input.entity.js';
import { Kecamatan } from '../modules/kecamatans/kecamatan.entity.js';
import { Position } from '../modules/positions/position.entity.js';
import { Sector } from '../modules/sectors/sector.entity.js';
import { Unit } from '../modules/units/unit.entity.js';

/** Every entity, listed explicitly (no folder discovery: it differs between tsc output, swc and Vitest). */
export const entities = [
  Kecamatan,
  Sector,
  Unit,
  Position,
  User,
  RoleAssignment,
  Session,
  PlanningYear,
  NeedsAnalysis,
  PositionNeed,
  WorkloadItem,
  StaffMember,
  StaffMemberChange,
  StakeholderInput,
  GapRow,
];
