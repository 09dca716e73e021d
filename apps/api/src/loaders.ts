import { type EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { computeNeedsOf } from './modules/needs/need-calculator.js';
import { type NeedsAnalysis } from './modules/needs/needs-analysis.entity.js';
import { type PositionNeedView } from './modules/needs/needs.types.js';

/** Request-scoped batch loaders for computed values MikroORM's relation dataloader cannot reach. */
export type Loaders = {
  positionNeeds: DataLoader<NeedsAnalysis, PositionNeedView[], string>;
};

export function createLoaders(em: EntityManager): Loaders {
  return {
    positionNeeds: new DataLoader(
      async (analyses: readonly NeedsAnalysis[]) => {
        const byId = await computeNeedsOf(em, analyses);
        return analyses.map((analysis) => byId.get(analysis.id) ?? []);
      },
      { cacheKeyFn: (analysis) => analysis.id },
    ),
  };
}
