import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../config/logger.js';
import { startTestApp, type TestApp } from '../test/harness.js';
import { bootstrapAdmin, DEFAULT_ADMIN_EMAIL } from './bootstrap-admin.js';
import { verifyPassword } from './password.js';
import { User } from './user.entity.js';

const logger = createLogger({ LOG_LEVEL: 'silent' });
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: 'none' });
});
afterAll(() => app.close());

describe('first-start administrator', () => {
  it('generates a random password for admin@formasi.local, prints it once and never again', async () => {
    const printed: string[] = [];
    await bootstrapAdmin(app.orm.em.fork(), {}, logger, (line) => printed.push(line));
    const password = /password: (\S+)/.exec(printed.join('\n'))?.[1] ?? '';
    expect(password.length).toBeGreaterThanOrEqual(16);
    const user = await app.orm.em
      .fork()
      .findOneOrFail(User, { email: DEFAULT_ADMIN_EMAIL }, { populate: ['passwordHash', 'roleAssignments'] });
    expect(await verifyPassword(user.passwordHash, password)).toBe(true);
    expect(user.roles()).toEqual(['ADMIN']);

    await bootstrapAdmin(app.orm.em.fork(), {}, logger, (line) => printed.push(line));
    expect(printed).toHaveLength(1);
    await app.login(DEFAULT_ADMIN_EMAIL, password);
  });

  it('creates or updates the configured admin from FORMASI_ADMIN_EMAIL/PASSWORD', async () => {
    const env = {
      FORMASI_ADMIN_EMAIL: 'Kepala.BKPSDM@sawahluntokota.go.id',
      FORMASI_ADMIN_PASSWORD: 'Password-Awal-2026',
    };
    await bootstrapAdmin(app.orm.em.fork(), env, logger);
    await app.login('kepala.bkpsdm@sawahluntokota.go.id', 'Password-Awal-2026');
    await bootstrapAdmin(app.orm.em.fork(), { ...env, FORMASI_ADMIN_PASSWORD: 'Password-Baru-2026' }, logger);
    await expect(app.login('kepala.bkpsdm@sawahluntokota.go.id', 'Password-Awal-2026')).rejects.toThrow(
      /login failed/,
    );
    await app.login('kepala.bkpsdm@sawahluntokota.go.id', 'Password-Baru-2026');
    const count = await app.orm.em.fork().count(User, { email: 'kepala.bkpsdm@sawahluntokota.go.id' });
    expect(count).toBe(1);
  });
});
