import { type EntityManager } from '@mikro-orm/core';
import { normalizeEmail } from '@formasi/core';
import { GraphQLError } from 'graphql';
import { decoyPasswordHash, verifyPassword } from './password.js';
import { SessionService } from './session.service.js';
import { type ServiceDeps } from '../common/service-deps.js';
import { User } from './user.entity.js';

const invalidCredentials = () =>
  new GraphQLError('Email or password is incorrect.', {
    extensions: { code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' },
  });

export class AuthService {
  private readonly sessions: SessionService;

  constructor(private readonly deps: ServiceDeps) {
    this.sessions = new SessionService(deps.em, deps.env.FORMASI_SESSION_TTL_HOURS);
  }

  private get em(): EntityManager {
    return this.deps.em;
  }

  /** Checks the password (same work whether or not the email exists) and opens a session. */
  async login(email: string, password: string, userAgent: string | null, now: Date) {
    const user = await this.em.findOne(
      User,
      { email: normalizeEmail(email) },
      { populate: ['passwordHash', 'roleAssignments'] },
    );
    const passwordHash = user && !user.disabledAt ? user.passwordHash : await decoyPasswordHash();
    const ok = await verifyPassword(passwordHash, password);
    if (!user || user.disabledAt || !ok) throw invalidCredentials();
    user.lastLoginAt = now;
    const { token } = await this.sessions.create(user, userAgent, now);
    return { user, token };
  }

  /** The signed-in user's account with their role assignments (what `me` shows). */
  account(userId: string): Promise<User | null> {
    return this.em.findOne(User, { id: userId, disabledAt: null }, { populate: ['roleAssignments'] });
  }

  logout(token: string): Promise<void> {
    return this.sessions.revoke(token);
  }
}
