import { Migration } from '@mikro-orm/migrations';

export class Migration20261128133700_NeedsAndGaps extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "planning_year" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "year" int not null, "effective_hours" int not null default 1250, "rounding_rule" varchar(16) not null default 'HALF_UP', "priority_weights" jsonb not null, "sector_priorities" jsonb not null, "average_costs" jsonb not null, "total_spending" double precision null, "personnel_spending" double precision null, "excluded_teacher_allowances" double precision null, constraint "planning_year_pkey" primary key ("id"));`);
    this.addSql(`alter table "planning_year" add constraint "planning_year_year_unique" unique ("year");`);

    this.addSql(`create table "stakeholder_input" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "year" int not null, "source" varchar(16) not null, "submitted_by" varchar(200) not null, "summary" text not null, "sector_id" uuid null, "unit_id" uuid null, "position_id" uuid null, "proposed_weight" double precision not null, "confirmed_weight" double precision null, "confirmed_at" timestamptz null, constraint "stakeholder_input_pkey" primary key ("id"));`);
    this.addSql(`create index "stakeholder_input_year_index" on "stakeholder_input" ("year");`);

    this.addSql(`create table "staff_member" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "archived_at" timestamptz null, "nip" varchar(18) not null, "name" varchar(200) not null, "birth_date" varchar(10) not null, "gender" varchar(8) not null, "employment_type" varchar(8) not null, "contract_end" varchar(10) null, "transfer_date" varchar(10) null, "tmt" varchar(10) not null, "position_id" uuid not null, "unit_id" uuid not null, constraint "staff_member_pkey" primary key ("id"));`);
    this.addSql(`alter table "staff_member" add constraint "staff_member_nip_unique" unique ("nip");`);

    this.addSql(`create table "needs_analysis" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "year" int not null, "unit_id" uuid not null, "version" int not null default 1, "status" varchar(16) not null default 'DRAFT', "previous_version_id" uuid null, "note" text null, "submitted_at" timestamptz null, "verified_at" timestamptz null, "finalized_at" timestamptz null, constraint "needs_analysis_pkey" primary key ("id"));`);
    this.addSql(`create index "needs_analysis_year_index" on "needs_analysis" ("year");`);
    this.addSql(`alter table "needs_analysis" add constraint "needs_analysis_year_unit_id_version_unique" unique ("year", "unit_id", "version");`);

    this.addSql(`create table "position_need" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "analysis_id" uuid not null, "position_id" uuid not null, "standard_need" double precision null, "standard_basis" text null, "demand_choice" varchar(24) null, "demand_note" text null, "sort_order" int not null default 0, constraint "position_need_pkey" primary key ("id"));`);
    this.addSql(`alter table "position_need" add constraint "position_need_analysis_id_position_id_unique" unique ("analysis_id", "position_id");`);

    this.addSql(`create table "workload_item" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "position_need_id" uuid not null, "task" varchar(300) not null, "output_unit" varchar(60) not null, "annual_volume" double precision not null, "norm_minutes" double precision not null, "sort_order" int not null default 0, constraint "workload_item_pkey" primary key ("id"));`);

    this.addSql(`alter table "stakeholder_input" add constraint "stakeholder_input_sector_id_foreign" foreign key ("sector_id") references "sector" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "stakeholder_input" add constraint "stakeholder_input_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "stakeholder_input" add constraint "stakeholder_input_position_id_foreign" foreign key ("position_id") references "position" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "staff_member" add constraint "staff_member_position_id_foreign" foreign key ("position_id") references "position" ("id") on update cascade;`);
    this.addSql(`alter table "staff_member" add constraint "staff_member_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);

    this.addSql(`alter table "needs_analysis" add constraint "needs_analysis_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "needs_analysis" add constraint "needs_analysis_previous_version_id_foreign" foreign key ("previous_version_id") references "needs_analysis" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "position_need" add constraint "position_need_analysis_id_foreign" foreign key ("analysis_id") references "needs_analysis" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "position_need" add constraint "position_need_position_id_foreign" foreign key ("position_id") references "position" ("id") on update cascade;`);

    this.addSql(`alter table "workload_item" add constraint "workload_item_position_need_id_foreign" foreign key ("position_need_id") references "position_need" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "needs_analysis" drop constraint "needs_analysis_previous_version_id_foreign";`);

    this.addSql(`alter table "position_need" drop constraint "position_need_analysis_id_foreign";`);

    this.addSql(`alter table "workload_item" drop constraint "workload_item_position_need_id_foreign";`);

    this.addSql(`drop table if exists "planning_year" cascade;`);

    this.addSql(`drop table if exists "stakeholder_input" cascade;`);

    this.addSql(`drop table if exists "staff_member" cascade;`);

    this.addSql(`drop table if exists "needs_analysis" cascade;`);

    this.addSql(`drop table if exists "position_need" cascade;`);

    this.addSql(`drop table if exists "workload_item" cascade;`);
  }

}
