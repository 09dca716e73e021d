import { Migration } from '@mikro-orm/migrations';

export class Migration20261203105631_ListOrderIndexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "unit_archived_at_kind_name_id_index";`);
    this.addSql(`drop index "unit_archived_at_name_id_index";`);

    this.addSql(`create index "unit_kind_name_id_index" on "unit" ("kind", "name", "id");`);
    this.addSql(`create index "unit_name_id_index" on "unit" ("name", "id");`);

    this.addSql(`drop index "position_archived_at_kind_name_id_index";`);
    this.addSql(`drop index "position_archived_at_name_id_index";`);

    this.addSql(`create index "position_kind_name_id_index" on "position" ("kind", "name", "id");`);
    this.addSql(`create index "position_name_id_index" on "position" ("name", "id");`);

    this.addSql(`drop index "staff_member_archived_at_name_id_index";`);

    this.addSql(`create index "staff_member_name_id_index" on "staff_member" ("name", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "position_kind_name_id_index";`);
    this.addSql(`drop index "position_name_id_index";`);

    this.addSql(`create index "position_archived_at_kind_name_id_index" on "position" ("archived_at", "kind", "name", "id");`);
    this.addSql(`create index "position_archived_at_name_id_index" on "position" ("archived_at", "name", "id");`);

    this.addSql(`drop index "staff_member_name_id_index";`);

    this.addSql(`create index "staff_member_archived_at_name_id_index" on "staff_member" ("archived_at", "name", "id");`);

    this.addSql(`drop index "unit_kind_name_id_index";`);
    this.addSql(`drop index "unit_name_id_index";`);

    this.addSql(`create index "unit_archived_at_kind_name_id_index" on "unit" ("archived_at", "kind", "name", "id");`);
    this.addSql(`create index "unit_archived_at_name_id_index" on "unit" ("archived_at", "name", "id");`);
  }

}
