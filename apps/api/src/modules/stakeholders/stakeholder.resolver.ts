import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { type Context } from '../../context.js';
import { Position } from '../positions/position.entity.js';
import { Sector } from '../sectors/sector.entity.js';
import { Unit } from '../units/unit.entity.js';
import { StakeholderInput } from './stakeholder-input.entity.js';
import { StakeholderService } from './stakeholder.service.js';
import { StakeholderInputInput } from './stakeholder.types.js';

@Resolver(() => StakeholderInput)
export class StakeholderInputResolver {
  @Query(() => [StakeholderInput], {
    description: 'Community, unit and institution inputs of a planning year.',
  })
  stakeholderInputs(@Arg('year', () => Int) year: number, @Ctx() { em }: Context) {
    return new StakeholderService(em).list(year);
  }

  @FieldResolver(() => Sector, { nullable: true })
  sector(@Root() row: StakeholderInput): Promise<Sector> | null {
    return row.sector ? row.sector.loadOrFail({ dataloader: true }) : null;
  }

  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() row: StakeholderInput): Promise<Unit> | null {
    return row.unit ? row.unit.loadOrFail({ dataloader: true }) : null;
  }

  @FieldResolver(() => Position, { nullable: true })
  position(@Root() row: StakeholderInput): Promise<Position> | null {
    return row.position ? row.position.loadOrFail({ dataloader: true }) : null;
  }

  @Authorized('ADMIN')
  @Mutation(() => StakeholderInput)
  createStakeholderInput(
    @Arg('input', () => StakeholderInputInput) input: StakeholderInputInput,
    @Ctx() { em }: Context,
  ) {
    return new StakeholderService(em).create(input);
  }

  @Authorized('ADMIN')
  @Mutation(() => StakeholderInput, {
    description: 'BKPSDM confirms the weight (0..1) with which the input counts.',
  })
  confirmStakeholderInput(
    @Arg('id', () => ID) id: string,
    @Arg('weight', () => Float) weight: number,
    @Ctx() { em }: Context,
  ) {
    return new StakeholderService(em).confirm(id, weight);
  }
}
