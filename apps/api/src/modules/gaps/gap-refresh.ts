import { randomUUID } from 'node:crypto';
import { type EntityManager } from '@mikro-orm/core';
import { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { inTransaction } from '../../common/transaction.js';
import { refreshAnalysisTotals } from '../needs/analysis-totals.js';
import { NeedsAnalysis } from '../needs/needs-analysis.entity.js';
import { type ComputedGap, computeGaps } from './gap-calculator.js';
import { type GapScope, loadGapData } from './gap-data.js';
import { GapRow } from './gap-row.entity.js';

/**
 * What a change touches: some planning years (default: every year that has analyses), and within them some units
 * and positions (default: all of them).
 */
export type GapChange = {
  years?: readonly number[];
  unitIds?: readonly string[];
  positionIds?: readonly string[];
};

/** A year's stored gaps being written: `done` of `total` rows. */
export type GapRefreshProgress = { year: number; done: number; total: number };

/** Rows per INSERT: below PostgreSQL's 65,535 parameters and SQLite's 32,766 at 21 columns. */
const INSERT_BATCH = 1000;
/** Positions whose gaps are computed together when a change names many (a roster import names thousands). */
const POSITIONS_PER_PART = 1000;
/** pg_advisory_xact_lock key of the gap read model ('gaps' in ASCII). */
const GAP_LOCK_KEY = 0x67617073;

function sqlOf(em: EntityManager): SqlEntityManager {
  if (!(em instanceof SqlEntityManager)) throw new Error('the gap read model needs an SQL EntityManager');
  return em;
}

/** Years whose gaps are (or should be) stored. */
async function yearsOf(em: EntityManager): Promise<number[]> {
  const analysed = await em.find(NeedsAnalysis, {}, { fields: ['year'] });
  const stored = await sqlOf(em)
    .getConnection()
    .execute<{ year: number }[]>('select distinct year from gap_row', [], 'all', em.getTransactionContext());
  return [
    ...new Set([...analysed.map((analysis) => analysis.year), ...stored.map((row) => Number(row.year))]),
  ];
}

/** The gaps of a year (or of a scope within it) as core computes them on request: the read model's reference. */
export async function computeYearGaps(
  em: EntityManager,
  year: number,
  scope: GapScope = null,
): Promise<ComputedGap[]> {
  const data = await loadGapData(em, year, scope);
  return data.needs.flatMap(({ view, position }) => computeGaps(data, view, position));
}

function rowOf(gap: ComputedGap, now: Date) {
  return {
    id: randomUUID(),
    year: gap.year,
    horizon: gap.horizon,
    position: gap.positionId,
    unit: gap.unitId,
    sector: gap.sectorId,
    kecamatan: gap.kecamatanId,
    analysis: gap.analysisId,
    positionKind: gap.positionKind,
    need: gap.need,
    headcount: gap.headcount,
    staff: gap.staff,
    leaving: gap.leaving,
    projectedStaff: gap.projectedStaff,
    gap: gap.gap,
    gapSize: Math.abs(gap.gap),
    kind: gap.kind,
    priority: gap.priority,
    outlook: gap.outlook,
    inputs: gap.inputs,
    refreshedAt: now,
  };
}

/**
 * Recomputes the stored gaps a change touches, and the totals of the analyses it touches, inside the caller's
 * transaction, so no reader sees the change without them. Refreshes take one lock in turn (PostgreSQL; SQLite has one writer anyway): each one reads
 * what the previous ones committed, so concurrent edits leave the rows consistent.
 */
export async function refreshGaps(
  em: EntityManager,
  change: GapChange = {},
  options: {
    /** Hears each year's rows as they are written (a bulk refresh takes minutes at national scale). */
    onProgress?: (progress: GapRefreshProgress) => void;
    positionsPerPart?: number;
  } = {},
): Promise<void> {
  const { onProgress, positionsPerPart = POSITIONS_PER_PART } = options;
  const sql = sqlOf(em);
  if (!em.isInTransaction()) throw new Error('refreshGaps runs inside the transaction of the change');
  await em.flush();
  if (em.getPlatform() instanceof PostgreSqlPlatform) {
    await sql
      .getConnection()
      .execute('select pg_advisory_xact_lock(?)', [GAP_LOCK_KEY], 'all', em.getTransactionContext());
  }
  const now = new Date();
  for (const year of change.years ?? (await yearsOf(em))) {
    // The analyses' stored totals move with their needs and their year's settings, not with the roster.
    if (change.unitIds !== undefined || change.positionIds === undefined) {
      await refreshAnalysisTotals(em, year, change.unitIds ?? null);
    }
    // Rows written in the year's earlier parts: progress counts on across parts (each part's total adds on).
    let written = 0;
    for (const scope of scopesOf(change, positionsPerPart)) {
      // A fork in the same transaction: what one part loads (entities of analyses, positions, the roster) is
      // dropped before the next, so a refresh of thousands of positions holds one part's worth.
      const part = em.fork({ keepTransactionContext: true });
      const gaps = await computeYearGaps(part, year, scope);
      await part.nativeDelete(
        GapRow,
        scope
          ? {
              year,
              $or: [{ unit: { $in: [...scope.unitIds] } }, { position: { $in: [...scope.positionIds] } }],
            }
          : { year },
      );
      const total = written + gaps.length;
      onProgress?.({ year, done: written, total });
      for (let start = 0; start < gaps.length; start += INSERT_BATCH) {
        const batch = gaps.slice(start, start + INSERT_BATCH);
        await part.insertMany(
          GapRow,
          batch.map((gap) => rowOf(gap, now)),
        );
        onProgress?.({ year, done: written + start + batch.length, total });
      }
      written = total;
    }
  }
}

/** A change's scope in parts of at most `perPart` positions (the units go with the first); null: all of them. */
function scopesOf(change: GapChange, perPart: number): GapScope[] {
  if (change.unitIds === undefined && change.positionIds === undefined) return [null];
  const unitIds = change.unitIds ?? [];
  const positionIds = change.positionIds ?? [];
  const parts: GapScope[] = [];
  for (let start = 0; start === 0 || start < positionIds.length; start += perPart) {
    parts.push({
      unitIds: start === 0 ? unitIds : [],
      positionIds: positionIds.slice(start, start + perPart),
    });
  }
  return parts;
}

/** Recomputes every stored gap in one transaction (after a bulk load, or when the rows' shape changed). */
export function refreshAllGaps(em: EntityManager): Promise<void> {
  return inTransaction(em, (tx) => refreshGaps(tx));
}
