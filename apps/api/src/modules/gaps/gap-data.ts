import { type EntityManager } from '@mikro-orm/core';
import { type Language, type StaffMember as SupplyMember } from '@formasi/core';
import { computeNeedsOf } from '../needs/need-calculator.js';
import { NeedsAnalysis } from '../needs/needs-analysis.entity.js';
import { type PositionNeedView } from '../needs/needs.types.js';
import { type PlanningYear } from '../planning/planning-year.entity.js';
import { PlanningService } from '../planning/planning.service.js';
import { Position } from '../positions/position.entity.js';
import { loadSupply } from '../staff/supply.repository.js';
import { StakeholderInput } from '../stakeholders/stakeholder-input.entity.js';

/** Everything a year's gaps are computed from, loaded in a fixed number of queries. */
export type GapData = {
  year: number;
  /** The language of the explanations, the needs' reasons included. */
  language: Language;
  config: PlanningYear;
  needs: { view: PositionNeedView; position: Position }[];
  staffByPosition: Map<string, SupplyMember[]>;
  stakeholderInputs: StakeholderInput[];
};

/** The newest analysis version of each unit for the year, computed, with the positions' roster and inputs. */
export async function loadGapData(em: EntityManager, year: number, language: Language): Promise<GapData> {
  const config = await new PlanningService(em).configOf(year);
  const analyses = await em.find(NeedsAnalysis, { year });
  const latest = newestPerUnit(analyses);
  // A position listed without workload rows or a standard has not been analysed yet: unknown, not zero.
  const views = [...(await computeNeedsOf(em, latest, language)).values()]
    .flat()
    .filter((view) => view.workloadItems.length > 0 || view.standardNeed !== null);
  const positionIds = [...new Set(views.map((view) => view.entity.position.id))];
  const positions = new Map(
    (
      await em.find(
        Position,
        { id: { $in: positionIds } },
        { populate: ['unit', 'unit.kecamatan', 'sector'] },
      )
    ).map((position) => [position.id, position]),
  );
  const staffByPosition = new Map<string, SupplyMember[]>();
  for (const { positionId, member } of await loadSupply(em, { positionIds })) {
    const list = staffByPosition.get(positionId) ?? [];
    list.push(member);
    staffByPosition.set(positionId, list);
  }
  const stakeholderInputs = await em.find(StakeholderInput, { year, confirmedWeight: { $ne: null } });
  const needs = views.flatMap((view) => {
    const position = positions.get(view.entity.position.id);
    return position ? [{ view, position }] : [];
  });
  return { year, language, config, needs, staffByPosition, stakeholderInputs };
}

function newestPerUnit(analyses: NeedsAnalysis[]): NeedsAnalysis[] {
  const byUnit = new Map<string, NeedsAnalysis>();
  for (const analysis of analyses) {
    const current = byUnit.get(analysis.unit.id);
    if (!current || analysis.version > current.version) byUnit.set(analysis.unit.id, analysis);
  }
  return [...byUnit.values()];
}
