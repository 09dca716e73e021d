import { Migration } from '@mikro-orm/migrations';

export class Migration20261206221415_StaffMemberHistory extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`staff_member_change\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`member_id\` text not null, \`kind\` text not null, \`changed_at\` datetime not null, \`changed_by_id\` text null, \`changed_by_name\` text not null, \`changes\` json not null, \`effective_on\` text null, \`archive_reason\` text null, \`note\` text null, constraint \`staff_member_change_member_id_foreign\` foreign key(\`member_id\`) references \`staff_member\`(\`id\`) on update cascade, constraint \`staff_member_change_changed_by_id_foreign\` foreign key(\`changed_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`staff_member_change_member_id_index\` on \`staff_member_change\` (\`member_id\`);`);
    this.addSql(`create index \`staff_member_change_changed_by_id_index\` on \`staff_member_change\` (\`changed_by_id\`);`);
    this.addSql(`create index \`staff_member_change_member_id_changed_at_index\` on \`staff_member_change\` (\`member_id\`, \`changed_at\`);`);
  }

}
