import {
  explainGap,
  LEAVING_REASONS,
  type LeavingReason,
  priorityOf,
  projectSupply,
  type SupplyYear,
} from '@formasi/core';
import { type PositionNeedView } from '../needs/needs.types.js';
import { type Position } from '../positions/position.entity.js';
import { type GapData } from './gap-data.js';
import { type Gap } from './gap.types.js';

/** The projection horizon: the year itself and four more (domain.md §2: needs are planned for 5 years). */
export const MAX_HORIZON = 4;

function cumulativeByReason(supply: readonly SupplyYear[], upTo: number): Record<LeavingReason, number> {
  const totals: Record<LeavingReason, number> = { RETIREMENT: 0, CONTRACT_END: 0, TRANSFER: 0 };
  for (const year of supply.slice(0, upTo + 1)) {
    for (const reason of LEAVING_REASONS) totals[reason] += year.byReason[reason];
  }
  return totals;
}

function stakeholderWeightOf(data: GapData, position: Position): number {
  const total = data.stakeholderInputs
    .filter(
      (input) =>
        input.position?.id === position.id ||
        (input.position === null && input.unit?.id === position.unit.id) ||
        (input.position === null && input.unit === null && input.sector?.id === position.sector.id),
    )
    .reduce((sum, input) => sum + (input.confirmedWeight ?? 0), 0);
  return Math.min(1, total);
}

/** One gap row: the need, the supply projection, the gap at the horizon, its priority and explanation. */
export function computeGap(data: GapData, view: PositionNeedView, position: Position, horizon: number): Gap {
  const staff = data.staffByPosition.get(position.id) ?? [];
  const supply = projectSupply(staff, data.year, MAX_HORIZON + 1);
  const atHorizon = supply[horizon];
  const leavingByYear = atHorizon?.leavingByYear ?? 0;
  const explained = explainGap(
    {
      year: data.year + horizon,
      demand: { signal: view.signal, need: view.need, reason: view.signalReason },
      rounding: data.config.roundingRule,
      staff: staff.length,
      leavingByYear,
      leavingByReason: cumulativeByReason(supply, horizon),
    },
    data.language,
  );
  const unit = position.unit.getEntity();
  const sectorRow = data.config.sectorPriorities.find((row) => row.sectorId === position.sector.id);
  const priority = priorityOf(
    {
      gap: explained.gap.gap,
      need: view.headcount,
      sectorUrgent: sectorRow?.urgent ?? false,
      sectorPriority: sectorRow?.priority ?? 0,
      // People (or students) of the unit per holder still in post at the horizon; nobody left carries the whole load.
      servedPerStaff:
        unit.servedPopulation === null
          ? null
          : unit.servedPopulation / Math.max(1, explained.gap.projectedStaff),
      servedPerStaffBenchmark: position.servedPerStaffBenchmark,
      retiringWithin2Years: supply[1]?.leavingByYear ?? 0,
      staff: staff.length,
      stakeholderWeight: stakeholderWeightOf(data, position),
    },
    data.config.priorityWeights,
    data.language,
  );
  return {
    id: `${data.year}:${unit.id}:${position.id}`,
    year: data.year,
    position,
    unit,
    sector: position.sector.getEntity(),
    kecamatan: unit.kecamatan?.getEntity() ?? null,
    positionKind: position.kind,
    need: view.need,
    headcount: view.headcount,
    staff: staff.length,
    leaving: leavingByYear,
    projectedStaff: explained.gap.projectedStaff,
    gap: explained.gap.gap,
    kind: explained.gap.kind,
    priority: priority.score,
    prioritySummary: priority.summary,
    factors: priority.factors,
    explanation: explained.steps,
    explanationSummary: explained.summary,
    outlook: supply.map((year) => ({
      year: year.year,
      leavingInYear: year.leavingInYear,
      leavingByYear: year.leavingByYear,
      projectedStaff: year.remaining,
      gap: view.headcount - year.remaining,
    })),
  };
}
