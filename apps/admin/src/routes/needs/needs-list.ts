import { ANALYSIS_STATUSES, type AnalysisStatus } from '@formasi/core';
import { oneOf } from '../../lib/one-of';
import { defaultPlanningYear, readYear } from '../../shared/planning-year';

/** URL parameters of the needs-analysis list: `versions=all` shows every version, not only the newest. */
export const NEEDS_FILTER_KEYS = ['year', 'unit', 'status', 'versions'] as const;
export type NeedsFilterKey = (typeof NEEDS_FILTER_KEYS)[number];

export interface NeedsListFilters {
  year: number;
  unitId: string | undefined;
  status: AnalysisStatus | undefined;
  latestOnly: boolean;
}

/** The list's filters from the URL: next year and the newest versions unless the URL says otherwise. */
export function readNeedsFilters(filters: Partial<Record<NeedsFilterKey, string>>): NeedsListFilters {
  return {
    year: readYear(filters.year) ?? defaultPlanningYear(),
    unitId: filters.unit,
    status: oneOf(ANALYSIS_STATUSES, filters.status),
    latestOnly: filters.versions !== 'all',
  };
}
