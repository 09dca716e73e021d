import { Migration } from '@mikro-orm/migrations';

export class Migration20261202100705_GapReadModel extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`gap_row\` (\`id\` text not null, \`year\` integer not null, \`horizon\` integer not null, \`position_id\` text not null, \`unit_id\` text not null, \`sector_id\` text not null, \`kecamatan_id\` text null, \`analysis_id\` text not null, \`position_kind\` text not null, \`need\` double not null, \`headcount\` integer not null, \`staff\` integer not null, \`leaving\` integer not null, \`projected_staff\` integer not null, \`gap\` double not null, \`gap_size\` double not null, \`kind\` text not null, \`priority\` double not null, \`outlook\` json not null, \`inputs\` json not null, \`refreshed_at\` datetime not null, constraint \`gap_row_position_id_foreign\` foreign key(\`position_id\`) references \`position\`(\`id\`) on update cascade, constraint \`gap_row_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, constraint \`gap_row_sector_id_foreign\` foreign key(\`sector_id\`) references \`sector\`(\`id\`) on update cascade, constraint \`gap_row_kecamatan_id_foreign\` foreign key(\`kecamatan_id\`) references \`kecamatan\`(\`id\`) on delete set null on update cascade, constraint \`gap_row_analysis_id_foreign\` foreign key(\`analysis_id\`) references \`needs_analysis\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`gap_row_position_id_index\` on \`gap_row\` (\`position_id\`);`);
    this.addSql(`create index \`gap_row_unit_id_index\` on \`gap_row\` (\`unit_id\`);`);
    this.addSql(`create index \`gap_row_sector_id_index\` on \`gap_row\` (\`sector_id\`);`);
    this.addSql(`create index \`gap_row_kecamatan_id_index\` on \`gap_row\` (\`kecamatan_id\`);`);
    this.addSql(`create index \`gap_row_analysis_id_index\` on \`gap_row\` (\`analysis_id\`);`);
    this.addSql(`create index \`gap_row_year_horizon_unit_id_index\` on \`gap_row\` (\`year\`, \`horizon\`, \`unit_id\`);`);
    this.addSql(`create index \`gap_row_year_horizon_sector_id_index\` on \`gap_row\` (\`year\`, \`horizon\`, \`sector_id\`);`);
    this.addSql(`create index \`gap_row_year_horizon_priority_index\` on \`gap_row\` (\`year\`, \`horizon\`, \`priority\`);`);
    this.addSql(`create unique index \`gap_row_year_horizon_position_id_unique\` on \`gap_row\` (\`year\`, \`horizon\`, \`position_id\`);`);
  }

}
