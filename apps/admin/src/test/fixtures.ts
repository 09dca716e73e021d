// Small builders of API answers (with __typename, as the server sends them) for component tests.
export function aSector(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Sector',
    id: 'sector-kesehatan',
    code: 'KESEHATAN',
    name: 'Kesehatan',
    description: 'Urusan kesehatan',
    archived: false,
    archivedAt: null,
    updatedAt: '2025-01-15T03:00:00.000Z',
    ...overrides,
  };
}

export function aUnit(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Unit',
    id: 'unit-pkm-talawi',
    code: 'PKM-TALAWI',
    name: 'Puskesmas Talawi',
    kind: 'PUSKESMAS',
    address: 'Jl. Talawi',
    archived: false,
    archivedAt: null,
    sector: aSector(),
    parent: { __typename: 'Unit', id: 'unit-dinkes', name: 'Dinas Kesehatan' },
    kecamatan: { __typename: 'Kecamatan', id: 'kec-talawi', name: 'Talawi' },
    ...overrides,
  };
}

export function aPosition(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Position',
    id: 'position-perawat',
    name: 'Perawat Ahli Pertama',
    kind: 'FUNGSIONAL',
    level: 'AHLI_PERTAMA',
    isTeacher: false,
    educationLevels: ['PROFESI', 'S1'],
    studyPrograms: ['Keperawatan'],
    licences: ['STR'],
    competencies: [],
    description: null,
    retirementAge: 58,
    archived: false,
    archivedAt: null,
    unit: { __typename: 'Unit', id: 'unit-pkm-talawi', name: 'Puskesmas Talawi', code: 'PKM-TALAWI' },
    sector: { __typename: 'Sector', id: 'sector-kesehatan', name: 'Kesehatan' },
    ...overrides,
  };
}

export function aConnection(typename: string, nodes: { id: string }[], totalCount = nodes.length) {
  return {
    __typename: `${typename}Connection`,
    totalCount,
    edges: nodes.map((node) => ({ __typename: `${typename}Edge`, node })),
  };
}
