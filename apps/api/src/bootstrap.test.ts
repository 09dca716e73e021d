import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from './config/logger.js';
import { loadEnv } from './config/env.js';
import { startFormasi } from './bootstrap.js';
import { createTempPostgresDatabase, type TempDatabase } from './db/temp-postgres.js';
import { Position } from './modules/positions/position.entity.js';
import { Unit } from './modules/units/unit.entity.js';
import { testDialect } from './test/harness.js';

let dataDir: string;
let pg: TempDatabase | null = null;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'formasi-restart-'));
  pg = testDialect() === 'postgresql' ? await createTempPostgresDatabase('formasi_restart') : null;
});
afterAll(async () => {
  await pg?.drop();
  await rm(dataDir, { recursive: true, force: true });
});

const envFor = (extra: Record<string, string> = {}) =>
  loadEnv({
    PORT: '0',
    HOST: '127.0.0.1',
    FORMASI_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    FORMASI_ADMIN_EMAIL: 'admin@sawahlunto.test',
    FORMASI_ADMIN_PASSWORD: 'Rahasia-Admin-2026',
    ...(pg ? { DATABASE_URL: pg.url } : {}),
    ...extra,
  });

describe('start-up', () => {
  it('seeds the demo city on a new database when asked, and later starts keep every row', async () => {
    const logger = createLogger({ LOG_LEVEL: 'silent' });
    const first = await startFormasi(envFor(pg ? { FORMASI_SEED: 'demo' } : {}), logger);
    const em = first.orm.em.fork();
    const units = await em.count(Unit, {});
    expect(units).toBeGreaterThan(30);
    const extra = await em.findOneOrFail(Position, { name: 'Pranata Komputer Ahli Pertama' });
    extra.description = 'Diubah oleh pengguna';
    await em.flush();
    await first.stop();

    const second = await startFormasi(envFor({ FORMASI_SEED: 'demo' }), logger);
    const again = second.orm.em.fork();
    expect(await again.count(Unit, {})).toBe(units);
    expect((await again.findOneOrFail(Position, { id: extra.id })).description).toBe('Diubah oleh pengguna');
    await second.stop();
  });
});

// One process on the embedded database is enough; the shutdown path does not depend on the dialect.
describe.skipIf(testDialect() === 'postgresql')('graceful shutdown', () => {
  it('stops on SIGTERM after finishing, closing the database, exit code 0', async () => {
    const main = fileURLToPath(new URL('./main.ts', import.meta.url));
    const child = spawn(
      process.execPath,
      ['--conditions=source', '--import', '@swc-node/register/esm-register', main],
      {
        cwd: fileURLToPath(new URL('..', import.meta.url)),
        env: {
          ...process.env,
          PORT: '0',
          FORMASI_DATA_DIR: join(dataDir, 'shutdown'),
          FORMASI_SEED: 'none',
          LOG_LEVEL: 'info',
          DATABASE_URL: '',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start within 45 s:\n${output}`)), 45_000);
      child.stdout.on('data', () => {
        if (output.includes('Formasi is listening')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    const lines = output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { msg: string });
    expect(lines.map((line) => line.msg)).toEqual(
      expect.arrayContaining(['shutting down: finishing in-flight requests', 'stopped']),
    );
  }, 60_000);
});
