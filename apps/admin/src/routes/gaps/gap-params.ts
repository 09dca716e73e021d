import {
  GAP_KINDS,
  POSITION_KINDS,
  PROJECTION_HORIZONS,
  type GapKind,
  type PositionKind,
} from '@formasi/core';
import { type GapFilter, type GapSort } from '../../gql/graphql';
import { type ListState } from '../../lib/list-params';
import { oneOf } from '../../lib/one-of';
import { defaultPlanningYear, readYear } from '../../shared/planning-year';

export const GAP_SORTS: readonly GapSort[] = ['PRIORITY_DESC', 'SIZE_DESC'];
/** URL parameters of the dashboard besides search, sort and page. */
export const GAP_PARAM_KEYS = [
  'year',
  'horizon',
  'sector',
  'unit',
  'kecamatan',
  'kind',
  'gap',
  'minPriority',
  'maxPriority',
  'waveSector',
  'recap',
] as const;
export type GapParamKey = (typeof GAP_PARAM_KEYS)[number];

/** Years ahead whose leavers count against today's staff (0 = the planning year itself): core's. */
export const HORIZONS = PROJECTION_HORIZONS;
export const PRIORITY_MIN = 0;
export const PRIORITY_MAX = 100;

export interface GapParams {
  year: number;
  horizon: number;
  sort: GapSort;
  positionKind: PositionKind | undefined;
  gapKind: GapKind | undefined;
  minPriority: number | undefined;
  maxPriority: number | undefined;
  filter: GapFilter;
}

function readPriority(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const priority = Number(value);
  return Number.isFinite(priority) && priority >= PRIORITY_MIN && priority <= PRIORITY_MAX
    ? priority
    : undefined;
}

function readHorizon(value: string | undefined): number {
  return HORIZONS.find((horizon) => String(horizon) === value) ?? 0;
}

/** The dashboard's state from the URL; values outside the contract fall back to the defaults. */
export function readGapParams(state: ListState<GapParamKey>, today: Date = new Date()): GapParams {
  const { filters } = state;
  const positionKind = oneOf(POSITION_KINDS, filters.kind);
  const gapKind = oneOf(GAP_KINDS, filters.gap);
  const minPriority = readPriority(filters.minPriority);
  const maxPriority = readPriority(filters.maxPriority);
  return {
    year: readYear(filters.year) ?? defaultPlanningYear(today),
    horizon: readHorizon(filters.horizon),
    sort: oneOf(GAP_SORTS, state.sort) ?? 'PRIORITY_DESC',
    positionKind,
    gapKind,
    minPriority,
    maxPriority,
    filter: {
      search: state.q || undefined,
      sectorId: filters.sector,
      unitId: filters.unit,
      kecamatanId: filters.kecamatan,
      positionKind,
      gapKind,
      minPriority,
      maxPriority,
    },
  };
}

/** The URL value of a priority bound: the ends of the scale mean "no bound". */
export function priorityParam(value: number, end: number): string | undefined {
  return value === end ? undefined : String(value);
}
