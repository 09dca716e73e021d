import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, startTestApp, type TestApp } from './test/harness.js';

let app: TestApp;
let adminDist: string;
beforeAll(async () => {
  adminDist = await mkdtemp(join(tmpdir(), 'formasi-dist-'));
  await mkdir(join(adminDist, 'assets'));
  await writeFile(join(adminDist, 'index.html'), '<!doctype html><title>Formasi admin</title>');
  await writeFile(join(adminDist, 'graphiql.html'), '<!doctype html><title>Formasi GraphiQL</title>');
  await writeFile(join(adminDist, 'assets', 'app.js'), 'console.log(1)');
  app = await startTestApp({ seed: 'none', env: { FORMASI_ADMIN_DIST: adminDist } });
});
afterAll(() => app.close());

describe('HTTP server', () => {
  it('answers /healthz with JSON after checking the database', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'ok', dialect: app.env.dialect });
  });

  it('answers 503 from /healthz when the database is gone', async () => {
    const broken = await startTestApp({ seed: 'none' });
    await broken.orm.close(true);
    const response = await fetch(`${broken.url}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'error', database: 'unreachable' });
    // An unexpected failure reaches the client masked: a code, no message details, no stack.
    const login = await broken.gql('mutation { login(email: "a@b.id", password: "whatever-123") { id } }');
    expect(login.errors).toEqual([
      expect.objectContaining({
        message: 'Internal server error.',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      }),
    ]);
    await broken.close().catch(() => undefined);
  });

  it('serves the admin app at /, client routes, GraphiQL at /graphiql and assets', async () => {
    expect(await (await fetch(`${app.url}/`)).text()).toContain('Formasi admin');
    expect(await (await fetch(`${app.url}/positions?q=guru&page=2`)).text()).toContain('Formasi admin');
    expect(await (await fetch(`${app.url}/graphiql`)).text()).toContain('Formasi GraphiQL');
    const asset = await fetch(`${app.url}/assets/app.js`);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
  });

  it('sends a same-origin content security policy and a request id', async () => {
    const response = await fetch(`${app.url}/`, { headers: { 'x-request-id': 'trace-123' } });
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-request-id')).toBe('trace-123');
    const generated = await fetch(`${app.url}/healthz`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('rejects GET queries without a preflight header (CSRF prevention) and answers parse errors with 400', async () => {
    const get = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(get.status).toBe(400);
    const bad = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { ' }),
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('GRAPHQL_PARSE_FAILED');
  });

  it('answers /graphql with the security headers, the request id, and 400 for a body that is not JSON', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-456' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('trace-456');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('vary')).toContain('Accept-Language');
    expect(await response.json()).toEqual({ data: { me: null } });
    const broken = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ me { id } }"',
    });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('sets the session cookie httpOnly and same-site on login, and clears it on logout', async () => {
    const login = await app.gql(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
      { e: ADMIN.email, p: ADMIN.password },
    );
    const set = login.headers.get('set-cookie') ?? '';
    expect(set).toMatch(/^formasi_session=[\w-]+; Path=\/; Max-Age=\d+; Expires=.+; HttpOnly; SameSite=Lax$/);
    const cookie = set.split(';')[0] ?? '';
    const me = await app.gql<{ me: { email: string } | null }>('{ me { email } }', {}, cookie);
    expect(me.data?.me?.email).toBe(ADMIN.email);
    const logout = await app.gql('mutation { logout }', {}, cookie);
    expect(logout.headers.get('set-cookie')).toContain('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
    expect((await app.gql<{ me: null }>('{ me { email } }', {}, cookie)).data?.me).toBeNull();
  });

  it('refuses bodies over 1 MB', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(1_200_000) } }),
    });
    expect(response.status).toBe(413);
  });

  it('hides field suggestions and stack traces from clients', async () => {
    const response = await app.gql('{ mee { id } }');
    const text = JSON.stringify(response);
    expect(text).not.toMatch(/Did you mean/);
    expect(text).not.toMatch(/stacktrace/);
  });

  it('allows introspection by default', async () => {
    const response = await app.gql('{ __schema { queryType { name } } }');
    expect(response.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('FORMASI_INTROSPECTION=false', () => {
  it('turns introspection off', async () => {
    const closed = await startTestApp({ seed: 'none', env: { FORMASI_INTROSPECTION: 'false' } });
    try {
      const response = await closed.gql('{ __schema { queryType { name } } }');
      expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await closed.close();
    }
  });
});
