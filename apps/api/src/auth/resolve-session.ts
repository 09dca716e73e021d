import { type EntityManager } from '@mikro-orm/core';
import { type Request } from 'express';
import { type Env } from '../config/env.js';
import { SESSION_COOKIE, SessionService } from './session.service.js';
import { type User } from './user.entity.js';

/** The user behind the request's session cookie, or null. */
export async function resolveSession(em: EntityManager, req: Request, env: Env): Promise<User | null> {
  const token: unknown = req.cookies?.[SESSION_COOKIE];
  if (typeof token !== 'string' || token.length === 0 || token.length > 200) return null;
  const session = await new SessionService(em, env.FORMASI_SESSION_TTL_HOURS).resolve(token, new Date());
  return session ? session.user.getEntity() : null;
}
