/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A step in the needs-analysis workflow. */
export type AnalysisAction = 'FINALIZE' | 'REOPEN' | 'RETURN' | 'SUBMIT' | 'VERIFY';

/** Workflow status of a needs analysis. */
export type AnalysisStatus = 'DRAFT' | 'FINAL' | 'RETURNED' | 'SUBMITTED' | 'VERIFIED';

export type AverageCostInput = {
  annualCost: number;
  kind: PositionKind;
};

export type CreatePositionInput = {
  competencies?: Array<string> | null | undefined;
  description?: string | null | undefined;
  educationLevels: Array<EducationLevel>;
  isTeacher?: boolean | null | undefined;
  kind: PositionKind;
  level: PositionLevel;
  licences?: Array<Licence> | null | undefined;
  name: string;
  /** People one holder should serve (null clears). */
  servedPerStaffBenchmark?: number | null | undefined;
  studyPrograms?: Array<string> | null | undefined;
  unitId: string | number;
};

export type CreateSectorInput = {
  code: string;
  description?: string | null | undefined;
  name: string;
};

export type CreateUnitInput = {
  address?: string | null | undefined;
  code: string;
  kecamatanId?: string | number | null | undefined;
  kind: UnitKind;
  name: string;
  /** The parent unit; required for every kind but OPD. */
  parentId?: string | number | null | undefined;
  sectorId: string | number;
  /** People or students served (null clears). */
  servedPopulation?: number | null | undefined;
};

/** A new account with one role; UNIT_OPERATOR needs the unit it works for. */
export type CreateUserInput = {
  email: string;
  name: string;
  /** At least 12 characters; hand it over in person and ask for a change. */
  password: string;
  role: Role;
  /** Required for UNIT_OPERATOR, empty otherwise. */
  unitId?: string | number | null | undefined;
};

/** Where a need comes from. */
export type DemandSignal = 'SERVICE_STANDARD' | 'WORKLOAD';

/** Jenjang pendidikan, low to high. */
export type EducationLevel =
  'D1' | 'D2' | 'D3' | 'D4' | 'PROFESI' | 'S1' | 'S2' | 'S3' | 'SD' | 'SMA' | 'SMP';

export type EmploymentType = 'PNS' | 'PPPK';

export type GapFilter = {
  gapKind?: GapKind | null | undefined;
  kecamatanId?: string | number | null | undefined;
  maxPriority?: number | null | undefined;
  minPriority?: number | null | undefined;
  positionKind?: PositionKind | null | undefined;
  /** Matches the position or unit name. */
  search?: string | null | undefined;
  sectorId?: string | number | null | undefined;
  unitId?: string | number | null | undefined;
};

/** REGION is the one total of the whole region; POSITION groups by jabatan name across units. */
export type GapGroupBy = 'KECAMATAN' | 'POSITION' | 'REGION' | 'SECTOR' | 'UNIT';

/** Shortage (kekurangan), surplus (kelebihan) or balanced. */
export type GapKind = 'BALANCED' | 'SHORTAGE' | 'SURPLUS';

export type GapSort = 'PRIORITY_DESC' | 'SIZE_DESC';

export type Gender = 'FEMALE' | 'MALE';

/** Licence or certificate a position requires. */
export type Licence = 'SERTIFIKAT_KOMPETENSI' | 'SERTIFIKAT_PENDIDIK' | 'SIP' | 'STR';

export type NeedsAnalysisFilter = {
  /** Only the newest version per unit and year. */
  latestOnly?: boolean | null | undefined;
  status?: AnalysisStatus | null | undefined;
  unitId?: string | number | null | undefined;
  year?: number | null | undefined;
};

/** Prestasi jabatan grade from the effectiveness (EJ). */
export type PjGrade = 'A' | 'B' | 'C' | 'D' | 'E';

/** Omitted fields keep their value (or the default for a new year). */
export type PlanningYearInput = {
  averageCosts?: Array<AverageCostInput> | null | undefined;
  effectiveHours?: number | null | undefined;
  excludedTeacherAllowances?: number | null | undefined;
  personnelSpending?: number | null | undefined;
  priorityWeights?: PriorityWeightsInput | null | undefined;
  roundingRule?: RoundingRule | null | undefined;
  sectorPriorities?: Array<SectorPriorityInput> | null | undefined;
  totalSpending?: number | null | undefined;
  year: number;
};

export type PositionFilter = {
  /** Include archived positions (default false). */
  includeArchived?: boolean | null | undefined;
  kind?: PositionKind | null | undefined;
  level?: PositionLevel | null | undefined;
  /** Matches the position name, case-insensitively. */
  search?: string | null | undefined;
  sectorId?: string | number | null | undefined;
  unitId?: string | number | null | undefined;
};

/** Jenis jabatan. */
export type PositionKind = 'FUNGSIONAL' | 'PELAKSANA' | 'STRUKTURAL';

/** Jenjang jabatan. */
export type PositionLevel =
  | 'ADMINISTRATOR'
  | 'AHLI_MADYA'
  | 'AHLI_MUDA'
  | 'AHLI_PERTAMA'
  | 'AHLI_UTAMA'
  | 'JPT_MADYA'
  | 'JPT_PRATAMA'
  | 'JPT_UTAMA'
  | 'MAHIR'
  | 'PELAKSANA'
  | 'PEMULA'
  | 'PENGAWAS'
  | 'PENYELIA'
  | 'TERAMPIL';

export type PositionSort = 'NAME_ASC' | 'NAME_DESC' | 'UNIT_ASC' | 'UPDATED_DESC';

export type PriorityWeightsInput = {
  retirements: number;
  sectorPriority: number;
  serviceImpact: number;
  severity: number;
  stakeholder: number;
};

/** ADMIN (BKPSDM, region-wide), VIEWER (reads), UNIT_OPERATOR (drafts and submits one unit’s analyses). */
export type Role = 'ADMIN' | 'UNIT_OPERATOR' | 'VIEWER';

/** How required FTE becomes a headcount. */
export type RoundingRule = 'CEIL' | 'FLOOR' | 'HALF_UP';

export type SavePositionNeedInput = {
  analysisId: string | number;
  demandChoice?: DemandSignal | null | undefined;
  demandNote?: string | null | undefined;
  positionId: string | number;
  standardBasis?: string | null | undefined;
  standardNeed?: number | null | undefined;
  workloadItems: Array<WorkloadItemInput>;
};

export type SectorFilter = {
  /** Include archived sectors (default false). */
  includeArchived?: boolean | null | undefined;
  /** Matches code or name, case-insensitively. */
  search?: string | null | undefined;
};

export type SectorPriorityInput = {
  note?: string | null | undefined;
  priority: number;
  sectorId: string | number;
  urgent: boolean;
};

export type SectorSort = 'CODE_ASC' | 'NAME_ASC' | 'NAME_DESC' | 'UPDATED_DESC';

export type StaffMemberFilter = {
  employmentType?: EmploymentType | null | undefined;
  includeArchived?: boolean | null | undefined;
  positionId?: string | number | null | undefined;
  /** Matches the name (or the full NIP). */
  search?: string | null | undefined;
  unitId?: string | number | null | undefined;
};

export type StakeholderInputInput = {
  positionId?: string | number | null | undefined;
  /** 0..1 */
  proposedWeight: number;
  sectorId?: string | number | null | undefined;
  source: StakeholderSource;
  submittedBy: string;
  summary: string;
  unitId?: string | number | null | undefined;
  year: number;
};

export type StakeholderSource = 'COMMUNITY' | 'INSTITUTION' | 'UNIT';

export type UnitFilter = {
  /** Include archived units (default false). */
  includeArchived?: boolean | null | undefined;
  kecamatanId?: string | number | null | undefined;
  kind?: UnitKind | null | undefined;
  /** Direct children of this unit. */
  parentId?: string | number | null | undefined;
  /** Matches code or name, case-insensitively. */
  search?: string | null | undefined;
  sectorId?: string | number | null | undefined;
};

/** Kind of organisational unit. */
export type UnitKind =
  'KECAMATAN_OFFICE' | 'OPD' | 'PUSKESMAS' | 'RSUD' | 'SCHOOL_SD' | 'SCHOOL_SMP' | 'UPTD';

export type UnitSort = 'CODE_ASC' | 'NAME_ASC' | 'NAME_DESC' | 'UPDATED_DESC';

/** Omitted fields keep their value. */
export type UpdatePositionInput = {
  competencies?: Array<string> | null | undefined;
  description?: string | null | undefined;
  educationLevels?: Array<EducationLevel> | null | undefined;
  isTeacher?: boolean | null | undefined;
  kind?: PositionKind | null | undefined;
  level?: PositionLevel | null | undefined;
  licences?: Array<Licence> | null | undefined;
  name?: string | null | undefined;
  /** People one holder should serve (null clears). */
  servedPerStaffBenchmark?: number | null | undefined;
  studyPrograms?: Array<string> | null | undefined;
  unitId?: string | number | null | undefined;
};

