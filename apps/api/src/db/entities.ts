import { RoleAssignment } from '../auth/role-assignment.entity.js';
import { Session } from '../auth/session.entity.js';
import { User } from '../auth/user.entity.js';
import { Kecamatan } from '../modules/kecamatans/kecamatan.entity.js';
import { Position } from '../modules/positions/position.entity.js';
import { Sector } from '../modules/sectors/sector.entity.js';
import { Unit } from '../modules/units/unit.entity.js';

/** Every entity, listed explicitly (no folder discovery: it differs between tsc output, swc and Vitest). */
export const entities = [Kecamatan, Sector, Unit, Position, User, RoleAssignment, Session];
