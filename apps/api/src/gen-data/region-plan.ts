import { normalizePosition, type PositionDraft, retirementAgeFor } from '@formasi/core';
import { type SectorCode } from '../seeders/reference-data.js';
import { planAnalyses, type AnalysisPlan } from './analysis-plan.js';
import { generatedId } from './ids.js';
import { type NeedPlan, planNeed } from './need-plan.js';
import { Prng } from './prng.js';
import { kecamatanCode, type RegionSpec } from './region-spec.js';
import { planRegionUnits, type UnitDraftPlan } from './region-units.js';

/**
 * People one holder is expected to serve, the same benchmarks demo.seeder.ts sets [M?]: WHO 1 doctor per 1,000;
 * 180 nurses and 120 midwives per 100,000; PP 74/2008's 20 pupils per teacher; illustrative tourism figures.
 */
const SERVED_PER_STAFF: Readonly<Record<string, number>> = {
  'Dokter Ahli Pertama': 1_000,
  'Perawat Terampil': 556,
  'Bidan Terampil': 833,
  'Guru Ahli Pertama': 20,
  'Guru Ahli Muda': 20,
  'Adyatama Kepariwisataan dan Ekonomi Kreatif Ahli Pertama': 60_000,
  'Pengelola Cagar Budaya': 60_000,
};

export type PositionPlan = {
  id: string;
  /** Index of the position within its region: seeds its staff. */
  index: number;
  unitId: string;
  sector: SectorCode;
  draft: PositionDraft;
  retirementAge: number;
  benchmark: number | null;
  need: NeedPlan;
};

export type UnitPlan = {
  id: string;
  draft: UnitDraftPlan;
  parentId: string | null;
  kecamatanCode: string;
  positions: PositionPlan[];
};

export type RegionPlan = {
  region: RegionSpec;
  kecamatan: { id: string; code: string; name: string }[];
  units: UnitPlan[];
  analyses: AnalysisPlan[];
};

export type PlanContext = { seed: number; year: number };

/** Everything of one region except its staff rows, the same for the same seed, year and region. */
export function planRegion(region: RegionSpec, context: PlanContext): RegionPlan {
  const prng = Prng.of(context.seed, region.code, 'plan');
  const id = (table: 'kecamatan' | 'unit' | 'position', index: number) =>
    generatedId(context.seed, region.code, table, index);
  const drafts = planRegionUnits(region, prng);
  const idByCode = new Map(drafts.map((draft, index) => [draft.code, id('unit', index)]));
  let positionIndex = 0;
  const units = drafts.map((draft, index): UnitPlan => {
    const unitId = id('unit', index);
    const positions = draft.templates.map((template): PositionPlan => {
      const normalized = normalizePosition({
        isTeacher: false,
        studyPrograms: [],
        licences: [],
        competencies: [],
        description: null,
        ...template,
      });
      const plan: PositionPlan = {
        id: id('position', positionIndex),
        index: positionIndex,
        unitId,
        sector: draft.sector,
        draft: normalized,
        retirementAge: retirementAgeFor(normalized),
        benchmark: SERVED_PER_STAFF[normalized.name] ?? null,
        need: planNeed(draft, template, region.kind === 'KOTA', prng),
      };
      positionIndex += 1;
      return plan;
    });
    return {
      id: unitId,
      draft,
      parentId: draft.parentCode ? (idByCode.get(draft.parentCode) ?? null) : null,
      kecamatanCode: kecamatanCode(region, draft.kecamatanIndex),
      positions,
    };
  });
  return {
    region,
    kecamatan: region.kecamatan.map((name, index) => ({
      id: id('kecamatan', index),
      code: kecamatanCode(region, index),
      name,
    })),
    units,
    analyses: planAnalyses(units, { ...context, region: region.code }, prng),
  };
}
