import { performance } from 'node:perf_hooks';
import { type EntityClass } from '@mikro-orm/core';
import { type Orm } from '../db/database.js';
import { Kecamatan } from '../modules/kecamatans/kecamatan.entity.js';
import { NeedsAnalysis } from '../modules/needs/needs-analysis.entity.js';
import { PositionNeed } from '../modules/needs/position-need.entity.js';
import { WorkloadItem } from '../modules/needs/workload-item.entity.js';
import { PlanningYear } from '../modules/planning/planning-year.entity.js';
import { defaultPlanningYear } from '../modules/planning/planning.service.js';
import { Position } from '../modules/positions/position.entity.js';
import { StaffMember } from '../modules/staff/staff-member.entity.js';
import { Unit } from '../modules/units/unit.entity.js';
import { seedReference } from '../seeders/reference.seeder.js';
import { afterGenerate } from './after-generate.js';
import { withBulkSink } from './bulk-sink.js';
import { loadExistingData } from './existing-data.js';
import { generatedId } from './ids.js';
import { planRegion, type RegionPlan } from './region-plan.js';
import { type RegionSpec } from './region-spec.js';
import { countsOf, SCALES, type ScaleDefinition, type ScaleName } from './scales.js';
import * as rows from './table-rows.js';
import { type Row } from './table-spec.js';

export const GENERATED_TABLES = [
  'kecamatan',
  'unit',
  'position',
  'planning_year',
  'needs_analysis',
  'position_need',
  'workload_item',
  'staff_member',
] as const;
export type GeneratedTable = (typeof GENERATED_TABLES)[number];

/** Rows written so far: a generated table's, then the stored gaps' (`gap_row`, refreshed afterwards). */
export type GenerateProgress = { table: GeneratedTable | 'gap_row'; done: number; total: number };
export type GenerateOptions = {
  scale: ScaleName | ScaleDefinition;
  /** Planning year of the needs analyses. */
  year: number;
  seed: number;
  onProgress?: (progress: GenerateProgress) => void;
  /** Hears each phase as it starts: planning, writing, read models (afterGenerate). */
  onPhase?: (phase: 'planning' | 'writing' | 'read models') => void;
};
export type GenerateResult = {
  scale: string;
  dialect: 'sqlite' | 'postgresql';
  generatedRegions: string[];
  /** Regions already in the database (an earlier run): skipped, whatever year or seed made them. */
  skippedRegions: string[];
  rows: Record<GeneratedTable, number>;
  totalRows: number;
  elapsedMs: number;
  /**
   * Where the time went: planning the regions, writing each table, committing (with ANALYZE on PostgreSQL), and
   * afterGenerate (derived read models).
   */
  timings: { planMs: number; tableMs: Record<GeneratedTable, number>; commitMs: number; afterMs: number };
};

type TableJob = {
  table: GeneratedTable;
  entity: EntityClass<object>;
  total: number;
  rows: () => Iterable<Row>;
};

const label = (region: RegionSpec): string => `${region.code} ${region.name}`;
// Reference rows (kecamatan, units, positions, staff, the planning year) carry this fixed creation time.
const stampOf = (year: number): Date => new Date(Date.UTC(year - 2, 8, 1, 1, 0, 0));

/**
 * Fills the database with a scale's regions: kecamatan, units, positions, one needs analysis per unit for the
 * year (with position needs and workload rows), the staff, and the year's planning configuration if it has none.
 * Deterministic for a seed and year. Idempotent per region: regions already generated are skipped. Migrations
 * must have been applied; reference data is seeded if missing.
 */
export async function generateData(orm: Orm, options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const scale = typeof options.scale === 'string' ? SCALES[options.scale] : options.scale;
  const { year, seed } = options;
  await seedReference(orm.em.fork());
  const existing = await loadExistingData(orm.em.fork(), scale.regions, year);
  const regions = scale.regions.filter((region) => !existing.generatedRegions.has(region.code));
  options.onPhase?.('planning');
  const planStarted = performance.now();
  const plans: RegionPlan[] = regions.map((region) => planRegion(region, { seed, year }));
  const planMs = performance.now() - planStarted;
  const counts = countsOf(plans);
  const context: rows.RowContext = {
    seed,
    year,
    sectorIds: existing.sectorIds,
    existingKecamatan: existing.kecamatanIds,
    takenNips: existing.takenNips,
    stamp: stampOf(year),
  };
  const config = existing.hasPlanningYear || plans.length === 0 ? null : defaultPlanningYear(year);
  const newKecamatan = plans
    .flatMap((plan) => plan.kecamatan)
    .filter((row) => !existing.kecamatanIds.has(row.code));
  const jobs: TableJob[] = [
    {
      table: 'kecamatan',
      entity: Kecamatan,
      total: newKecamatan.length,
      rows: () => rows.kecamatanRows(plans, context),
    },
    { table: 'unit', entity: Unit, total: counts.unit, rows: () => rows.unitRows(plans, context) },
    {
      table: 'position',
      entity: Position,
      total: counts.position,
      rows: () => rows.positionRows(plans, context),
    },
    {
      table: 'planning_year',
      entity: PlanningYear,
      total: config ? 1 : 0,
      rows: () =>
        rows.planningYearRows(config, generatedId(seed, '00.00', 'planning_year', year), context.stamp),
    },
    {
      table: 'needs_analysis',
      entity: NeedsAnalysis,
      total: counts.needs_analysis,
      rows: () => rows.analysisRows(plans, context),
    },
    {
      table: 'position_need',
      entity: PositionNeed,
      total: counts.position_need,
      rows: () => rows.positionNeedRows(plans),
    },
    {
      table: 'workload_item',
      entity: WorkloadItem,
      total: counts.workload_item,
      rows: () => rows.workloadItemRows(plans),
    },
    {
      table: 'staff_member',
      entity: StaffMember,
      total: counts.staff_member,
      rows: () => rows.staffRows(plans, context),
    },
  ];
  const written: Record<GeneratedTable, number> = {
    kecamatan: 0,
    unit: 0,
    position: 0,
    planning_year: 0,
    needs_analysis: 0,
    position_need: 0,
    workload_item: 0,
    staff_member: 0,
  };
  const tableMs: Record<GeneratedTable, number> = { ...written };
  let writesDone = 0;
  options.onPhase?.('writing');
  const dialect = await withBulkSink(orm, async (sink) => {
    for (const job of jobs) {
      const tableStarted = performance.now();
      let done = 0;
      options.onProgress?.({ table: job.table, done, total: job.total });
      written[job.table] = await sink.write(job.entity, job.rows(), (count) => {
        done += count;
        options.onProgress?.({ table: job.table, done, total: job.total });
      });
      tableMs[job.table] = performance.now() - tableStarted;
    }
    writesDone = performance.now();
    return sink.dialect;
  });
  const commitMs = performance.now() - writesDone;
  options.onPhase?.('read models');
  const afterStarted = performance.now();
  await afterGenerate(orm, {
    year,
    onProgress: ({ done, total }) => options.onProgress?.({ table: 'gap_row', done, total }),
  });
  const afterMs = performance.now() - afterStarted;
  return {
    scale: scale.name,
    dialect,
    generatedRegions: regions.map(label),
    skippedRegions: scale.regions.filter((region) => existing.generatedRegions.has(region.code)).map(label),
    rows: written,
    totalRows: GENERATED_TABLES.reduce((sum, table) => sum + written[table], 0),
    elapsedMs: performance.now() - started,
    timings: { planMs, tableMs, commitMs, afterMs },
  };
}
