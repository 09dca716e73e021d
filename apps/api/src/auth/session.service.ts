import { createHash, randomBytes } from 'node:crypto';
import { type EntityManager } from '@mikro-orm/core';
import { Session } from './session.entity.js';
import { type User } from './user.entity.js';

export const SESSION_COOKIE = 'formasi_session';

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Server-side sessions in the database: the cookie carries a random token, the table only its hash. */
export class SessionService {
  constructor(
    private readonly em: EntityManager,
    private readonly ttlHours: number,
  ) {}

  async create(
    user: User,
    userAgent: string | null,
    now: Date,
  ): Promise<{ token: string; session: Session }> {
    const token = randomBytes(32).toString('base64url');
    const session = this.em.create(Session, {
      tokenHash: hashToken(token),
      user,
      expiresAt: new Date(now.getTime() + this.ttlHours * 3_600_000),
      lastSeenAt: now,
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    await this.em.persistAndFlush(session);
    return { token, session };
  }

  /** The live session for a cookie token, with its user and roles; null when unknown, expired or disabled. */
  async resolve(token: string, now: Date): Promise<Session | null> {
    const session = await this.em.findOne(
      Session,
      { tokenHash: hashToken(token), expiresAt: { $gt: now } },
      { populate: ['user', 'user.roleAssignments'] },
    );
    if (!session || session.user.getEntity().disabledAt) return null;
    return session;
  }

  async revoke(token: string): Promise<void> {
    await this.em.nativeDelete(Session, { tokenHash: hashToken(token) });
  }

  async purgeExpired(now: Date): Promise<number> {
    return this.em.nativeDelete(Session, { expiresAt: { $lte: now } });
  }
}