export type UpdateSectorInput = {
  code?: string | null | undefined;
  description?: string | null | undefined;
  name?: string | null | undefined;
};

export type UpdateUnitInput = {
  address?: string | null | undefined;
  code?: string | null | undefined;
  /** Null clears the kecamatan; omit to keep. */
  kecamatanId?: string | number | null | undefined;
  kind?: UnitKind | null | undefined;
  name?: string | null | undefined;
  /** Null makes the unit top-level (OPD only); omit to keep. */
  parentId?: string | number | null | undefined;
  sectorId?: string | number | null | undefined;
  /** People or students served (null clears). */
  servedPopulation?: number | null | undefined;
};

/** Omitted fields keep their value. Role and unit change together. */
export type UpdateUserInput = {
  /** true signs the user out everywhere and blocks sign-in. */
  disabled?: boolean | null | undefined;
  name?: string | null | undefined;
  /** A new password; the user’s sessions end. */
  password?: string | null | undefined;
  role?: Role | null | undefined;
  /** The unit of a UNIT_OPERATOR (with or without `role`). */
  unitId?: string | number | null | undefined;
};

export type WorkloadItemInput = {
  annualVolume: number;
  normMinutes: number;
  outputUnit: string;
  task: string;
};

export type GapsPageListQueryVariables = Exact<{
  year: number;
  horizon: number;
  first: number;
  offset: number;
  filter?: GapFilter | null | undefined;
  sort?: GapSort | null | undefined;
}>;

export type GapsPageListQuery = {
  gaps: {
    totalCount: number;
    edges: Array<{
      node: { id: string } & {
        ' $fragmentRefs'?: {
          GapTable_GapFragment: GapTable_GapFragment;
          GapExplanationDrawer_GapFragment: GapExplanationDrawer_GapFragment;
        };
      };
    }>;
  };
};

export type GapsPageSummaryQueryVariables = Exact<{
  year: number;
  horizon: number;
}>;

export type GapsPageSummaryQuery = {
  region: Array<{ key: string } & { ' $fragmentRefs'?: { GapKpis_RowFragment: GapKpis_RowFragment } }>;
  bySector: Array<
    { key: string } & { ' $fragmentRefs'?: { SectorNeedChart_RowFragment: SectorNeedChart_RowFragment } }
  >;
  byKecamatan: Array<
    { key: string } & { ' $fragmentRefs'?: { KecamatanGapChart_RowFragment: KecamatanGapChart_RowFragment } }
  >;
};

export type GapsPageWaveQueryVariables = Exact<{
  year: number;
  sectorId?: string | number | null | undefined;
}>;

export type GapsPageWaveQuery = {
  retirementWave: Array<
    { year: number } & {
      ' $fragmentRefs'?: { RetirementWaveChart_YearFragment: RetirementWaveChart_YearFragment };
    }
  >;
};

export type GapsPageRecapQueryVariables = Exact<{
  year: number;
  horizon: number;
  groupBy: GapGroupBy;
}>;

export type GapsPageRecapQuery = {
  gapSummary: Array<
    { key: string } & { ' $fragmentRefs'?: { GapSummaryTable_RowFragment: GapSummaryTable_RowFragment } }
  >;
};

export type GapExplanationDrawer_GapFragment = ({
  id: string;
  year: number;
  need: number;
  headcount: number;
  staff: number;
  leaving: number;
  projectedStaff: number;
  gap: number;
  kind: GapKind;
  priority: number;
  explanationSummary: string;
  position: { id: string; name: string };
  unit: { id: string; name: string };
  sector: { id: string; name: string };
  kecamatan: { id: string; name: string } | null;
  explanation: Array<{ key: string; label: string; formula: string; value: number }>;
  outlook: Array<{
    year: number;
    leavingInYear: number;
    leavingByYear: number;
    projectedStaff: number;
    gap: number;
  }>;
} & { ' $fragmentRefs'?: { PriorityFactorsTable_GapFragment: PriorityFactorsTable_GapFragment } }) & {
  ' $fragmentName'?: 'GapExplanationDrawer_GapFragment';
};

export type GapKpis_RowFragment = {
  key: string;
  need: number;
  staff: number;
  leaving: number;
  shortage: number;
  surplus: number;
} & { ' $fragmentName'?: 'GapKpis_RowFragment' };

export type GapSummaryTable_RowFragment = {
  key: string;
  label: string;
  need: number;
  staff: number;
  leaving: number;
  projectedStaff: number;
  shortage: number;
  surplus: number;
  net: number;
  gapCount: number;
} & { ' $fragmentName'?: 'GapSummaryTable_RowFragment' };

export type GapTable_GapFragment = {
  id: string;
  need: number;
  staff: number;
  projectedStaff: number;
  gap: number;
  kind: GapKind;
  priority: number;
  position: { id: string; name: string; kind: PositionKind };
  unit: { id: string; name: string };
  kecamatan: { id: string; name: string } | null;
} & { ' $fragmentName'?: 'GapTable_GapFragment' };

export type KecamatanGapChart_RowFragment = {
  key: string;
  label: string;
  shortage: number;
  surplus: number;
} & { ' $fragmentName'?: 'KecamatanGapChart_RowFragment' };

export type PriorityFactorsTable_GapFragment = {
  priority: number;
  factors: Array<{
    factor: string;
    value: number;
    weight: number;
    contribution: number;
    explanation: string;
  }>;
} & { ' $fragmentName'?: 'PriorityFactorsTable_GapFragment' };

export type RetirementWaveChart_YearFragment = {
  year: number;
  retirements: number;
  contractEnds: number;
  transfers: number;
  total: number;
} & { ' $fragmentName'?: 'RetirementWaveChart_YearFragment' };

export type SectorNeedChart_RowFragment = {
  key: string;
  label: string;
  need: number;
  staff: number;
  projectedStaff: number;
} & { ' $fragmentName'?: 'SectorNeedChart_RowFragment' };

export type GapsExportQueryVariables = Exact<{
  year: number;
  horizon: number;
  first: number;
  offset: number;
  filter?: GapFilter | null | undefined;
  sort?: GapSort | null | undefined;
}>;

export type GapsExportQuery = {
  gaps: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        need: number;
        headcount: number;
        staff: number;
        leaving: number;
        projectedStaff: number;
        gap: number;
        kind: GapKind;
        priority: number;
        position: { id: string; name: string; kind: PositionKind };
        unit: { id: string; code: string; name: string };
        sector: { id: string; name: string };
        kecamatan: { id: string; name: string } | null;
      };
    }>;
  };
};

export type HomePageQueryVariables = Exact<{ [key: string]: never }>;

export type HomePageQuery = {
  me: { id: string; name: string } | null;
  sectors: { totalCount: number };
  units: { totalCount: number };
  positions: { totalCount: number };
};

export type HomePlanningQueryVariables = Exact<{
  year: number;
}>;

export type HomePlanningQuery = {
  region: Array<{ key: string } & { ' $fragmentRefs'?: { GapKpis_RowFragment: GapKpis_RowFragment } }>;
  topGaps: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        gap: number;
        kind: GapKind;
        priority: number;
        factors: Array<{ factor: string; contribution: number; explanation: string }>;
        position: { id: string; name: string };
        unit: { id: string; name: string };
      };
    }>;
  };
  needsAnalysisStatusCounts: Array<{ status: AnalysisStatus; count: number }>;
  planningYear: {
    id: string;
    budget: { cap: number; projectedShare: number; exceedsCap: boolean } | null;
  } | null;
};

export type LoginPageLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;

export type LoginPageLoginMutation = { login: { id: string } };

export type NeedsAnalysesPageQueryVariables = Exact<{
  first: number;
  offset: number;
  filter?: NeedsAnalysisFilter | null | undefined;
}>;

export type NeedsAnalysesPageQuery = {
  needsAnalyses: {
    totalCount: number;
    edges: Array<{
      node: { id: string } & {
        ' $fragmentRefs'?: {
          NeedsAnalysesTable_NeedsAnalysisFragment: NeedsAnalysesTable_NeedsAnalysisFragment;
        };
      };
    }>;
  };
};

export type NeedsAnalysesPageCreateMutationVariables = Exact<{
  year: number;
  unitId: string | number;
}>;

export type NeedsAnalysesPageCreateMutation = {
  createNeedsAnalysis: { id: string } & {
    ' $fragmentRefs'?: { NeedsAnalysesTable_NeedsAnalysisFragment: NeedsAnalysesTable_NeedsAnalysisFragment };
  };
};

export type NeedsAnalysisPageQueryVariables = Exact<{
  id: string | number;
}>;

