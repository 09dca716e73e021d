import { allowedAnalysisActions, type AnalysisStatus } from '@formasi/core';
// Builders of needs-analysis answers (with __typename, as the API sends them) for this route's component tests.
const UNIT = {
  __typename: 'Unit',
  id: 'unit-pkm-talawi',
  code: 'PKM-TALAWI',
  name: 'Puskesmas Talawi',
  kind: 'PUSKESMAS',
};

export function aWorkloadItem(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'WorkloadItem',
    id: 'item-asuhan',
    task: 'Melakukan asuhan keperawatan',
    outputUnit: 'pasien',
    annualVolume: 6000,
    normMinutes: 15,
    minutes: 90_000,
    ...overrides,
  };
}

/** Perawat at Puskesmas Talawi: 6,000 patients × 15 minutes = 90,000 minutes = 1.2 FTE at 1,250 h. */
export function aPositionNeed(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'PositionNeed',
    id: 'need-perawat',
    position: {
      __typename: 'Position',
      id: 'position-perawat',
      name: 'Perawat Ahli Pertama',
      isTeacher: false,
      servedPerStaffBenchmark: null,
    },
    workloadItems: [aWorkloadItem()],
    standardNeed: null,
    standardBasis: null,
    demandChoice: null,
    demandNote: null,
    workloadFte: 1.2,
    workloadHours: 1500,
    need: 1.2,
    signal: 'WORKLOAD',
    signalReason: 'Only the workload (ABK) need 1.2 is available, so it is used.',
    headcount: 1,
    bezetting: 1,
    effectiveness: 1.2,
    pjGrade: 'A',
    ...overrides,
  };
}

/** An analysis as an administrator sees it: the viewer fields follow the status unless overridden. */
export function aNeedsAnalysis(overrides: Record<string, unknown> = {}) {
  const status = (overrides.status as AnalysisStatus | undefined) ?? 'DRAFT';
  return {
    __typename: 'NeedsAnalysis',
    id: 'analysis-talawi-2026',
    year: 2026,
    version: 1,
    status: 'DRAFT',
    editable: status === 'DRAFT',
    viewerCanEdit: status === 'DRAFT',
    viewerCanVersion: status === 'FINAL',
    viewerActions: allowedAnalysisActions(status),
    effectiveHours: 1250,
    note: null,
    submittedAt: null,
    verifiedAt: null,
    finalizedAt: null,
    createdAt: '2025-09-01T02:00:00.000Z',
    updatedAt: '2025-09-02T02:00:00.000Z',
    totalFte: 1.2,
    totalHeadcount: 1,
    unit: UNIT,
    positionNeeds: [aPositionNeed()],
    ...overrides,
  };
}

export function aPlanningYearRounding(roundingRule = 'HALF_UP') {
  return { __typename: 'PlanningYear', id: 'planning-2026', roundingRule };
}
