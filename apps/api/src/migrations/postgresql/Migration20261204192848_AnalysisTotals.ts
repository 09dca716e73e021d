import { Migration } from '@mikro-orm/migrations';

export class Migration20261204192848_AnalysisTotals extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "needs_analysis" add column "total_fte" double precision not null default 0, add column "total_headcount" int not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "needs_analysis" drop column "total_fte", drop column "total_headcount";`);
  }

}