export type NeedsAnalysisPageQuery = {
  needsAnalysis:
    | ({
        id: string;
        year: number;
        version: number;
        status: AnalysisStatus;
        viewerCanEdit: boolean;
        viewerCanVersion: boolean;
        viewerActions: Array<AnalysisAction>;
        effectiveHours: number;
        unit: { id: string; name: string };
        positionNeeds: Array<
          { id: string; position: { id: string } } & {
            ' $fragmentRefs'?: {
              PositionNeedCard_PositionNeedFragment: PositionNeedCard_PositionNeedFragment;
            };
          }
        >;
      } & {
        ' $fragmentRefs'?: { AnalysisSummary_NeedsAnalysisFragment: AnalysisSummary_NeedsAnalysisFragment };
      })
    | null;
};

export type NeedsAnalysisPageRoundingQueryVariables = Exact<{
  year: number;
}>;

export type NeedsAnalysisPageRoundingQuery = {
  planningYear: { id: string; roundingRule: RoundingRule } | null;
};

export type NeedsComparePageQueryVariables = Exact<{
  id: string | number;
}>;

export type NeedsComparePageQuery = {
  needsAnalysis: { id: string; year: number; version: number; unit: { id: string; name: string } } | null;
};

export type NeedsComparePageVersionsQueryVariables = Exact<{
  filter?: NeedsAnalysisFilter | null | undefined;
}>;

export type NeedsComparePageVersionsQuery = {
  needsAnalyses: { edges: Array<{ node: { id: string; version: number; status: AnalysisStatus } }> };
};

export type NeedsComparePageCompareQueryVariables = Exact<{
  fromId: string | number;
  toId: string | number;
}>;

export type NeedsComparePageCompareQuery = {
  compareNeedsAnalyses: Array<{
    ' $fragmentRefs'?: { NeedsCompareTable_ComparisonFragment: NeedsCompareTable_ComparisonFragment };
  }>;
};

export type AnalysisSummary_NeedsAnalysisFragment = {
  status: AnalysisStatus;
  editable: boolean;
  viewerCanEdit: boolean;
  note: string | null;
  effectiveHours: number;
  totalFte: number;
  totalHeadcount: number;
  submittedAt: string | null;
  verifiedAt: string | null;
  finalizedAt: string | null;
  updatedAt: string;
} & { ' $fragmentName'?: 'AnalysisSummary_NeedsAnalysisFragment' };

export type NeedResult_PositionNeedFragment = {
  workloadFte: number;
  workloadHours: number;
  need: number;
  signal: DemandSignal;
  signalReason: string;
  headcount: number;
  bezetting: number;
  effectiveness: number | null;
  pjGrade: PjGrade | null;
} & { ' $fragmentName'?: 'NeedResult_PositionNeedFragment' };

export type NeedsAnalysesTable_NeedsAnalysisFragment = {
  id: string;
  year: number;
  version: number;
  status: AnalysisStatus;
  totalFte: number;
  totalHeadcount: number;
  updatedAt: string;
  unit: { id: string; code: string; name: string };
} & { ' $fragmentName'?: 'NeedsAnalysesTable_NeedsAnalysisFragment' };

export type NeedsCompareTable_ComparisonFragment = {
  fromNeed: number | null;
  fromHeadcount: number | null;
  toNeed: number | null;
  toHeadcount: number | null;
  delta: number;
  position: { id: string; name: string };
} & { ' $fragmentName'?: 'NeedsCompareTable_ComparisonFragment' };

export type NeedsPositionSelectOptionsQueryVariables = Exact<{
  filter?: PositionFilter | null | undefined;
}>;

export type NeedsPositionSelectOptionsQuery = {
  positions: { edges: Array<{ node: { id: string; name: string; unit: { id: string; name: string } } }> };
};

export type NeedsPositionSelectSelectedQueryVariables = Exact<{
  id: string | number;
}>;

export type NeedsPositionSelectSelectedQuery = {
  position: { id: string; name: string; unit: { id: string; name: string } } | null;
};

export type PositionNeedCard_PositionNeedFragment = ({
  id: string;
  standardNeed: number | null;
  standardBasis: string | null;
  demandChoice: DemandSignal | null;
  demandNote: string | null;
  position: { id: string; name: string };
  workloadItems: Array<{
    id: string;
    task: string;
    outputUnit: string;
    annualVolume: number;
    normMinutes: number;
  }>;
} & { ' $fragmentRefs'?: { NeedResult_PositionNeedFragment: NeedResult_PositionNeedFragment } }) & {
  ' $fragmentName'?: 'PositionNeedCard_PositionNeedFragment';
};

export type NeedsAnalysisPageSaveNeedMutationVariables = Exact<{
  input: SavePositionNeedInput;
}>;

export type NeedsAnalysisPageSaveNeedMutation = {
  savePositionNeed: { id: string; position: { id: string; name: string } } & {
    ' $fragmentRefs'?: { PositionNeedCard_PositionNeedFragment: PositionNeedCard_PositionNeedFragment };
  };
};

export type NeedsAnalysisPageRemoveNeedMutationVariables = Exact<{
  id: string | number;
}>;

export type NeedsAnalysisPageRemoveNeedMutation = {
  removePositionNeed: { id: string; positionNeeds: Array<{ id: string }> } & {
    ' $fragmentRefs'?: { AnalysisSummary_NeedsAnalysisFragment: AnalysisSummary_NeedsAnalysisFragment };
  };
};

export type NeedsAnalysisPageTransitionMutationVariables = Exact<{
  id: string | number;
  action: AnalysisAction;
  note?: string | null | undefined;
}>;

export type NeedsAnalysisPageTransitionMutation = {
  transitionNeedsAnalysis: {
    id: string;
    status: AnalysisStatus;
    editable: boolean;
    viewerCanEdit: boolean;
    viewerCanVersion: boolean;
    viewerActions: Array<AnalysisAction>;
  } & { ' $fragmentRefs'?: { AnalysisSummary_NeedsAnalysisFragment: AnalysisSummary_NeedsAnalysisFragment } };
};

export type NeedsAnalysisPageNewVersionMutationVariables = Exact<{
  id: string | number;
}>;

export type NeedsAnalysisPageNewVersionMutation = {
  createNeedsAnalysisVersion: { id: string; version: number };
};

export type NeedsAnalysesExportQueryVariables = Exact<{
  first: number;
  offset: number;
  filter?: NeedsAnalysisFilter | null | undefined;
}>;

export type NeedsAnalysesExportQuery = {
  needsAnalyses: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        year: number;
        version: number;
        status: AnalysisStatus;
        totalFte: number;
        totalHeadcount: number;
        updatedAt: string;
        unit: { id: string; code: string; name: string };
      };
    }>;
  };
};

export type PlanningPageQueryVariables = Exact<{
  year: number;
}>;

export type PlanningPageQuery = {
  planningYear:
    | ({ id: string; year: number } & {
        ' $fragmentRefs'?: {
          PlanningForm_PlanningYearFragment: PlanningForm_PlanningYearFragment;
          BudgetHeadroomCard_PlanningYearFragment: BudgetHeadroomCard_PlanningYearFragment;
        };
      })
    | null;
  planningYears: Array<{ id: string; year: number }>;
  sectors: { edges: Array<{ node: { id: string; name: string } }> };
};

export type PlanningPageSaveMutationVariables = Exact<{
  input: PlanningYearInput;
}>;

export type PlanningPageSaveMutation = {
  savePlanningYear: { id: string; year: number } & {
    ' $fragmentRefs'?: {
      PlanningForm_PlanningYearFragment: PlanningForm_PlanningYearFragment;
      BudgetHeadroomCard_PlanningYearFragment: BudgetHeadroomCard_PlanningYearFragment;
    };
  };
};

export type BudgetHeadroomCard_PlanningYearFragment = {
  budget: {
    cap: number;
    currentShare: number;
    plannedCost: number;
    projectedShare: number;
    headroom: number;
    exceedsCap: boolean;
    explanation: string;
  } | null;
} & { ' $fragmentName'?: 'BudgetHeadroomCard_PlanningYearFragment' };

export type PlanningForm_PlanningYearFragment = {
  effectiveHours: number;
  roundingRule: RoundingRule;
  totalSpending: number | null;
  personnelSpending: number | null;
  excludedTeacherAllowances: number | null;
  priorityWeights: {
    sectorPriority: number;
    severity: number;
    serviceImpact: number;
    retirements: number;
    stakeholder: number;
  };
  sectorPriorities: Array<{ priority: number; urgent: boolean; note: string | null; sector: { id: string } }>;
  averageCosts: Array<{ kind: PositionKind; annualCost: number }>;
} & { ' $fragmentName'?: 'PlanningForm_PlanningYearFragment' };

