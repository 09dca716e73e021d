import { type EntityManager } from '@mikro-orm/core';
import { DomainError, issue } from '@formasi/core';
import { findOrFail } from '../../common/lookup.js';
import { type Loaders } from '../../loaders.js';
import { Position } from '../positions/position.entity.js';
import { NeedsAnalysis } from './needs-analysis.entity.js';
import { type PositionNeedComparison } from './needs.types.js';

/** Two analyses of the same unit (usually consecutive versions), position by position. */
export async function compareNeeds(
  em: EntityManager,
  loaders: Loaders,
  fromId: string,
  toId: string,
): Promise<PositionNeedComparison[]> {
  const from = await findOrFail(em, NeedsAnalysis, 'Needs analysis', fromId);
  const to = await findOrFail(em, NeedsAnalysis, 'Needs analysis', toId);
  if (from.unit.id !== to.unit.id) {
    throw new DomainError([issue('toId', 'NOT_ALLOWED', 'Compare analyses of the same unit.')]);
  }
  const [fromNeeds, toNeeds] = await Promise.all([
    loaders.positionNeeds.load(from),
    loaders.positionNeeds.load(to),
  ]);
  const positionIds = [...new Set([...fromNeeds, ...toNeeds].map((need) => need.entity.position.id))];
  const positions = await em.find(Position, { id: { $in: positionIds } }, { orderBy: { name: 'asc' } });
  return positions.map((position) => {
    const a = fromNeeds.find((need) => need.entity.position.id === position.id);
    const b = toNeeds.find((need) => need.entity.position.id === position.id);
    return {
      position,
      fromNeed: a?.need ?? null,
      fromHeadcount: a?.headcount ?? null,
      toNeed: b?.need ?? null,
      toHeadcount: b?.headcount ?? null,
      delta: (b?.need ?? 0) - (a?.need ?? 0),
    };
  });
}
