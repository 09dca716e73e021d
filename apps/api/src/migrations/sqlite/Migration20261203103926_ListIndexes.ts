import { Migration } from '@mikro-orm/migrations';

export class Migration20261203103926_ListIndexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index \`unit_archived_at_index\` on \`unit\` (\`archived_at\`);`);
    this.addSql(`create index \`unit_archived_at_kind_name_id_index\` on \`unit\` (\`archived_at\`, \`kind\`, \`name\`, \`id\`);`);
    this.addSql(`create index \`unit_archived_at_name_id_index\` on \`unit\` (\`archived_at\`, \`name\`, \`id\`);`);

    this.addSql(`create index \`position_archived_at_index\` on \`position\` (\`archived_at\`);`);
    this.addSql(`create index \`position_archived_at_kind_name_id_index\` on \`position\` (\`archived_at\`, \`kind\`, \`name\`, \`id\`);`);
    this.addSql(`create index \`position_archived_at_name_id_index\` on \`position\` (\`archived_at\`, \`name\`, \`id\`);`);

    this.addSql(`create index \`stakeholder_input_year_created_at_index\` on \`stakeholder_input\` (\`year\`, \`created_at\`);`);

    this.addSql(`drop index \`staff_member_name_id_index\`;`);

    this.addSql(`create index \`staff_member_archived_at_index\` on \`staff_member\` (\`archived_at\`);`);
    this.addSql(`create index \`staff_member_archived_at_name_id_index\` on \`staff_member\` (\`archived_at\`, \`name\`, \`id\`);`);

    this.addSql(`drop index \`gap_row_year_horizon_sector_id_index\`;`);

    this.addSql(`create index \`gap_row_year_horizon_sector_id_kecamatan_id_headcount_staff_leaving_gap_index\` on \`gap_row\` (\`year\`, \`horizon\`, \`sector_id\`, \`kecamatan_id\`, \`headcount\`, \`staff\`, \`leaving\`, \`gap\`);`);
  }

}
