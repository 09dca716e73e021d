import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context } from '../../context.js';
import { Sector } from '../sectors/sector.entity.js';
import { PlanningYear } from './planning-year.entity.js';
import {
  AverageCostType,
  BudgetHeadroomType,
  PlanningYearInput,
  PriorityWeightsType,
  SectorPriorityType,
} from './planning.types.js';

@Resolver(() => PlanningYear)
export class PlanningYearResolver {
  @Query(() => PlanningYear, {
    nullable: true,
    description: 'The saved configuration of a planning year, or null.',
  })
  planningYear(@Arg('year', () => Int) year: number, @Ctx() { services }: Context) {
    return services.planning.get(year);
  }

  @Query(() => [PlanningYear])
  planningYears(@Ctx() { services }: Context) {
    return services.planning.list();
  }

  @FieldResolver(() => PriorityWeightsType)
  priorityWeights(@Root() config: PlanningYear): PriorityWeightsType {
    return config.priorityWeights;
  }

  @FieldResolver(() => [SectorPriorityType])
  async sectorPriorities(
    @Root() config: PlanningYear,
    @Ctx() { loaders }: Context,
  ): Promise<SectorPriorityType[]> {
    // Every year's sectors in one statement (the request's related loader), not one query per year.
    const rows = await Promise.all(
      config.sectorPriorities.map(async (row) => ({
        row,
        sector: await loaders.related<Sector>('Sector', row.sectorId),
      })),
    );
    return rows.flatMap(({ row, sector }) =>
      sector ? [{ sector, priority: row.priority, urgent: row.urgent, note: row.note }] : [],
    );
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
    @Ctx() { services }: Context,
  ): Promise<BudgetHeadroomType | null> {
    return services.planning.budget(config);
  }

  @Authorized('ADMIN')
  @Mutation(() => PlanningYear, { description: 'Creates or updates a planning year’s configuration.' })
  savePlanningYear(
    @Arg('input', () => PlanningYearInput) input: PlanningYearInput,
    @Ctx() { services }: Context,
  ) {
    return services.planning.save(input);
  }
}
