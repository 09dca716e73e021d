import { nationalRegions } from './national-regions.js';
import { type PlanContext, planRegion, type RegionPlan } from './region-plan.js';
import { type RegionSpec } from './region-spec.js';
import { SUMBAR_REGIONS } from './sumbar-regions.js';

export const SCALE_NAMES = ['city', 'province', 'national'] as const;
export type ScaleName = (typeof SCALE_NAMES)[number];

/** A scale: the regions to generate. Every region's data depends only on the region, the seed and the year. */
export type ScaleDefinition = { name: string; description: string; regions: readonly RegionSpec[] };

function sumbar(code: string): RegionSpec {
  const region = SUMBAR_REGIONS.find((candidate) => candidate.code === code);
  if (!region) throw new Error(`gen-data: no Sumatera Barat region ${code}`);
  return region;
}

/** The scales: a city, Sumatera Barat's 19 kabupaten/kota, and 500 regions. */
export const SCALES: Readonly<Record<ScaleName, ScaleDefinition>> = {
  city: {
    name: 'city',
    description: 'Kota Padang: one region, about the demo’s units with a full roster',
    regions: [sumbar('13.71')],
  },
  province: {
    name: 'province',
    description: 'Sumatera Barat: its 19 kabupaten/kota',
    regions: SUMBAR_REGIONS,
  },
  national: {
    name: 'national',
    description: '500 regions: Sumatera Barat and 13 numbered regions in each other province',
    regions: nationalRegions(),
  },
};

export function isScaleName(value: string): value is ScaleName {
  return SCALE_NAMES.some((name) => name === value);
}

/** A scale of chosen regions (by code), e.g. one small kota for a fast test. */
export function defineScale(name: string, codes: readonly string[]): ScaleDefinition {
  const all = SCALES.national.regions;
  const regions = codes.map((code) => {
    const region = all.find((candidate) => candidate.code === code);
    if (!region) throw new Error(`gen-data: unknown region ${code}`);
    return region;
  });
  return { name, description: `regions ${codes.join(', ')}`, regions };
}

/** Rows each table receives from a scale's regions (kecamatan: all of them, before any already present). */
export type ScaleCounts = {
  regions: number;
  kecamatan: number;
  unit: number;
  position: number;
  needs_analysis: number;
  position_need: number;
  workload_item: number;
  staff_member: number;
};

/** Counts the rows planned regions generate (staff from the planned bezetting: no staff rows are built). */
export function countsOf(plans: readonly RegionPlan[]): ScaleCounts {
  const counts: ScaleCounts = {
    regions: plans.length,
    kecamatan: 0,
    unit: 0,
    position: 0,
    needs_analysis: 0,
    position_need: 0,
    workload_item: 0,
    staff_member: 0,
  };
  for (const plan of plans) {
    counts.kecamatan += plan.kecamatan.length;
    counts.unit += plan.units.length;
    for (const unit of plan.units) {
      counts.position += unit.positions.length;
      for (const position of unit.positions) counts.staff_member += position.need.staff;
    }
    counts.needs_analysis += plan.analyses.length;
    for (const analysis of plan.analyses) {
      counts.position_need += analysis.needs.length;
      for (const need of analysis.needs) counts.workload_item += need.items.length;
    }
  }
  return counts;
}

/** The rows a scale generates for a seed and year (national: a few seconds to plan). */
export function expectedCounts(scale: ScaleDefinition, context: PlanContext): ScaleCounts {
  return countsOf(scale.regions.map((region) => planRegion(region, context)));
}
