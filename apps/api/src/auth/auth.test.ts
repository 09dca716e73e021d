import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RoleAssignment } from './role-assignment.entity.js';
import { hashPassword } from './password.js';
import { User } from './user.entity.js';
import { ADMIN, startTestApp, type TestApp } from '../test/harness.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: 'none' });
  const em = app.orm.em.fork();
  const viewer = em.create(User, {
    email: 'viewer@sawahlunto.test',
    name: 'Pemantau',
    passwordHash: await hashPassword('Pemantau-2026!'),
  });
  em.create(RoleAssignment, { user: viewer, role: 'VIEWER' });
  await em.flush();
});
afterAll(() => app.close());

describe('sign-in', () => {
  it('answers a wrong password with UNAUTHENTICATED and sets no cookie', async () => {
    const response = await app.gql(
      'mutation { login(email: "admin@sawahlunto.test", password: "wrong-password") { id } }',
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.errors?.[0]?.message).toBe('Email or password is incorrect.');
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('answers an unknown email exactly like a wrong password', async () => {
    const response = await app.gql(
      'mutation { login(email: "nobody@sawahlunto.test", password: "whatever-123") { id } }',
    );
    expect(response.errors?.[0]?.message).toBe('Email or password is incorrect.');
  });

  it('sets an httpOnly SameSite session cookie and answers me with the roles', async () => {
    const response = await app.gql(
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { email roles } }',
      { email: ADMIN.email.toUpperCase(), password: ADMIN.password },
    );
    expect(response.data).toEqual({ login: { email: ADMIN.email, roles: ['ADMIN'] } });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^formasi_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await app.gql('{ me { email name roles } }', {}, cookie.split(';')[0]);
    expect(me.data).toEqual({ me: { email: ADMIN.email, name: 'Administrator', roles: ['ADMIN'] } });
  });

  it('answers the app shell’s me from the session statement alone, and the full account when asked', async () => {
    const cookie = await app.login('viewer@sawahlunto.test', 'Pemantau-2026!');
    app.queries.length = 0;
    const shell = await app.gql('{ me { id name email roles __typename } }', {}, cookie);
    expect(shell.data?.me).toMatchObject({ name: 'Pemantau', roles: ['VIEWER'], __typename: 'User' });
    expect(app.queries.filter((sql) => /^\s*select/i.test(sql))).toHaveLength(1);
    const full = await app.gql<{ me: { lastLoginAt: string | null; disabled: boolean } }>(
      '{ me { id lastLoginAt disabled grants { role } } }',
      {},
      cookie,
    );
    expect(full.data?.me).toMatchObject({ disabled: false, grants: [{ role: 'VIEWER' }] });
    expect(full.data?.me.lastLoginAt).not.toBeNull();
  });

  it('stores passwords as argon2id hashes only', async () => {
    const user = await app.orm.em
      .fork()
      .findOneOrFail(User, { email: ADMIN.email }, { populate: ['passwordHash'] });
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(user.passwordHash).not.toContain(ADMIN.password);
  });

  it('logout ends the session on the server, so the old cookie no longer works', async () => {
    const cookie = await app.login();
    expect((await app.gql('{ me { email } }', {}, cookie)).data).toEqual({ me: { email: ADMIN.email } });
    await app.gql('mutation { logout }', {}, cookie);
    expect((await app.gql('{ me { email } }', {}, cookie)).data).toEqual({ me: null });
    const denied = await app.gql('{ sectors { totalCount } }', {}, cookie);
    expect(denied.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('authorization', () => {
  it('denies every non-public root field without a session', async () => {
    const queries = [
      '{ sectors { totalCount } }',
      '{ units { totalCount } }',
      '{ positions { totalCount } }',
      '{ kecamatans { id } }',
    ];
    for (const query of queries) {
      const response = await app.gql(query);
      expect(response.errors?.[0]?.extensions?.code, query).toBe('UNAUTHENTICATED');
      expect(response.data).toBeNull();
    }
    const mutation = await app.gql(
      'mutation { createSector(input: { code: "X1", name: "Sektor X" }) { id } }',
    );
    expect(mutation.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets a VIEWER read but not write', async () => {
    const cookie = await app.login('viewer@sawahlunto.test', 'Pemantau-2026!');
    const read = await app.gql('{ sectors { totalCount } }', {}, cookie);
    expect(read.errors).toBeUndefined();
    const write = await app.gql(
      'mutation { createSector(input: { code: "X2", name: "Sektor X" }) { id } }',
      {},
      cookie,
    );
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const count = await app.orm.em.fork().count('Sector', { code: 'X2' });
    expect(count).toBe(0);
  });

  it('never exposes the password hash in the schema', async () => {
    const cookie = await app.login();
    const response = await app.gql('{ me { passwordHash } }', {}, cookie);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
