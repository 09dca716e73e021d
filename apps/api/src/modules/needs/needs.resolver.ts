import {
  canVersionAnalysis,
  isAnalysisEditable,
  type AnalysisAction,
  type PjGrade,
  unitEffectivenessOf,
} from '@formasi/core';
import { type GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Query,
  Info,
  Resolver,
  Root,
} from 'type-graphql';
import { type Row } from '../../common/row-table.js';
import { nodeSelectionOf } from '../../common/selection.js';
import { connectionOf } from '../../common/connection.js';
import { AnalysisActionEnum, PjGradeEnum } from '../../common/enums.js';
import { type Context } from '../../context.js';
import { Position } from '../positions/position.entity.js';
import { Unit } from '../units/unit.entity.js';
import { NeedsAnalysis } from './needs-analysis.entity.js';
import {
  AnalysisStatusCount,
  NeedsAnalysesArgs,
  PositionNeedComparison,
  PositionNeedView,
  SavePositionNeedInput,
} from './needs.types.js';

export const NeedsAnalysisConnection = connectionOf('NeedsAnalysis', NeedsAnalysis);

/** An analysis as a list row or as an entity (a single read or a mutation's answer). */
type Analysis = NeedsAnalysis | Row<NeedsAnalysis>;
const unitIdOf = (analysis: Analysis): string =>
  typeof analysis.unit === 'string' ? analysis.unit : analysis.unit.id;

@Resolver(() => NeedsAnalysis)
export class NeedsAnalysisResolver {
  @Query(() => NeedsAnalysisConnection, { description: 'Needs analyses (ABK), newest year first.' })
  needsAnalyses(
    @Args(() => NeedsAnalysesArgs) args: NeedsAnalysesArgs,
    @Ctx() { services }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return services.needs.list(args, nodeSelectionOf(info));
  }

  @Query(() => [AnalysisStatusCount], {
    description:
      'Per workflow status, how many units’ newest analyses of the year stand there (every status listed).',
  })
  needsAnalysisStatusCounts(@Arg('year', () => Int) year: number, @Ctx() { services }: Context) {
    return services.needs.statusCounts(year);
  }

  @Query(() => NeedsAnalysis, { nullable: true })
  needsAnalysis(@Arg('id', () => ID) id: string, @Ctx() { services }: Context) {
    return services.needs.get(id);
  }

  @Query(() => [PositionNeedComparison], { description: 'Position by position, how two versions differ.' })
  async compareNeedsAnalyses(
    @Arg('fromId', () => ID) fromId: string,
    @Arg('toId', () => ID) toId: string,
    @Ctx() { services }: Context,
  ): Promise<PositionNeedComparison[]> {
    return services.needs.compare(fromId, toId);
  }

  @FieldResolver(() => Unit)
  unit(@Root() analysis: Analysis, @Ctx() { loaders }: Context) {
    return loaders.related<Unit>('Unit', analysis.unit);
  }

