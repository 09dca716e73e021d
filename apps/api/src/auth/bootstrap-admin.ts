import { inTransaction } from '../common/transaction.js';
import { randomBytes } from 'node:crypto';
import { type EntityManager } from '@mikro-orm/core';
import { type Env } from '../config/env.js';
import { type Logger } from '../config/logger.js';
import { normalizeEmail } from '@formasi/core';
import { hashPassword } from './password.js';
import { RoleAssignment } from './role-assignment.entity.js';
import { User } from './user.entity.js';

export const DEFAULT_ADMIN_EMAIL = 'admin@formasi.local';

/**
 * First start: the configured admin is created or updated; without configuration a random password is generated
 * for admin@formasi.local and printed once — later starts find the user and print nothing.
 */
export async function bootstrapAdmin(
  em: EntityManager,
  env: Pick<Env, 'FORMASI_ADMIN_EMAIL' | 'FORMASI_ADMIN_PASSWORD'>,
  logger: Logger,
  print: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<void> {
  await inTransaction(em, async (tx) => {
    if (env.FORMASI_ADMIN_EMAIL && env.FORMASI_ADMIN_PASSWORD) {
      const email = normalizeEmail(env.FORMASI_ADMIN_EMAIL);
      const user = await tx.findOne(User, { email }, { populate: ['roleAssignments'] });
      const admin = user ?? tx.create(User, { email, name: 'Administrator', passwordHash: '' });
      admin.passwordHash = await hashPassword(env.FORMASI_ADMIN_PASSWORD);
      admin.disabledAt = null;
      ensureAdminRole(tx, admin);
      logger.info({ email, created: !user }, 'configured administrator is ready');
      return;
    }
    if ((await tx.count(User, { email: DEFAULT_ADMIN_EMAIL })) > 0) return;
    const password = randomBytes(12).toString('base64url');
    const admin = tx.create(User, {
      email: DEFAULT_ADMIN_EMAIL,
      name: 'Administrator',
      passwordHash: await hashPassword(password),
    });
    ensureAdminRole(tx, admin);
    print(
      [
        '',
        '================================================================',
        ' Formasi: first start. Sign in with this administrator account:',
        `   email:    ${DEFAULT_ADMIN_EMAIL}`,
        `   password: ${password}`,
        ' This password is shown only once. Set FORMASI_ADMIN_EMAIL and',
        ' FORMASI_ADMIN_PASSWORD to choose your own.',
        '================================================================',
        '',
      ].join('\n'),
    );
  });
}

function ensureAdminRole(em: EntityManager, user: User): void {
  const has =
    user.roleAssignments.isInitialized() &&
    user.roleAssignments
      .getItems()
      .some((assignment) => assignment.role === 'ADMIN' && assignment.unit === null);
  if (!has) em.create(RoleAssignment, { user, role: 'ADMIN', unit: null });
}
