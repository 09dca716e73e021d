import { inTransaction } from '../../common/transaction.js';
import { type EntityManager } from '@mikro-orm/core';
import {
  assertValid,
  DomainError,
  changedGrant,
  issue,
  normalizeEmail,
  validateEmail,
  validatePassword,
  validateRoleGrant,
  validateOwnAccountChange,
  validateUserName,
  type Role,
  type RoleGrant,
  type ValidationIssue,
} from '@formasi/core';
import { findActiveReference, findOrFail } from '../../common/lookup.js';
import { toDate } from '../../common/row-table.js';
import { readRows } from '../../common/sql-read.js';
import { hashPassword } from '../../auth/password.js';
import { RoleAssignment } from '../../auth/role-assignment.entity.js';
import { Session } from '../../auth/session.entity.js';
import { User } from '../../auth/user.entity.js';
import { type Viewer } from '../../auth/viewer.js';
import { Unit } from '../units/unit.entity.js';
import { type CreateUserInput, type UpdateUserInput } from './user.inputs.js';
import { type ServiceDeps } from '../../common/service-deps.js';
import { unauthenticated } from '../../common/errors.js';

/** Whether an optional input field was sent (null and absent both mean "keep"). */
const given = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

type AccountSql = {
  id: string;
  email: string;
  name: string;
  last_login_at: unknown;
  disabled_at: unknown;
  role: Role | null;
  unit_id: string | null;
};

// Active accounts first on both dialects (PostgreSQL sorts NULLs last, SQLite first), then by name.
const ACCOUNTS_SQL = `select u.id, u.email, u.name, u.last_login_at, u.disabled_at, ra.role, ra.unit_id
  from app_user u left join role_assignment ra on ra.user_id = u.id
  order by case when u.disabled_at is null then 0 else 1 end, u.name, u.email, u.id, ra.role`;

/** An account as the users list shows it: plain data and its grants, no managed entity. */
export class AccountRow {
  readonly grantRows: RoleGrant[] = [];

  constructor(
    readonly id: string,
    readonly email: string,
    readonly name: string,
    readonly lastLoginAt: Date | null,
    readonly disabledAt: Date | null,
  ) {}

  roles(): Role[] {
    return [...new Set(this.grantRows.map((grant) => grant.role))];
  }
}

/** Accounts of BKPSDM staff, viewers and unit operators; one role each, kept as a role assignment. */
export class UserService {
  constructor(private readonly deps: ServiceDeps) {}

  private get em(): EntityManager {
    return this.deps.em;
  }

  /** The administrator making the change: they cannot lock themselves out. */
  private get actor(): Viewer {
    if (!this.deps.user) throw unauthenticated();
    return this.deps.user;
  }

  /** Every account, active ones first, by name: one statement with their grants, no entities. */
  async list(): Promise<AccountRow[]> {
    const rows = (await readRows(this.em, ACCOUNTS_SQL)) as AccountSql[];
    const accounts = new Map<string, AccountRow>();
    for (const row of rows) {
      let account = accounts.get(row.id);
      if (!account) {
        account = new AccountRow(
          row.id,
          row.email,
          row.name,
          toDate(row.last_login_at),
          toDate(row.disabled_at),
        );
        accounts.set(row.id, account);
      }
      if (row.role) account.grantRows.push({ role: row.role, unitId: row.unit_id });
    }
    return [...accounts.values()];
  }

  create(input: CreateUserInput): Promise<User> {
    return inTransaction(this.em, async (em) => {
      const email = normalizeEmail(input.email);
      assertValid([
        ...validateEmail(input.email),
        ...validateUserName(input.name),
        ...validatePassword(input.password, input.email),
        ...validateRoleGrant(input.role, input.unitId),
      ]);
      if ((await em.count(User, { email })) > 0) {
        throw new DomainError([issue('email', 'DUPLICATE', `An account for ${email} already exists.`)]);
      }
      const unit = input.unitId ? await findActiveReference(em, Unit, 'Unit', 'unitId', input.unitId) : null;
      const user = em.create(User, {
        email,
        name: input.name.trim(),
        passwordHash: await hashPassword(input.password),
      });
      em.create(RoleAssignment, { user, role: input.role, unit });
      return user;
    });
  }

  update(id: string, input: UpdateUserInput): Promise<User> {
    return inTransaction(this.em, async (em) => {
      const user = await findOrFail(em, User, 'User', id);
      await em.populate(user, ['roleAssignments']);
      const grant = changedGrant(user.grants()[0], input.role, input.unitId);
      const issues: ValidationIssue[] = [
        ...(given(input.name) ? validateUserName(input.name) : []),
        ...(given(input.password) ? validatePassword(input.password, user.email) : []),
        ...(grant ? validateRoleGrant(grant.role, grant.unitId) : []),
        ...(user.id === this.actor.id
          ? validateOwnAccountChange({ disabling: input.disabled === true, grant })
          : []),
      ];
      assertValid(issues);

      if (given(input.name)) user.name = input.name.trim();
      if (grant) {
        const unit = grant.unitId
          ? await findActiveReference(em, Unit, 'Unit', 'unitId', grant.unitId)
          : null;
        user.roleAssignments.removeAll();
        user.roleAssignments.add(em.create(RoleAssignment, { user, role: grant.role, unit }));
      }
      let endSessions = false;
      if (given(input.password)) {
        user.passwordHash = await hashPassword(input.password);
        endSessions = true;
      }
      if (given(input.disabled)) {
        user.disabledAt = input.disabled ? (user.disabledAt ?? new Date()) : null;
        endSessions ||= input.disabled;
      }
      if (endSessions) await em.nativeDelete(Session, { user });
      return user;
    });
  }
}
