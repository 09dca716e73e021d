import { refreshAllGaps } from './modules/gaps/gap-refresh.js';
import { type AddressInfo } from 'node:net';
import { bootstrapAdmin } from './auth/bootstrap-admin.js';
import { type Env } from './config/env.js';
import { type Logger } from './config/logger.js';
import { migrateDatabase, openDatabase, type Orm } from './db/database.js';
import { databaseTargetOf } from './db/orm-config.js';
import { seedDemoNeeds } from './seeders/demo-needs.seeder.js';
import { seedDemo } from './seeders/demo.seeder.js';
import { seedReference } from './seeders/reference.seeder.js';
import { createFormasiServer } from './server.js';

/** Migrations after which the stored gaps and the analyses' totals are recomputed from the data. */
const READ_MODEL_MIGRATIONS = ['_GapReadModel', '_AnalysisTotals', '_LeavingDayAfterContract'];

export type RunningFormasi = { orm: Orm; port: number; stop: () => Promise<void> };

/** Prepares the database: migrations, reference data, the demo seed when asked (or on a new embedded database). */
export async function prepareDatabase(orm: Orm, env: Env, logger: Logger): Promise<void> {
  const isNew = (await orm.getMigrator().getExecutedMigrations()).length === 0;
  const applied = await migrateDatabase(orm);
  if (applied.length > 0) logger.info({ applied }, 'applied migrations');
  const em = orm.em.fork();
  if (applied.some((name) => READ_MODEL_MIGRATIONS.some((suffix) => name.endsWith(suffix)))) {
    // These migrations add read models empty (the gap rows, the analyses' totals): fill them from what the
    // database already holds.
    await refreshAllGaps(orm.em.fork());
    logger.info('filled the read models');
  }
  await seedReference(em);
  const wantsDemo =
    env.FORMASI_SEED === 'demo' || (env.FORMASI_SEED === 'auto' && env.dialect === 'sqlite' && isNew);
  if (wantsDemo) {
    const seeded = await seedDemo(em, (step, done, total) => {
      if (done === total || done % 10 === 0) logger.info({ step, done, total }, 'seeding demo data');
    });
    if (seeded.units > 0) logger.info(seeded, 'seeded the demo Kota Sawahlunto');
    const planningYear = new Date().getFullYear() + 1;
    const needs = await seedDemoNeeds(em, planningYear);
    if (needs.analyses > 0)
      logger.info({ ...needs, planningYear }, 'seeded the demo needs analyses and roster');
  }
  await bootstrapAdmin(orm.em.fork(), env, logger);
}

/** Starts Formasi: database, then one HTTP server for the API, GraphiQL and the admin app. */
export async function startFormasi(env: Env, logger: Logger): Promise<RunningFormasi> {
  const target = databaseTargetOf(env);
  const orm = await openDatabase(target);
  try {
    await prepareDatabase(orm, env, logger);
  } catch (error) {
    await orm.close(true);
    throw error;
  }
  const server = await createFormasiServer({ env, orm, logger });
  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.httpServer.listen(env.PORT, env.HOST, resolve);
  });
  const { port } = server.httpServer.address() as AddressInfo;
  logger.info({ port, dialect: env.dialect, url: `http://localhost:${port}` }, 'Formasi is listening');
  return {
    orm,
    port,
    stop: async () => {
      await server.stop();
      await orm.close(true);
    },
  };
}
