import { Entity, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { type EducationLevel, type Licence, type PositionKind, type PositionLevel } from '@formasi/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ArchivableEntity } from '../../common/base.entity.js';
import { EducationLevelEnum, LicenceEnum, PositionKindEnum, PositionLevelEnum } from '../../common/enums.js';
import { Sector } from '../sectors/sector.entity.js';
import { Unit } from '../units/unit.entity.js';

/** A jabatan in a unit's peta jabatan, with the qualifications it requires. */
@ObjectType()
@Entity({ tableName: 'position' })
// Lists by name, all or of one kind (the README's reporting examples): read in index order, archived rows
// skipped. A leading archived_at would not do: PostgreSQL does not keep an index's order past an IS NULL.
@Index({ properties: ['name', 'id'] })
@Index({ properties: ['kind', 'name', 'id'] })
// The narrowest index over the active rows: a list's totalCount reads only it.
@Index({ properties: ['archivedAt'] })
@Index({ properties: ['unit', 'name'] })
export class Position extends ArchivableEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  @Index()
  name!: string;

  @Field(() => PositionKindEnum)
  @Property({ type: 'string', length: 32 })
  kind!: PositionKind;

  @Field(() => PositionLevelEnum)
  @Property({ type: 'string', length: 32 })
  level!: PositionLevel;

  @ManyToOne(() => Unit, { ref: true })
  unit!: Ref<Unit>;

  @ManyToOne(() => Sector, { ref: true, index: true })
  sector!: Ref<Sector>;

  @Field(() => Boolean, { description: 'A teacher (guru) position: BUP 60 under UU 14/2005.' })
  @Property({ type: 'boolean' })
  isTeacher: Opt<boolean> = false;

  @Field(() => [EducationLevelEnum])
  @Property({ type: 'json' })
  educationLevels: Opt<EducationLevel[]> = [];

  @Field(() => [String])
  @Property({ type: 'json' })
  studyPrograms: Opt<string[]> = [];

  @Field(() => [LicenceEnum])
  @Property({ type: 'json' })
  licences: Opt<Licence[]> = [];

  @Field(() => [String])
  @Property({ type: 'json' })
  competencies: Opt<string[]> = [];

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => Int, {
    description:
      'Batas usia pensiun (BUP) in years, from the kind and level (PP 11/2017, UU 20/2023, UU 14/2005).',
  })
  @Property({ type: 'integer' })
  retirementAge!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'People one holder is expected to serve, e.g. 1,000 per doctor (WHO) or 20 students per teacher (PP 74/2008).',
  })
  @Property({ type: 'double', nullable: true })
  servedPerStaffBenchmark: number | null = null;
}
