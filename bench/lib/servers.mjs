// The three targets on one database: Formasi's production build, PostGraphile 4 and the SQL floor, each in its
// own process on its own loopback port, logs under bench/results/.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { BENCH_DIR, REPO_DIR } from './peers.mjs';
import { startNode, waitUntilReady } from './processes.mjs';

export const BENCH_EMAIL = 'bench@formasi.local';
const RESULTS = join(BENCH_DIR, 'results');

const graphqlUrl = (port) => `http://127.0.0.1:${port}/graphql`;

const postJson = (url, body, headers = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

export async function startFormasi(databaseUrl, port) {
  const password = randomBytes(18).toString('base64url');
  const child = startNode('formasi', join(REPO_DIR, 'apps/api/dist/main.js'), {
    cwd: REPO_DIR,
    guard: true,
    logFile: join(RESULTS, 'formasi.log'),
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      FORMASI_SEED: 'none',
      HOST: '127.0.0.1',
      PORT: String(port),
      FORMASI_ADMIN_EMAIL: BENCH_EMAIL,
      FORMASI_ADMIN_PASSWORD: password,
    },
  });
  await waitUntilReady(child, async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).ok);
  const cookie = await signIn(graphqlUrl(port), password);
  return { name: 'formasi', label: 'Formasi', child, url: graphqlUrl(port), headers: { cookie } };
}

/** The `login` mutation; the session cookie it sets goes with every request after it. */
async function signIn(url, password) {
  const response = await postJson(url, {
    operationName: 'BenchLogin',
    query:
      'mutation BenchLogin($email: String!, $password: String!) { login(email: $email, password: $password) { id } }',
    variables: { email: BENCH_EMAIL, password },
  });
  const body = await response.json();
  const session = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .find((pair) => pair.startsWith('formasi_session='));
  if (!response.ok || body.errors || !session) {
    throw new Error(
      `login as ${BENCH_EMAIL} failed: HTTP ${response.status} ${JSON.stringify(body.errors ?? body)}`,
    );
  }
  return session;
}

async function startPeer({ name, label, script, probeBody }, databaseUrl, port) {
  const child = startNode(name, join(BENCH_DIR, script), {
    cwd: BENCH_DIR,
    logFile: join(RESULTS, `${name}.log`),
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      BENCH_EMAIL,
    },
  });
  const probe = async () => {
    const response = await postJson(graphqlUrl(port), probeBody);
    return response.status === 200;
  };
  await waitUntilReady(child, probe);
  return { name, label, child, url: graphqlUrl(port), headers: {} };
}

const POSTGRAPHILE = {
  name: 'postgraphile',
  label: 'PostGraphile',
  script: 'postgraphile.mjs',
  probeBody: { query: '{ __typename }' },
};
const FLOOR = {
  name: 'floor',
  label: 'floor',
  script: 'floor.mjs',
  probeBody: { operationName: 'AppShell' },
};

/** Starts the chosen targets; `ports` has one free port per target. */
export async function startServers(names, databaseUrl, ports) {
  const servers = [];
  const [formasiPort, postgraphilePort, floorPort] = ports;
  if (names.includes('formasi')) servers.push(await startFormasi(databaseUrl, formasiPort));
  if (names.includes('postgraphile'))
    servers.push(await startPeer(POSTGRAPHILE, databaseUrl, postgraphilePort));
  if (names.includes('floor')) servers.push(await startPeer(FLOOR, databaseUrl, floorPort));
  return servers;
}

/** The request one target gets for an operation, or null when the target has no equivalent. */
export function requestFor(server, operation, context) {
  const headers = { 'content-type': 'application/json', ...operation.headers, ...server.headers };
  const formasiBody = {
    operationName: operation.name,
    query: operation.document,
    variables: operation.formasi(context),
  };
  if (server.name === 'formasi') return { url: server.url, headers, body: JSON.stringify(formasiBody) };
  if (server.name === 'floor') {
    return operation.floor ? { url: server.url, headers, body: JSON.stringify(formasiBody) } : null;
  }
  if (!operation.postgraphileDocument) return null;
  const variables = operation.postgraphile(context);
  const body = { operationName: operation.name, query: operation.postgraphileDocument, variables };
  return { url: server.url, headers, body: JSON.stringify(body) };
}
