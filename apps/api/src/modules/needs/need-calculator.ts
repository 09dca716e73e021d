import { type EntityManager, raw } from '@mikro-orm/core';
import { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import {
  bezettingDateOf,
  chooseDemand,
  effectivenessOf,
  type Language,
  requiredFte,
  roundHeadcount,
} from '@formasi/core';
import { readRows } from '../../common/sql-read.js';
import { type PlanningYear } from '../planning/planning-year.entity.js';
import { defaultPlanningYear, planningConfigOf } from '../planning/planning.service.js';
import { StaffMember } from '../staff/staff-member.entity.js';
import { PositionNeed } from './position-need.entity.js';
import { type PositionNeedView } from './needs.types.js';

type DemandSource = Pick<PositionNeed, 'standardNeed' | 'demandChoice' | 'demandNote'>;

/**
 * A need's workload FTE, chosen demand and rounded headcount from its rows and the year's configuration: core's
 * requiredFte, chooseDemand and roundHeadcount, for the full view and the list totals alike.
 */
function demandOf(
  rows: readonly WorkloadItemRow[],
  need: DemandSource,
  config: PlanningYear,
  language: Language,
) {
  const fte = requiredFte(rows, config.effectiveHours);
  const demand = chooseDemand(
    {
      workloadFte: fte.fte,
      standardNeed: need.standardNeed,
      choice: need.demandChoice,
      note: need.demandNote,
    },
    language,
  );
  return { fte, demand, headcount: roundHeadcount(demand.need, config.roundingRule) };
}

/**
 * Computes one position need from its rows with the year's configuration (the same core functions the admin uses);
 * the signal's reason is written in `language`.
 */
export function computePositionNeed(
  need: PositionNeed,
  config: PlanningYear,
  bezetting: number,
  language: Language,
): PositionNeedView {
  const items = need.workloadItems.getItems();
  const rows = items.map(({ task, outputUnit, annualVolume, normMinutes }) => ({
    task,
    outputUnit,
    annualVolume,
    normMinutes,
  }));
  const { fte, demand, headcount } = demandOf(rows, need, config, language);
  const effectiveness = effectivenessOf(fte.workloadHours, bezetting, config.effectiveHours);
  return {
    id: need.id,
    entity: need,
    workloadItems: items,
    workloadHours: fte.workloadHours,
    workloadFte: fte.fte,
    standardNeed: need.standardNeed,
    standardBasis: need.standardBasis,
    demandChoice: need.demandChoice,
    demandNote: need.demandNote,
    need: demand.need,
    signal: demand.signal,
    signalReason: demand.reason,
    headcount,
    bezetting,
    effectiveness: effectiveness.ej,
    pjGrade: effectiveness.grade,
  };
}

/**
 * Staff per planning year and position id, counted by the database in one query: the members on the roster (not
 * archived) in post on the eve of each year (core's bezettingDateOf and isBeforePension: the stored pension date
 * after that day), so holders past their pension date are not bezetting.
 */
export async function bezettingByPosition(
  em: EntityManager,
  positionIds: readonly string[],
  years: readonly number[],
): Promise<Map<number, Map<string, number>>> {
  const byYear = new Map(years.map((year) => [year, new Map<string, number>()]));
  if (positionIds.length === 0 || years.length === 0) return byYear;
  if (!(em instanceof SqlEntityManager)) throw new Error('bezettingByPosition needs an SQL EntityManager');
  const days = years.map((year) => bezettingDateOf(year));
  const rows: Record<string, string | number>[] = await em
    .createQueryBuilder(StaffMember, 's')
    .select([
      's.position_id',
      ...days.map((day, index) =>
        raw(`sum(case when s.retires_on > ? then 1 else 0 end) as b${index}`, [day]),
      ),
    ])
    .where({ position: { $in: [...new Set(positionIds)] }, archivedAt: null })
    .groupBy('s.position_id')
    .execute('all', false);
  for (const row of rows) {
    years.forEach((year, index) =>
      byYear.get(year)?.set(String(row.position_id), Number(row[`b${index}`] ?? 0)),
    );
  }
  return byYear;
}

/**
 * The computed position needs of many analyses at once: one query for the needs and their rows, one for the
 * staff counts, one per planning year — however many analyses are on the page.
 */
export async function computeNeedsOf(
  em: EntityManager,
  analyses: readonly { id: string; year: number }[],
  language: Language,
): Promise<Map<string, PositionNeedView[]>> {
  const needs = await em.find(
    PositionNeed,
    { analysis: { $in: analyses.map((analysis) => analysis.id) } },
    { populate: ['workloadItems'], orderBy: { sortOrder: 'asc', createdAt: 'asc' } },
  );
  const years = [...new Set(analyses.map((analysis) => analysis.year))];
  const bezetting = await bezettingByPosition(
    em,
    needs.map((need) => need.position.id),
    years,
  );
  const configs = new Map<number, PlanningYear>();
  for (const year of years) configs.set(year, await planningConfigOf(em, year));
  const yearOf = new Map(analyses.map((analysis) => [analysis.id, analysis.year]));
  const result = new Map<string, PositionNeedView[]>(analyses.map((analysis) => [analysis.id, []]));
  for (const need of needs) {
    const year = yearOf.get(need.analysis.id) ?? 0;
    const config = configs.get(year);
    if (!config) continue;
    const staff = bezetting.get(year)?.get(need.position.id) ?? 0;
    result.get(need.analysis.id)?.push(computePositionNeed(need, config, staff, language));
  }
  return result;
}

/** An analysis's Σ need (unrounded FTE) and Σ rounded headcount. */
export type NeedTotals = { need: number; headcount: number };

type NeedItemRow = {
  need_id: string;
  analysis_id: string;
  year: number | string;
  standard_need: number | string | null;
  demand_choice: PositionNeed['demandChoice'];
  demand_note: string | null;
  annual_volume: number | string | null;
  norm_minutes: number | string | null;
  /** The year's saved settings; null when the year keeps the defaults. */
  effective_hours: number | string | null;
  rounding_rule: PlanningYear['roundingRule'] | null;
};

/** What a year's totals are computed with: its saved effective hours and rounding, else the defaults. */
function totalsConfigOf(row: NeedItemRow): PlanningYear {
  const config = defaultPlanningYear(Number(row.year));
  if (row.effective_hours !== null) config.effectiveHours = Number(row.effective_hours);
  if (row.rounding_rule !== null) config.roundingRule = row.rounding_rule;
  return config;
}

/**
 * The totals of many analyses for a list: their needs and workload rows, with their year's effective hours and
 * rounding, in one statement as plain rows; then the same core functions as computePositionNeed (requiredFte,
 * chooseDemand, roundHeadcount). No entity is built and no staff is counted: totals do not depend on the roster.
 */
export async function computeNeedTotalsOf(
  em: EntityManager,
  analyses: readonly { id: string; year: number }[],
): Promise<Map<string, NeedTotals>> {
  const totals = new Map<string, NeedTotals>(analyses.map((a) => [a.id, { need: 0, headcount: 0 }]));
  if (analyses.length === 0) return totals;
  const ids = [...totals.keys()];
  const rows = (await readRows(
    em,
    `select pn."id" as need_id, pn."analysis_id", na."year", pn."standard_need", pn."demand_choice",
       pn."demand_note", wi."annual_volume", wi."norm_minutes", py."effective_hours", py."rounding_rule"
     from "position_need" pn
       join "needs_analysis" na on na."id" = pn."analysis_id"
       left join "planning_year" py on py."year" = na."year"
       left join "workload_item" wi on wi."position_need_id" = pn."id"
     where pn."analysis_id" in (${ids.map(() => '?').join(', ')})`,
    ids,
  )) as NeedItemRow[];
  const needs = new Map<string, { analysisId: string; row: NeedItemRow; items: WorkloadItemRow[] }>();
  const configs = new Map<number, PlanningYear>();
  for (const row of rows) {
    const need = needs.get(row.need_id) ?? { analysisId: row.analysis_id, row, items: [] };
    needs.set(row.need_id, need);
    const year = Number(row.year);
    if (!configs.has(year)) configs.set(year, totalsConfigOf(row));
    if (row.annual_volume !== null && row.norm_minutes !== null) {
      need.items.push({
        task: '',
        outputUnit: '',
        annualVolume: Number(row.annual_volume),
        normMinutes: Number(row.norm_minutes),
      });
    }
  }
  for (const { analysisId, row, items } of needs.values()) {
    const config = configs.get(Number(row.year));
    const total = totals.get(analysisId);
    if (!config || !total) continue;
    const { demand, headcount } = demandOf(
      items,
      {
        standardNeed: row.standard_need === null ? null : Number(row.standard_need),
        demandChoice: row.demand_choice,
        demandNote: row.demand_note,
      },
      config,
      'en',
    );
    total.need += demand.need;
    total.headcount += headcount;
  }
  return totals;
}

type WorkloadItemRow = { task: string; outputUnit: string; annualVolume: number; normMinutes: number };