export type PositionCreatePageCreateMutationVariables = Exact<{
  input: CreatePositionInput;
}>;

export type PositionCreatePageCreateMutation = {
  createPosition: { id: string } & {
    ' $fragmentRefs'?: {
      PositionForm_PositionFragment: PositionForm_PositionFragment;
      PositionsTable_PositionFragment: PositionsTable_PositionFragment;
    };
  };
};

export type PositionEditPageQueryVariables = Exact<{
  id: string | number;
}>;

export type PositionEditPageQuery = {
  position:
    | ({
        id: string;
        name: string;
        archived: boolean;
        archivedAt: string | null;
        unit: { id: string; name: string };
        sector: { id: string; name: string };
      } & { ' $fragmentRefs'?: { PositionForm_PositionFragment: PositionForm_PositionFragment } })
    | null;
};

export type PositionEditPageUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdatePositionInput;
}>;

export type PositionEditPageUpdateMutation = {
  updatePosition: { id: string } & {
    ' $fragmentRefs'?: {
      PositionForm_PositionFragment: PositionForm_PositionFragment;
      PositionsTable_PositionFragment: PositionsTable_PositionFragment;
    };
  };
};

export type PositionEditPageArchiveMutationVariables = Exact<{
  id: string | number;
}>;

export type PositionEditPageArchiveMutation = {
  archivePosition: { id: string; archived: boolean; archivedAt: string | null } & {
    ' $fragmentRefs'?: {
      PositionForm_PositionFragment: PositionForm_PositionFragment;
      PositionsTable_PositionFragment: PositionsTable_PositionFragment;
    };
  };
};

export type PositionsPageQueryVariables = Exact<{
  first: number;
  offset: number;
  filter?: PositionFilter | null | undefined;
  sort?: PositionSort | null | undefined;
}>;

export type PositionsPageQuery = {
  positions: {
    totalCount: number;
    edges: Array<{
      node: { id: string } & {
        ' $fragmentRefs'?: { PositionsTable_PositionFragment: PositionsTable_PositionFragment };
      };
    }>;
  };
};

export type PositionForm_PositionFragment = {
  id: string;
  name: string;
  kind: PositionKind;
  level: PositionLevel;
  isTeacher: boolean;
  educationLevels: Array<EducationLevel>;
  studyPrograms: Array<string>;
  licences: Array<Licence>;
  competencies: Array<string>;
  description: string | null;
  retirementAge: number;
  servedPerStaffBenchmark: number | null;
  unit: { id: string };
} & { ' $fragmentName'?: 'PositionForm_PositionFragment' };

export type PositionsTable_PositionFragment = {
  id: string;
  name: string;
  kind: PositionKind;
  level: PositionLevel;
  isTeacher: boolean;
  educationLevels: Array<EducationLevel>;
  retirementAge: number;
  archived: boolean;
  unit: { id: string; name: string };
  sector: { id: string; name: string };
} & { ' $fragmentName'?: 'PositionsTable_PositionFragment' };

export type PositionsExportQueryVariables = Exact<{
  first: number;
  offset: number;
  filter?: PositionFilter | null | undefined;
  sort?: PositionSort | null | undefined;
}>;

export type PositionsExportQuery = {
  positions: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        name: string;
        kind: PositionKind;
        level: PositionLevel;
        isTeacher: boolean;
        educationLevels: Array<EducationLevel>;
        retirementAge: number;
        archived: boolean;
        unit: { id: string; code: string; name: string };
        sector: { id: string; name: string };
      };
    }>;
  };
};

export type SectorCreatePageCreateMutationVariables = Exact<{
  input: CreateSectorInput;
}>;

export type SectorCreatePageCreateMutation = {
  createSector: { id: string } & {
    ' $fragmentRefs'?: {
      SectorForm_SectorFragment: SectorForm_SectorFragment;
      SectorsTable_SectorFragment: SectorsTable_SectorFragment;
    };
  };
};

export type SectorEditPageQueryVariables = Exact<{
  id: string | number;
}>;

export type SectorEditPageQuery = {
  sector:
    | ({ id: string; name: string; archived: boolean; archivedAt: string | null } & {
        ' $fragmentRefs'?: { SectorForm_SectorFragment: SectorForm_SectorFragment };
      })
    | null;
};

export type SectorEditPageUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateSectorInput;
}>;

export type SectorEditPageUpdateMutation = {
  updateSector: { id: string } & {
    ' $fragmentRefs'?: {
      SectorForm_SectorFragment: SectorForm_SectorFragment;
      SectorsTable_SectorFragment: SectorsTable_SectorFragment;
    };
  };
};

export type SectorEditPageArchiveMutationVariables = Exact<{
  id: string | number;
}>;

export type SectorEditPageArchiveMutation = {
  archiveSector: { id: string; archived: boolean; archivedAt: string | null } & {
    ' $fragmentRefs'?: {
      SectorForm_SectorFragment: SectorForm_SectorFragment;
      SectorsTable_SectorFragment: SectorsTable_SectorFragment;
    };
  };
};

export type SectorsPageQueryVariables = Exact<{
  first: number;
  offset: number;
  filter?: SectorFilter | null | undefined;
  sort?: SectorSort | null | undefined;
}>;

export type SectorsPageQuery = {
  sectors: {
    totalCount: number;
    edges: Array<{
      node: { id: string } & {
        ' $fragmentRefs'?: { SectorsTable_SectorFragment: SectorsTable_SectorFragment };
      };
    }>;
  };
};

export type SectorForm_SectorFragment = {
  id: string;
  code: string;
  name: string;
  description: string | null;
  archived: boolean;
} & { ' $fragmentName'?: 'SectorForm_SectorFragment' };

export type SectorSelectOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type SectorSelectOptionsQuery = {
  sectors: { edges: Array<{ node: { id: string; code: string; name: string } }> };
};

export type SectorsTable_SectorFragment = {
  id: string;
  code: string;
  name: string;
  description: string | null;
  archived: boolean;
  updatedAt: string;
} & { ' $fragmentName'?: 'SectorsTable_SectorFragment' };

export type SectorsExportQueryVariables = Exact<{
  first: number;
  offset: number;
  filter?: SectorFilter | null | undefined;
  sort?: SectorSort | null | undefined;
}>;

export type SectorsExportQuery = {
  sectors: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        code: string;
        name: string;
        description: string | null;
        archived: boolean;
        updatedAt: string;
      };
    }>;
  };
};

export type AppShellSignOutMutationVariables = Exact<{ [key: string]: never }>;

export type AppShellSignOutMutation = { logout: boolean };

export type AppShellQueryVariables = Exact<{ [key: string]: never }>;

export type AppShellQuery = {
  me:
    | ({ id: string; roles: Array<Role> } & {
        ' $fragmentRefs'?: { UserMenu_UserFragment: UserMenu_UserFragment };
      })
    | null;
};

export type UserMenu_UserFragment = { name: string; email: string; roles: Array<Role> } & {
  ' $fragmentName'?: 'UserMenu_UserFragment';
};

export type RegionQueryVariables = Exact<{ [key: string]: never }>;

export type RegionQuery = { region: { name: string; agency: string; emblemUrl: string | null } };

export type StaffPageQueryVariables = Exact<{
  first: number;
  offset: number;
  filter?: StaffMemberFilter | null | undefined;
}>;

export type StaffPageQuery = {
  staffMembers: {
    totalCount: number;
    edges: Array<{
      node: { id: string } & {
        ' $fragmentRefs'?: { StaffTable_StaffMemberFragment: StaffTable_StaffMemberFragment };
      };
    }>;
  };
};

export type StaffPageImportMutationVariables = Exact<{
  csv: string;
  dryRun: boolean;
}>;

export type StaffPageImportMutation = {
  importStaff: { applied: boolean } & {
    ' $fragmentRefs'?: { ImportReport_ResultFragment: ImportReport_ResultFragment };
  };
};

export type ImportReport_ResultFragment = {
  applied: boolean;
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: Array<{ line: number; column: string; reason: string; message: string }>;
} & { ' $fragmentName'?: 'ImportReport_ResultFragment' };

export type StaffTable_StaffMemberFragment = {
  id: string;
  nip: string;
  name: string;
  gender: Gender;
  employmentType: EmploymentType;
  contractEnd: string | null;
  transferDate: string | null;
  tmt: string;
  retirementDate: string;
  archived: boolean;
  position: { id: string; name: string };
  unit: { id: string; name: string };
} & { ' $fragmentName'?: 'StaffTable_StaffMemberFragment' };

export type StaffExportQueryVariables = Exact<{
  first: number;
  offset: number;
  filter?: StaffMemberFilter | null | undefined;
}>;

