import { type EntityManager } from '@mikro-orm/core';
import { type Role } from '@formasi/core';
import { toDate } from '../common/row-table.js';
import { readRows } from '../common/sql-read.js';
import { hashSessionToken } from './session.service.js';
import { type SessionCache } from './session-cache.js';
import { Viewer } from './viewer.js';

type SessionRow = {
  id: string;
  email: string;
  name: string;
  role: Role | null;
  unit_id: string | null;
  expires_at: unknown;
};

// The live session, its enabled user and their grants: the only statement authentication costs a request.
const SESSION_SQL = `select u.id, u.email, u.name, ra.role, ra.unit_id, s.expires_at
  from session s
  join app_user u on u.id = s.user_id and u.disabled_at is null
  left join role_assignment ra on ra.user_id = u.id
  where s.token_hash = ? and s.expires_at > ?`;

/**
 * The user behind a session cookie's token, or null (no cookie, unknown or expired session, disabled user).
 * With a `cache` that is on, a session checked a moment ago costs no statement (session-cache.ts says why that
 * stays right across replicas).
 */
export async function resolveSession(
  /** Or a function giving one: a cached session needs none (the request's fork is made on first use). */
  emOf: EntityManager | (() => EntityManager),
  token: string | undefined,
  options: { cache?: SessionCache; now?: Date } = {},
): Promise<Viewer | null> {
  if (typeof token !== 'string' || token.length === 0 || token.length > 200) return null;
  const { cache, now = new Date() } = options;
  const tokenHash = hashSessionToken(token);
  const cached = cache?.get(tokenHash);
  if (cached) return cached;
  const ticket = cache?.begin() ?? 0;
  const em = typeof emOf === 'function' ? emOf() : emOf;
  const rows = (await readRows(em, SESSION_SQL, [
    tokenHash,
    em.getPlatform().processDateProperty(now),
  ])) as SessionRow[];
  const first = rows[0];
  if (!first) return null;
  const grants = rows.flatMap((row) => (row.role ? [{ role: row.role, unitId: row.unit_id }] : []));
  const viewer = new Viewer(first.id, first.email, first.name, grants);
  const expiresAt = toDate(first.expires_at)?.getTime() ?? Number.NaN;
  if (cache && Number.isFinite(expiresAt)) cache.store(ticket, tokenHash, viewer, expiresAt);
  return viewer;
}
