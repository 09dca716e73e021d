import { Migration } from '@mikro-orm/migrations';

export class Migration20261128141011_ServiceLoad extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "unit" add column "served_population" int null;`);

    this.addSql(`alter table "position" add column "served_per_staff_benchmark" double precision null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "position" drop column "served_per_staff_benchmark";`);

    this.addSql(`alter table "unit" drop column "served_population";`);
  }

}
