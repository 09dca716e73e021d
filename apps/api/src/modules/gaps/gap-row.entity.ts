import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { type GapKind, type PositionKind } from '@formasi/core';
import { randomUUID } from 'node:crypto';
import { Kecamatan } from '../kecamatans/kecamatan.entity.js';
import { NeedsAnalysis } from '../needs/needs-analysis.entity.js';
import { Position } from '../positions/position.entity.js';
import { Sector } from '../sectors/sector.entity.js';
import { Unit } from '../units/unit.entity.js';
import { type GapInputs, type GapOutlook } from './gap-calculator.js';

/**
 * The gaps of a planning year kept as rows (a read model): one per position × year × horizon, written by
 * gap-refresh.ts in the same transaction as every change they depend on. Lists, filters, sorts and roll-ups run
 * in SQL over these rows; texts are rendered from `inputs` in the reader's language.
 */
@Entity({ tableName: 'gap_row' })
@Unique({ properties: ['year', 'horizon', 'position'] })
@Index({ properties: ['year', 'horizon', 'priority'] })
// Shortages (or surpluses) by priority, as Beranda's top gaps and the kind filter read them, and their count
// from the index alone (a gap row is wide: counting through the table visits a page per row).
@Index({ properties: ['year', 'horizon', 'kind', 'priority'] })
// Roll-ups (gapSummary by region, sector, kecamatan; Beranda) read only this index (an index-only scan); it also
// serves the sector filter.
@Index({
  properties: ['year', 'horizon', 'sector', 'kecamatan', 'headcount', 'staff', 'leaving', 'gap'],
})
@Index({ properties: ['year', 'horizon', 'unit'] })
export class GapRow {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'integer' })
  year!: number;

  /** Years ahead of `year` (0..4) at which `leaving` and the gap are counted. */
  @Property({ type: 'integer' })
  horizon!: number;

  @ManyToOne(() => Position, { ref: true, index: true })
  position!: Ref<Position>;

  @ManyToOne(() => Unit, { ref: true })
  unit!: Ref<Unit>;

  @ManyToOne(() => Sector, { ref: true })
  sector!: Ref<Sector>;

  @ManyToOne(() => Kecamatan, { ref: true, nullable: true, index: true })
  kecamatan: Ref<Kecamatan> | null = null;

  /** The analysis version the need comes from (traceability). */
  @ManyToOne(() => NeedsAnalysis, { ref: true, index: true })
  analysis!: Ref<NeedsAnalysis>;

  @Property({ type: 'string', length: 32 })
  positionKind!: PositionKind;

  @Property({ type: 'double' })
  need!: number;

  @Property({ type: 'integer' })
  headcount!: number;

  @Property({ type: 'integer' })
  staff!: number;

  @Property({ type: 'integer' })
  leaving!: number;

  @Property({ type: 'integer' })
  projectedStaff!: number;

  @Property({ type: 'double' })
  gap!: number;

  /** |gap|, so the SIZE sort runs on an index-friendly column. */
  @Property({ type: 'double' })
  gapSize!: number;

  @Property({ type: 'string', length: 16 })
  kind!: GapKind;

  @Property({ type: 'double' })
  priority!: number;

  @Property({ type: 'json' })
  outlook!: GapOutlook[];

  @Property({ type: 'json' })
  inputs!: GapInputs;

  @Property({ type: 'datetime' })
  refreshedAt: Opt<Date> = new Date();
}
