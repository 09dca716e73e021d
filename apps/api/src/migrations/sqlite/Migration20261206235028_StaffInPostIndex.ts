import { Migration } from '@mikro-orm/migrations';

export class Migration20261206235028_StaffInPostIndex extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index \`staff_member_archived_at_retires_on_index\` on \`staff_member\` (\`archived_at\`, \`retires_on\`);`);
  }

}
