import { Migration } from '@mikro-orm/migrations';

export class Migration20261202100705_GapReadModel extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "gap_row" ("id" uuid not null, "year" int not null, "horizon" int not null, "position_id" uuid not null, "unit_id" uuid not null, "sector_id" uuid not null, "kecamatan_id" uuid null, "analysis_id" uuid not null, "position_kind" varchar(32) not null, "need" double precision not null, "headcount" int not null, "staff" int not null, "leaving" int not null, "projected_staff" int not null, "gap" double precision not null, "gap_size" double precision not null, "kind" varchar(16) not null, "priority" double precision not null, "outlook" jsonb not null, "inputs" jsonb not null, "refreshed_at" timestamptz not null, constraint "gap_row_pkey" primary key ("id"));`);
    this.addSql(`create index "gap_row_position_id_index" on "gap_row" ("position_id");`);
    this.addSql(`create index "gap_row_kecamatan_id_index" on "gap_row" ("kecamatan_id");`);
    this.addSql(`create index "gap_row_analysis_id_index" on "gap_row" ("analysis_id");`);
    this.addSql(`create index "gap_row_year_horizon_unit_id_index" on "gap_row" ("year", "horizon", "unit_id");`);
    this.addSql(`create index "gap_row_year_horizon_sector_id_index" on "gap_row" ("year", "horizon", "sector_id");`);
    this.addSql(`create index "gap_row_year_horizon_priority_index" on "gap_row" ("year", "horizon", "priority");`);
    this.addSql(`alter table "gap_row" add constraint "gap_row_year_horizon_position_id_unique" unique ("year", "horizon", "position_id");`);

    this.addSql(`alter table "gap_row" add constraint "gap_row_position_id_foreign" foreign key ("position_id") references "position" ("id") on update cascade;`);
    this.addSql(`alter table "gap_row" add constraint "gap_row_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "gap_row" add constraint "gap_row_sector_id_foreign" foreign key ("sector_id") references "sector" ("id") on update cascade;`);
    this.addSql(`alter table "gap_row" add constraint "gap_row_kecamatan_id_foreign" foreign key ("kecamatan_id") references "kecamatan" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "gap_row" add constraint "gap_row_analysis_id_foreign" foreign key ("analysis_id") references "needs_analysis" ("id") on update cascade;`);

    this.addSql(`create index "staff_member_position_id_index" on "staff_member" ("position_id");`);
    this.addSql(`create index "staff_member_unit_id_index" on "staff_member" ("unit_id");`);

    this.addSql(`create index "position_need_position_id_index" on "position_need" ("position_id");`);

    this.addSql(`create index "workload_item_position_need_id_index" on "workload_item" ("position_need_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "gap_row" cascade;`);

    this.addSql(`drop index "position_need_position_id_index";`);

    this.addSql(`drop index "staff_member_position_id_index";`);
    this.addSql(`drop index "staff_member_unit_id_index";`);

    this.addSql(`drop index "workload_item_position_need_id_index";`);
  }

}
