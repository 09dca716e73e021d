import { Migration } from '@mikro-orm/migrations';

export class Migration20261206221415_StaffMemberHistory extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "staff_member_change" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "member_id" uuid not null, "kind" varchar(16) not null, "changed_at" timestamptz not null, "changed_by_id" uuid null, "changed_by_name" varchar(200) not null, "changes" jsonb not null, "effective_on" varchar(10) null, "archive_reason" varchar(16) null, "note" varchar(500) null, constraint "staff_member_change_pkey" primary key ("id"));`);
    this.addSql(`create index "staff_member_change_member_id_changed_at_index" on "staff_member_change" ("member_id", "changed_at");`);

    this.addSql(`alter table "staff_member_change" add constraint "staff_member_change_member_id_foreign" foreign key ("member_id") references "staff_member" ("id") on update cascade;`);
    this.addSql(`alter table "staff_member_change" add constraint "staff_member_change_changed_by_id_foreign" foreign key ("changed_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "staff_member_change" cascade;`);
  }

}
