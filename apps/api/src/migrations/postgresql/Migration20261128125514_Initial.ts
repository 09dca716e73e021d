import { Migration } from '@mikro-orm/migrations';

export class Migration20261128125514_Initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "kecamatan" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(20) not null, "name" varchar(120) not null, constraint "kecamatan_pkey" primary key ("id"));`);
    this.addSql(`alter table "kecamatan" add constraint "kecamatan_code_unique" unique ("code");`);

    this.addSql(`create table "sector" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "archived_at" timestamptz null, "code" varchar(32) not null, "name" varchar(120) not null, "description" text null, constraint "sector_pkey" primary key ("id"));`);
    this.addSql(`alter table "sector" add constraint "sector_code_unique" unique ("code");`);

    this.addSql(`create table "unit" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "archived_at" timestamptz null, "code" varchar(40) not null, "name" varchar(200) not null, "kind" varchar(32) not null, "parent_id" uuid null, "sector_id" uuid not null, "kecamatan_id" uuid null, "address" varchar(500) null, constraint "unit_pkey" primary key ("id"));`);
    this.addSql(`alter table "unit" add constraint "unit_code_unique" unique ("code");`);
    this.addSql(`create index "unit_name_index" on "unit" ("name");`);
    this.addSql(`create index "unit_parent_id_index" on "unit" ("parent_id");`);
    this.addSql(`create index "unit_sector_id_index" on "unit" ("sector_id");`);
    this.addSql(`create index "unit_kecamatan_id_index" on "unit" ("kecamatan_id");`);

    this.addSql(`create table "position" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "archived_at" timestamptz null, "name" varchar(200) not null, "kind" varchar(32) not null, "level" varchar(32) not null, "unit_id" uuid not null, "sector_id" uuid not null, "is_teacher" boolean not null default false, "education_levels" jsonb not null, "study_programs" jsonb not null, "licences" jsonb not null, "competencies" jsonb not null, "description" text null, "retirement_age" int not null, constraint "position_pkey" primary key ("id"));`);
    this.addSql(`create index "position_name_index" on "position" ("name");`);
    this.addSql(`create index "position_sector_id_index" on "position" ("sector_id");`);
    this.addSql(`create index "position_unit_id_name_index" on "position" ("unit_id", "name");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(254) not null, "name" varchar(200) not null, "password_hash" varchar(255) not null, "last_login_at" timestamptz null, "disabled_at" timestamptz null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "session" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "token_hash" varchar(64) not null, "user_id" uuid not null, "expires_at" timestamptz not null, "last_seen_at" timestamptz not null, "user_agent" varchar(300) null, constraint "session_pkey" primary key ("id"));`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);

    this.addSql(`create table "role_assignment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" uuid not null, "role" varchar(32) not null, "unit_id" uuid null, constraint "role_assignment_pkey" primary key ("id"));`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_user_id_role_unit_id_unique" unique ("user_id", "role", "unit_id");`);

    this.addSql(`alter table "unit" add constraint "unit_parent_id_foreign" foreign key ("parent_id") references "unit" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "unit" add constraint "unit_sector_id_foreign" foreign key ("sector_id") references "sector" ("id") on update cascade;`);
    this.addSql(`alter table "unit" add constraint "unit_kecamatan_id_foreign" foreign key ("kecamatan_id") references "kecamatan" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "position" add constraint "position_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "position" add constraint "position_sector_id_foreign" foreign key ("sector_id") references "sector" ("id") on update cascade;`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "role_assignment" add constraint "role_assignment_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "unit" drop constraint "unit_kecamatan_id_foreign";`);

    this.addSql(`alter table "unit" drop constraint "unit_sector_id_foreign";`);

    this.addSql(`alter table "position" drop constraint "position_sector_id_foreign";`);

    this.addSql(`alter table "unit" drop constraint "unit_parent_id_foreign";`);

    this.addSql(`alter table "position" drop constraint "position_unit_id_foreign";`);

    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_unit_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_user_id_foreign";`);

    this.addSql(`drop table if exists "kecamatan" cascade;`);

    this.addSql(`drop table if exists "sector" cascade;`);

    this.addSql(`drop table if exists "unit" cascade;`);

    this.addSql(`drop table if exists "position" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "role_assignment" cascade;`);
  }

}
