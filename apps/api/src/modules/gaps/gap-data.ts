import { type EntityManager } from '@mikro-orm/core';
import { type StaffMember as SupplyMember } from '@formasi/core';
import { readRows } from '../../common/sql-read.js';
import { computeNeedsOf } from '../needs/need-calculator.js';
import { NEWEST_VERSION } from '../needs/newest-version.js';
import { NeedsAnalysis } from '../needs/needs-analysis.entity.js';
import { PositionNeed } from '../needs/position-need.entity.js';
import { type PositionNeedView } from '../needs/needs.types.js';
import { type PlanningYear } from '../planning/planning-year.entity.js';
import { planningConfigOf } from '../planning/planning.service.js';
import { Position } from '../positions/position.entity.js';
import { loadSupply } from '../staff/supply.repository.js';
import { StakeholderInput } from '../stakeholders/stakeholder-input.entity.js';

/** Which gaps of a year to compute: all of them, or those of some units and of some positions. */
export type GapScope = { unitIds: readonly string[]; positionIds: readonly string[] } | null;

/** Everything a year's gaps are computed from, loaded in a fixed number of queries. */
export type GapData = {
  year: number;
  config: PlanningYear;
  needs: { view: PositionNeedView; position: Position }[];
  staffByPosition: Map<string, SupplyMember[]>;
  stakeholderInputs: StakeholderInput[];
};

/** The newest analyses of the year (NEWEST_VERSION, the lists' own rule) that hold gaps of the scope. */
async function analysesInScope(em: EntityManager, year: number, scope: GapScope): Promise<NeedsAnalysis[]> {
  const newest = (await readRows(
    em,
    `select a."id" from "needs_analysis" a where a."year" = ? and ${NEWEST_VERSION('a')}`,
    [year],
  )) as { id: string }[];
  const latest = await em.find(NeedsAnalysis, { id: { $in: newest.map((row) => row.id) } });
  if (!scope) return latest;
  const units = new Set(scope.unitIds);
  if (scope.positionIds.length > 0) {
    const needs = await em.find(
      PositionNeed,
      { position: { $in: [...scope.positionIds] }, analysis: { year } },
      { fields: ['analysis'] },
    );
    const holding = new Set(needs.map((need) => need.analysis.id));
    return latest.filter((analysis) => units.has(analysis.unit.id) || holding.has(analysis.id));
  }
  return latest.filter((analysis) => units.has(analysis.unit.id));
}

/** The newest analysis version of each unit for the year, computed, with the positions' roster and inputs. */
export async function loadGapData(em: EntityManager, year: number, scope: GapScope = null): Promise<GapData> {
  const config = await planningConfigOf(em, year);
  const analyses = await analysesInScope(em, year, scope);
  const unitOf = new Map(analyses.map((analysis) => [analysis.id, analysis.unit.id]));
  const units = new Set(scope?.unitIds);
  const positionsInScope = new Set(scope?.positionIds);
  const inScope = (view: PositionNeedView) =>
    !scope ||
    units.has(unitOf.get(view.entity.analysis.id) ?? '') ||
    positionsInScope.has(view.entity.position.id);
  // A position listed without workload rows or a standard has not been analysed yet: unknown, not zero.
  const views = [...(await computeNeedsOf(em, analyses, 'en')).values()]
    .flat()
    .filter((view) => view.workloadItems.length > 0 || view.standardNeed !== null)
    .filter(inScope);
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
  for (const { positionId, member } of positionIds.length > 0 ? await loadSupply(em, { positionIds }) : []) {
    const list = staffByPosition.get(positionId) ?? [];
    list.push(member);
    staffByPosition.set(positionId, list);
  }
  const stakeholderInputs = await em.find(StakeholderInput, { year, confirmedWeight: { $ne: null } });
  const needs = views.flatMap((view) => {
    const position = positions.get(view.entity.position.id);
    return position ? [{ view, position }] : [];
  });
  return { year, config, needs, staffByPosition, stakeholderInputs };
}
