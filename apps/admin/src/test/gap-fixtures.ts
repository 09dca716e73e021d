// Builders of gap-dashboard and stakeholder answers (with __typename, as the server sends them).
export function aGap(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Gap',
    id: '2026:unit-pkm-talawi:position-perawat',
    year: 2026,
    position: {
      __typename: 'Position',
      id: 'position-perawat',
      name: 'Perawat Ahli Pertama',
      kind: 'FUNGSIONAL',
    },
    unit: { __typename: 'Unit', id: 'unit-pkm-talawi', code: 'PKM-TALAWI', name: 'Puskesmas Talawi' },
    sector: { __typename: 'Sector', id: 'sector-kesehatan', name: 'Kesehatan' },
    kecamatan: { __typename: 'Kecamatan', id: 'kec-talawi', name: 'Talawi' },
    need: 6.4,
    headcount: 6,
    staff: 4,
    leaving: 1,
    projectedStaff: 3,
    gap: 3,
    kind: 'SHORTAGE',
    priority: 78.5,
    explanationSummary: 'By the end of 2026 the unit is short of 3: it needs 6 and will have 3.',
    explanation: [
      {
        __typename: 'ExplanationStep',
        key: 'WORKLOAD',
        label: 'Workload FTE',
        formula: '8.000 jam / 1.250 jam',
        value: 6.4,
      },
      {
        __typename: 'ExplanationStep',
        key: 'ROUNDED_NEED',
        label: 'Headcount needed',
        formula: 'bulatkan(6,4)',
        value: 6,
      },
      { __typename: 'ExplanationStep', key: 'STAFF', label: 'Staff in post', formula: 'bezetting', value: 4 },
      { __typename: 'ExplanationStep', key: 'GAP', label: 'Gap in 2026', formula: '6 − (4 − 1)', value: 3 },
      {
        __typename: 'ExplanationStep',
        key: 'FUTURE_STEP',
        label: 'A step the admin does not know',
        formula: '—',
        value: 0,
      },
    ],
    factors: [
      {
        __typename: 'PriorityFactor',
        factor: 'severity',
        value: 0.5,
        weight: 35,
        contribution: 17.5,
        explanation: 'Separuh kebutuhan belum terisi.',
      },
      {
        __typename: 'PriorityFactor',
        factor: 'stakeholder',
        value: 0.8,
        weight: 10,
        contribution: 8,
        explanation: 'Keluhan antrean dari masyarakat Talawi (bobot 0,8).',
      },
    ],
    outlook: [2026, 2027, 2028, 2029, 2030].map((year, index) => ({
      __typename: 'GapOutlookYear',
      year,
      leavingInYear: index === 0 ? 1 : 0,
      leavingByYear: 1,
      projectedStaff: 3,
      gap: 3,
    })),
    ...overrides,
  };
}

export function aGapConnection(nodes: Record<string, unknown>[], totalCount = nodes.length) {
  return {
    __typename: 'GapConnection',
    totalCount,
    edges: nodes.map((node) => ({ __typename: 'GapEdge', node })),
  };
}

export function aSummaryRow(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'GapSummaryRow',
    key: 'sector-kesehatan',
    label: 'Kesehatan',
    need: 40.5,
    staff: 30,
    leaving: 4,
    projectedStaff: 26,
    shortage: 15,
    surplus: 1,
    net: 14,
    gapCount: 9,
    ...overrides,
  };
}

export function aWaveYear(year: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'RetirementWaveYear',
    year,
    retirements: 3,
    contractEnds: 1,
    transfers: 0,
    total: 4,
    ...overrides,
  };
}

export function aStakeholderInput(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'StakeholderInput',
    id: 'input-1',
    year: 2026,
    source: 'COMMUNITY',
    submittedBy: 'Warga Kelurahan Talawi Hilir',
    summary: 'Antrean di Puskesmas Talawi lebih dari tiga jam.',
    sector: null,
    unit: { __typename: 'Unit', id: 'unit-pkm-talawi', name: 'Puskesmas Talawi' },
    position: null,
    proposedWeight: 0.6,
    confirmedWeight: null,
    confirmedAt: null,
    ...overrides,
  };
}