export type StaffExportQuery = {
  staffMembers: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        nip: string;
        name: string;
        gender: Gender;
        employmentType: EmploymentType;
        tmt: string;
        retirementDate: string;
        contractEnd: string | null;
        transferDate: string | null;
        archived: boolean;
        position: { id: string; name: string };
        unit: { id: string; code: string; name: string };
      };
    }>;
  };
};

export type StakeholdersPageQueryVariables = Exact<{
  year: number;
}>;

export type StakeholdersPageQuery = {
  stakeholderInputs: Array<
    { id: string } & {
      ' $fragmentRefs'?: { StakeholderInputsTable_InputFragment: StakeholderInputsTable_InputFragment };
    }
  >;
};

export type StakeholdersPageCreateMutationVariables = Exact<{
  input: StakeholderInputInput;
}>;

export type StakeholdersPageCreateMutation = {
  createStakeholderInput: { id: string } & {
    ' $fragmentRefs'?: { StakeholderInputsTable_InputFragment: StakeholderInputsTable_InputFragment };
  };
};

export type StakeholdersPageConfirmMutationVariables = Exact<{
  id: string | number;
  weight: number;
}>;

export type StakeholdersPageConfirmMutation = {
  confirmStakeholderInput: { id: string } & {
    ' $fragmentRefs'?: { StakeholderInputsTable_InputFragment: StakeholderInputsTable_InputFragment };
  };
};

export type PositionSelectOptionsQueryVariables = Exact<{
  filter?: PositionFilter | null | undefined;
}>;

export type PositionSelectOptionsQuery = {
  positions: { edges: Array<{ node: { id: string; name: string; unit: { id: string; name: string } } }> };
};

export type PositionSelectSelectedQueryVariables = Exact<{
  id: string | number;
}>;

export type PositionSelectSelectedQuery = {
  position: { id: string; name: string; unit: { id: string; name: string } } | null;
};

export type StakeholderInputsTable_InputFragment = {
  id: string;
  year: number;
  source: StakeholderSource;
  submittedBy: string;
  summary: string;
  proposedWeight: number;
  confirmedWeight: number | null;
  confirmedAt: string | null;
  sector: { id: string; name: string } | null;
  unit: { id: string; name: string } | null;
  position: { id: string; name: string } | null;
} & { ' $fragmentName'?: 'StakeholderInputsTable_InputFragment' };

export type UnitCreatePageCreateMutationVariables = Exact<{
  input: CreateUnitInput;
}>;

export type UnitCreatePageCreateMutation = {
  createUnit: { id: string } & {
    ' $fragmentRefs'?: {
      UnitForm_UnitFragment: UnitForm_UnitFragment;
      UnitsTable_UnitFragment: UnitsTable_UnitFragment;
    };
  };
};

export type UnitEditPageQueryVariables = Exact<{
  id: string | number;
}>;

export type UnitEditPageQuery = {
  unit:
    | ({ id: string; name: string; archived: boolean; archivedAt: string | null } & {
        ' $fragmentRefs'?: { UnitForm_UnitFragment: UnitForm_UnitFragment };
      })
    | null;
};

export type UnitEditPageUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateUnitInput;
}>;

export type UnitEditPageUpdateMutation = {
  updateUnit: { id: string } & {
    ' $fragmentRefs'?: {
      UnitForm_UnitFragment: UnitForm_UnitFragment;
      UnitsTable_UnitFragment: UnitsTable_UnitFragment;
    };
  };
};

export type UnitEditPageArchiveMutationVariables = Exact<{
  id: string | number;
}>;

export type UnitEditPageArchiveMutation = {
  archiveUnit: { id: string; archived: boolean; archivedAt: string | null } & {
    ' $fragmentRefs'?: {
      UnitForm_UnitFragment: UnitForm_UnitFragment;
      UnitsTable_UnitFragment: UnitsTable_UnitFragment;
    };
  };
};

export type UnitsPageQueryVariables = Exact<{
  first: number;
  offset: number;
  filter?: UnitFilter | null | undefined;
  sort?: UnitSort | null | undefined;
}>;

export type UnitsPageQuery = {
  units: {
    totalCount: number;
    edges: Array<{
      node: { id: string } & { ' $fragmentRefs'?: { UnitsTable_UnitFragment: UnitsTable_UnitFragment } };
    }>;
  };
};

export type KecamatanSelectOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type KecamatanSelectOptionsQuery = { kecamatans: Array<{ id: string; code: string; name: string }> };

export type UnitForm_UnitFragment = {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  address: string | null;
  servedPopulation: number | null;
  archived: boolean;
  sector: { id: string };
  parent: { id: string } | null;
  kecamatan: { id: string } | null;
} & { ' $fragmentName'?: 'UnitForm_UnitFragment' };

export type UnitSelectOptionsQueryVariables = Exact<{
  filter?: UnitFilter | null | undefined;
}>;

export type UnitSelectOptionsQuery = {
  units: { edges: Array<{ node: { id: string; code: string; name: string } }> };
};

export type UnitSelectSelectedQueryVariables = Exact<{
  id: string | number;
}>;

export type UnitSelectSelectedQuery = { unit: { id: string; code: string; name: string } | null };

export type UnitsTable_UnitFragment = {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  archived: boolean;
  sector: { id: string; name: string };
  parent: { id: string; name: string } | null;
  kecamatan: { id: string; name: string } | null;
} & { ' $fragmentName'?: 'UnitsTable_UnitFragment' };

export type UnitsExportQueryVariables = Exact<{
  first: number;
  offset: number;
  filter?: UnitFilter | null | undefined;
  sort?: UnitSort | null | undefined;
}>;

export type UnitsExportQuery = {
  units: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        code: string;
        name: string;
        kind: UnitKind;
        archived: boolean;
        sector: { id: string; name: string };
        parent: { id: string; name: string } | null;
        kecamatan: { id: string; name: string } | null;
      };
    }>;
  };
};

export type UsersPageQueryVariables = Exact<{ [key: string]: never }>;

export type UsersPageQuery = {
  me: { id: string } | null;
  users: Array<
    { id: string } & {
      ' $fragmentRefs'?: {
        UsersTable_UserFragment: UsersTable_UserFragment;
        UserEditModal_UserFragment: UserEditModal_UserFragment;
      };
    }
  >;
};

export type UsersPageCreateMutationVariables = Exact<{
  input: CreateUserInput;
}>;

export type UsersPageCreateMutation = {
  createUser: { id: string } & {
    ' $fragmentRefs'?: {
      UsersTable_UserFragment: UsersTable_UserFragment;
      UserEditModal_UserFragment: UserEditModal_UserFragment;
    };
  };
};

export type UsersPageUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;

export type UsersPageUpdateMutation = {
  updateUser: { id: string } & {
    ' $fragmentRefs'?: {
      UsersTable_UserFragment: UsersTable_UserFragment;
      UserEditModal_UserFragment: UserEditModal_UserFragment;
    };
  };
};

export type UserEditModal_UserFragment = {
  id: string;
  name: string;
  email: string;
  disabled: boolean;
  grants: Array<{ role: Role; unit: { id: string; name: string } | null }>;
} & { ' $fragmentName'?: 'UserEditModal_UserFragment' };

export type UsersTable_UserFragment = {
  id: string;
  name: string;
  email: string;
  disabled: boolean;
  lastLoginAt: string | null;
  grants: Array<{ role: Role; unit: { id: string; name: string } | null }>;
} & { ' $fragmentName'?: 'UsersTable_UserFragment' };

