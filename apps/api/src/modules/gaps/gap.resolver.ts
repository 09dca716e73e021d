import { Arg, Args, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { connectionOf } from '../../common/connection.js';
import { type Context } from '../../context.js';
import { Gap, GapGroupBy, GapsArgs, GapSummaryRow, RetirementWaveYear } from './gap.types.js';
import { GapService } from './gap.service.js';

export const GapConnection = connectionOf('Gap', Gap);

@Resolver(() => Gap)
export class GapResolver {
  @Query(() => GapConnection, {
    description:
      'Gaps of a planning year per position × unit, from each unit’s newest analysis of that year, ranked.',
  })
  gaps(@Args(() => GapsArgs) args: GapsArgs, @Ctx() { em, language }: Context) {
    return new GapService(em, language).list(args);
  }

  @Query(() => [GapSummaryRow], {
    description:
      'Gap totals for reporting tools; shortage and surplus are summed apart, never netted per row.',
  })
  gapSummary(
    @Arg('year', () => Int) year: number,
    @Arg('groupBy', () => GapGroupBy) groupBy: GapGroupBy,
    @Arg('horizon', () => Int, { defaultValue: 0 }) horizon: number,
    @Ctx() { em, language }: Context,
  ) {
    return new GapService(em, language).summary(year, groupBy, horizon);
  }

  @Query(() => [RetirementWaveYear], {
    description:
      'Retirements, PPPK contract ends and known transfers per year for the five years from `year`.',
  })
  retirementWave(
    @Arg('year', () => Int) year: number,
    @Arg('sectorId', () => ID, { nullable: true }) sectorId: string | null,
    @Ctx() { em, language }: Context,
  ) {
    return new GapService(em, language).retirementWave(year, sectorId);
  }
}
