import { Migration } from '@mikro-orm/migrations';

export class Migration20261203113103_GapKindIndex extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index \`gap_row_year_horizon_kind_priority_index\` on \`gap_row\` (\`year\`, \`horizon\`, \`kind\`, \`priority\`);`);
  }

}
