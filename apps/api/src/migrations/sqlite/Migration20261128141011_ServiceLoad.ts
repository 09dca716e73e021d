import { Migration } from '@mikro-orm/migrations';

export class Migration20261128141011_ServiceLoad extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`unit\` add column \`served_population\` integer null;`);

    this.addSql(`alter table \`position\` add column \`served_per_staff_benchmark\` double null;`);
  }

}
