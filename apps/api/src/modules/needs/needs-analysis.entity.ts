import {
  Collection,
  Entity,
  Index,
  ManyToOne,
  OneToMany,
  type Opt,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { type AnalysisStatus } from '@formasi/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { AnalysisStatusEnum } from '../../common/enums.js';
import { Unit } from '../units/unit.entity.js';
import { PositionNeed } from './position-need.entity.js';

/**
 * A unit's Analisis Beban Kerja for a planning year. Versions: a FINAL analysis is read-only; changing it makes a
 * new version (copying its rows) that goes through the workflow again.
 */
@ObjectType()
@Entity({ tableName: 'needs_analysis' })
@Unique({ properties: ['year', 'unit', 'version'] })
export class NeedsAnalysis extends BaseEntity {
  @Field(() => Int)
  @Property({ type: 'integer' })
  @Index()
  year!: number;

  @ManyToOne(() => Unit, { ref: true })
  unit!: Ref<Unit>;

  @Field(() => Int)
  @Property({ type: 'integer' })
  version: Opt<number> = 1;

  @Field(() => AnalysisStatusEnum)
  @Property({ type: 'string', length: 16 })
  status: Opt<AnalysisStatus> = 'DRAFT';

  @ManyToOne(() => NeedsAnalysis, { ref: true, nullable: true })
  previousVersion: Ref<NeedsAnalysis> | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the analysis was returned, or a note on the version.',
  })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  submittedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  verifiedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  finalizedAt: Date | null = null;

  /**
   * Σ of the position needs and Σ of their rounded headcounts, kept by the needs read model: written with every
   * change to the analysis's needs and to its year's effective hours or rounding (refreshAnalysisTotals), so a list
   * reads two columns instead of every workload row.
   */
  @Field(() => Float, { description: 'Σ of the position needs, unrounded.' })
  @Property({ type: 'double' })
  totalFte: Opt<number> = 0;

  @Field(() => Int, { description: 'Σ of the rounded headcounts.' })
  @Property({ type: 'integer' })
  totalHeadcount: Opt<number> = 0;

  @OneToMany(() => PositionNeed, (need) => need.analysis, { orphanRemoval: true })
  positionNeeds = new Collection<PositionNeed>(this);
}
