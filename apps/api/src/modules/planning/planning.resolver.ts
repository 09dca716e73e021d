import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context } from '../../context.js';
import { Sector } from '../sectors/sector.entity.js';
import { GapService } from '../gaps/gap.service.js';
import { PlanningYear } from './planning-year.entity.js';
import {
  AverageCostType,
  BudgetHeadroomType,
  PlanningYearInput,
  PriorityWeightsType,
  SectorPriorityType,
} from './planning.types.js';
import { budgetOf, PlanningService } from './planning.service.js';

@Resolver(() => PlanningYear)
export class PlanningYearResolver {
  @Query(() => PlanningYear, {
    nullable: true,
    description: 'The saved configuration of a planning year, or null.',
  })
  planningYear(@Arg('year', () => Int) year: number, @Ctx() { em }: Context) {
    return new PlanningService(em).get(year);
  }

  @Query(() => [PlanningYear])
  planningYears(@Ctx() { em }: Context) {
    return new PlanningService(em).list();
  }

  @FieldResolver(() => PriorityWeightsType)
  priorityWeights(@Root() config: PlanningYear): PriorityWeightsType {
    return config.priorityWeights;
  }

  @FieldResolver(() => [SectorPriorityType])
  async sectorPriorities(
    @Root() config: PlanningYear,
    @Ctx() { em }: Context,
  ): Promise<SectorPriorityType[]> {
    const ids = config.sectorPriorities.map((row) => row.sectorId);
    const sectors = new Map(
      (await em.find(Sector, { id: { $in: ids } })).map((sector) => [sector.id, sector]),
    );
    return config.sectorPriorities.flatMap((row) => {
      const sector = sectors.get(row.sectorId);
      return sector ? [{ sector, priority: row.priority, urgent: row.urgent, note: row.note }] : [];
    });
  }

  @FieldResolver(() => [AverageCostType])
  averageCosts(@Root() config: PlanningYear): AverageCostType[] {
    return config.averageCosts;
  }

  @FieldResolver(() => BudgetHeadroomType, {
    nullable: true,
    description:
      'The year’s shortages hired at the average costs, against the 30% cap; null until figures are set.',
  })
  async budget(
    @Root() config: PlanningYear,
    @Ctx() { em, language }: Context,
  ): Promise<BudgetHeadroomType | null> {
    if (config.totalSpending === null || config.personnelSpending === null) return null;
    return budgetOf(config, await new GapService(em).shortageByKind(config.year), language);
  }

  @Authorized('ADMIN')
  @Mutation(() => PlanningYear, { description: 'Creates or updates a planning year’s configuration.' })
  savePlanningYear(@Arg('input', () => PlanningYearInput) input: PlanningYearInput, @Ctx() { em }: Context) {
    return new PlanningService(em).save(input);
  }
}
