// `pnpm --filter @formasi/api bench:gaps [staff]`: seeds the demo plus a large synthetic roster into a throwaway
// SQLite database (or PostgreSQL with BENCH_DATABASE=postgresql) and prints how long the gap computations take and
// how much memory they use. A benchmark that prints figures, not a test.
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { composeNip } from '@formasi/core';
import { openDatabase, migrateDatabase } from '../db/database.js';
import { type DatabaseTarget } from '../db/orm-config.js';
import { createTempPostgresDatabase } from '../db/temp-postgres.js';
import { GapService } from '../modules/gaps/gap.service.js';
import { PositionNeed } from '../modules/needs/position-need.entity.js';
import { StaffMember } from '../modules/staff/staff-member.entity.js';
import { seedDemoNeeds } from '../seeders/demo-needs.seeder.js';
import { seedDemo } from '../seeders/demo.seeder.js';

const extraStaff = Number(process.argv[2] ?? 20_000);
const BATCH = 1000;
const year = new Date().getFullYear() + 1;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function time<T>(label: string, run: () => Promise<T>, repeat = 5): Promise<T> {
  let result: T | undefined;
  const samples: number[] = [];
  for (let index = 0; index < repeat; index += 1) {
    const started = performance.now();
    result = await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(42)} median ${samples[Math.floor(samples.length / 2)]?.toFixed(1)} ms  min ${samples[0]?.toFixed(1)} ms  (n=${repeat})`,
  );
  if (result === undefined) throw new Error('no result');
  return result;
}

const pg =
  process.env.BENCH_DATABASE === 'postgresql' ? await createTempPostgresDatabase('formasi_bench') : null;
const dir = await mkdtemp(join(tmpdir(), 'formasi-bench-'));
const target: DatabaseTarget = pg
  ? { dialect: 'postgresql', url: pg.url }
  : { dialect: 'sqlite', file: join(dir, 'bench.sqlite') };
const orm = await openDatabase(target);
try {
  await migrateDatabase(orm);
  await seedDemo(orm.em.fork());
  await seedDemoNeeds(orm.em.fork(), year);
  const needs = await orm.em.fork().find(PositionNeed, {}, { populate: ['position'] });
  const positions = needs.map((need) => need.position.getEntity());
  console.log(
    `${target.dialect}: ${positions.length} analysed positions; adding ${extraStaff} staff members`,
  );
  for (let start = 0; start < extraStaff; start += BATCH) {
    const em = orm.em.fork();
    for (let index = start; index < Math.min(extraStaff, start + BATCH); index += 1) {
      const position = positions[index % positions.length];
      if (!position) continue;
      const born = 1966 + (index % 34);
      const birthDate = `${born}-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`;
      em.create(StaffMember, {
        nip:
          composeNip({
            birthDate,
            tmtCpns: `${born + 25}-01`,
            gender: index % 2 ? 'MALE' : 'FEMALE',
            serial: String(index % 1000).padStart(3, '0'),
          }).slice(0, 13) + String(index).padStart(5, '0'),
        name: `Pegawai ${index}`,
        birthDate,
        gender: index % 2 ? 'MALE' : 'FEMALE',
        employmentType: 'PNS',
        tmt: `${born + 25}-01-01`,
        position,
        unit: position.unit,
      });
    }
    await em.flush();
    process.stdout.write(`\r  seeded ${Math.min(extraStaff, start + BATCH)} / ${extraStaff}`);
  }
  process.stdout.write('\n');
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  const gaps = await time('gaps (all rows, horizon 4)', () =>
    new GapService(orm.em.fork(), 'en').all(year, 4),
  );
  await time('gapSummary(SECTOR)', () => new GapService(orm.em.fork(), 'en').summary(year, 'SECTOR', 0));
  await time('retirementWave', () => new GapService(orm.em.fork(), 'en').retirementWave(year, null));
  console.log(
    `${gaps.length} gaps; heap used ${mb(process.memoryUsage().heapUsed)} (was ${mb(before)}); rss ${mb(process.memoryUsage().rss)}`,
  );
} finally {
  await orm.close(true);
  await pg?.drop();
  await rm(dir, { recursive: true, force: true });
}
