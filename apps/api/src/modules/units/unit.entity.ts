import { Entity, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { type UnitKind } from '@formasi/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { ArchivableEntity } from '../../common/base.entity.js';
import { UnitKindEnum } from '../../common/enums.js';
import { Kecamatan } from '../kecamatans/kecamatan.entity.js';
import { Sector } from '../sectors/sector.entity.js';

/** An organisational unit: an OPD or one of its sub-units (puskesmas, school, UPTD), forming a tree. */
@ObjectType()
@Entity({ tableName: 'unit' })
// Lists by name, all or of one kind (the README's reporting examples): read in index order, archived rows
// skipped. A leading archived_at would not do: PostgreSQL does not keep an index's order past an IS NULL.
@Index({ properties: ['name', 'id'] })
@Index({ properties: ['kind', 'name', 'id'] })
// The narrowest index over the active rows: a list's totalCount reads only it.
@Index({ properties: ['archivedAt'] })
export class Unit extends ArchivableEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 40 })
  @Unique()
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  @Index()
  name!: string;

  @Field(() => UnitKindEnum)
  // A plain string column: the GraphQL enum and core validate it (SQLite cannot introspect CHECK constraints).
  @Property({ type: 'string', length: 32 })
  kind!: UnitKind;

  @ManyToOne(() => Unit, { ref: true, nullable: true, index: true })
  parent: Ref<Unit> | null = null;

  @ManyToOne(() => Sector, { ref: true, index: true })
  sector!: Ref<Sector>;

  @ManyToOne(() => Kecamatan, { ref: true, nullable: true, index: true })
  kecamatan: Ref<Kecamatan> | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 500, nullable: true })
  address: string | null = null;

  @Field(() => Int, {
    nullable: true,
    description:
      'People or students the unit serves (a puskesmas area, a school), for the service-impact factor.',
  })
  @Property({ type: 'integer', nullable: true })
  servedPopulation: number | null = null;
}
