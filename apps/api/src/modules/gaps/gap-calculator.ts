import {
  bezettingOf,
  chooseDemand,
  type DemandInput,
  explainGap,
  type GapKind,
  type GapStep,
  type Language,
  LEAVING_REASONS,
  type LeavingReason,
  type PositionKind,
  type PriorityFactorScore,
  priorityOf,
  type PriorityInputs,
  type PriorityWeights,
  PROJECTION_YEARS,
  projectSupply,
  type RoundingRule,
  servedPerStaff,
  stakeholderWeightFor,
  type SupplyYear,
} from '@formasi/core';
import { type PositionNeedView } from '../needs/needs.types.js';
import { type Position } from '../positions/position.entity.js';
import { type GapData } from './gap-data.js';

export type GapOutlook = {
  year: number;
  leavingInYear: number;
  leavingByYear: number;
  projectedStaff: number;
  /** headcount − projected staff at the end of that year. */
  gap: number;
};

/** What a gap's explanation and priority are rendered from, in any language. */
export type GapInputs = {
  demand: DemandInput;
  rounding: RoundingRule;
  leavingByReason: Record<LeavingReason, number>;
  priority: PriorityInputs;
  weights: PriorityWeights;
};

/** One gap as the read model stores it: numbers, ids and the inputs of its texts. */
export type ComputedGap = {
  year: number;
  horizon: number;
  positionId: string;
  unitId: string;
  sectorId: string;
  kecamatanId: string | null;
  analysisId: string;
  positionKind: PositionKind;
  need: number;
  headcount: number;
  staff: number;
  leaving: number;
  projectedStaff: number;
  gap: number;
  kind: GapKind;
  priority: number;
  outlook: GapOutlook[];
  inputs: GapInputs;
};

/** A gap's texts in the reader's language. */
export type GapTexts = {
  explanation: GapStep[];
  explanationSummary: string;
  factors: PriorityFactorScore[];
  prioritySummary: string;
};

function cumulativeByReason(supply: readonly SupplyYear[], upTo: number): Record<LeavingReason, number> {
  const totals: Record<LeavingReason, number> = { RETIREMENT: 0, CONTRACT_END: 0, TRANSFER: 0 };
  for (const year of supply.slice(0, upTo + 1)) {
    for (const reason of LEAVING_REASONS) totals[reason] += year.byReason[reason];
  }
  return totals;
}

function stakeholderWeightOf(data: GapData, position: Position): number {
  return stakeholderWeightFor(
    data.stakeholderInputs.map((input) => ({
      positionId: input.position?.id ?? null,
      unitId: input.unit?.id ?? null,
      sectorId: input.sector?.id ?? null,
      weight: input.confirmedWeight ?? 0,
    })),
    { positionId: position.id, unitId: position.unit.id, sectorId: position.sector.id },
  );
}

/** A gap's explanation and priority, from its stored inputs, in `language`. */
export function describeGap(
  gap: Pick<ComputedGap, 'year' | 'horizon' | 'staff' | 'leaving' | 'inputs'>,
  language: Language,
): GapTexts {
  const { inputs } = gap;
  const explained = explainGap(
    {
      year: gap.year + gap.horizon,
      demand: chooseDemand(inputs.demand, language),
      rounding: inputs.rounding,
      staff: gap.staff,
      leavingByYear: gap.leaving,
      leavingByReason: inputs.leavingByReason,
    },
    language,
  );
  const priority = priorityOf(inputs.priority, inputs.weights, language);
  return {
    explanation: explained.steps,
    explanationSummary: explained.summary,
    factors: priority.factors,
    prioritySummary: priority.summary,
  };
}

/** A position's gaps at every horizon: the need, the supply projection, the gap, its priority and their inputs. */
export function computeGaps(data: GapData, view: PositionNeedView, position: Position): ComputedGap[] {
  // Holders past their pension date before the planning year are not staff (core's bezettingOf, as projectSupply).
  const staff = bezettingOf(data.staffByPosition.get(position.id) ?? [], data.year);
  const supply = projectSupply(staff, data.year, PROJECTION_YEARS);
  const unit = position.unit.getEntity();
  const sectorRow = data.config.sectorPriorities.find((row) => row.sectorId === position.sector.id);
  const demand: DemandInput = {
    workloadFte: view.workloadFte,
    standardNeed: view.standardNeed,
    choice: view.demandChoice,
    note: view.demandNote,
  };
  const outlook = supply.map((year) => ({
    year: year.year,
    leavingInYear: year.leavingInYear,
    leavingByYear: year.leavingByYear,
    projectedStaff: year.remaining,
    gap: view.headcount - year.remaining,
  }));
  return supply.map((_, horizon) => {
    const leaving = supply[horizon]?.leavingByYear ?? 0;
    const leavingByReason = cumulativeByReason(supply, horizon);
    const explained = explainGap({
      year: data.year + horizon,
      demand: { signal: view.signal, need: view.need, reason: view.signalReason },
      rounding: data.config.roundingRule,
      staff: staff.length,
      leavingByYear: leaving,
      leavingByReason,
    });
    const priorityInputs: PriorityInputs = {
      gap: explained.gap.gap,
      need: view.headcount,
      sectorUrgent: sectorRow?.urgent ?? false,
      sectorPriority: sectorRow?.priority ?? 0,
      servedPerStaff: servedPerStaff(unit.servedPopulation, explained.gap.projectedStaff),
      servedPerStaffBenchmark: position.servedPerStaffBenchmark,
      retiringWithin2Years: supply[1]?.leavingByYear ?? 0,
      staff: staff.length,
      stakeholderWeight: stakeholderWeightOf(data, position),
    };
    const weights = data.config.priorityWeights;
    return {
      year: data.year,
      horizon,
      positionId: position.id,
      unitId: unit.id,
      sectorId: position.sector.id,
      kecamatanId: unit.kecamatan?.id ?? null,
      analysisId: view.entity.analysis.id,
      positionKind: position.kind,
      need: view.need,
      headcount: view.headcount,
      staff: staff.length,
      leaving,
      projectedStaff: explained.gap.projectedStaff,
      gap: explained.gap.gap,
      kind: explained.gap.kind,
      priority: priorityOf(priorityInputs, weights).score,
      outlook,
      inputs: {
        demand,
        rounding: data.config.roundingRule,
        leavingByReason,
        priority: priorityInputs,
        weights,
      },
    };
  });
}
