import { Migration } from '@mikro-orm/migrations';
import { backfillStaffLeaving } from '../staff-leaving-backfill.js';

export class Migration20261203095653_StaffLeaving extends Migration {

  override async up(): Promise<void> {
    // Added nullable, filled from core's rules for the members already stored, then required.
    await this.execute(`alter table "staff_member" add column "retires_on" varchar(10) null, add column "leaves_on" varchar(10) null, add column "leaving_reason" varchar(16) null;`);
    await backfillStaffLeaving(this, '"');
    await this.execute(`alter table "staff_member" alter column "retires_on" set not null, alter column "leaves_on" set not null, alter column "leaving_reason" set not null;`);
    await this.execute(`create index "staff_member_leaves_on_leaving_reason_index" on "staff_member" ("leaves_on", "leaving_reason");`);
    await this.execute(`create index "staff_member_name_id_index" on "staff_member" ("name", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "staff_member_leaves_on_leaving_reason_index";`);
    this.addSql(`drop index "staff_member_name_id_index";`);
    this.addSql(`alter table "staff_member" drop column "retires_on", drop column "leaves_on", drop column "leaving_reason";`);
  }

}
