import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { adminIndexHtml, apiMainJs, ensureArtifactsDir, repoRoot } from './paths';

const HEALTH_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;
const LOG_TAIL_CHARS = 20_000;

export interface AdminCredentials {
  email: string;
  password: string;
}

export interface RunningServer {
  baseUrl: string;
  admin: AdminCredentials;
  logPath: string;
  stop(): Promise<void>;
}

/** Fails early, and says what to do, when the production build the server needs is not there. */
export function assertBuilt(): void {
  const missing = [apiMainJs, adminIndexHtml].filter((file) => !existsSync(file));
  if (missing.length > 0) {
    const list = missing.map((file) => `  - ${relative(repoRoot, file)}`).join('\n');
    throw new Error(
      `The e2e tests run the production server, but the build is missing:\n${list}\n` +
        'Run `pnpm build` at the repository root first, then `pnpm --filter @formasi/admin e2e`.',
    );
  }
}

async function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port > 0 ? resolvePort(port) : reject(new Error('could not pick a free port'))));
    });
  });
}

/** A strong random password that is also a plain GraphQL/JSON string literal (no quotes or backslashes). */
function randomPassword(): string {
  return `E2e-${randomBytes(24).toString('base64url')}-9z`;
}

/** The parent's environment minus what would change the server's behaviour under test (Vitest markers, Postgres). */
function serverEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(
    ([key]) =>
      !key.startsWith('VITEST') && key !== 'TEST' && key !== 'DATABASE_URL' && !key.startsWith('FORMASI_'),
  );
  return { ...Object.fromEntries(inherited), ...overrides };
}

/** Starts `node apps/api/dist/main.js` on a free port with a fresh SQLite data dir and the demo seed. */
export async function startServer(): Promise<RunningServer> {
  assertBuilt();
  const port = await findFreePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'formasi-e2e-'));
  const logPath = join(ensureArtifactsDir(), 'e2e-server.log');
  const log = createWriteStream(logPath, { flags: 'w' });
  const admin: AdminCredentials = { email: 'e2e-admin@formasi.local', password: randomPassword() };
  const baseUrl = `http://127.0.0.1:${port}`;

  const child = spawn(process.execPath, ['--enable-source-maps', apiMainJs], {
    cwd: dirname(dirname(apiMainJs)),
    env: serverEnv({
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      FORMASI_DATA_DIR: dataDir,
      FORMASI_SEED: 'demo',
      FORMASI_ADMIN_EMAIL: admin.email,
      FORMASI_ADMIN_PASSWORD: admin.password,
      FORMASI_INTROSPECTION: 'true',
      LOG_LEVEL: 'warn',
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = captureOutput(child, log);
  const cleanUp = async (): Promise<void> => {
    await stopChild(child);
    await closeLog(log);
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseUrl, child);
  } catch (error) {
    await cleanUp();
    process.stderr.write(
      `\n--- e2e server output (${logPath}) ---\n${output()}\n--- end of server output ---\n`,
    );
    throw error;
  }
  return { baseUrl, admin, logPath, stop: cleanUp };
}

function captureOutput(child: ChildProcess, log: WriteStream): () => string {
  let tail = '';
  const keep = (chunk: Buffer): void => {
    log.write(chunk);
    tail = (tail + chunk.toString('utf8')).slice(-LOG_TAIL_CHARS);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => tail;
}

async function waitForHealth(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `The API server exited during start-up (code ${child.exitCode}, signal ${child.signalCode}).`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) });
      const body: unknown = await response.json();
      if (response.ok && typeof body === 'object' && body !== null) return;
      lastProblem = `HTTP ${response.status} ${JSON.stringify(body)}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((wake) => setTimeout(wake, 250));
  }
  throw new Error(
    `GET ${baseUrl}/healthz did not answer 200 with JSON within ${HEALTH_TIMEOUT_MS / 1000} s (last: ${lastProblem}).`,
  );
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => {
    process.stderr.write(
      `e2e: the API server ignored SIGTERM for ${STOP_TIMEOUT_MS / 1000} s; killing it.\n`,
    );
    child.kill('SIGKILL');
  }, STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

async function closeLog(log: WriteStream): Promise<void> {
  await new Promise<void>((done) => log.end(done));
}
