import { describe, expect, it } from 'vitest';
import { loadEnv } from './env.js';

describe('configuration', () => {
  it('defaults to an embedded SQLite database under ./data of the starting directory, port 4000', () => {
    const env = loadEnv({ INIT_CWD: '/srv/formasi' });
    expect(env).toMatchObject({
      PORT: 4000,
      dialect: 'sqlite',
      dataDir: '/srv/formasi/data',
      FORMASI_SEED: 'auto',
      FORMASI_INTROSPECTION: true,
    });
  });

  it('selects PostgreSQL from DATABASE_URL', () => {
    expect(loadEnv({ DATABASE_URL: 'postgres://formasi@db:5432/formasi' }).dialect).toBe('postgresql');
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ FORMASI_SEED: 'lots' }, 'FORMASI_SEED'],
    [{ FORMASI_INTROSPECTION: 'maybe' }, 'FORMASI_INTROSPECTION'],
    [
      { FORMASI_ADMIN_EMAIL: 'not-an-email', FORMASI_ADMIN_PASSWORD: 'long-enough-password' },
      'FORMASI_ADMIN_EMAIL',
    ],
    [{ FORMASI_ADMIN_EMAIL: 'a@b.id', FORMASI_ADMIN_PASSWORD: 'short' }, 'FORMASI_ADMIN_PASSWORD'],
    [{ FORMASI_ADMIN_EMAIL: 'a@b.id' }, 'FORMASI_ADMIN_PASSWORD must be set together'],
    [
      { FORMASI_REGION_EMBLEM: '/nowhere/lambang.png' },
      'FORMASI_REGION_EMBLEM: /nowhere/lambang.png cannot be read',
    ],
    [{ FORMASI_REGION_EMBLEM: '/etc/hostname' }, 'FORMASI_REGION_EMBLEM: /etc/hostname is not one of .png'],
    [{ FORMASI_REGION_NAME: '   ' }, 'FORMASI_REGION_NAME'],
  ])('refuses %j naming %s', (source, name) => {
    expect(() => loadEnv(source)).toThrow(name);
  });

  it('treats empty variables as unset', () => {
    expect(loadEnv({ DATABASE_URL: '', PORT: '' })).toMatchObject({ dialect: 'sqlite', PORT: 4000 });
  });
});
