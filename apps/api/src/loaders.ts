import { type EntityManager } from '@mikro-orm/core';
import { type Language, type PositionKind } from '@formasi/core';
import DataLoader from 'dataloader';
import { createUnitPathLoader } from './auth/unit-access.js';
import { createRelatedLoader, type RelatedLoader } from './common/related.js';
import { computeNeedsOf } from './modules/needs/need-calculator.js';
import { type PositionNeedView } from './modules/needs/needs.types.js';
import { shortageByKindOf } from './modules/gaps/gap.service.js';
import { PlanningYear } from './modules/planning/planning-year.entity.js';
import { defaultPlanningYear } from './modules/planning/planning.service.js';
import { StaffMemberChange } from './modules/staff/staff-member-change.entity.js';

type AnalysisKey = { id: string; year: number };

/** Request-scoped batch loaders for computed values MikroORM's relation dataloader cannot reach. */
export type Loaders = {
  positionNeeds: DataLoader<AnalysisKey, PositionNeedView[], string>;
  /** A planning year's configuration (saved or default), one query for all years asked in a request. */
  planningYear: DataLoader<number, PlanningYear>;
  /** A year's shortage per position kind (the budget check), one statement for all years asked in a request. */
  shortageByKind: DataLoader<number, Map<PositionKind, number>>;
  /** Staff members' history, newest first: one statement for every member a request shows it for. */
  staffHistory: DataLoader<string, StaffMemberChange[]>;
  /** A unit and its ancestors' ids, for unit-scoped roles. */
  unitPath: DataLoader<string, string[]>;
  /** The target of a many-to-one field, for entities and list rows alike. */
  related: RelatedLoader;
};

/** `language` is the request's: the computed needs carry core's explanation of the chosen signal. */
export function createLoaders(em: EntityManager, language: Language): Loaders {
  const planningYear = new DataLoader(async (years: readonly number[]) => {
    const saved = await em.find(PlanningYear, { year: { $in: [...years] } });
    return years.map((year) => saved.find((config) => config.year === year) ?? defaultPlanningYear(year));
  });
  return {
    positionNeeds: new DataLoader(
      async (analyses: readonly AnalysisKey[]) => {
        const byId = await computeNeedsOf(em, analyses, language);
        return analyses.map((analysis) => byId.get(analysis.id) ?? []);
      },
      { cacheKeyFn: (analysis) => analysis.id },
    ),
    planningYear,
    shortageByKind: new DataLoader(async (years: readonly number[]) => {
      const byYear = await shortageByKindOf(em, years);
      return years.map((year) => byYear.get(year) ?? new Map<PositionKind, number>());
    }),
    staffHistory: new DataLoader(async (memberIds: readonly string[]) => {
      const changes = await em.find(
        StaffMemberChange,
        { member: { $in: [...memberIds] } },
        { orderBy: { changedAt: 'desc', createdAt: 'desc' } },
      );
      return memberIds.map((id) => changes.filter((change) => change.member.id === id));
    }),
    unitPath: createUnitPathLoader(em),
    related: createRelatedLoader(em),
  };
}
