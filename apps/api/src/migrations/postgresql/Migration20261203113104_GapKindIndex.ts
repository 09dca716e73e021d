import { Migration } from '@mikro-orm/migrations';

export class Migration20261203113104_GapKindIndex extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "gap_row_year_horizon_kind_priority_index" on "gap_row" ("year", "horizon", "kind", "priority");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "gap_row_year_horizon_kind_priority_index";`);
  }

}
