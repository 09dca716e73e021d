import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printFormasiSchema, readCommittedSchema } from '../schema.js';
import { testDialect } from '../test/harness.js';
import { migrateDatabase, openDatabase } from './database.js';
import { type DatabaseTarget } from './orm-config.js';
import { createTempPostgresDatabase } from './temp-postgres.js';

async function withEmptyDatabase(run: (target: DatabaseTarget) => Promise<void>): Promise<void> {
  if (testDialect() === 'postgresql') {
    const database = await createTempPostgresDatabase('formasi_drift');
    try {
      await run({ dialect: 'postgresql', url: database.url });
    } finally {
      await database.drop();
    }
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'formasi-drift-'));
  try {
    await run({ dialect: 'sqlite', file: join(dir, 'formasi.sqlite') });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('drift checks', () => {
  it('has a migration for every entity change (the migrated schema equals the entities)', async () => {
    await withEmptyDatabase(async (target) => {
      const hint = 'run `pnpm --filter @formasi/api migration:create <name>` and commit it';
      const orm = await openDatabase(target);
      try {
        expect((await migrateDatabase(orm)).length).toBeGreaterThan(0);
        // The migrated database against the entities: catches a missing or hand-edited migration.
        expect(await orm.schema.getUpdateSchemaSQL({ wrap: false, safe: false }), hint).toBe('');
      } finally {
        await orm.close(true);
      }
      // The entities against the committed snapshot (read only: nothing is migrated through this connection), so
      // the next generated migration starts from the right place.
      const snapshotOrm = await openDatabase(target, { snapshot: true });
      try {
        expect(await snapshotOrm.getMigrator().checkMigrationNeeded(), hint).toBe(false);
      } finally {
        await snapshotOrm.close(true);
      }
    });
  });

  it('has committed the schema.graphql the resolvers emit', async () => {
    expect(await readCommittedSchema(), 'run `pnpm schema:emit` and commit apps/api/schema.graphql').toBe(
      await printFormasiSchema(),
    );
  });
});