  @FieldResolver(() => Boolean, { description: 'Only a DRAFT can change.' })
  editable(@Root() analysis: Analysis): boolean {
    return isAnalysisEditable(analysis.status);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the signed-in user may change this analysis now (a DRAFT of a unit they may draft for).',
  })
  async viewerCanEdit(@Root() analysis: Analysis, @Ctx() { access }: Context): Promise<boolean> {
    return isAnalysisEditable(analysis.status) && (await access.canDraft(unitIdOf(analysis)));
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the signed-in user may start a new version (a FINAL analysis of a unit they draft for).',
  })
  async viewerCanVersion(@Root() analysis: Analysis, @Ctx() { access }: Context): Promise<boolean> {
    return canVersionAnalysis(analysis.status) && (await access.canDraft(unitIdOf(analysis)));
  }

  @FieldResolver(() => [AnalysisActionEnum], {
    description: 'Workflow actions the status allows and the signed-in user’s role may take (units submit).',
  })
  viewerActions(@Root() analysis: Analysis, @Ctx() { access }: Context): Promise<AnalysisAction[]> {
    return access.actionsOn(unitIdOf(analysis), analysis.status);
  }

  @FieldResolver(() => Int, {
    description: 'Effective hours of the analysis year (planning-year configuration).',
  })
  async effectiveHours(@Root() analysis: Analysis, @Ctx() { loaders }: Context): Promise<number> {
    return (await loaders.planningYear.load(analysis.year)).effectiveHours;
  }

  @FieldResolver(() => [PositionNeedView])
  positionNeeds(@Root() analysis: Analysis, @Ctx() { loaders }: Context): Promise<PositionNeedView[]> {
    return loaders.positionNeeds.load(analysis);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Unit effectiveness EU = Σ workload hours / (Σ bezetting × effective hours) (Permendagri 12/2008 Form E).',
  })
  async unitEffectiveness(@Root() analysis: Analysis, @Ctx() context: Context): Promise<number | null> {
    return (await this.unitEffectivenessOf(analysis, context)).ej;
  }

  @FieldResolver(() => PjGradeEnum, { nullable: true, description: 'Unit prestasi (PU) grade from EU.' })
  async unitPjGrade(@Root() analysis: Analysis, @Ctx() context: Context): Promise<PjGrade | null> {
    return (await this.unitEffectivenessOf(analysis, context)).grade;
  }

  private async unitEffectivenessOf(analysis: Analysis, { loaders }: Context) {
    const needs = await loaders.positionNeeds.load(analysis);
    return unitEffectivenessOf(needs, (await loaders.planningYear.load(analysis.year)).effectiveHours);
  }

  @Authorized('ADMIN', 'UNIT_OPERATOR')
  @Mutation(() => NeedsAnalysis, { description: 'A new DRAFT analysis listing the unit’s active positions.' })
  createNeedsAnalysis(
    @Arg('year', () => Int) year: number,
    @Arg('unitId', () => ID) unitId: string,
    @Ctx() { services }: Context,
  ) {
    return services.needs.create(year, unitId);
  }

  @Authorized('ADMIN', 'UNIT_OPERATOR')
  @Mutation(() => PositionNeedView, {
    description: 'Replaces a position’s workload rows in one transaction (DRAFT only).',
  })
  savePositionNeed(
    @Arg('input', () => SavePositionNeedInput) input: SavePositionNeedInput,
    @Ctx() { services }: Context,
  ) {
    return services.needs.savePositionNeed(input);
  }

  @Authorized('ADMIN', 'UNIT_OPERATOR')
  @Mutation(() => NeedsAnalysis)
  removePositionNeed(@Arg('id', () => ID) id: string, @Ctx() { services }: Context) {
    return services.needs.removePositionNeed(id);
  }

  @Authorized('ADMIN', 'UNIT_OPERATOR')
  @Mutation(() => NeedsAnalysis, { description: 'SUBMIT, VERIFY, FINALIZE, RETURN (with a note) or REOPEN.' })
  transitionNeedsAnalysis(
    @Arg('id', () => ID) id: string,
    @Arg('action', () => AnalysisActionEnum) action: AnalysisAction,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() { services }: Context,
  ) {
    return services.needs.transition(id, action, note);
  }

  @Authorized('ADMIN', 'UNIT_OPERATOR')
  @Mutation(() => NeedsAnalysis, { description: 'Copies a FINAL analysis into a new DRAFT version.' })
  createNeedsAnalysisVersion(@Arg('id', () => ID) id: string, @Ctx() { services }: Context) {
    return services.needs.createVersion(id);
  }
}

@Resolver(() => PositionNeedView)
export class PositionNeedResolver {
  @FieldResolver(() => Position)
  position(@Root() need: PositionNeedView): Promise<Position> {
    return need.entity.position.loadOrFail({ dataloader: true });
  }
}
