import { hash, randomBytes } from 'node:crypto';
import { type EntityManager } from '@mikro-orm/core';
import { Session } from './session.entity.js';
import { type User } from './user.entity.js';

export const SESSION_COOKIE = 'formasi_session';

/** The stored form of a session token: a cookie alone cannot be replayed from a copy of the table. */
export const hashSessionToken = (token: string): string => hash('sha256', token, 'hex');
const hashToken = hashSessionToken;

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

  async revoke(token: string): Promise<void> {
    await this.em.nativeDelete(Session, { tokenHash: hashToken(token) });
  }

  async purgeExpired(now: Date): Promise<number> {
    return this.em.nativeDelete(Session, { expiresAt: { $lte: now } });
  }
}
