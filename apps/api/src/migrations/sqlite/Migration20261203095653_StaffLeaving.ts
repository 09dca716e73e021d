import { Migration } from '@mikro-orm/migrations';
import { backfillStaffLeaving } from '../staff-leaving-backfill.js';

export class Migration20261203095653_StaffLeaving extends Migration {

  override async up(): Promise<void> {
    // SQLite adds a NOT NULL column to a filled table only with a default: '' until the backfill from core's
    // rules, then the table is rebuilt without the defaults (as MikroORM's schema diff writes it).
    await this.execute(`alter table \`staff_member\` add column \`retires_on\` text not null default '';`);
    await this.execute(`alter table \`staff_member\` add column \`leaves_on\` text not null default '';`);
    await this.execute(`alter table \`staff_member\` add column \`leaving_reason\` text not null default '';`);
    await backfillStaffLeaving(this, '`');
    await this.execute(`create table \`staff_member__temp_alter\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`archived_at\` datetime null, \`nip\` text not null, \`name\` text not null, \`birth_date\` text not null, \`gender\` text not null, \`employment_type\` text not null, \`contract_end\` text null, \`transfer_date\` text null, \`tmt\` text not null, \`position_id\` text not null, \`retires_on\` text not null, \`leaves_on\` text not null, \`leaving_reason\` text not null, \`unit_id\` text not null, constraint \`staff_member_position_id_foreign\` foreign key(\`position_id\`) references \`position\`(\`id\`) on update cascade, constraint \`staff_member_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, primary key (\`id\`));`);
    await this.execute(`insert into \`staff_member__temp_alter\` select \`id\`, \`created_at\`, \`updated_at\`, \`archived_at\`, \`nip\`, \`name\`, \`birth_date\`, \`gender\`, \`employment_type\`, \`contract_end\`, \`transfer_date\`, \`tmt\`, \`position_id\`, \`retires_on\`, \`leaves_on\`, \`leaving_reason\`, \`unit_id\` from \`staff_member\`;`);
    await this.execute(`drop table \`staff_member\`;`);
    await this.execute(`alter table \`staff_member__temp_alter\` rename to \`staff_member\`;`);
    await this.execute(`create unique index \`staff_member_nip_unique\` on \`staff_member\` (\`nip\`);`);
    await this.execute(`create index \`staff_member_position_id_index\` on \`staff_member\` (\`position_id\`);`);
    await this.execute(`create index \`staff_member_unit_id_index\` on \`staff_member\` (\`unit_id\`);`);
    await this.execute(`create index \`staff_member_leaves_on_leaving_reason_index\` on \`staff_member\` (\`leaves_on\`, \`leaving_reason\`);`);
    await this.execute(`create index \`staff_member_name_id_index\` on \`staff_member\` (\`name\`, \`id\`);`);
  }

}
