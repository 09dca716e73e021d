import { type EntityManager } from '@mikro-orm/core';
import { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { type Role } from '@formasi/core';
import { hashSessionToken } from './session.service.js';
import { Viewer } from './viewer.js';

type SessionRow = { id: string; email: string; name: string; role: Role | null; unit_id: string | null };

// The live session, its enabled user and their grants: the only statement authentication costs a request.
const SESSION_SQL = `select u.id, u.email, u.name, ra.role, ra.unit_id
  from session s
  join app_user u on u.id = s.user_id and u.disabled_at is null
  left join role_assignment ra on ra.user_id = u.id
  where s.token_hash = ? and s.expires_at > ?`;

/** The user behind a session cookie's token, or null (no cookie, unknown or expired session, disabled user). */
export async function resolveSession(
  em: EntityManager,
  token: string | undefined,
  now = new Date(),
): Promise<Viewer | null> {
  if (typeof token !== 'string' || token.length === 0 || token.length > 200) return null;
  if (!(em instanceof SqlEntityManager)) throw new Error('resolveSession needs an SQL EntityManager');
  const rows: SessionRow[] = await em
    .getConnection()
    .execute(SESSION_SQL, [hashSessionToken(token), em.getPlatform().processDateProperty(now)]);
  const first = rows[0];
  if (!first) return null;
  const grants = rows.flatMap((row) => (row.role ? [{ role: row.role, unitId: row.unit_id }] : []));
  return new Viewer(first.id, first.email, first.name, grants);
}
