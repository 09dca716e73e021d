/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query GapsPageList(\n    $year: Int!\n    $horizon: Int!\n    $first: Int!\n    $offset: Int!\n    $filter: GapFilter\n    $sort: GapSort\n  ) {\n    gaps(year: $year, horizon: $horizon, first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          ...GapTable_gap\n          ...GapExplanationDrawer_gap\n        }\n      }\n    }\n  }\n": typeof types.GapsPageListDocument,
    "\n  query GapsPageSummary($year: Int!, $horizon: Int!) {\n    region: gapSummary(year: $year, groupBy: REGION, horizon: $horizon) {\n      key\n      ...GapKpis_row\n    }\n    bySector: gapSummary(year: $year, groupBy: SECTOR, horizon: $horizon) {\n      key\n      ...SectorNeedChart_row\n    }\n    byKecamatan: gapSummary(year: $year, groupBy: KECAMATAN, horizon: $horizon) {\n      key\n      ...KecamatanGapChart_row\n    }\n  }\n": typeof types.GapsPageSummaryDocument,
    "\n  query GapsPageWave($year: Int!, $sectorId: ID) {\n    retirementWave(year: $year, sectorId: $sectorId) {\n      year\n      ...RetirementWaveChart_year\n    }\n  }\n": typeof types.GapsPageWaveDocument,
    "\n  query GapsPageRecap($year: Int!, $horizon: Int!, $groupBy: GapGroupBy!) {\n    gapSummary(year: $year, groupBy: $groupBy, horizon: $horizon) {\n      key\n      ...GapSummaryTable_row\n    }\n  }\n": typeof types.GapsPageRecapDocument,
    "\n  fragment GapExplanationDrawer_gap on Gap {\n    id\n    year\n    position {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    sector {\n      id\n      name\n    }\n    kecamatan {\n      id\n      name\n    }\n    need\n    headcount\n    staff\n    leaving\n    projectedStaff\n    gap\n    kind\n    priority\n    explanationSummary\n    explanation {\n      key\n      label\n      formula\n      value\n    }\n    ...PriorityFactorsTable_gap\n    outlook {\n      year\n      leavingInYear\n      leavingByYear\n      projectedStaff\n      gap\n    }\n  }\n": typeof types.GapExplanationDrawer_GapFragmentDoc,
    "\n  fragment GapSummaryTable_row on GapSummaryRow {\n    key\n    label\n    need\n    staff\n    leaving\n    projectedStaff\n    shortage\n    surplus\n    net\n    gapCount\n  }\n": typeof types.GapSummaryTable_RowFragmentDoc,
    "\n  fragment GapTable_gap on Gap {\n    id\n    position {\n      id\n      name\n      kind\n    }\n    unit {\n      id\n      name\n    }\n    kecamatan {\n      id\n      name\n    }\n    need\n    staff\n    projectedStaff\n    gap\n    kind\n    priority\n  }\n": typeof types.GapTable_GapFragmentDoc,
    "\n  fragment KecamatanGapChart_row on GapSummaryRow {\n    key\n    label\n    shortage\n    surplus\n  }\n": typeof types.KecamatanGapChart_RowFragmentDoc,
    "\n  fragment PriorityFactorsTable_gap on Gap {\n    priority\n    factors {\n      factor\n      value\n      weight\n      contribution\n      explanation\n    }\n  }\n": typeof types.PriorityFactorsTable_GapFragmentDoc,
    "\n  fragment RetirementWaveChart_year on RetirementWaveYear {\n    year\n    retirements\n    contractEnds\n    transfers\n    total\n  }\n": typeof types.RetirementWaveChart_YearFragmentDoc,
    "\n  fragment SectorNeedChart_row on GapSummaryRow {\n    key\n    label\n    need\n    staff\n    projectedStaff\n  }\n": typeof types.SectorNeedChart_RowFragmentDoc,
    "\n  query GapsExport(\n    $year: Int!\n    $horizon: Int!\n    $first: Int!\n    $offset: Int!\n    $filter: GapFilter\n    $sort: GapSort\n  ) {\n    gaps(year: $year, horizon: $horizon, first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          position {\n            id\n            name\n            kind\n          }\n          unit {\n            id\n            code\n            name\n          }\n          sector {\n            id\n            name\n          }\n          kecamatan {\n            id\n            name\n          }\n          need\n          headcount\n          staff\n          leaving\n          projectedStaff\n          gap\n          kind\n          priority\n        }\n      }\n    }\n  }\n": typeof types.GapsExportDocument,
    "\n  query HomePage {\n    me {\n      id\n      name\n    }\n    sectors(first: 1) {\n      totalCount\n    }\n    units(first: 1) {\n      totalCount\n    }\n    positions(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.HomePageDocument,
    "\n  fragment WorkflowCard_counts on AnalysisStatusCount {\n    status\n    count\n  }\n": typeof types.WorkflowCard_CountsFragmentDoc,
    "\n  fragment TopGapsCard_gaps on GapConnection {\n    totalCount\n    edges {\n      node {\n        id\n        gap\n        kind\n        priority\n        factors {\n          factor\n          contribution\n          explanation\n        }\n        position {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.TopGapsCard_GapsFragmentDoc,
    "\n  fragment BudgetAlert_planningYear on PlanningYear {\n    id\n    budget {\n      cap\n      projectedShare\n      exceedsCap\n    }\n  }\n": typeof types.BudgetAlert_PlanningYearFragmentDoc,
    "\n  query HomePlanning($year: Int!) {\n    region: gapSummary(year: $year, groupBy: REGION) {\n      key\n      ...GapKpis_row\n    }\n    topGaps: gaps(year: $year, first: 5, sort: PRIORITY_DESC, filter: { gapKind: SHORTAGE }) {\n      ...TopGapsCard_gaps\n    }\n    needsAnalysisStatusCounts(year: $year) {\n      ...WorkflowCard_counts\n    }\n    planningYear(year: $year) {\n      ...BudgetAlert_planningYear\n    }\n  }\n": typeof types.HomePlanningDocument,
    "\n  mutation LoginPageLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n    }\n  }\n": typeof types.LoginPageLoginDocument,
    "\n  query NeedsAnalysesPage($first: Int!, $offset: Int!, $filter: NeedsAnalysisFilter) {\n    needsAnalyses(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          ...NeedsAnalysesTable_needsAnalysis\n        }\n      }\n    }\n  }\n": typeof types.NeedsAnalysesPageDocument,
    "\n  mutation NeedsAnalysesPageCreate($year: Int!, $unitId: ID!) {\n    createNeedsAnalysis(year: $year, unitId: $unitId) {\n      id\n      ...NeedsAnalysesTable_needsAnalysis\n    }\n  }\n": typeof types.NeedsAnalysesPageCreateDocument,
    "\n  query NeedsAnalysisPage($id: ID!) {\n    needsAnalysis(id: $id) {\n      id\n      year\n      version\n      status\n      viewerCanEdit\n      viewerCanVersion\n      viewerActions\n      effectiveHours\n      unit {\n        id\n        name\n        kind\n      }\n      positionNeeds {\n        id\n        position {\n          id\n        }\n        ...PositionNeedCard_positionNeed\n      }\n      ...AnalysisSummary_needsAnalysis\n    }\n  }\n": typeof types.NeedsAnalysisPageDocument,
    "\n  query NeedsAnalysisPageRounding($year: Int!) {\n    planningYear(year: $year) {\n      id\n      roundingRule\n    }\n  }\n": typeof types.NeedsAnalysisPageRoundingDocument,
    "\n  query NeedsComparePage($id: ID!) {\n    needsAnalysis(id: $id) {\n      id\n      year\n      version\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.NeedsComparePageDocument,
    "\n  query NeedsComparePageVersions($filter: NeedsAnalysisFilter) {\n    needsAnalyses(first: 100, filter: $filter) {\n      edges {\n        node {\n          id\n          version\n          status\n        }\n      }\n    }\n  }\n": typeof types.NeedsComparePageVersionsDocument,
    "\n  query NeedsComparePageCompare($fromId: ID!, $toId: ID!) {\n    compareNeedsAnalyses(fromId: $fromId, toId: $toId) {\n      ...NeedsCompareTable_comparison\n    }\n  }\n": typeof types.NeedsComparePageCompareDocument,
    "\n  fragment AnalysisSummary_needsAnalysis on NeedsAnalysis {\n    status\n    editable\n    viewerCanEdit\n    note\n    effectiveHours\n    totalFte\n    totalHeadcount\n    submittedAt\n    verifiedAt\n    finalizedAt\n    updatedAt\n  }\n": typeof types.AnalysisSummary_NeedsAnalysisFragmentDoc,
    "\n  fragment NeedResult_positionNeed on PositionNeed {\n    workloadFte\n    workloadHours\n    need\n    signal\n    signalReason\n    headcount\n    bezetting\n    effectiveness\n    pjGrade\n  }\n": typeof types.NeedResult_PositionNeedFragmentDoc,
    "\n  fragment NeedsAnalysesTable_needsAnalysis on NeedsAnalysis {\n    id\n    year\n    version\n    status\n    totalFte\n    totalHeadcount\n    updatedAt\n    unit {\n      id\n      code\n      name\n    }\n  }\n": typeof types.NeedsAnalysesTable_NeedsAnalysisFragmentDoc,
    "\n  fragment NeedsCompareTable_comparison on PositionNeedComparison {\n    position {\n      id\n      name\n    }\n    fromNeed\n    fromHeadcount\n    toNeed\n    toHeadcount\n    delta\n  }\n": typeof types.NeedsCompareTable_ComparisonFragmentDoc,
    "\n  fragment PositionNeedCard_positionNeed on PositionNeed {\n    id\n    position {\n      id\n      name\n      isTeacher\n      servedPerStaffBenchmark\n    }\n    workloadItems {\n      id\n      task\n      outputUnit\n      annualVolume\n      normMinutes\n    }\n    standardNeed\n    standardBasis\n    demandChoice\n    demandNote\n    ...NeedResult_positionNeed\n  }\n": typeof types.PositionNeedCard_PositionNeedFragmentDoc,
    "\n    mutation NeedsAnalysisPageSaveNeed($input: SavePositionNeedInput!) {\n      savePositionNeed(input: $input) {\n        id\n        position {\n          id\n          name\n        }\n        ...PositionNeedCard_positionNeed\n      }\n    }\n  ": typeof types.NeedsAnalysisPageSaveNeedDocument,
    "\n    mutation NeedsAnalysisPageRemoveNeed($id: ID!) {\n      removePositionNeed(id: $id) {\n        id\n        positionNeeds {\n          id\n        }\n        ...AnalysisSummary_needsAnalysis\n      }\n    }\n  ": typeof types.NeedsAnalysisPageRemoveNeedDocument,
    "\n    mutation NeedsAnalysisPageTransition($id: ID!, $action: AnalysisAction!, $note: String) {\n      transitionNeedsAnalysis(id: $id, action: $action, note: $note) {\n        id\n        status\n        editable\n        viewerCanEdit\n        viewerCanVersion\n        viewerActions\n        ...AnalysisSummary_needsAnalysis\n      }\n    }\n  ": typeof types.NeedsAnalysisPageTransitionDocument,
    "\n    mutation NeedsAnalysisPageNewVersion($id: ID!) {\n      createNeedsAnalysisVersion(id: $id) {\n        id\n        version\n      }\n    }\n  ": typeof types.NeedsAnalysisPageNewVersionDocument,
    "\n  query NeedsAnalysesExport($first: Int!, $offset: Int!, $filter: NeedsAnalysisFilter) {\n    needsAnalyses(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          year\n          version\n          status\n          totalFte\n          totalHeadcount\n          updatedAt\n          unit {\n            id\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.NeedsAnalysesExportDocument,
    "\n  query PlanningPage($year: Int!) {\n    planningYear(year: $year) {\n      id\n      year\n      ...PlanningForm_planningYear\n      ...BudgetHeadroomCard_planningYear\n    }\n    planningYears {\n      id\n      year\n    }\n    sectors(first: 100, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PlanningPageDocument,
    "\n  mutation PlanningPageSave($input: PlanningYearInput!) {\n    savePlanningYear(input: $input) {\n      id\n      year\n      ...PlanningForm_planningYear\n      ...BudgetHeadroomCard_planningYear\n    }\n  }\n": typeof types.PlanningPageSaveDocument,
    "\n  fragment BudgetHeadroomCard_planningYear on PlanningYear {\n    budget {\n      cap\n      currentShare\n      plannedCost\n      projectedShare\n      headroom\n      exceedsCap\n      explanation\n    }\n  }\n": typeof types.BudgetHeadroomCard_PlanningYearFragmentDoc,
    "\n  fragment PlanningForm_planningYear on PlanningYear {\n    effectiveHours\n    roundingRule\n    priorityWeights {\n      sectorPriority\n      severity\n      serviceImpact\n      retirements\n      stakeholder\n    }\n    sectorPriorities {\n      sector {\n        id\n      }\n      priority\n      urgent\n      note\n    }\n    totalSpending\n    personnelSpending\n    excludedTeacherAllowances\n    averageCosts {\n      kind\n      annualCost\n    }\n  }\n": typeof types.PlanningForm_PlanningYearFragmentDoc,
    "\n  mutation PositionCreatePageCreate($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      id\n      ...PositionForm_position\n      ...PositionsTable_position\n    }\n  }\n": typeof types.PositionCreatePageCreateDocument,
    "\n  query PositionEditPage($id: ID!) {\n    position(id: $id) {\n      id\n      name\n      archived\n      archivedAt\n      unit {\n        id\n        name\n      }\n      sector {\n        id\n        name\n      }\n      ...PositionForm_position\n    }\n  }\n": typeof types.PositionEditPageDocument,
    "\n  mutation PositionEditPageUpdate($id: ID!, $input: UpdatePositionInput!) {\n    updatePosition(id: $id, input: $input) {\n      id\n      ...PositionForm_position\n      ...PositionsTable_position\n    }\n  }\n": typeof types.PositionEditPageUpdateDocument,
    "\n  mutation PositionEditPageArchive($id: ID!) {\n    archivePosition(id: $id) {\n      id\n      archived\n      archivedAt\n      ...PositionForm_position\n      ...PositionsTable_position\n    }\n  }\n": typeof types.PositionEditPageArchiveDocument,
    "\n  query PositionsPage($first: Int!, $offset: Int!, $filter: PositionFilter, $sort: PositionSort) {\n    positions(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          ...PositionsTable_position\n        }\n      }\n    }\n  }\n": typeof types.PositionsPageDocument,
    "\n  fragment PositionForm_position on Position {\n    id\n    name\n    kind\n    level\n    isTeacher\n    educationLevels\n    studyPrograms\n    licences\n    competencies\n    description\n    retirementAge\n    servedPerStaffBenchmark\n    unit {\n      id\n    }\n  }\n": typeof types.PositionForm_PositionFragmentDoc,
    "\n  fragment PositionsTable_position on Position {\n    id\n    name\n    kind\n    level\n    isTeacher\n    educationLevels\n    retirementAge\n    archived\n    unit {\n      id\n      name\n    }\n    sector {\n      id\n      name\n    }\n  }\n": typeof types.PositionsTable_PositionFragmentDoc,
    "\n  query PositionsExport($first: Int!, $offset: Int!, $filter: PositionFilter, $sort: PositionSort) {\n    positions(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          level\n          isTeacher\n          educationLevels\n          retirementAge\n          archived\n          unit {\n            id\n            code\n            name\n          }\n          sector {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PositionsExportDocument,
    "\n  mutation SectorCreatePageCreate($input: CreateSectorInput!) {\n    createSector(input: $input) {\n      id\n      ...SectorForm_sector\n      ...SectorsTable_sector\n    }\n  }\n": typeof types.SectorCreatePageCreateDocument,
    "\n  query SectorEditPage($id: ID!) {\n    sector(id: $id) {\n      id\n      name\n      archived\n      archivedAt\n      ...SectorForm_sector\n    }\n  }\n": typeof types.SectorEditPageDocument,
    "\n  mutation SectorEditPageUpdate($id: ID!, $input: UpdateSectorInput!) {\n    updateSector(id: $id, input: $input) {\n      id\n      ...SectorForm_sector\n      ...SectorsTable_sector\n    }\n  }\n": typeof types.SectorEditPageUpdateDocument,
    "\n  mutation SectorEditPageArchive($id: ID!) {\n    archiveSector(id: $id) {\n      id\n      archived\n      archivedAt\n      ...SectorForm_sector\n      ...SectorsTable_sector\n    }\n  }\n": typeof types.SectorEditPageArchiveDocument,
    "\n  query SectorsPage($first: Int!, $offset: Int!, $filter: SectorFilter, $sort: SectorSort) {\n    sectors(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          ...SectorsTable_sector\n        }\n      }\n    }\n  }\n": typeof types.SectorsPageDocument,
    "\n  fragment SectorForm_sector on Sector {\n    id\n    code\n    name\n    description\n    archived\n  }\n": typeof types.SectorForm_SectorFragmentDoc,
    "\n  fragment SectorsTable_sector on Sector {\n    id\n    code\n    name\n    description\n    archived\n    updatedAt\n  }\n": typeof types.SectorsTable_SectorFragmentDoc,
    "\n  query SectorsExport($first: Int!, $offset: Int!, $filter: SectorFilter, $sort: SectorSort) {\n    sectors(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          description\n          archived\n          updatedAt\n        }\n      }\n    }\n  }\n": typeof types.SectorsExportDocument,
    "\n  mutation AppShellSignOut {\n    logout\n  }\n": typeof types.AppShellSignOutDocument,
    "\n  fragment UserMenu_user on User {\n    name\n    email\n    roles\n  }\n": typeof types.UserMenu_UserFragmentDoc,
    "\n  query StaffMemberPage($id: ID!) {\n    staffMember(id: $id) {\n      ...StaffMemberPage_member\n    }\n  }\n": typeof types.StaffMemberPageDocument,
    "\n  fragment StaffMemberPage_member on StaffMember {\n    id\n    name\n    tmt\n    archived\n    archivedAt\n    position {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    ...StaffDetailsForm_staffMember\n    ...StaffTable_staffMember\n    history {\n      id\n      ...StaffHistory_change\n    }\n  }\n": typeof types.StaffMemberPage_MemberFragmentDoc,
    "\n  mutation StaffMemberPageUpdate($id: ID!, $input: UpdateStaffMemberInput!) {\n    updateStaffMember(id: $id, input: $input) {\n      ...StaffMemberPage_member\n    }\n  }\n": typeof types.StaffMemberPageUpdateDocument,
    "\n  mutation StaffMemberPageMove($id: ID!, $input: MoveStaffMemberInput!) {\n    moveStaffMember(id: $id, input: $input) {\n      ...StaffMemberPage_member\n    }\n  }\n": typeof types.StaffMemberPageMoveDocument,
    "\n  mutation StaffMemberPageArchive($id: ID!, $input: ArchiveStaffMemberInput!) {\n    archiveStaffMember(id: $id, input: $input) {\n      ...StaffMemberPage_member\n    }\n  }\n": typeof types.StaffMemberPageArchiveDocument,
    "\n  query StaffPage($first: Int!, $offset: Int!, $filter: StaffMemberFilter) {\n    staffMembers(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          ...StaffTable_staffMember\n        }\n      }\n    }\n  }\n": typeof types.StaffPageDocument,
    "\n  mutation StaffPageImport($csv: String!, $dryRun: Boolean!) {\n    importStaff(csv: $csv, dryRun: $dryRun) {\n      applied\n      ...ImportReport_result\n    }\n  }\n": typeof types.StaffPageImportDocument,
    "\n  fragment ImportReport_result on StaffImportResult {\n    applied\n    totalRows\n    created\n    updated\n    unchanged\n    errors {\n      line\n      column\n      reason\n      message\n    }\n    warnings {\n      line\n      column\n      reason\n      message\n    }\n  }\n": typeof types.ImportReport_ResultFragmentDoc,
    "\n  fragment StaffDetailsForm_staffMember on StaffMember {\n    id\n    nip\n    name\n    birthDate\n    gender\n    employmentType\n    contractEnd\n    transferDate\n    tmt\n  }\n": typeof types.StaffDetailsForm_StaffMemberFragmentDoc,
    "\n  fragment StaffHistory_change on StaffMemberChange {\n    id\n    kind\n    changedAt\n    changedByName\n    effectiveOn\n    archiveReason\n    note\n    changes {\n      field\n      from\n      to\n    }\n  }\n": typeof types.StaffHistory_ChangeFragmentDoc,
    "\n  fragment StaffTable_staffMember on StaffMember {\n    id\n    nip\n    name\n    gender\n    employmentType\n    contractEnd\n    transferDate\n    tmt\n    retirementDate\n    archived\n    position {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n  }\n": typeof types.StaffTable_StaffMemberFragmentDoc,
    "\n  query StaffExport($first: Int!, $offset: Int!, $filter: StaffMemberFilter) {\n    staffMembers(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          nip\n          name\n          birthDate\n          gender\n          employmentType\n          tmt\n          contractEnd\n          transferDate\n          position {\n            id\n            name\n          }\n          unit {\n            id\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.StaffExportDocument,
    "\n  query StaffTemplatePosition {\n    positions(first: 1, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          name\n          unit {\n            id\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.StaffTemplatePositionDocument,
    "\n  query StakeholdersPage($year: Int!) {\n    stakeholderInputs(year: $year) {\n      id\n      ...StakeholderInputsTable_input\n    }\n  }\n": typeof types.StakeholdersPageDocument,
    "\n  mutation StakeholdersPageCreate($input: StakeholderInputInput!) {\n    createStakeholderInput(input: $input) {\n      id\n      ...StakeholderInputsTable_input\n    }\n  }\n": typeof types.StakeholdersPageCreateDocument,
    "\n  mutation StakeholdersPageConfirm($id: ID!, $weight: Float!) {\n    confirmStakeholderInput(id: $id, weight: $weight) {\n      id\n      ...StakeholderInputsTable_input\n    }\n  }\n": typeof types.StakeholdersPageConfirmDocument,
    "\n  fragment StakeholderInputsTable_input on StakeholderInput {\n    id\n    year\n    source\n    submittedBy\n    summary\n    sector {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    position {\n      id\n      name\n    }\n    proposedWeight\n    confirmedWeight\n    confirmedAt\n  }\n": typeof types.StakeholderInputsTable_InputFragmentDoc,
    "\n  mutation UnitCreatePageCreate($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      ...UnitForm_unit\n      ...UnitsTable_unit\n    }\n  }\n": typeof types.UnitCreatePageCreateDocument,
    "\n  query UnitEditPage($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      archived\n      archivedAt\n      ...UnitForm_unit\n    }\n  }\n": typeof types.UnitEditPageDocument,
    "\n  mutation UnitEditPageUpdate($id: ID!, $input: UpdateUnitInput!) {\n    updateUnit(id: $id, input: $input) {\n      id\n      ...UnitForm_unit\n      ...UnitsTable_unit\n    }\n  }\n": typeof types.UnitEditPageUpdateDocument,
    "\n  mutation UnitEditPageArchive($id: ID!) {\n    archiveUnit(id: $id) {\n      id\n      archived\n      archivedAt\n      ...UnitForm_unit\n      ...UnitsTable_unit\n    }\n  }\n": typeof types.UnitEditPageArchiveDocument,
    "\n  query UnitsPage($first: Int!, $offset: Int!, $filter: UnitFilter, $sort: UnitSort) {\n    units(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          ...UnitsTable_unit\n        }\n      }\n    }\n  }\n": typeof types.UnitsPageDocument,
    "\n  fragment UnitForm_unit on Unit {\n    id\n    code\n    name\n    kind\n    address\n    servedPopulation\n    archived\n    sector {\n      id\n    }\n    parent {\n      id\n    }\n    kecamatan {\n      id\n    }\n  }\n": typeof types.UnitForm_UnitFragmentDoc,
    "\n  fragment UnitsTable_unit on Unit {\n    id\n    code\n    name\n    kind\n    archived\n    sector {\n      id\n      name\n    }\n    parent {\n      id\n      name\n    }\n    kecamatan {\n      id\n      name\n    }\n  }\n": typeof types.UnitsTable_UnitFragmentDoc,
    "\n  query UnitsExport($first: Int!, $offset: Int!, $filter: UnitFilter, $sort: UnitSort) {\n    units(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          kind\n          archived\n          sector {\n            id\n            name\n          }\n          parent {\n            id\n            name\n          }\n          kecamatan {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.UnitsExportDocument,
    "\n  query UsersPage {\n    me {\n      id\n    }\n    users {\n      id\n      ...UsersTable_user\n      ...UserEditModal_user\n    }\n  }\n": typeof types.UsersPageDocument,
    "\n  mutation UsersPageCreate($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...UsersTable_user\n      ...UserEditModal_user\n    }\n  }\n": typeof types.UsersPageCreateDocument,
    "\n  mutation UsersPageUpdate($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      ...UsersTable_user\n      ...UserEditModal_user\n    }\n  }\n": typeof types.UsersPageUpdateDocument,
    "\n  fragment UserEditModal_user on User {\n    id\n    name\n    email\n    disabled\n    grants {\n      role\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UserEditModal_UserFragmentDoc,
    "\n  fragment UsersTable_user on User {\n    id\n    name\n    email\n    disabled\n    lastLoginAt\n    grants {\n      role\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UsersTable_UserFragmentDoc,
    "\n  fragment GapKpis_row on GapSummaryRow {\n    key\n    need\n    staff\n    leaving\n    shortage\n    surplus\n  }\n": typeof types.GapKpis_RowFragmentDoc,
    "\n  query KecamatanSelectOptions {\n    kecamatans {\n      id\n      code\n      name\n    }\n  }\n": typeof types.KecamatanSelectOptionsDocument,
    "\n  query PositionSelectOptions($filter: PositionFilter) {\n    positions(first: 50, filter: $filter, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          name\n          isTeacher\n          servedPerStaffBenchmark\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PositionSelectOptionsDocument,
    "\n  query PositionSelectSelected($id: ID!) {\n    position(id: $id) {\n      id\n      name\n      isTeacher\n      servedPerStaffBenchmark\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PositionSelectSelectedDocument,
    "\n  query SectorSelectOptions {\n    sectors(first: 100, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.SectorSelectOptionsDocument,
    "\n  query UnitSelectOptions($filter: UnitFilter) {\n    units(first: 20, filter: $filter, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.UnitSelectOptionsDocument,
    "\n  query UnitSelectSelected($id: ID!) {\n    unit(id: $id) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.UnitSelectSelectedDocument,
    "\n  query AppShell {\n    me {\n      id\n      roles\n      ...UserMenu_user\n    }\n  }\n": typeof types.AppShellDocument,
    "\n  query Region {\n    region {\n      name\n      agency\n      emblemUrl\n    }\n  }\n": typeof types.RegionDocument,
};
const documents: Documents = {
    "\n  query GapsPageList(\n    $year: Int!\n    $horizon: Int!\n    $first: Int!\n    $offset: Int!\n    $filter: GapFilter\n    $sort: GapSort\n  ) {\n    gaps(year: $year, horizon: $horizon, first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          ...GapTable_gap\n          ...GapExplanationDrawer_gap\n        }\n      }\n    }\n  }\n": types.GapsPageListDocument,
    "\n  query GapsPageSummary($year: Int!, $horizon: Int!) {\n    region: gapSummary(year: $year, groupBy: REGION, horizon: $horizon) {\n      key\n      ...GapKpis_row\n    }\n    bySector: gapSummary(year: $year, groupBy: SECTOR, horizon: $horizon) {\n      key\n      ...SectorNeedChart_row\n    }\n    byKecamatan: gapSummary(year: $year, groupBy: KECAMATAN, horizon: $horizon) {\n      key\n      ...KecamatanGapChart_row\n    }\n  }\n": types.GapsPageSummaryDocument,
    "\n  query GapsPageWave($year: Int!, $sectorId: ID) {\n    retirementWave(year: $year, sectorId: $sectorId) {\n      year\n      ...RetirementWaveChart_year\n    }\n  }\n": types.GapsPageWaveDocument,
    "\n  query GapsPageRecap($year: Int!, $horizon: Int!, $groupBy: GapGroupBy!) {\n    gapSummary(year: $year, groupBy: $groupBy, horizon: $horizon) {\n      key\n      ...GapSummaryTable_row\n    }\n  }\n": types.GapsPageRecapDocument,
    "\n  fragment GapExplanationDrawer_gap on Gap {\n    id\n    year\n    position {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    sector {\n      id\n      name\n    }\n    kecamatan {\n      id\n      name\n    }\n    need\n    headcount\n    staff\n    leaving\n    projectedStaff\n    gap\n    kind\n    priority\n    explanationSummary\n    explanation {\n      key\n      label\n      formula\n      value\n    }\n    ...PriorityFactorsTable_gap\n    outlook {\n      year\n      leavingInYear\n      leavingByYear\n      projectedStaff\n      gap\n    }\n  }\n": types.GapExplanationDrawer_GapFragmentDoc,
    "\n  fragment GapSummaryTable_row on GapSummaryRow {\n    key\n    label\n    need\n    staff\n    leaving\n    projectedStaff\n    shortage\n    surplus\n    net\n    gapCount\n  }\n": types.GapSummaryTable_RowFragmentDoc,
    "\n  fragment GapTable_gap on Gap {\n    id\n    position {\n      id\n      name\n      kind\n    }\n    unit {\n      id\n      name\n    }\n    kecamatan {\n      id\n      name\n    }\n    need\n    staff\n    projectedStaff\n    gap\n    kind\n    priority\n  }\n": types.GapTable_GapFragmentDoc,
    "\n  fragment KecamatanGapChart_row on GapSummaryRow {\n    key\n    label\n    shortage\n    surplus\n  }\n": types.KecamatanGapChart_RowFragmentDoc,
    "\n  fragment PriorityFactorsTable_gap on Gap {\n    priority\n    factors {\n      factor\n      value\n      weight\n      contribution\n      explanation\n    }\n  }\n": types.PriorityFactorsTable_GapFragmentDoc,
    "\n  fragment RetirementWaveChart_year on RetirementWaveYear {\n    year\n    retirements\n    contractEnds\n    transfers\n    total\n  }\n": types.RetirementWaveChart_YearFragmentDoc,
    "\n  fragment SectorNeedChart_row on GapSummaryRow {\n    key\n    label\n    need\n    staff\n    projectedStaff\n  }\n": types.SectorNeedChart_RowFragmentDoc,
    "\n  query GapsExport(\n    $year: Int!\n    $horizon: Int!\n    $first: Int!\n    $offset: Int!\n    $filter: GapFilter\n    $sort: GapSort\n  ) {\n    gaps(year: $year, horizon: $horizon, first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          position {\n            id\n            name\n            kind\n          }\n          unit {\n            id\n            code\n            name\n          }\n          sector {\n            id\n            name\n          }\n          kecamatan {\n            id\n            name\n          }\n          need\n          headcount\n          staff\n          leaving\n          projectedStaff\n          gap\n          kind\n          priority\n        }\n      }\n    }\n  }\n": types.GapsExportDocument,
    "\n  query HomePage {\n    me {\n      id\n      name\n    }\n    sectors(first: 1) {\n      totalCount\n    }\n    units(first: 1) {\n      totalCount\n    }\n    positions(first: 1) {\n      totalCount\n    }\n  }\n": types.HomePageDocument,
    "\n  fragment WorkflowCard_counts on AnalysisStatusCount {\n    status\n    count\n  }\n": types.WorkflowCard_CountsFragmentDoc,
    "\n  fragment TopGapsCard_gaps on GapConnection {\n    totalCount\n    edges {\n      node {\n        id\n        gap\n        kind\n        priority\n        factors {\n          factor\n          contribution\n          explanation\n        }\n        position {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.TopGapsCard_GapsFragmentDoc,
    "\n  fragment BudgetAlert_planningYear on PlanningYear {\n    id\n    budget {\n      cap\n      projectedShare\n      exceedsCap\n    }\n  }\n": types.BudgetAlert_PlanningYearFragmentDoc,
    "\n  query HomePlanning($year: Int!) {\n    region: gapSummary(year: $year, groupBy: REGION) {\n      key\n      ...GapKpis_row\n    }\n    topGaps: gaps(year: $year, first: 5, sort: PRIORITY_DESC, filter: { gapKind: SHORTAGE }) {\n      ...TopGapsCard_gaps\n    }\n    needsAnalysisStatusCounts(year: $year) {\n      ...WorkflowCard_counts\n    }\n    planningYear(year: $year) {\n      ...BudgetAlert_planningYear\n    }\n  }\n": types.HomePlanningDocument,
    "\n  mutation LoginPageLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n    }\n  }\n": types.LoginPageLoginDocument,
    "\n  query NeedsAnalysesPage($first: Int!, $offset: Int!, $filter: NeedsAnalysisFilter) {\n    needsAnalyses(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          ...NeedsAnalysesTable_needsAnalysis\n        }\n      }\n    }\n  }\n": types.NeedsAnalysesPageDocument,
    "\n  mutation NeedsAnalysesPageCreate($year: Int!, $unitId: ID!) {\n    createNeedsAnalysis(year: $year, unitId: $unitId) {\n      id\n      ...NeedsAnalysesTable_needsAnalysis\n    }\n  }\n": types.NeedsAnalysesPageCreateDocument,
    "\n  query NeedsAnalysisPage($id: ID!) {\n    needsAnalysis(id: $id) {\n      id\n      year\n      version\n      status\n      viewerCanEdit\n      viewerCanVersion\n      viewerActions\n      effectiveHours\n      unit {\n        id\n        name\n        kind\n      }\n      positionNeeds {\n        id\n        position {\n          id\n        }\n        ...PositionNeedCard_positionNeed\n      }\n      ...AnalysisSummary_needsAnalysis\n    }\n  }\n": types.NeedsAnalysisPageDocument,
    "\n  query NeedsAnalysisPageRounding($year: Int!) {\n    planningYear(year: $year) {\n      id\n      roundingRule\n    }\n  }\n": types.NeedsAnalysisPageRoundingDocument,
    "\n  query NeedsComparePage($id: ID!) {\n    needsAnalysis(id: $id) {\n      id\n      year\n      version\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.NeedsComparePageDocument,
    "\n  query NeedsComparePageVersions($filter: NeedsAnalysisFilter) {\n    needsAnalyses(first: 100, filter: $filter) {\n      edges {\n        node {\n          id\n          version\n          status\n        }\n      }\n    }\n  }\n": types.NeedsComparePageVersionsDocument,
    "\n  query NeedsComparePageCompare($fromId: ID!, $toId: ID!) {\n    compareNeedsAnalyses(fromId: $fromId, toId: $toId) {\n      ...NeedsCompareTable_comparison\n    }\n  }\n": types.NeedsComparePageCompareDocument,
    "\n  fragment AnalysisSummary_needsAnalysis on NeedsAnalysis {\n    status\n    editable\n    viewerCanEdit\n    note\n    effectiveHours\n    totalFte\n    totalHeadcount\n    submittedAt\n    verifiedAt\n    finalizedAt\n    updatedAt\n  }\n": types.AnalysisSummary_NeedsAnalysisFragmentDoc,
    "\n  fragment NeedResult_positionNeed on PositionNeed {\n    workloadFte\n    workloadHours\n    need\n    signal\n    signalReason\n    headcount\n    bezetting\n    effectiveness\n    pjGrade\n  }\n": types.NeedResult_PositionNeedFragmentDoc,
    "\n  fragment NeedsAnalysesTable_needsAnalysis on NeedsAnalysis {\n    id\n    year\n    version\n    status\n    totalFte\n    totalHeadcount\n    updatedAt\n    unit {\n      id\n      code\n      name\n    }\n  }\n": types.NeedsAnalysesTable_NeedsAnalysisFragmentDoc,
    "\n  fragment NeedsCompareTable_comparison on PositionNeedComparison {\n    position {\n      id\n      name\n    }\n    fromNeed\n    fromHeadcount\n    toNeed\n    toHeadcount\n    delta\n  }\n": types.NeedsCompareTable_ComparisonFragmentDoc,
    "\n  fragment PositionNeedCard_positionNeed on PositionNeed {\n    id\n    position {\n      id\n      name\n      isTeacher\n      servedPerStaffBenchmark\n    }\n    workloadItems {\n      id\n      task\n      outputUnit\n      annualVolume\n      normMinutes\n    }\n    standardNeed\n    standardBasis\n    demandChoice\n    demandNote\n    ...NeedResult_positionNeed\n  }\n": types.PositionNeedCard_PositionNeedFragmentDoc,
    "\n    mutation NeedsAnalysisPageSaveNeed($input: SavePositionNeedInput!) {\n      savePositionNeed(input: $input) {\n        id\n        position {\n          id\n          name\n        }\n        ...PositionNeedCard_positionNeed\n      }\n    }\n  ": types.NeedsAnalysisPageSaveNeedDocument,
    "\n    mutation NeedsAnalysisPageRemoveNeed($id: ID!) {\n      removePositionNeed(id: $id) {\n        id\n        positionNeeds {\n          id\n        }\n        ...AnalysisSummary_needsAnalysis\n      }\n    }\n  ": types.NeedsAnalysisPageRemoveNeedDocument,
    "\n    mutation NeedsAnalysisPageTransition($id: ID!, $action: AnalysisAction!, $note: String) {\n      transitionNeedsAnalysis(id: $id, action: $action, note: $note) {\n        id\n        status\n        editable\n        viewerCanEdit\n        viewerCanVersion\n        viewerActions\n        ...AnalysisSummary_needsAnalysis\n      }\n    }\n  ": types.NeedsAnalysisPageTransitionDocument,
    "\n    mutation NeedsAnalysisPageNewVersion($id: ID!) {\n      createNeedsAnalysisVersion(id: $id) {\n        id\n        version\n      }\n    }\n  ": types.NeedsAnalysisPageNewVersionDocument,
    "\n  query NeedsAnalysesExport($first: Int!, $offset: Int!, $filter: NeedsAnalysisFilter) {\n    needsAnalyses(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          year\n          version\n          status\n          totalFte\n          totalHeadcount\n          updatedAt\n          unit {\n            id\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": types.NeedsAnalysesExportDocument,
    "\n  query PlanningPage($year: Int!) {\n    planningYear(year: $year) {\n      id\n      year\n      ...PlanningForm_planningYear\n      ...BudgetHeadroomCard_planningYear\n    }\n    planningYears {\n      id\n      year\n    }\n    sectors(first: 100, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PlanningPageDocument,
    "\n  mutation PlanningPageSave($input: PlanningYearInput!) {\n    savePlanningYear(input: $input) {\n      id\n      year\n      ...PlanningForm_planningYear\n      ...BudgetHeadroomCard_planningYear\n    }\n  }\n": types.PlanningPageSaveDocument,
    "\n  fragment BudgetHeadroomCard_planningYear on PlanningYear {\n    budget {\n      cap\n      currentShare\n      plannedCost\n      projectedShare\n      headroom\n      exceedsCap\n      explanation\n    }\n  }\n": types.BudgetHeadroomCard_PlanningYearFragmentDoc,
    "\n  fragment PlanningForm_planningYear on PlanningYear {\n    effectiveHours\n    roundingRule\n    priorityWeights {\n      sectorPriority\n      severity\n      serviceImpact\n      retirements\n      stakeholder\n    }\n    sectorPriorities {\n      sector {\n        id\n      }\n      priority\n      urgent\n      note\n    }\n    totalSpending\n    personnelSpending\n    excludedTeacherAllowances\n    averageCosts {\n      kind\n      annualCost\n    }\n  }\n": types.PlanningForm_PlanningYearFragmentDoc,
    "\n  mutation PositionCreatePageCreate($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      id\n      ...PositionForm_position\n      ...PositionsTable_position\n    }\n  }\n": types.PositionCreatePageCreateDocument,
    "\n  query PositionEditPage($id: ID!) {\n    position(id: $id) {\n      id\n      name\n      archived\n      archivedAt\n      unit {\n        id\n        name\n      }\n      sector {\n        id\n        name\n      }\n      ...PositionForm_position\n    }\n  }\n": types.PositionEditPageDocument,
    "\n  mutation PositionEditPageUpdate($id: ID!, $input: UpdatePositionInput!) {\n    updatePosition(id: $id, input: $input) {\n      id\n      ...PositionForm_position\n      ...PositionsTable_position\n    }\n  }\n": types.PositionEditPageUpdateDocument,
    "\n  mutation PositionEditPageArchive($id: ID!) {\n    archivePosition(id: $id) {\n      id\n      archived\n      archivedAt\n      ...PositionForm_position\n      ...PositionsTable_position\n    }\n  }\n": types.PositionEditPageArchiveDocument,
    "\n  query PositionsPage($first: Int!, $offset: Int!, $filter: PositionFilter, $sort: PositionSort) {\n    positions(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          ...PositionsTable_position\n        }\n      }\n    }\n  }\n": types.PositionsPageDocument,
    "\n  fragment PositionForm_position on Position {\n    id\n    name\n    kind\n    level\n    isTeacher\n    educationLevels\n    studyPrograms\n    licences\n    competencies\n    description\n    retirementAge\n    servedPerStaffBenchmark\n    unit {\n      id\n    }\n  }\n": types.PositionForm_PositionFragmentDoc,
    "\n  fragment PositionsTable_position on Position {\n    id\n    name\n    kind\n    level\n    isTeacher\n    educationLevels\n    retirementAge\n    archived\n    unit {\n      id\n      name\n    }\n    sector {\n      id\n      name\n    }\n  }\n": types.PositionsTable_PositionFragmentDoc,
    "\n  query PositionsExport($first: Int!, $offset: Int!, $filter: PositionFilter, $sort: PositionSort) {\n    positions(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          level\n          isTeacher\n          educationLevels\n          retirementAge\n          archived\n          unit {\n            id\n            code\n            name\n          }\n          sector {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PositionsExportDocument,
    "\n  mutation SectorCreatePageCreate($input: CreateSectorInput!) {\n    createSector(input: $input) {\n      id\n      ...SectorForm_sector\n      ...SectorsTable_sector\n    }\n  }\n": types.SectorCreatePageCreateDocument,
    "\n  query SectorEditPage($id: ID!) {\n    sector(id: $id) {\n      id\n      name\n      archived\n      archivedAt\n      ...SectorForm_sector\n    }\n  }\n": types.SectorEditPageDocument,
    "\n  mutation SectorEditPageUpdate($id: ID!, $input: UpdateSectorInput!) {\n    updateSector(id: $id, input: $input) {\n      id\n      ...SectorForm_sector\n      ...SectorsTable_sector\n    }\n  }\n": types.SectorEditPageUpdateDocument,
    "\n  mutation SectorEditPageArchive($id: ID!) {\n    archiveSector(id: $id) {\n      id\n      archived\n      archivedAt\n      ...SectorForm_sector\n      ...SectorsTable_sector\n    }\n  }\n": types.SectorEditPageArchiveDocument,
    "\n  query SectorsPage($first: Int!, $offset: Int!, $filter: SectorFilter, $sort: SectorSort) {\n    sectors(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          ...SectorsTable_sector\n        }\n      }\n    }\n  }\n": types.SectorsPageDocument,
    "\n  fragment SectorForm_sector on Sector {\n    id\n    code\n    name\n    description\n    archived\n  }\n": types.SectorForm_SectorFragmentDoc,
    "\n  fragment SectorsTable_sector on Sector {\n    id\n    code\n    name\n    description\n    archived\n    updatedAt\n  }\n": types.SectorsTable_SectorFragmentDoc,
    "\n  query SectorsExport($first: Int!, $offset: Int!, $filter: SectorFilter, $sort: SectorSort) {\n    sectors(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          description\n          archived\n          updatedAt\n        }\n      }\n    }\n  }\n": types.SectorsExportDocument,
    "\n  mutation AppShellSignOut {\n    logout\n  }\n": types.AppShellSignOutDocument,
    "\n  fragment UserMenu_user on User {\n    name\n    email\n    roles\n  }\n": types.UserMenu_UserFragmentDoc,
    "\n  query StaffMemberPage($id: ID!) {\n    staffMember(id: $id) {\n      ...StaffMemberPage_member\n    }\n  }\n": types.StaffMemberPageDocument,
    "\n  fragment StaffMemberPage_member on StaffMember {\n    id\n    name\n    tmt\n    archived\n    archivedAt\n    position {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    ...StaffDetailsForm_staffMember\n    ...StaffTable_staffMember\n    history {\n      id\n      ...StaffHistory_change\n    }\n  }\n": types.StaffMemberPage_MemberFragmentDoc,
    "\n  mutation StaffMemberPageUpdate($id: ID!, $input: UpdateStaffMemberInput!) {\n    updateStaffMember(id: $id, input: $input) {\n      ...StaffMemberPage_member\n    }\n  }\n": types.StaffMemberPageUpdateDocument,
    "\n  mutation StaffMemberPageMove($id: ID!, $input: MoveStaffMemberInput!) {\n    moveStaffMember(id: $id, input: $input) {\n      ...StaffMemberPage_member\n    }\n  }\n": types.StaffMemberPageMoveDocument,
    "\n  mutation StaffMemberPageArchive($id: ID!, $input: ArchiveStaffMemberInput!) {\n    archiveStaffMember(id: $id, input: $input) {\n      ...StaffMemberPage_member\n    }\n  }\n": types.StaffMemberPageArchiveDocument,
    "\n  query StaffPage($first: Int!, $offset: Int!, $filter: StaffMemberFilter) {\n    staffMembers(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          ...StaffTable_staffMember\n        }\n      }\n    }\n  }\n": types.StaffPageDocument,
    "\n  mutation StaffPageImport($csv: String!, $dryRun: Boolean!) {\n    importStaff(csv: $csv, dryRun: $dryRun) {\n      applied\n      ...ImportReport_result\n    }\n  }\n": types.StaffPageImportDocument,
    "\n  fragment ImportReport_result on StaffImportResult {\n    applied\n    totalRows\n    created\n    updated\n    unchanged\n    errors {\n      line\n      column\n      reason\n      message\n    }\n    warnings {\n      line\n      column\n      reason\n      message\n    }\n  }\n": types.ImportReport_ResultFragmentDoc,
    "\n  fragment StaffDetailsForm_staffMember on StaffMember {\n    id\n    nip\n    name\n    birthDate\n    gender\n    employmentType\n    contractEnd\n    transferDate\n    tmt\n  }\n": types.StaffDetailsForm_StaffMemberFragmentDoc,
    "\n  fragment StaffHistory_change on StaffMemberChange {\n    id\n    kind\n    changedAt\n    changedByName\n    effectiveOn\n    archiveReason\n    note\n    changes {\n      field\n      from\n      to\n    }\n  }\n": types.StaffHistory_ChangeFragmentDoc,
    "\n  fragment StaffTable_staffMember on StaffMember {\n    id\n    nip\n    name\n    gender\n    employmentType\n    contractEnd\n    transferDate\n    tmt\n    retirementDate\n    archived\n    position {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n  }\n": types.StaffTable_StaffMemberFragmentDoc,
    "\n  query StaffExport($first: Int!, $offset: Int!, $filter: StaffMemberFilter) {\n    staffMembers(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          nip\n          name\n          birthDate\n          gender\n          employmentType\n          tmt\n          contractEnd\n          transferDate\n          position {\n            id\n            name\n          }\n          unit {\n            id\n            code\n          }\n        }\n      }\n    }\n  }\n": types.StaffExportDocument,
    "\n  query StaffTemplatePosition {\n    positions(first: 1, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          name\n          unit {\n            id\n            code\n          }\n        }\n      }\n    }\n  }\n": types.StaffTemplatePositionDocument,
    "\n  query StakeholdersPage($year: Int!) {\n    stakeholderInputs(year: $year) {\n      id\n      ...StakeholderInputsTable_input\n    }\n  }\n": types.StakeholdersPageDocument,
    "\n  mutation StakeholdersPageCreate($input: StakeholderInputInput!) {\n    createStakeholderInput(input: $input) {\n      id\n      ...StakeholderInputsTable_input\n    }\n  }\n": types.StakeholdersPageCreateDocument,
    "\n  mutation StakeholdersPageConfirm($id: ID!, $weight: Float!) {\n    confirmStakeholderInput(id: $id, weight: $weight) {\n      id\n      ...StakeholderInputsTable_input\n    }\n  }\n": types.StakeholdersPageConfirmDocument,
    "\n  fragment StakeholderInputsTable_input on StakeholderInput {\n    id\n    year\n    source\n    submittedBy\n    summary\n    sector {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    position {\n      id\n      name\n    }\n    proposedWeight\n    confirmedWeight\n    confirmedAt\n  }\n": types.StakeholderInputsTable_InputFragmentDoc,
    "\n  mutation UnitCreatePageCreate($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      ...UnitForm_unit\n      ...UnitsTable_unit\n    }\n  }\n": types.UnitCreatePageCreateDocument,
    "\n  query UnitEditPage($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      archived\n      archivedAt\n      ...UnitForm_unit\n    }\n  }\n": types.UnitEditPageDocument,
    "\n  mutation UnitEditPageUpdate($id: ID!, $input: UpdateUnitInput!) {\n    updateUnit(id: $id, input: $input) {\n      id\n      ...UnitForm_unit\n      ...UnitsTable_unit\n    }\n  }\n": types.UnitEditPageUpdateDocument,
    "\n  mutation UnitEditPageArchive($id: ID!) {\n    archiveUnit(id: $id) {\n      id\n      archived\n      archivedAt\n      ...UnitForm_unit\n      ...UnitsTable_unit\n    }\n  }\n": types.UnitEditPageArchiveDocument,
    "\n  query UnitsPage($first: Int!, $offset: Int!, $filter: UnitFilter, $sort: UnitSort) {\n    units(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          ...UnitsTable_unit\n        }\n      }\n    }\n  }\n": types.UnitsPageDocument,
    "\n  fragment UnitForm_unit on Unit {\n    id\n    code\n    name\n    kind\n    address\n    servedPopulation\n    archived\n    sector {\n      id\n    }\n    parent {\n      id\n    }\n    kecamatan {\n      id\n    }\n  }\n": types.UnitForm_UnitFragmentDoc,
    "\n  fragment UnitsTable_unit on Unit {\n    id\n    code\n    name\n    kind\n    archived\n    sector {\n      id\n      name\n    }\n    parent {\n      id\n      name\n    }\n    kecamatan {\n      id\n      name\n    }\n  }\n": types.UnitsTable_UnitFragmentDoc,
    "\n  query UnitsExport($first: Int!, $offset: Int!, $filter: UnitFilter, $sort: UnitSort) {\n    units(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          kind\n          archived\n          sector {\n            id\n            name\n          }\n          parent {\n            id\n            name\n          }\n          kecamatan {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.UnitsExportDocument,
    "\n  query UsersPage {\n    me {\n      id\n    }\n    users {\n      id\n      ...UsersTable_user\n      ...UserEditModal_user\n    }\n  }\n": types.UsersPageDocument,
    "\n  mutation UsersPageCreate($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...UsersTable_user\n      ...UserEditModal_user\n    }\n  }\n": types.UsersPageCreateDocument,
    "\n  mutation UsersPageUpdate($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      ...UsersTable_user\n      ...UserEditModal_user\n    }\n  }\n": types.UsersPageUpdateDocument,
    "\n  fragment UserEditModal_user on User {\n    id\n    name\n    email\n    disabled\n    grants {\n      role\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.UserEditModal_UserFragmentDoc,
    "\n  fragment UsersTable_user on User {\n    id\n    name\n    email\n    disabled\n    lastLoginAt\n    grants {\n      role\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.UsersTable_UserFragmentDoc,
    "\n  fragment GapKpis_row on GapSummaryRow {\n    key\n    need\n    staff\n    leaving\n    shortage\n    surplus\n  }\n": types.GapKpis_RowFragmentDoc,
    "\n  query KecamatanSelectOptions {\n    kecamatans {\n      id\n      code\n      name\n    }\n  }\n": types.KecamatanSelectOptionsDocument,
    "\n  query PositionSelectOptions($filter: PositionFilter) {\n    positions(first: 50, filter: $filter, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          name\n          isTeacher\n          servedPerStaffBenchmark\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PositionSelectOptionsDocument,
    "\n  query PositionSelectSelected($id: ID!) {\n    position(id: $id) {\n      id\n      name\n      isTeacher\n      servedPerStaffBenchmark\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.PositionSelectSelectedDocument,
    "\n  query SectorSelectOptions {\n    sectors(first: 100, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.SectorSelectOptionsDocument,
    "\n  query UnitSelectOptions($filter: UnitFilter) {\n    units(first: 20, filter: $filter, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.UnitSelectOptionsDocument,
    "\n  query UnitSelectSelected($id: ID!) {\n    unit(id: $id) {\n      id\n      code\n      name\n    }\n  }\n": types.UnitSelectSelectedDocument,
    "\n  query AppShell {\n    me {\n      id\n      roles\n      ...UserMenu_user\n    }\n  }\n": types.AppShellDocument,
    "\n  query Region {\n    region {\n      name\n      agency\n      emblemUrl\n    }\n  }\n": types.RegionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapsPageList(\n    $year: Int!\n    $horizon: Int!\n    $first: Int!\n    $offset: Int!\n    $filter: GapFilter\n    $sort: GapSort\n  ) {\n    gaps(year: $year, horizon: $horizon, first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          ...GapTable_gap\n          ...GapExplanationDrawer_gap\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GapsPageList(\n    $year: Int!\n    $horizon: Int!\n    $first: Int!\n    $offset: Int!\n    $filter: GapFilter\n    $sort: GapSort\n  ) {\n    gaps(year: $year, horizon: $horizon, first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          ...GapTable_gap\n          ...GapExplanationDrawer_gap\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapsPageSummary($year: Int!, $horizon: Int!) {\n    region: gapSummary(year: $year, groupBy: REGION, horizon: $horizon) {\n      key\n      ...GapKpis_row\n    }\n    bySector: gapSummary(year: $year, groupBy: SECTOR, horizon: $horizon) {\n      key\n      ...SectorNeedChart_row\n    }\n    byKecamatan: gapSummary(year: $year, groupBy: KECAMATAN, horizon: $horizon) {\n      key\n      ...KecamatanGapChart_row\n    }\n  }\n"): (typeof documents)["\n  query GapsPageSummary($year: Int!, $horizon: Int!) {\n    region: gapSummary(year: $year, groupBy: REGION, horizon: $horizon) {\n      key\n      ...GapKpis_row\n    }\n    bySector: gapSummary(year: $year, groupBy: SECTOR, horizon: $horizon) {\n      key\n      ...SectorNeedChart_row\n    }\n    byKecamatan: gapSummary(year: $year, groupBy: KECAMATAN, horizon: $horizon) {\n      key\n      ...KecamatanGapChart_row\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapsPageWave($year: Int!, $sectorId: ID) {\n    retirementWave(year: $year, sectorId: $sectorId) {\n      year\n      ...RetirementWaveChart_year\n    }\n  }\n"): (typeof documents)["\n  query GapsPageWave($year: Int!, $sectorId: ID) {\n    retirementWave(year: $year, sectorId: $sectorId) {\n      year\n      ...RetirementWaveChart_year\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapsPageRecap($year: Int!, $horizon: Int!, $groupBy: GapGroupBy!) {\n    gapSummary(year: $year, groupBy: $groupBy, horizon: $horizon) {\n      key\n      ...GapSummaryTable_row\n    }\n  }\n"): (typeof documents)["\n  query GapsPageRecap($year: Int!, $horizon: Int!, $groupBy: GapGroupBy!) {\n    gapSummary(year: $year, groupBy: $groupBy, horizon: $horizon) {\n      key\n      ...GapSummaryTable_row\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GapExplanationDrawer_gap on Gap {\n    id\n    year\n    position {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    sector {\n      id\n      name\n    }\n    kecamatan {\n      id\n      name\n    }\n    need\n    headcount\n    staff\n    leaving\n    projectedStaff\n    gap\n    kind\n    priority\n    explanationSummary\n    explanation {\n      key\n      label\n      formula\n      value\n    }\n    ...PriorityFactorsTable_gap\n    outlook {\n      year\n      leavingInYear\n      leavingByYear\n      projectedStaff\n      gap\n    }\n  }\n"): (typeof documents)["\n  fragment GapExplanationDrawer_gap on Gap {\n    id\n    year\n    position {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    sector {\n      id\n      name\n    }\n    kecamatan {\n      id\n      name\n    }\n    need\n    headcount\n    staff\n    leaving\n    projectedStaff\n    gap\n    kind\n    priority\n    explanationSummary\n    explanation {\n      key\n      label\n      formula\n      value\n    }\n    ...PriorityFactorsTable_gap\n    outlook {\n      year\n      leavingInYear\n      leavingByYear\n      projectedStaff\n      gap\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GapSummaryTable_row on GapSummaryRow {\n    key\n    label\n    need\n    staff\n    leaving\n    projectedStaff\n    shortage\n    surplus\n    net\n    gapCount\n  }\n"): (typeof documents)["\n  fragment GapSummaryTable_row on GapSummaryRow {\n    key\n    label\n    need\n    staff\n    leaving\n    projectedStaff\n    shortage\n    surplus\n    net\n    gapCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GapTable_gap on Gap {\n    id\n    position {\n      id\n      name\n      kind\n    }\n    unit {\n      id\n      name\n    }\n    kecamatan {\n      id\n      name\n    }\n    need\n    staff\n    projectedStaff\n    gap\n    kind\n    priority\n  }\n"): (typeof documents)["\n  fragment GapTable_gap on Gap {\n    id\n    position {\n      id\n      name\n      kind\n    }\n    unit {\n      id\n      name\n    }\n    kecamatan {\n      id\n      name\n    }\n    need\n    staff\n    projectedStaff\n    gap\n    kind\n    priority\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KecamatanGapChart_row on GapSummaryRow {\n    key\n    label\n    shortage\n    surplus\n  }\n"): (typeof documents)["\n  fragment KecamatanGapChart_row on GapSummaryRow {\n    key\n    label\n    shortage\n    surplus\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PriorityFactorsTable_gap on Gap {\n    priority\n    factors {\n      factor\n      value\n      weight\n      contribution\n      explanation\n    }\n  }\n"): (typeof documents)["\n  fragment PriorityFactorsTable_gap on Gap {\n    priority\n    factors {\n      factor\n      value\n      weight\n      contribution\n      explanation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RetirementWaveChart_year on RetirementWaveYear {\n    year\n    retirements\n    contractEnds\n    transfers\n    total\n  }\n"): (typeof documents)["\n  fragment RetirementWaveChart_year on RetirementWaveYear {\n    year\n    retirements\n    contractEnds\n    transfers\n    total\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SectorNeedChart_row on GapSummaryRow {\n    key\n    label\n    need\n    staff\n    projectedStaff\n  }\n"): (typeof documents)["\n  fragment SectorNeedChart_row on GapSummaryRow {\n    key\n    label\n    need\n    staff\n    projectedStaff\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapsExport(\n    $year: Int!\n    $horizon: Int!\n    $first: Int!\n    $offset: Int!\n    $filter: GapFilter\n    $sort: GapSort\n  ) {\n    gaps(year: $year, horizon: $horizon, first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          position {\n            id\n            name\n            kind\n          }\n          unit {\n            id\n            code\n            name\n          }\n          sector {\n            id\n            name\n          }\n          kecamatan {\n            id\n            name\n          }\n          need\n          headcount\n          staff\n          leaving\n          projectedStaff\n          gap\n          kind\n          priority\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GapsExport(\n    $year: Int!\n    $horizon: Int!\n    $first: Int!\n    $offset: Int!\n    $filter: GapFilter\n    $sort: GapSort\n  ) {\n    gaps(year: $year, horizon: $horizon, first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          position {\n            id\n            name\n            kind\n          }\n          unit {\n            id\n            code\n            name\n          }\n          sector {\n            id\n            name\n          }\n          kecamatan {\n            id\n            name\n          }\n          need\n          headcount\n          staff\n          leaving\n          projectedStaff\n          gap\n          kind\n          priority\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage {\n    me {\n      id\n      name\n    }\n    sectors(first: 1) {\n      totalCount\n    }\n    units(first: 1) {\n      totalCount\n    }\n    positions(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query HomePage {\n    me {\n      id\n      name\n    }\n    sectors(first: 1) {\n      totalCount\n    }\n    units(first: 1) {\n      totalCount\n    }\n    positions(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkflowCard_counts on AnalysisStatusCount {\n    status\n    count\n  }\n"): (typeof documents)["\n  fragment WorkflowCard_counts on AnalysisStatusCount {\n    status\n    count\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TopGapsCard_gaps on GapConnection {\n    totalCount\n    edges {\n      node {\n        id\n        gap\n        kind\n        priority\n        factors {\n          factor\n          contribution\n          explanation\n        }\n        position {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TopGapsCard_gaps on GapConnection {\n    totalCount\n    edges {\n      node {\n        id\n        gap\n        kind\n        priority\n        factors {\n          factor\n          contribution\n          explanation\n        }\n        position {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BudgetAlert_planningYear on PlanningYear {\n    id\n    budget {\n      cap\n      projectedShare\n      exceedsCap\n    }\n  }\n"): (typeof documents)["\n  fragment BudgetAlert_planningYear on PlanningYear {\n    id\n    budget {\n      cap\n      projectedShare\n      exceedsCap\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePlanning($year: Int!) {\n    region: gapSummary(year: $year, groupBy: REGION) {\n      key\n      ...GapKpis_row\n    }\n    topGaps: gaps(year: $year, first: 5, sort: PRIORITY_DESC, filter: { gapKind: SHORTAGE }) {\n      ...TopGapsCard_gaps\n    }\n    needsAnalysisStatusCounts(year: $year) {\n      ...WorkflowCard_counts\n    }\n    planningYear(year: $year) {\n      ...BudgetAlert_planningYear\n    }\n  }\n"): (typeof documents)["\n  query HomePlanning($year: Int!) {\n    region: gapSummary(year: $year, groupBy: REGION) {\n      key\n      ...GapKpis_row\n    }\n    topGaps: gaps(year: $year, first: 5, sort: PRIORITY_DESC, filter: { gapKind: SHORTAGE }) {\n      ...TopGapsCard_gaps\n    }\n    needsAnalysisStatusCounts(year: $year) {\n      ...WorkflowCard_counts\n    }\n    planningYear(year: $year) {\n      ...BudgetAlert_planningYear\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginPageLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LoginPageLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedsAnalysesPage($first: Int!, $offset: Int!, $filter: NeedsAnalysisFilter) {\n    needsAnalyses(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          ...NeedsAnalysesTable_needsAnalysis\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NeedsAnalysesPage($first: Int!, $offset: Int!, $filter: NeedsAnalysisFilter) {\n    needsAnalyses(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          ...NeedsAnalysesTable_needsAnalysis\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NeedsAnalysesPageCreate($year: Int!, $unitId: ID!) {\n    createNeedsAnalysis(year: $year, unitId: $unitId) {\n      id\n      ...NeedsAnalysesTable_needsAnalysis\n    }\n  }\n"): (typeof documents)["\n  mutation NeedsAnalysesPageCreate($year: Int!, $unitId: ID!) {\n    createNeedsAnalysis(year: $year, unitId: $unitId) {\n      id\n      ...NeedsAnalysesTable_needsAnalysis\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedsAnalysisPage($id: ID!) {\n    needsAnalysis(id: $id) {\n      id\n      year\n      version\n      status\n      viewerCanEdit\n      viewerCanVersion\n      viewerActions\n      effectiveHours\n      unit {\n        id\n        name\n        kind\n      }\n      positionNeeds {\n        id\n        position {\n          id\n        }\n        ...PositionNeedCard_positionNeed\n      }\n      ...AnalysisSummary_needsAnalysis\n    }\n  }\n"): (typeof documents)["\n  query NeedsAnalysisPage($id: ID!) {\n    needsAnalysis(id: $id) {\n      id\n      year\n      version\n      status\n      viewerCanEdit\n      viewerCanVersion\n      viewerActions\n      effectiveHours\n      unit {\n        id\n        name\n        kind\n      }\n      positionNeeds {\n        id\n        position {\n          id\n        }\n        ...PositionNeedCard_positionNeed\n      }\n      ...AnalysisSummary_needsAnalysis\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedsAnalysisPageRounding($year: Int!) {\n    planningYear(year: $year) {\n      id\n      roundingRule\n    }\n  }\n"): (typeof documents)["\n  query NeedsAnalysisPageRounding($year: Int!) {\n    planningYear(year: $year) {\n      id\n      roundingRule\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedsComparePage($id: ID!) {\n    needsAnalysis(id: $id) {\n      id\n      year\n      version\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query NeedsComparePage($id: ID!) {\n    needsAnalysis(id: $id) {\n      id\n      year\n      version\n      unit {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedsComparePageVersions($filter: NeedsAnalysisFilter) {\n    needsAnalyses(first: 100, filter: $filter) {\n      edges {\n        node {\n          id\n          version\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NeedsComparePageVersions($filter: NeedsAnalysisFilter) {\n    needsAnalyses(first: 100, filter: $filter) {\n      edges {\n        node {\n          id\n          version\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedsComparePageCompare($fromId: ID!, $toId: ID!) {\n    compareNeedsAnalyses(fromId: $fromId, toId: $toId) {\n      ...NeedsCompareTable_comparison\n    }\n  }\n"): (typeof documents)["\n  query NeedsComparePageCompare($fromId: ID!, $toId: ID!) {\n    compareNeedsAnalyses(fromId: $fromId, toId: $toId) {\n      ...NeedsCompareTable_comparison\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnalysisSummary_needsAnalysis on NeedsAnalysis {\n    status\n    editable\n    viewerCanEdit\n    note\n    effectiveHours\n    totalFte\n    totalHeadcount\n    submittedAt\n    verifiedAt\n    finalizedAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment AnalysisSummary_needsAnalysis on NeedsAnalysis {\n    status\n    editable\n    viewerCanEdit\n    note\n    effectiveHours\n    totalFte\n    totalHeadcount\n    submittedAt\n    verifiedAt\n    finalizedAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NeedResult_positionNeed on PositionNeed {\n    workloadFte\n    workloadHours\n    need\n    signal\n    signalReason\n    headcount\n    bezetting\n    effectiveness\n    pjGrade\n  }\n"): (typeof documents)["\n  fragment NeedResult_positionNeed on PositionNeed {\n    workloadFte\n    workloadHours\n    need\n    signal\n    signalReason\n    headcount\n    bezetting\n    effectiveness\n    pjGrade\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NeedsAnalysesTable_needsAnalysis on NeedsAnalysis {\n    id\n    year\n    version\n    status\n    totalFte\n    totalHeadcount\n    updatedAt\n    unit {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment NeedsAnalysesTable_needsAnalysis on NeedsAnalysis {\n    id\n    year\n    version\n    status\n    totalFte\n    totalHeadcount\n    updatedAt\n    unit {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NeedsCompareTable_comparison on PositionNeedComparison {\n    position {\n      id\n      name\n    }\n    fromNeed\n    fromHeadcount\n    toNeed\n    toHeadcount\n    delta\n  }\n"): (typeof documents)["\n  fragment NeedsCompareTable_comparison on PositionNeedComparison {\n    position {\n      id\n      name\n    }\n    fromNeed\n    fromHeadcount\n    toNeed\n    toHeadcount\n    delta\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PositionNeedCard_positionNeed on PositionNeed {\n    id\n    position {\n      id\n      name\n      isTeacher\n      servedPerStaffBenchmark\n    }\n    workloadItems {\n      id\n      task\n      outputUnit\n      annualVolume\n      normMinutes\n    }\n    standardNeed\n    standardBasis\n    demandChoice\n    demandNote\n    ...NeedResult_positionNeed\n  }\n"): (typeof documents)["\n  fragment PositionNeedCard_positionNeed on PositionNeed {\n    id\n    position {\n      id\n      name\n      isTeacher\n      servedPerStaffBenchmark\n    }\n    workloadItems {\n      id\n      task\n      outputUnit\n      annualVolume\n      normMinutes\n    }\n    standardNeed\n    standardBasis\n    demandChoice\n    demandNote\n    ...NeedResult_positionNeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation NeedsAnalysisPageSaveNeed($input: SavePositionNeedInput!) {\n      savePositionNeed(input: $input) {\n        id\n        position {\n          id\n          name\n        }\n        ...PositionNeedCard_positionNeed\n      }\n    }\n  "): (typeof documents)["\n    mutation NeedsAnalysisPageSaveNeed($input: SavePositionNeedInput!) {\n      savePositionNeed(input: $input) {\n        id\n        position {\n          id\n          name\n        }\n        ...PositionNeedCard_positionNeed\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation NeedsAnalysisPageRemoveNeed($id: ID!) {\n      removePositionNeed(id: $id) {\n        id\n        positionNeeds {\n          id\n        }\n        ...AnalysisSummary_needsAnalysis\n      }\n    }\n  "): (typeof documents)["\n    mutation NeedsAnalysisPageRemoveNeed($id: ID!) {\n      removePositionNeed(id: $id) {\n        id\n        positionNeeds {\n          id\n        }\n        ...AnalysisSummary_needsAnalysis\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation NeedsAnalysisPageTransition($id: ID!, $action: AnalysisAction!, $note: String) {\n      transitionNeedsAnalysis(id: $id, action: $action, note: $note) {\n        id\n        status\n        editable\n        viewerCanEdit\n        viewerCanVersion\n        viewerActions\n        ...AnalysisSummary_needsAnalysis\n      }\n    }\n  "): (typeof documents)["\n    mutation NeedsAnalysisPageTransition($id: ID!, $action: AnalysisAction!, $note: String) {\n      transitionNeedsAnalysis(id: $id, action: $action, note: $note) {\n        id\n        status\n        editable\n        viewerCanEdit\n        viewerCanVersion\n        viewerActions\n        ...AnalysisSummary_needsAnalysis\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation NeedsAnalysisPageNewVersion($id: ID!) {\n      createNeedsAnalysisVersion(id: $id) {\n        id\n        version\n      }\n    }\n  "): (typeof documents)["\n    mutation NeedsAnalysisPageNewVersion($id: ID!) {\n      createNeedsAnalysisVersion(id: $id) {\n        id\n        version\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedsAnalysesExport($first: Int!, $offset: Int!, $filter: NeedsAnalysisFilter) {\n    needsAnalyses(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          year\n          version\n          status\n          totalFte\n          totalHeadcount\n          updatedAt\n          unit {\n            id\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NeedsAnalysesExport($first: Int!, $offset: Int!, $filter: NeedsAnalysisFilter) {\n    needsAnalyses(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          year\n          version\n          status\n          totalFte\n          totalHeadcount\n          updatedAt\n          unit {\n            id\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanningPage($year: Int!) {\n    planningYear(year: $year) {\n      id\n      year\n      ...PlanningForm_planningYear\n      ...BudgetHeadroomCard_planningYear\n    }\n    planningYears {\n      id\n      year\n    }\n    sectors(first: 100, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanningPage($year: Int!) {\n    planningYear(year: $year) {\n      id\n      year\n      ...PlanningForm_planningYear\n      ...BudgetHeadroomCard_planningYear\n    }\n    planningYears {\n      id\n      year\n    }\n    sectors(first: 100, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanningPageSave($input: PlanningYearInput!) {\n    savePlanningYear(input: $input) {\n      id\n      year\n      ...PlanningForm_planningYear\n      ...BudgetHeadroomCard_planningYear\n    }\n  }\n"): (typeof documents)["\n  mutation PlanningPageSave($input: PlanningYearInput!) {\n    savePlanningYear(input: $input) {\n      id\n      year\n      ...PlanningForm_planningYear\n      ...BudgetHeadroomCard_planningYear\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BudgetHeadroomCard_planningYear on PlanningYear {\n    budget {\n      cap\n      currentShare\n      plannedCost\n      projectedShare\n      headroom\n      exceedsCap\n      explanation\n    }\n  }\n"): (typeof documents)["\n  fragment BudgetHeadroomCard_planningYear on PlanningYear {\n    budget {\n      cap\n      currentShare\n      plannedCost\n      projectedShare\n      headroom\n      exceedsCap\n      explanation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanningForm_planningYear on PlanningYear {\n    effectiveHours\n    roundingRule\n    priorityWeights {\n      sectorPriority\n      severity\n      serviceImpact\n      retirements\n      stakeholder\n    }\n    sectorPriorities {\n      sector {\n        id\n      }\n      priority\n      urgent\n      note\n    }\n    totalSpending\n    personnelSpending\n    excludedTeacherAllowances\n    averageCosts {\n      kind\n      annualCost\n    }\n  }\n"): (typeof documents)["\n  fragment PlanningForm_planningYear on PlanningYear {\n    effectiveHours\n    roundingRule\n    priorityWeights {\n      sectorPriority\n      severity\n      serviceImpact\n      retirements\n      stakeholder\n    }\n    sectorPriorities {\n      sector {\n        id\n      }\n      priority\n      urgent\n      note\n    }\n    totalSpending\n    personnelSpending\n    excludedTeacherAllowances\n    averageCosts {\n      kind\n      annualCost\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PositionCreatePageCreate($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      id\n      ...PositionForm_position\n      ...PositionsTable_position\n    }\n  }\n"): (typeof documents)["\n  mutation PositionCreatePageCreate($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      id\n      ...PositionForm_position\n      ...PositionsTable_position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositionEditPage($id: ID!) {\n    position(id: $id) {\n      id\n      name\n      archived\n      archivedAt\n      unit {\n        id\n        name\n      }\n      sector {\n        id\n        name\n      }\n      ...PositionForm_position\n    }\n  }\n"): (typeof documents)["\n  query PositionEditPage($id: ID!) {\n    position(id: $id) {\n      id\n      name\n      archived\n      archivedAt\n      unit {\n        id\n        name\n      }\n      sector {\n        id\n        name\n      }\n      ...PositionForm_position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PositionEditPageUpdate($id: ID!, $input: UpdatePositionInput!) {\n    updatePosition(id: $id, input: $input) {\n      id\n      ...PositionForm_position\n      ...PositionsTable_position\n    }\n  }\n"): (typeof documents)["\n  mutation PositionEditPageUpdate($id: ID!, $input: UpdatePositionInput!) {\n    updatePosition(id: $id, input: $input) {\n      id\n      ...PositionForm_position\n      ...PositionsTable_position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PositionEditPageArchive($id: ID!) {\n    archivePosition(id: $id) {\n      id\n      archived\n      archivedAt\n      ...PositionForm_position\n      ...PositionsTable_position\n    }\n  }\n"): (typeof documents)["\n  mutation PositionEditPageArchive($id: ID!) {\n    archivePosition(id: $id) {\n      id\n      archived\n      archivedAt\n      ...PositionForm_position\n      ...PositionsTable_position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositionsPage($first: Int!, $offset: Int!, $filter: PositionFilter, $sort: PositionSort) {\n    positions(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          ...PositionsTable_position\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PositionsPage($first: Int!, $offset: Int!, $filter: PositionFilter, $sort: PositionSort) {\n    positions(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          ...PositionsTable_position\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PositionForm_position on Position {\n    id\n    name\n    kind\n    level\n    isTeacher\n    educationLevels\n    studyPrograms\n    licences\n    competencies\n    description\n    retirementAge\n    servedPerStaffBenchmark\n    unit {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment PositionForm_position on Position {\n    id\n    name\n    kind\n    level\n    isTeacher\n    educationLevels\n    studyPrograms\n    licences\n    competencies\n    description\n    retirementAge\n    servedPerStaffBenchmark\n    unit {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PositionsTable_position on Position {\n    id\n    name\n    kind\n    level\n    isTeacher\n    educationLevels\n    retirementAge\n    archived\n    unit {\n      id\n      name\n    }\n    sector {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PositionsTable_position on Position {\n    id\n    name\n    kind\n    level\n    isTeacher\n    educationLevels\n    retirementAge\n    archived\n    unit {\n      id\n      name\n    }\n    sector {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositionsExport($first: Int!, $offset: Int!, $filter: PositionFilter, $sort: PositionSort) {\n    positions(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          level\n          isTeacher\n          educationLevels\n          retirementAge\n          archived\n          unit {\n            id\n            code\n            name\n          }\n          sector {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PositionsExport($first: Int!, $offset: Int!, $filter: PositionFilter, $sort: PositionSort) {\n    positions(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          level\n          isTeacher\n          educationLevels\n          retirementAge\n          archived\n          unit {\n            id\n            code\n            name\n          }\n          sector {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SectorCreatePageCreate($input: CreateSectorInput!) {\n    createSector(input: $input) {\n      id\n      ...SectorForm_sector\n      ...SectorsTable_sector\n    }\n  }\n"): (typeof documents)["\n  mutation SectorCreatePageCreate($input: CreateSectorInput!) {\n    createSector(input: $input) {\n      id\n      ...SectorForm_sector\n      ...SectorsTable_sector\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectorEditPage($id: ID!) {\n    sector(id: $id) {\n      id\n      name\n      archived\n      archivedAt\n      ...SectorForm_sector\n    }\n  }\n"): (typeof documents)["\n  query SectorEditPage($id: ID!) {\n    sector(id: $id) {\n      id\n      name\n      archived\n      archivedAt\n      ...SectorForm_sector\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SectorEditPageUpdate($id: ID!, $input: UpdateSectorInput!) {\n    updateSector(id: $id, input: $input) {\n      id\n      ...SectorForm_sector\n      ...SectorsTable_sector\n    }\n  }\n"): (typeof documents)["\n  mutation SectorEditPageUpdate($id: ID!, $input: UpdateSectorInput!) {\n    updateSector(id: $id, input: $input) {\n      id\n      ...SectorForm_sector\n      ...SectorsTable_sector\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SectorEditPageArchive($id: ID!) {\n    archiveSector(id: $id) {\n      id\n      archived\n      archivedAt\n      ...SectorForm_sector\n      ...SectorsTable_sector\n    }\n  }\n"): (typeof documents)["\n  mutation SectorEditPageArchive($id: ID!) {\n    archiveSector(id: $id) {\n      id\n      archived\n      archivedAt\n      ...SectorForm_sector\n      ...SectorsTable_sector\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectorsPage($first: Int!, $offset: Int!, $filter: SectorFilter, $sort: SectorSort) {\n    sectors(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          ...SectorsTable_sector\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SectorsPage($first: Int!, $offset: Int!, $filter: SectorFilter, $sort: SectorSort) {\n    sectors(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          ...SectorsTable_sector\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SectorForm_sector on Sector {\n    id\n    code\n    name\n    description\n    archived\n  }\n"): (typeof documents)["\n  fragment SectorForm_sector on Sector {\n    id\n    code\n    name\n    description\n    archived\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SectorsTable_sector on Sector {\n    id\n    code\n    name\n    description\n    archived\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment SectorsTable_sector on Sector {\n    id\n    code\n    name\n    description\n    archived\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectorsExport($first: Int!, $offset: Int!, $filter: SectorFilter, $sort: SectorSort) {\n    sectors(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          description\n          archived\n          updatedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SectorsExport($first: Int!, $offset: Int!, $filter: SectorFilter, $sort: SectorSort) {\n    sectors(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          description\n          archived\n          updatedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppShellSignOut {\n    logout\n  }\n"): (typeof documents)["\n  mutation AppShellSignOut {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserMenu_user on User {\n    name\n    email\n    roles\n  }\n"): (typeof documents)["\n  fragment UserMenu_user on User {\n    name\n    email\n    roles\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffMemberPage($id: ID!) {\n    staffMember(id: $id) {\n      ...StaffMemberPage_member\n    }\n  }\n"): (typeof documents)["\n  query StaffMemberPage($id: ID!) {\n    staffMember(id: $id) {\n      ...StaffMemberPage_member\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffMemberPage_member on StaffMember {\n    id\n    name\n    tmt\n    archived\n    archivedAt\n    position {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    ...StaffDetailsForm_staffMember\n    ...StaffTable_staffMember\n    history {\n      id\n      ...StaffHistory_change\n    }\n  }\n"): (typeof documents)["\n  fragment StaffMemberPage_member on StaffMember {\n    id\n    name\n    tmt\n    archived\n    archivedAt\n    position {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    ...StaffDetailsForm_staffMember\n    ...StaffTable_staffMember\n    history {\n      id\n      ...StaffHistory_change\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffMemberPageUpdate($id: ID!, $input: UpdateStaffMemberInput!) {\n    updateStaffMember(id: $id, input: $input) {\n      ...StaffMemberPage_member\n    }\n  }\n"): (typeof documents)["\n  mutation StaffMemberPageUpdate($id: ID!, $input: UpdateStaffMemberInput!) {\n    updateStaffMember(id: $id, input: $input) {\n      ...StaffMemberPage_member\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffMemberPageMove($id: ID!, $input: MoveStaffMemberInput!) {\n    moveStaffMember(id: $id, input: $input) {\n      ...StaffMemberPage_member\n    }\n  }\n"): (typeof documents)["\n  mutation StaffMemberPageMove($id: ID!, $input: MoveStaffMemberInput!) {\n    moveStaffMember(id: $id, input: $input) {\n      ...StaffMemberPage_member\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffMemberPageArchive($id: ID!, $input: ArchiveStaffMemberInput!) {\n    archiveStaffMember(id: $id, input: $input) {\n      ...StaffMemberPage_member\n    }\n  }\n"): (typeof documents)["\n  mutation StaffMemberPageArchive($id: ID!, $input: ArchiveStaffMemberInput!) {\n    archiveStaffMember(id: $id, input: $input) {\n      ...StaffMemberPage_member\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffPage($first: Int!, $offset: Int!, $filter: StaffMemberFilter) {\n    staffMembers(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          ...StaffTable_staffMember\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffPage($first: Int!, $offset: Int!, $filter: StaffMemberFilter) {\n    staffMembers(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          ...StaffTable_staffMember\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffPageImport($csv: String!, $dryRun: Boolean!) {\n    importStaff(csv: $csv, dryRun: $dryRun) {\n      applied\n      ...ImportReport_result\n    }\n  }\n"): (typeof documents)["\n  mutation StaffPageImport($csv: String!, $dryRun: Boolean!) {\n    importStaff(csv: $csv, dryRun: $dryRun) {\n      applied\n      ...ImportReport_result\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportReport_result on StaffImportResult {\n    applied\n    totalRows\n    created\n    updated\n    unchanged\n    errors {\n      line\n      column\n      reason\n      message\n    }\n    warnings {\n      line\n      column\n      reason\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment ImportReport_result on StaffImportResult {\n    applied\n    totalRows\n    created\n    updated\n    unchanged\n    errors {\n      line\n      column\n      reason\n      message\n    }\n    warnings {\n      line\n      column\n      reason\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffDetailsForm_staffMember on StaffMember {\n    id\n    nip\n    name\n    birthDate\n    gender\n    employmentType\n    contractEnd\n    transferDate\n    tmt\n  }\n"): (typeof documents)["\n  fragment StaffDetailsForm_staffMember on StaffMember {\n    id\n    nip\n    name\n    birthDate\n    gender\n    employmentType\n    contractEnd\n    transferDate\n    tmt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffHistory_change on StaffMemberChange {\n    id\n    kind\n    changedAt\n    changedByName\n    effectiveOn\n    archiveReason\n    note\n    changes {\n      field\n      from\n      to\n    }\n  }\n"): (typeof documents)["\n  fragment StaffHistory_change on StaffMemberChange {\n    id\n    kind\n    changedAt\n    changedByName\n    effectiveOn\n    archiveReason\n    note\n    changes {\n      field\n      from\n      to\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffTable_staffMember on StaffMember {\n    id\n    nip\n    name\n    gender\n    employmentType\n    contractEnd\n    transferDate\n    tmt\n    retirementDate\n    archived\n    position {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment StaffTable_staffMember on StaffMember {\n    id\n    nip\n    name\n    gender\n    employmentType\n    contractEnd\n    transferDate\n    tmt\n    retirementDate\n    archived\n    position {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffExport($first: Int!, $offset: Int!, $filter: StaffMemberFilter) {\n    staffMembers(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          nip\n          name\n          birthDate\n          gender\n          employmentType\n          tmt\n          contractEnd\n          transferDate\n          position {\n            id\n            name\n          }\n          unit {\n            id\n            code\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffExport($first: Int!, $offset: Int!, $filter: StaffMemberFilter) {\n    staffMembers(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          nip\n          name\n          birthDate\n          gender\n          employmentType\n          tmt\n          contractEnd\n          transferDate\n          position {\n            id\n            name\n          }\n          unit {\n            id\n            code\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffTemplatePosition {\n    positions(first: 1, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          name\n          unit {\n            id\n            code\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffTemplatePosition {\n    positions(first: 1, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          name\n          unit {\n            id\n            code\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StakeholdersPage($year: Int!) {\n    stakeholderInputs(year: $year) {\n      id\n      ...StakeholderInputsTable_input\n    }\n  }\n"): (typeof documents)["\n  query StakeholdersPage($year: Int!) {\n    stakeholderInputs(year: $year) {\n      id\n      ...StakeholderInputsTable_input\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StakeholdersPageCreate($input: StakeholderInputInput!) {\n    createStakeholderInput(input: $input) {\n      id\n      ...StakeholderInputsTable_input\n    }\n  }\n"): (typeof documents)["\n  mutation StakeholdersPageCreate($input: StakeholderInputInput!) {\n    createStakeholderInput(input: $input) {\n      id\n      ...StakeholderInputsTable_input\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StakeholdersPageConfirm($id: ID!, $weight: Float!) {\n    confirmStakeholderInput(id: $id, weight: $weight) {\n      id\n      ...StakeholderInputsTable_input\n    }\n  }\n"): (typeof documents)["\n  mutation StakeholdersPageConfirm($id: ID!, $weight: Float!) {\n    confirmStakeholderInput(id: $id, weight: $weight) {\n      id\n      ...StakeholderInputsTable_input\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StakeholderInputsTable_input on StakeholderInput {\n    id\n    year\n    source\n    submittedBy\n    summary\n    sector {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    position {\n      id\n      name\n    }\n    proposedWeight\n    confirmedWeight\n    confirmedAt\n  }\n"): (typeof documents)["\n  fragment StakeholderInputsTable_input on StakeholderInput {\n    id\n    year\n    source\n    submittedBy\n    summary\n    sector {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    position {\n      id\n      name\n    }\n    proposedWeight\n    confirmedWeight\n    confirmedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnitCreatePageCreate($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      ...UnitForm_unit\n      ...UnitsTable_unit\n    }\n  }\n"): (typeof documents)["\n  mutation UnitCreatePageCreate($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      ...UnitForm_unit\n      ...UnitsTable_unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitEditPage($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      archived\n      archivedAt\n      ...UnitForm_unit\n    }\n  }\n"): (typeof documents)["\n  query UnitEditPage($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      archived\n      archivedAt\n      ...UnitForm_unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnitEditPageUpdate($id: ID!, $input: UpdateUnitInput!) {\n    updateUnit(id: $id, input: $input) {\n      id\n      ...UnitForm_unit\n      ...UnitsTable_unit\n    }\n  }\n"): (typeof documents)["\n  mutation UnitEditPageUpdate($id: ID!, $input: UpdateUnitInput!) {\n    updateUnit(id: $id, input: $input) {\n      id\n      ...UnitForm_unit\n      ...UnitsTable_unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnitEditPageArchive($id: ID!) {\n    archiveUnit(id: $id) {\n      id\n      archived\n      archivedAt\n      ...UnitForm_unit\n      ...UnitsTable_unit\n    }\n  }\n"): (typeof documents)["\n  mutation UnitEditPageArchive($id: ID!) {\n    archiveUnit(id: $id) {\n      id\n      archived\n      archivedAt\n      ...UnitForm_unit\n      ...UnitsTable_unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsPage($first: Int!, $offset: Int!, $filter: UnitFilter, $sort: UnitSort) {\n    units(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          ...UnitsTable_unit\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitsPage($first: Int!, $offset: Int!, $filter: UnitFilter, $sort: UnitSort) {\n    units(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          ...UnitsTable_unit\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitForm_unit on Unit {\n    id\n    code\n    name\n    kind\n    address\n    servedPopulation\n    archived\n    sector {\n      id\n    }\n    parent {\n      id\n    }\n    kecamatan {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment UnitForm_unit on Unit {\n    id\n    code\n    name\n    kind\n    address\n    servedPopulation\n    archived\n    sector {\n      id\n    }\n    parent {\n      id\n    }\n    kecamatan {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitsTable_unit on Unit {\n    id\n    code\n    name\n    kind\n    archived\n    sector {\n      id\n      name\n    }\n    parent {\n      id\n      name\n    }\n    kecamatan {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment UnitsTable_unit on Unit {\n    id\n    code\n    name\n    kind\n    archived\n    sector {\n      id\n      name\n    }\n    parent {\n      id\n      name\n    }\n    kecamatan {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsExport($first: Int!, $offset: Int!, $filter: UnitFilter, $sort: UnitSort) {\n    units(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          kind\n          archived\n          sector {\n            id\n            name\n          }\n          parent {\n            id\n            name\n          }\n          kecamatan {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitsExport($first: Int!, $offset: Int!, $filter: UnitFilter, $sort: UnitSort) {\n    units(first: $first, offset: $offset, filter: $filter, sort: $sort) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          kind\n          archived\n          sector {\n            id\n            name\n          }\n          parent {\n            id\n            name\n          }\n          kecamatan {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersPage {\n    me {\n      id\n    }\n    users {\n      id\n      ...UsersTable_user\n      ...UserEditModal_user\n    }\n  }\n"): (typeof documents)["\n  query UsersPage {\n    me {\n      id\n    }\n    users {\n      id\n      ...UsersTable_user\n      ...UserEditModal_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersPageCreate($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...UsersTable_user\n      ...UserEditModal_user\n    }\n  }\n"): (typeof documents)["\n  mutation UsersPageCreate($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...UsersTable_user\n      ...UserEditModal_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersPageUpdate($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      ...UsersTable_user\n      ...UserEditModal_user\n    }\n  }\n"): (typeof documents)["\n  mutation UsersPageUpdate($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      ...UsersTable_user\n      ...UserEditModal_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserEditModal_user on User {\n    id\n    name\n    email\n    disabled\n    grants {\n      role\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment UserEditModal_user on User {\n    id\n    name\n    email\n    disabled\n    grants {\n      role\n      unit {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UsersTable_user on User {\n    id\n    name\n    email\n    disabled\n    lastLoginAt\n    grants {\n      role\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment UsersTable_user on User {\n    id\n    name\n    email\n    disabled\n    lastLoginAt\n    grants {\n      role\n      unit {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GapKpis_row on GapSummaryRow {\n    key\n    need\n    staff\n    leaving\n    shortage\n    surplus\n  }\n"): (typeof documents)["\n  fragment GapKpis_row on GapSummaryRow {\n    key\n    need\n    staff\n    leaving\n    shortage\n    surplus\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KecamatanSelectOptions {\n    kecamatans {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query KecamatanSelectOptions {\n    kecamatans {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositionSelectOptions($filter: PositionFilter) {\n    positions(first: 50, filter: $filter, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          name\n          isTeacher\n          servedPerStaffBenchmark\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PositionSelectOptions($filter: PositionFilter) {\n    positions(first: 50, filter: $filter, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          name\n          isTeacher\n          servedPerStaffBenchmark\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositionSelectSelected($id: ID!) {\n    position(id: $id) {\n      id\n      name\n      isTeacher\n      servedPerStaffBenchmark\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PositionSelectSelected($id: ID!) {\n    position(id: $id) {\n      id\n      name\n      isTeacher\n      servedPerStaffBenchmark\n      unit {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectorSelectOptions {\n    sectors(first: 100, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SectorSelectOptions {\n    sectors(first: 100, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitSelectOptions($filter: UnitFilter) {\n    units(first: 20, filter: $filter, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitSelectOptions($filter: UnitFilter) {\n    units(first: 20, filter: $filter, sort: NAME_ASC) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitSelectSelected($id: ID!) {\n    unit(id: $id) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query UnitSelectSelected($id: ID!) {\n    unit(id: $id) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppShell {\n    me {\n      id\n      roles\n      ...UserMenu_user\n    }\n  }\n"): (typeof documents)["\n  query AppShell {\n    me {\n      id\n      roles\n      ...UserMenu_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Region {\n    region {\n      name\n      agency\n      emblemUrl\n    }\n  }\n"): (typeof documents)["\n  query Region {\n    region {\n      name\n      agency\n      emblemUrl\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;