// `pnpm gen-data --scale city|province|national [--year N] [--seed N]`: fills the configured database (SQLite in
// FORMASI_DATA_DIR, or PostgreSQL with DATABASE_URL) with generated regions for benchmarks. See src/gen-data/.
import 'reflect-metadata';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { EnvError, loadEnv } from '../config/env.js';
import { migrateDatabase, openDatabase } from '../db/database.js';
import { type DatabaseTarget, databaseTargetOf } from '../db/orm-config.js';
import { GENERATED_TABLES, generateData, type GenerateResult } from '../gen-data/generate-data.js';
import { createProgressBar } from '../gen-data/progress-bar.js';
import { isScaleName, SCALE_NAMES, SCALES } from '../gen-data/scales.js';

const USAGE = `usage: pnpm gen-data [--scale ${SCALE_NAMES.join('|')}] [--year N] [--seed N]
  --scale  city (default), province or national
  --year   planning year of the needs analyses (default: next calendar year, like the demo)
  --seed   seed of the generator (default 1); the same seed and year give the same rows
Regions already in the database are skipped, so running it again adds only what is missing.`;

function optionsOf(argv: string[]): { scale: keyof typeof SCALES; year: number; seed: number } {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string' },
      year: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const scale = values.scale ?? 'city';
  const year = Number(values.year ?? new Date().getFullYear() + 1);
  const seed = Number(values.seed ?? 1);
  if (!isScaleName(scale)) throw new EnvError(`unknown --scale ${scale}\n${USAGE}`);
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new EnvError(`--year must be 2000–2100\n${USAGE}`);
  if (!Number.isInteger(seed) || seed < 0) throw new EnvError(`--seed must be a whole number ≥ 0\n${USAGE}`);
  return { scale, year, seed };
}

const describe = (target: DatabaseTarget): string =>
  target.dialect === 'sqlite'
    ? `SQLite ${target.file}`
    : `PostgreSQL ${new URL(target.url).pathname.slice(1)}`;

function printSummary(result: GenerateResult): void {
  const seconds = result.elapsedMs / 1000;
  console.log(
    `\n${result.scale} on ${result.dialect}: ${result.generatedRegions.length} region(s) generated`,
  );
  if (result.skippedRegions.length > 0) {
    console.log(
      `skipped ${result.skippedRegions.length} region(s) already in the database (idempotent): ${result.skippedRegions.join(', ')}`,
    );
  }
  const rate = (rows: number, ms: number): string =>
    ms > 0 ? `${Math.round((rows / ms) * 1000).toLocaleString('en-US')} rows/s` : '';
  const { planMs, tableMs, commitMs, afterMs } = result.timings;
  for (const table of GENERATED_TABLES) {
    const rows = result.rows[table];
    const ms = tableMs[table];
    console.log(
      `  ${table.padEnd(15)} ${rows.toLocaleString('en-US').padStart(10)} rows  ${(ms / 1000).toFixed(1).padStart(5)} s  ${rate(rows, ms)}`,
    );
  }
  const writeMs = result.elapsedMs - afterMs;
  console.log(
    `  (planning ${(planMs / 1000).toFixed(1)} s, commit ${(commitMs / 1000).toFixed(1)} s, read models ${(afterMs / 1000).toFixed(1)} s)`,
  );
  console.log(
    `  ${'written'.padEnd(15)} ${result.totalRows.toLocaleString('en-US').padStart(10)} rows  ${(writeMs / 1000).toFixed(1).padStart(5)} s  ${rate(result.totalRows, writeMs)}`,
  );
  console.log(
    `  ${'total'.padEnd(15)} ${result.totalRows.toLocaleString('en-US').padStart(10)} rows in ${seconds.toFixed(1)} s (${Math.round(result.totalRows / seconds).toLocaleString('en-US')} rows/s)`,
  );
}

try {
  const options = optionsOf(process.argv.slice(2));
  const target = databaseTargetOf(loadEnv());
  if (target.dialect === 'sqlite') await mkdir(dirname(target.file), { recursive: true });
  const orm = await openDatabase(target);
  try {
    const applied = await migrateDatabase(orm);
    const scale = SCALES[options.scale];
    process.stderr.write(
      `gen-data: ${scale.description}, planning year ${options.year}, seed ${options.seed} → ${describe(target)}${applied.length ? ` (applied ${applied.length} migrations)` : ''}\n`,
    );
    const result = await generateData(orm, {
      ...options,
      onProgress: createProgressBar(process.stderr),
      onPhase: (phase) => process.stderr.write(`gen-data: ${phase}…\n`),
    });
    printSummary(result);
  } finally {
    await orm.close(true);
  }
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
}