export const PriorityFactorsTable_GapFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PriorityFactorsTable_gap' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Gap' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'factors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'factor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contribution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PriorityFactorsTable_GapFragment, unknown>;
export const GapExplanationDrawer_GapFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GapExplanationDrawer_gap' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Gap' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'position' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kecamatan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'need' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'staff' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leaving' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectedStaff' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'explanationSummary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'explanation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formula' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PriorityFactorsTable_gap' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outlook' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'leavingInYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'leavingByYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectedStaff' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PriorityFactorsTable_gap' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Gap' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'factors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'factor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contribution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GapExplanationDrawer_GapFragment, unknown>;
export const GapKpis_RowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GapKpis_row' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GapSummaryRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'need' } },
          { kind: 'Field', name: { kind: 'Name', value: 'staff' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leaving' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shortage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'surplus' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GapKpis_RowFragment, unknown>;
export const GapSummaryTable_RowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GapSummaryTable_row' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GapSummaryRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'need' } },
          { kind: 'Field', name: { kind: 'Name', value: 'staff' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leaving' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectedStaff' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shortage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'surplus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'net' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gapCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GapSummaryTable_RowFragment, unknown>;
export const GapTable_GapFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GapTable_gap' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Gap' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'position' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kecamatan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'need' } },
          { kind: 'Field', name: { kind: 'Name', value: 'staff' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectedStaff' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GapTable_GapFragment, unknown>;
export const KecamatanGapChart_RowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KecamatanGapChart_row' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GapSummaryRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shortage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'surplus' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KecamatanGapChart_RowFragment, unknown>;
export const RetirementWaveChart_YearFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RetirementWaveChart_year' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RetirementWaveYear' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retirements' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractEnds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transfers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RetirementWaveChart_YearFragment, unknown>;
export const SectorNeedChart_RowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SectorNeedChart_row' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GapSummaryRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'need' } },
          { kind: 'Field', name: { kind: 'Name', value: 'staff' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectedStaff' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SectorNeedChart_RowFragment, unknown>;
export const AnalysisSummary_NeedsAnalysisFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AnalysisSummary_needsAnalysis' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NeedsAnalysis' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalFte' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalHeadcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verifiedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finalizedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnalysisSummary_NeedsAnalysisFragment, unknown>;
export const NeedsAnalysesTable_NeedsAnalysisFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NeedsAnalysesTable_needsAnalysis' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NeedsAnalysis' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalFte' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalHeadcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NeedsAnalysesTable_NeedsAnalysisFragment, unknown>;
export const NeedsCompareTable_ComparisonFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NeedsCompareTable_comparison' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PositionNeedComparison' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'position' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'fromNeed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromHeadcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toNeed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toHeadcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delta' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NeedsCompareTable_ComparisonFragment, unknown>;
export const NeedResult_PositionNeedFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NeedResult_positionNeed' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PositionNeed' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'workloadFte' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workloadHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'need' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signalReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bezetting' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveness' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pjGrade' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NeedResult_PositionNeedFragment, unknown>;
export const PositionNeedCard_PositionNeedFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PositionNeedCard_positionNeed' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PositionNeed' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'position' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workloadItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'task' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outputUnit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annualVolume' } },
                { kind: 'Field', name: { kind: 'Name', value: 'normMinutes' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'standardNeed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'standardBasis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'demandChoice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'demandNote' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NeedResult_positionNeed' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NeedResult_positionNeed' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PositionNeed' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'workloadFte' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workloadHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'need' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signalReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bezetting' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveness' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pjGrade' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PositionNeedCard_PositionNeedFragment, unknown>;
export const BudgetHeadroomCard_PlanningYearFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BudgetHeadroomCard_planningYear' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanningYear' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'budget' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currentShare' } },
                { kind: 'Field', name: { kind: 'Name', value: 'plannedCost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectedShare' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headroom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'exceedsCap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BudgetHeadroomCard_PlanningYearFragment, unknown>;
export const PlanningForm_PlanningYearFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanningForm_planningYear' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanningYear' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roundingRule' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'priorityWeights' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sectorPriority' } },
                { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serviceImpact' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retirements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stakeholder' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sectorPriorities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sector' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                { kind: 'Field', name: { kind: 'Name', value: 'urgent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'totalSpending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personnelSpending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'excludedTeacherAllowances' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'averageCosts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annualCost' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanningForm_PlanningYearFragment, unknown>;
export const PositionForm_PositionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PositionForm_position' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Position' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isTeacher' } },
          { kind: 'Field', name: { kind: 'Name', value: 'educationLevels' } },
          { kind: 'Field', name: { kind: 'Name', value: 'studyPrograms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'licences' } },
          { kind: 'Field', name: { kind: 'Name', value: 'competencies' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retirementAge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servedPerStaffBenchmark' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PositionForm_PositionFragment, unknown>;
export const PositionsTable_PositionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PositionsTable_position' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Position' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isTeacher' } },
          { kind: 'Field', name: { kind: 'Name', value: 'educationLevels' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retirementAge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PositionsTable_PositionFragment, unknown>;
export const SectorForm_SectorFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SectorForm_sector' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Sector' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SectorForm_SectorFragment, unknown>;
export const SectorsTable_SectorFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SectorsTable_sector' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Sector' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SectorsTable_SectorFragment, unknown>;
export const UserMenu_UserFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserMenu_user' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UserMenu_UserFragment, unknown>;
export const ImportReport_ResultFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ImportReport_result' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffImportResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'applied' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'errors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportReport_ResultFragment, unknown>;
export const StaffTable_StaffMemberFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StaffTable_staffMember' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffMember' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nip' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employmentType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tmt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retirementDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'position' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StaffTable_StaffMemberFragment, unknown>;
export const StakeholderInputsTable_InputFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StakeholderInputsTable_input' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StakeholderInput' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'position' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedWeight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedWeight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StakeholderInputsTable_InputFragment, unknown>;
export const UnitForm_UnitFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UnitForm_unit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Unit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servedPopulation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kecamatan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnitForm_UnitFragment, unknown>;
export const UnitsTable_UnitFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UnitsTable_unit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Unit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kecamatan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnitsTable_UnitFragment, unknown>;
export const UserEditModal_UserFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserEditModal_user' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UserEditModal_UserFragment, unknown>;
export const UsersTable_UserFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UsersTable_user' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastLoginAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UsersTable_UserFragment, unknown>;
export const GapsPageListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GapsPageList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'horizon' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'GapFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'GapSort' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gaps' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'horizon' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'horizon' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GapTable_gap' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'GapExplanationDrawer_gap' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PriorityFactorsTable_gap' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Gap' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'factors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'factor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contribution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GapTable_gap' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Gap' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'position' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kecamatan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'need' } },
          { kind: 'Field', name: { kind: 'Name', value: 'staff' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectedStaff' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GapExplanationDrawer_gap' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Gap' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'position' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kecamatan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'need' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'staff' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leaving' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectedStaff' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'explanationSummary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'explanation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formula' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PriorityFactorsTable_gap' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outlook' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'leavingInYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'leavingByYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectedStaff' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GapsPageListQuery, GapsPageListQueryVariables>;
export const GapsPageSummaryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GapsPageSummary' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'horizon' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'region' },
            name: { kind: 'Name', value: 'gapSummary' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'EnumValue', value: 'REGION' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'horizon' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'horizon' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GapKpis_row' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'bySector' },
            name: { kind: 'Name', value: 'gapSummary' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'EnumValue', value: 'SECTOR' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'horizon' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'horizon' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SectorNeedChart_row' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byKecamatan' },
            name: { kind: 'Name', value: 'gapSummary' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'EnumValue', value: 'KECAMATAN' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'horizon' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'horizon' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'KecamatanGapChart_row' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GapKpis_row' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GapSummaryRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'need' } },
          { kind: 'Field', name: { kind: 'Name', value: 'staff' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leaving' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shortage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'surplus' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SectorNeedChart_row' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GapSummaryRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'need' } },
          { kind: 'Field', name: { kind: 'Name', value: 'staff' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectedStaff' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KecamatanGapChart_row' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GapSummaryRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shortage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'surplus' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GapsPageSummaryQuery, GapsPageSummaryQueryVariables>;
export const GapsPageWaveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GapsPageWave' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sectorId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retirementWave' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sectorId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sectorId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RetirementWaveChart_year' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RetirementWaveChart_year' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RetirementWaveYear' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retirements' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractEnds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transfers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GapsPageWaveQuery, GapsPageWaveQueryVariables>;
export const GapsPageRecapDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GapsPageRecap' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'horizon' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'GapGroupBy' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gapSummary' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'horizon' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'horizon' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GapSummaryTable_row' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GapSummaryTable_row' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GapSummaryRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'need' } },
          { kind: 'Field', name: { kind: 'Name', value: 'staff' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leaving' } },
          { kind: 'Field', name: { kind: 'Name', value: 'projectedStaff' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shortage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'surplus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'net' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gapCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GapsPageRecapQuery, GapsPageRecapQueryVariables>;
export const GapsExportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GapsExport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'horizon' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'GapFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'GapSort' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gaps' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'horizon' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'horizon' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'position' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'unit' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'sector' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'kecamatan' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'need' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'staff' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'leaving' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'projectedStaff' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GapsExportQuery, GapsExportQueryVariables>;
export const HomePageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HomePage' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sectors' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '1' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'units' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '1' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'positions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '1' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HomePageQuery, HomePageQueryVariables>;
export const HomePlanningDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HomePlanning' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'region' },
            name: { kind: 'Name', value: 'gapSummary' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'EnumValue', value: 'REGION' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GapKpis_row' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'topGaps' },
            name: { kind: 'Name', value: 'gaps' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '5' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'EnumValue', value: 'PRIORITY_DESC' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'gapKind' },
                      value: { kind: 'EnumValue', value: 'SHORTAGE' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'gap' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'factors' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'factor' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'contribution' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'position' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'unit' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'needsAnalysisStatusCounts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'planningYear' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'budget' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'projectedShare' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'exceedsCap' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GapKpis_row' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GapSummaryRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'need' } },
          { kind: 'Field', name: { kind: 'Name', value: 'staff' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leaving' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shortage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'surplus' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HomePlanningQuery, HomePlanningQueryVariables>;
export const LoginPageLoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LoginPageLogin' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginPageLoginMutation, LoginPageLoginMutationVariables>;
export const NeedsAnalysesPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NeedsAnalysesPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'NeedsAnalysisFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'needsAnalyses' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'NeedsAnalysesTable_needsAnalysis' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NeedsAnalysesTable_needsAnalysis' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NeedsAnalysis' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalFte' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalHeadcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NeedsAnalysesPageQuery, NeedsAnalysesPageQueryVariables>;
export const NeedsAnalysesPageCreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'NeedsAnalysesPageCreate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createNeedsAnalysis' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'unitId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NeedsAnalysesTable_needsAnalysis' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NeedsAnalysesTable_needsAnalysis' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NeedsAnalysis' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalFte' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalHeadcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NeedsAnalysesPageCreateMutation, NeedsAnalysesPageCreateMutationVariables>;
export const NeedsAnalysisPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NeedsAnalysisPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'needsAnalysis' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerActions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'positionNeeds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'position' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'PositionNeedCard_positionNeed' },
                      },
                    ],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AnalysisSummary_needsAnalysis' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NeedResult_positionNeed' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PositionNeed' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'workloadFte' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workloadHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'need' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signalReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bezetting' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveness' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pjGrade' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PositionNeedCard_positionNeed' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PositionNeed' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'position' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workloadItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'task' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outputUnit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annualVolume' } },
                { kind: 'Field', name: { kind: 'Name', value: 'normMinutes' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'standardNeed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'standardBasis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'demandChoice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'demandNote' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NeedResult_positionNeed' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AnalysisSummary_needsAnalysis' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NeedsAnalysis' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalFte' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalHeadcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verifiedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finalizedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NeedsAnalysisPageQuery, NeedsAnalysisPageQueryVariables>;
export const NeedsAnalysisPageRoundingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NeedsAnalysisPageRounding' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'planningYear' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'roundingRule' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NeedsAnalysisPageRoundingQuery, NeedsAnalysisPageRoundingQueryVariables>;
export const NeedsComparePageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NeedsComparePage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'needsAnalysis' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NeedsComparePageQuery, NeedsComparePageQueryVariables>;
export const NeedsComparePageVersionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NeedsComparePageVersions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'NeedsAnalysisFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'needsAnalyses' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NeedsComparePageVersionsQuery, NeedsComparePageVersionsQueryVariables>;
export const NeedsComparePageCompareDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NeedsComparePageCompare' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fromId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'toId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'compareNeedsAnalyses' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fromId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'fromId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'toId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'toId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NeedsCompareTable_comparison' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NeedsCompareTable_comparison' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PositionNeedComparison' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'position' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'fromNeed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromHeadcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toNeed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'toHeadcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delta' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NeedsComparePageCompareQuery, NeedsComparePageCompareQueryVariables>;
export const NeedsPositionSelectOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NeedsPositionSelectOptions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PositionFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'positions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '50' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'EnumValue', value: 'NAME_ASC' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'unit' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NeedsPositionSelectOptionsQuery, NeedsPositionSelectOptionsQueryVariables>;
export const NeedsPositionSelectSelectedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NeedsPositionSelectSelected' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'position' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NeedsPositionSelectSelectedQuery, NeedsPositionSelectSelectedQueryVariables>;
export const NeedsAnalysisPageSaveNeedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'NeedsAnalysisPageSaveNeed' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SavePositionNeedInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'savePositionNeed' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'position' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PositionNeedCard_positionNeed' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NeedResult_positionNeed' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PositionNeed' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'workloadFte' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workloadHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'need' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signalReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bezetting' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveness' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pjGrade' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PositionNeedCard_positionNeed' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PositionNeed' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'position' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workloadItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'task' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outputUnit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annualVolume' } },
                { kind: 'Field', name: { kind: 'Name', value: 'normMinutes' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'standardNeed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'standardBasis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'demandChoice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'demandNote' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NeedResult_positionNeed' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NeedsAnalysisPageSaveNeedMutation, NeedsAnalysisPageSaveNeedMutationVariables>;
export const NeedsAnalysisPageRemoveNeedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'NeedsAnalysisPageRemoveNeed' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removePositionNeed' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'positionNeeds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AnalysisSummary_needsAnalysis' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AnalysisSummary_needsAnalysis' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NeedsAnalysis' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalFte' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalHeadcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verifiedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finalizedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  NeedsAnalysisPageRemoveNeedMutation,
  NeedsAnalysisPageRemoveNeedMutationVariables
>;
export const NeedsAnalysisPageTransitionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'NeedsAnalysisPageTransition' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'action' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AnalysisAction' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'transitionNeedsAnalysis' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'action' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'action' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'editable' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerCanVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerActions' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AnalysisSummary_needsAnalysis' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AnalysisSummary_needsAnalysis' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NeedsAnalysis' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalFte' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalHeadcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verifiedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finalizedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  NeedsAnalysisPageTransitionMutation,
  NeedsAnalysisPageTransitionMutationVariables
>;
export const NeedsAnalysisPageNewVersionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'NeedsAnalysisPageNewVersion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createNeedsAnalysisVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  NeedsAnalysisPageNewVersionMutation,
  NeedsAnalysisPageNewVersionMutationVariables
>;
export const NeedsAnalysesExportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NeedsAnalysesExport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'NeedsAnalysisFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'needsAnalyses' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'totalFte' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'totalHeadcount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'unit' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NeedsAnalysesExportQuery, NeedsAnalysesExportQueryVariables>;
export const PlanningPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PlanningPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'planningYear' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanningForm_planningYear' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BudgetHeadroomCard_planningYear' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'planningYears' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sectors' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'EnumValue', value: 'NAME_ASC' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanningForm_planningYear' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanningYear' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roundingRule' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'priorityWeights' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sectorPriority' } },
                { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serviceImpact' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retirements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stakeholder' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sectorPriorities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sector' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                { kind: 'Field', name: { kind: 'Name', value: 'urgent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'totalSpending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personnelSpending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'excludedTeacherAllowances' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'averageCosts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annualCost' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BudgetHeadroomCard_planningYear' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanningYear' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'budget' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currentShare' } },
                { kind: 'Field', name: { kind: 'Name', value: 'plannedCost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectedShare' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headroom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'exceedsCap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanningPageQuery, PlanningPageQueryVariables>;
export const PlanningPageSaveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlanningPageSave' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanningYearInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'savePlanningYear' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanningForm_planningYear' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BudgetHeadroomCard_planningYear' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanningForm_planningYear' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanningYear' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roundingRule' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'priorityWeights' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sectorPriority' } },
                { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serviceImpact' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retirements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stakeholder' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sectorPriorities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sector' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                { kind: 'Field', name: { kind: 'Name', value: 'urgent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'totalSpending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personnelSpending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'excludedTeacherAllowances' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'averageCosts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'annualCost' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BudgetHeadroomCard_planningYear' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanningYear' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'budget' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currentShare' } },
                { kind: 'Field', name: { kind: 'Name', value: 'plannedCost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectedShare' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headroom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'exceedsCap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanningPageSaveMutation, PlanningPageSaveMutationVariables>;
export const PositionCreatePageCreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PositionCreatePageCreate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatePositionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createPosition' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PositionForm_position' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PositionsTable_position' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PositionForm_position' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Position' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isTeacher' } },
          { kind: 'Field', name: { kind: 'Name', value: 'educationLevels' } },
          { kind: 'Field', name: { kind: 'Name', value: 'studyPrograms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'licences' } },
          { kind: 'Field', name: { kind: 'Name', value: 'competencies' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retirementAge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servedPerStaffBenchmark' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PositionsTable_position' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Position' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isTeacher' } },
          { kind: 'Field', name: { kind: 'Name', value: 'educationLevels' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retirementAge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PositionCreatePageCreateMutation, PositionCreatePageCreateMutationVariables>;
export const PositionEditPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PositionEditPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'position' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sector' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PositionForm_position' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PositionForm_position' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Position' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isTeacher' } },
          { kind: 'Field', name: { kind: 'Name', value: 'educationLevels' } },
          { kind: 'Field', name: { kind: 'Name', value: 'studyPrograms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'licences' } },
          { kind: 'Field', name: { kind: 'Name', value: 'competencies' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retirementAge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servedPerStaffBenchmark' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PositionEditPageQuery, PositionEditPageQueryVariables>;
export const PositionEditPageUpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PositionEditPageUpdate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdatePositionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatePosition' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PositionForm_position' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PositionsTable_position' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PositionForm_position' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Position' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isTeacher' } },
          { kind: 'Field', name: { kind: 'Name', value: 'educationLevels' } },
          { kind: 'Field', name: { kind: 'Name', value: 'studyPrograms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'licences' } },
          { kind: 'Field', name: { kind: 'Name', value: 'competencies' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retirementAge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servedPerStaffBenchmark' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PositionsTable_position' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Position' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isTeacher' } },
          { kind: 'Field', name: { kind: 'Name', value: 'educationLevels' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retirementAge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PositionEditPageUpdateMutation, PositionEditPageUpdateMutationVariables>;
export const PositionEditPageArchiveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PositionEditPageArchive' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'archivePosition' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PositionForm_position' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PositionsTable_position' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PositionForm_position' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Position' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isTeacher' } },
          { kind: 'Field', name: { kind: 'Name', value: 'educationLevels' } },
          { kind: 'Field', name: { kind: 'Name', value: 'studyPrograms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'licences' } },
          { kind: 'Field', name: { kind: 'Name', value: 'competencies' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retirementAge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servedPerStaffBenchmark' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PositionsTable_position' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Position' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isTeacher' } },
          { kind: 'Field', name: { kind: 'Name', value: 'educationLevels' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retirementAge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PositionEditPageArchiveMutation, PositionEditPageArchiveMutationVariables>;
export const PositionsPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PositionsPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PositionFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PositionSort' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'positions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'PositionsTable_position' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PositionsTable_position' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Position' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isTeacher' } },
          { kind: 'Field', name: { kind: 'Name', value: 'educationLevels' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retirementAge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PositionsPageQuery, PositionsPageQueryVariables>;
export const PositionsExportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PositionsExport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PositionFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PositionSort' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'positions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'isTeacher' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'educationLevels' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'retirementAge' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'unit' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'sector' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PositionsExportQuery, PositionsExportQueryVariables>;
export const SectorCreatePageCreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SectorCreatePageCreate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateSectorInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createSector' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SectorForm_sector' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SectorsTable_sector' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SectorForm_sector' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Sector' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SectorsTable_sector' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Sector' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SectorCreatePageCreateMutation, SectorCreatePageCreateMutationVariables>;
export const SectorEditPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SectorEditPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SectorForm_sector' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SectorForm_sector' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Sector' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SectorEditPageQuery, SectorEditPageQueryVariables>;
export const SectorEditPageUpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SectorEditPageUpdate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateSectorInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateSector' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SectorForm_sector' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SectorsTable_sector' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SectorForm_sector' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Sector' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SectorsTable_sector' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Sector' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SectorEditPageUpdateMutation, SectorEditPageUpdateMutationVariables>;
export const SectorEditPageArchiveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SectorEditPageArchive' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'archiveSector' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SectorForm_sector' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SectorsTable_sector' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SectorForm_sector' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Sector' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SectorsTable_sector' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Sector' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SectorEditPageArchiveMutation, SectorEditPageArchiveMutationVariables>;
export const SectorsPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SectorsPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SectorFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SectorSort' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sectors' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SectorsTable_sector' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SectorsTable_sector' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Sector' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SectorsPageQuery, SectorsPageQueryVariables>;
export const SectorSelectOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SectorSelectOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sectors' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'EnumValue', value: 'NAME_ASC' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SectorSelectOptionsQuery, SectorSelectOptionsQueryVariables>;
export const SectorsExportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SectorsExport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SectorFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SectorSort' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sectors' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SectorsExportQuery, SectorsExportQueryVariables>;
export const AppShellSignOutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AppShellSignOut' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'logout' } }],
      },
    },
  ],
} as unknown as DocumentNode<AppShellSignOutMutation, AppShellSignOutMutationVariables>;
export const AppShellDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AppShell' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserMenu_user' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserMenu_user' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppShellQuery, AppShellQueryVariables>;
export const RegionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Region' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'region' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'emblemUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegionQuery, RegionQueryVariables>;
export const StaffPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StaffPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffMemberFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'staffMembers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'StaffTable_staffMember' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StaffTable_staffMember' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffMember' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nip' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employmentType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tmt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retirementDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'position' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StaffPageQuery, StaffPageQueryVariables>;
export const StaffPageImportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StaffPageImport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'csv' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'dryRun' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importStaff' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'csv' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'csv' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'dryRun' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'dryRun' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'applied' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImportReport_result' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ImportReport_result' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffImportResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'applied' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'errors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StaffPageImportMutation, StaffPageImportMutationVariables>;
export const StaffExportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StaffExport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffMemberFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'staffMembers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nip' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'employmentType' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'tmt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'retirementDate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'contractEnd' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'transferDate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'position' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'unit' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StaffExportQuery, StaffExportQueryVariables>;
export const StakeholdersPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StakeholdersPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stakeholderInputs' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StakeholderInputsTable_input' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StakeholderInputsTable_input' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StakeholderInput' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'position' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedWeight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedWeight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StakeholdersPageQuery, StakeholdersPageQueryVariables>;
export const StakeholdersPageCreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StakeholdersPageCreate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StakeholderInputInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createStakeholderInput' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StakeholderInputsTable_input' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StakeholderInputsTable_input' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StakeholderInput' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'position' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedWeight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedWeight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StakeholdersPageCreateMutation, StakeholdersPageCreateMutationVariables>;
export const StakeholdersPageConfirmDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StakeholdersPageConfirm' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'weight' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmStakeholderInput' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'weight' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'weight' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StakeholderInputsTable_input' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StakeholderInputsTable_input' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StakeholderInput' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'position' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedWeight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedWeight' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StakeholdersPageConfirmMutation, StakeholdersPageConfirmMutationVariables>;
export const PositionSelectOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PositionSelectOptions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PositionFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'positions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '20' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'EnumValue', value: 'NAME_ASC' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'unit' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PositionSelectOptionsQuery, PositionSelectOptionsQueryVariables>;
export const PositionSelectSelectedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PositionSelectSelected' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'position' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PositionSelectSelectedQuery, PositionSelectSelectedQueryVariables>;
export const UnitCreatePageCreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UnitCreatePageCreate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateUnitInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createUnit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnitForm_unit' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnitsTable_unit' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UnitForm_unit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Unit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servedPopulation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kecamatan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UnitsTable_unit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Unit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kecamatan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnitCreatePageCreateMutation, UnitCreatePageCreateMutationVariables>;
export const UnitEditPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UnitEditPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnitForm_unit' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UnitForm_unit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Unit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servedPopulation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kecamatan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnitEditPageQuery, UnitEditPageQueryVariables>;
export const UnitEditPageUpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UnitEditPageUpdate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateUnitInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateUnit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnitForm_unit' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnitsTable_unit' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UnitForm_unit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Unit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servedPopulation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kecamatan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UnitsTable_unit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Unit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kecamatan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnitEditPageUpdateMutation, UnitEditPageUpdateMutationVariables>;
export const UnitEditPageArchiveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UnitEditPageArchive' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'archiveUnit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnitForm_unit' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnitsTable_unit' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UnitForm_unit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Unit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servedPopulation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kecamatan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UnitsTable_unit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Unit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kecamatan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnitEditPageArchiveMutation, UnitEditPageArchiveMutationVariables>;
export const UnitsPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UnitsPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'UnitFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'UnitSort' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'units' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnitsTable_unit' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UnitsTable_unit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Unit' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sector' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kecamatan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnitsPageQuery, UnitsPageQueryVariables>;
export const KecamatanSelectOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'KecamatanSelectOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kecamatans' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KecamatanSelectOptionsQuery, KecamatanSelectOptionsQueryVariables>;
export const UnitSelectOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UnitSelectOptions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'UnitFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'units' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '20' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'EnumValue', value: 'NAME_ASC' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnitSelectOptionsQuery, UnitSelectOptionsQueryVariables>;
export const UnitSelectSelectedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UnitSelectSelected' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnitSelectSelectedQuery, UnitSelectSelectedQueryVariables>;
export const UnitsExportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UnitsExport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'UnitFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'UnitSort' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'units' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'sector' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'parent' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'kecamatan' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnitsExportQuery, UnitsExportQueryVariables>;
export const UsersPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UsersPage' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'users' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UsersTable_user' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserEditModal_user' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UsersTable_user' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastLoginAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserEditModal_user' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UsersPageQuery, UsersPageQueryVariables>;
export const UsersPageCreateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UsersPageCreate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateUserInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UsersTable_user' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserEditModal_user' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UsersTable_user' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastLoginAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserEditModal_user' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UsersPageCreateMutation, UsersPageCreateMutationVariables>;
export const UsersPageUpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UsersPageUpdate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateUserInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UsersTable_user' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserEditModal_user' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UsersTable_user' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastLoginAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserEditModal_user' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UsersPageUpdateMutation, UsersPageUpdateMutationVariables>;
