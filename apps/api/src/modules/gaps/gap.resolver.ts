import { type GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { connectionOf } from '../../common/connection.js';
import { type Row } from '../../common/row-table.js';
import { nodeSelectionOf } from '../../common/selection.js';
import { type Context } from '../../context.js';
import { Kecamatan } from '../kecamatans/kecamatan.entity.js';
import { Position } from '../positions/position.entity.js';
import { Sector } from '../sectors/sector.entity.js';
import { Unit } from '../units/unit.entity.js';
import { describeGap, type GapTexts } from './gap-calculator.js';
import { type GapRow } from './gap-row.entity.js';
import {
  ExplanationStep,
  Gap,
  GapGroupBy,
  GapsArgs,
  GapSummaryRow,
  PriorityFactor,
  RetirementWaveYear,
} from './gap.types.js';

export const GapConnection = connectionOf('Gap', Gap);

const idOf = (value: Row<GapRow>['unit'] | Row<GapRow>['position']): string =>
  typeof value === 'string' ? value : value.id;

// A row's texts are rendered once per request, whichever of them the query asks for.
const rendered = new WeakMap<object, GapTexts>();
function textsOf(row: Row<GapRow>, context: Context): GapTexts {
  let texts = rendered.get(row);
  if (!texts) {
    texts = describeGap(row, context.language);
    rendered.set(row, texts);
  }
  return texts;
}

@Resolver(() => Gap)
export class GapResolver {
  @Query(() => GapConnection, {
    description:
      'Gaps of a planning year per position × unit, from each unit’s newest analysis of that year, ranked.',
  })
  gaps(@Args(() => GapsArgs) args: GapsArgs, @Ctx() { services }: Context, @Info() info: GraphQLResolveInfo) {
    return services.gaps.list(args, nodeSelectionOf(info));
  }

  @Query(() => [GapSummaryRow], {
    description:
      'Gap totals for reporting tools; shortage and surplus are summed apart, never netted per row.',
  })
  gapSummary(
    @Arg('year', () => Int) year: number,
    @Arg('groupBy', () => GapGroupBy) groupBy: GapGroupBy,
    @Arg('horizon', () => Int, { defaultValue: 0 }) horizon: number,
    @Ctx() { services }: Context,
  ) {
    return services.gaps.summary(year, groupBy, horizon);
  }

  @Query(() => [RetirementWaveYear], {
    description:
      'Retirements, PPPK contract ends and known transfers per year for the five years from `year`.',
  })
  retirementWave(
    @Arg('year', () => Int) year: number,
    @Arg('sectorId', () => ID, { nullable: true }) sectorId: string | null,
    @Ctx() { services }: Context,
  ) {
    return services.gaps.retirementWave(year, sectorId);
  }

  @FieldResolver(() => ID, { description: 'year:unitId:positionId' })
  id(@Root() row: Row<GapRow>): string {
    return `${row.year}:${idOf(row.unit)}:${idOf(row.position)}`;
  }

  @FieldResolver(() => Position)
  position(@Root() row: Row<GapRow>, @Ctx() { loaders }: Context) {
    return loaders.related<Position>('Position', row.position);
  }

  @FieldResolver(() => Unit)
  unit(@Root() row: Row<GapRow>, @Ctx() { loaders }: Context) {
    return loaders.related<Unit>('Unit', row.unit);
  }

  @FieldResolver(() => Sector)
  sector(@Root() row: Row<GapRow>, @Ctx() { loaders }: Context) {
    return loaders.related<Sector>('Sector', row.sector);
  }

  @FieldResolver(() => Kecamatan, { nullable: true })
  kecamatan(@Root() row: Row<GapRow>, @Ctx() { loaders }: Context) {
    return loaders.related<Kecamatan>('Kecamatan', row.kecamatan);
  }

  @FieldResolver(() => String)
  prioritySummary(@Root() row: Row<GapRow>, @Ctx() context: Context): string {
    return textsOf(row, context).prioritySummary;
  }

  @FieldResolver(() => [PriorityFactor])
  factors(@Root() row: Row<GapRow>, @Ctx() context: Context) {
    return textsOf(row, context).factors;
  }

  @FieldResolver(() => [ExplanationStep])
  explanation(@Root() row: Row<GapRow>, @Ctx() context: Context) {
    return textsOf(row, context).explanation;
  }

  @FieldResolver(() => String)
  explanationSummary(@Root() row: Row<GapRow>, @Ctx() context: Context): string {
    return textsOf(row, context).explanationSummary;
  }
}
