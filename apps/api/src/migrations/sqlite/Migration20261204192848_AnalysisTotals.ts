import { Migration } from '@mikro-orm/migrations';

export class Migration20261204192848_AnalysisTotals extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`needs_analysis\` add column \`total_fte\` double not null default 0;`);
    this.addSql(`alter table \`needs_analysis\` add column \`total_headcount\` integer not null default 0;`);
  }

}
