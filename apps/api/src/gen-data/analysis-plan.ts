import { type AnalysisStatus, type DemandSignal, type WorkloadItem } from '@formasi/core';
import { generatedId } from './ids.js';
import { type Prng } from './prng.js';
import { type UnitPlan } from './region-plan.js';

export type NeedRowPlan = {
  id: string;
  positionId: string;
  sortOrder: number;
  standardNeed: number | null;
  standardBasis: string | null;
  demandChoice: DemandSignal | null;
  demandNote: string | null;
  items: (WorkloadItem & { id: string })[];
};

export type AnalysisPlan = {
  id: string;
  unitId: string;
  version: number;
  status: AnalysisStatus;
  previousVersionId: string | null;
  note: string | null;
  createdAt: Date;
  submittedAt: Date | null;
  verifiedAt: Date | null;
  finalizedAt: Date | null;
  updatedAt: Date;
  needs: NeedRowPlan[];
};

const DAY_MS = 86_400_000;
// Analyses for a planning year are prepared in the budget cycle before it: from 1 October two years ahead.
const cycleStart = (year: number): number => Date.UTC(year - 2, 9, 1, 1, 0, 0);

const STATUS_WEIGHTS: readonly (readonly [AnalysisStatus, number])[] = [
  ['FINAL', 0.64],
  ['VERIFIED', 0.12],
  ['SUBMITTED', 0.12],
  ['DRAFT', 0.08],
  ['RETURNED', 0.04],
];
const RETURNED_NOTE = 'Dikembalikan: norma waktu beberapa uraian tugas perlu disesuaikan dengan SOP unit.';
const VERSION_NOTE = 'Versi 2: pemutakhiran volume kerja setelah penambahan layanan.';
// Share of units whose FINAL analysis already has a second version in progress.
const VERSIONED_SHARE = 0.04;
// In a draft, a quarter of the jabatan are listed but not analysed yet.
const UNANALYSED_IN_DRAFT = 0.25;

type Ids = { seed: number; year: number; region: string };
type Counter = { analysis: number; need: number; item: number };

/** Workflow dates that follow the status: submitted, then verified, then finalised, days apart. */
function datesOf(status: AnalysisStatus, created: number, prng: Prng) {
  const submitted = status === 'DRAFT' ? null : created + prng.int(7, 30) * DAY_MS;
  const verified =
    submitted && (status === 'VERIFIED' || status === 'FINAL') ? submitted + prng.int(5, 20) * DAY_MS : null;
  const finalized = verified && status === 'FINAL' ? verified + prng.int(2, 10) * DAY_MS : null;
  const last = finalized ?? verified ?? submitted ?? created;
  const date = (value: number | null) => (value === null ? null : new Date(value));
  return {
    submittedAt: date(submitted),
    verifiedAt: date(verified),
    finalizedAt: date(finalized),
    updatedAt: new Date(last),
  };
}

function needRows(
  unit: UnitPlan,
  status: AnalysisStatus,
  ids: Ids,
  counter: Counter,
  prng: Prng,
): NeedRowPlan[] {
  return unit.positions.map((position, sortOrder) => {
    const unanalysed = status === 'DRAFT' && prng.chance(UNANALYSED_IN_DRAFT);
    const need = position.need;
    const row: NeedRowPlan = {
      id: generatedId(ids.seed, ids.region, 'position_need', counter.need++),
      positionId: position.id,
      sortOrder,
      standardNeed: unanalysed ? null : (need.standard?.need ?? null),
      standardBasis: unanalysed ? null : (need.standard?.basis ?? null),
      demandChoice: unanalysed ? null : need.demandChoice,
      demandNote: unanalysed ? null : need.demandNote,
      items: (unanalysed ? [] : need.items).map((item) => ({
        ...item,
        id: generatedId(ids.seed, ids.region, 'workload_item', counter.item++),
      })),
    };
    return row;
  });
}

/** A second version copies the first one's rows (as NeedsService.createVersion does), with some volumes updated. */
function revised(rows: NeedRowPlan[], ids: Ids, counter: Counter, prng: Prng): NeedRowPlan[] {
  return rows.map((row) => {
    const bump = prng.chance(0.3) ? prng.between(1.05, 1.25) : 1;
    return {
      ...row,
      id: generatedId(ids.seed, ids.region, 'position_need', counter.need++),
      items: row.items.map((item, index) => ({
        ...item,
        annualVolume: index === 0 ? Math.round(item.annualVolume * bump) : item.annualVolume,
        id: generatedId(ids.seed, ids.region, 'workload_item', counter.item++),
      })),
    };
  });
}

/** One analysis per unit for the year (mostly FINAL), a few units with a second version in progress. */
export function planAnalyses(units: readonly UnitPlan[], ids: Ids, prng: Prng): AnalysisPlan[] {
  const counter: Counter = { analysis: 0, need: 0, item: 0 };
  const start = cycleStart(ids.year);
  return units.flatMap((unit) => {
    const status = prng.weighted(STATUS_WEIGHTS);
    const created = start + prng.int(0, 45) * DAY_MS + prng.int(0, 8) * 3_600_000;
    const first: AnalysisPlan = {
      id: generatedId(ids.seed, ids.region, 'needs_analysis', counter.analysis++),
      unitId: unit.id,
      version: 1,
      status,
      previousVersionId: null,
      note: status === 'RETURNED' ? RETURNED_NOTE : null,
      createdAt: new Date(created),
      ...datesOf(status, created, prng),
      needs: needRows(unit, status, ids, counter, prng),
    };
    if (status !== 'FINAL' || !prng.chance(VERSIONED_SHARE)) return [first];
    const nextStatus = prng.pick(['DRAFT', 'SUBMITTED'] as const);
    const nextCreated = first.updatedAt.getTime() + prng.int(10, 30) * DAY_MS;
    const second: AnalysisPlan = {
      ...first,
      id: generatedId(ids.seed, ids.region, 'needs_analysis', counter.analysis++),
      version: 2,
      status: nextStatus,
      previousVersionId: first.id,
      note: VERSION_NOTE,
      createdAt: new Date(nextCreated),
      ...datesOf(nextStatus, nextCreated, prng),
      needs: revised(first.needs, ids, counter, prng),
    };
    return [first, second];
  });
}
