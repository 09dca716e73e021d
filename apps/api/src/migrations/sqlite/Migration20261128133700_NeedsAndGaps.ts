import { Migration } from '@mikro-orm/migrations';

export class Migration20261128133700_NeedsAndGaps extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`planning_year\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`year\` integer not null, \`effective_hours\` integer not null default 1250, \`rounding_rule\` text not null default 'HALF_UP', \`priority_weights\` json not null, \`sector_priorities\` json not null, \`average_costs\` json not null, \`total_spending\` double null, \`personnel_spending\` double null, \`excluded_teacher_allowances\` double null, primary key (\`id\`));`);
    this.addSql(`create unique index \`planning_year_year_unique\` on \`planning_year\` (\`year\`);`);

    this.addSql(`create table \`stakeholder_input\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`year\` integer not null, \`source\` text not null, \`submitted_by\` text not null, \`summary\` text not null, \`sector_id\` text null, \`unit_id\` text null, \`position_id\` text null, \`proposed_weight\` double not null, \`confirmed_weight\` double null, \`confirmed_at\` datetime null, constraint \`stakeholder_input_sector_id_foreign\` foreign key(\`sector_id\`) references \`sector\`(\`id\`) on delete set null on update cascade, constraint \`stakeholder_input_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on delete set null on update cascade, constraint \`stakeholder_input_position_id_foreign\` foreign key(\`position_id\`) references \`position\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`stakeholder_input_year_index\` on \`stakeholder_input\` (\`year\`);`);
    this.addSql(`create index \`stakeholder_input_sector_id_index\` on \`stakeholder_input\` (\`sector_id\`);`);
    this.addSql(`create index \`stakeholder_input_unit_id_index\` on \`stakeholder_input\` (\`unit_id\`);`);
    this.addSql(`create index \`stakeholder_input_position_id_index\` on \`stakeholder_input\` (\`position_id\`);`);

    this.addSql(`create table \`staff_member\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`archived_at\` datetime null, \`nip\` text not null, \`name\` text not null, \`birth_date\` text not null, \`gender\` text not null, \`employment_type\` text not null, \`contract_end\` text null, \`transfer_date\` text null, \`tmt\` text not null, \`position_id\` text not null, \`unit_id\` text not null, constraint \`staff_member_position_id_foreign\` foreign key(\`position_id\`) references \`position\`(\`id\`) on update cascade, constraint \`staff_member_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`staff_member_nip_unique\` on \`staff_member\` (\`nip\`);`);
    this.addSql(`create index \`staff_member_position_id_index\` on \`staff_member\` (\`position_id\`);`);
    this.addSql(`create index \`staff_member_unit_id_index\` on \`staff_member\` (\`unit_id\`);`);

    this.addSql(`create table \`needs_analysis\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`year\` integer not null, \`unit_id\` text not null, \`version\` integer not null default 1, \`status\` text not null default 'DRAFT', \`previous_version_id\` text null, \`note\` text null, \`submitted_at\` datetime null, \`verified_at\` datetime null, \`finalized_at\` datetime null, constraint \`needs_analysis_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, constraint \`needs_analysis_previous_version_id_foreign\` foreign key(\`previous_version_id\`) references \`needs_analysis\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`needs_analysis_year_index\` on \`needs_analysis\` (\`year\`);`);
    this.addSql(`create index \`needs_analysis_unit_id_index\` on \`needs_analysis\` (\`unit_id\`);`);
    this.addSql(`create index \`needs_analysis_previous_version_id_index\` on \`needs_analysis\` (\`previous_version_id\`);`);
    this.addSql(`create unique index \`needs_analysis_year_unit_id_version_unique\` on \`needs_analysis\` (\`year\`, \`unit_id\`, \`version\`);`);

    this.addSql(`create table \`position_need\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`analysis_id\` text not null, \`position_id\` text not null, \`standard_need\` double null, \`standard_basis\` text null, \`demand_choice\` text null, \`demand_note\` text null, \`sort_order\` integer not null default 0, constraint \`position_need_analysis_id_foreign\` foreign key(\`analysis_id\`) references \`needs_analysis\`(\`id\`) on delete cascade on update cascade, constraint \`position_need_position_id_foreign\` foreign key(\`position_id\`) references \`position\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`position_need_analysis_id_index\` on \`position_need\` (\`analysis_id\`);`);
    this.addSql(`create index \`position_need_position_id_index\` on \`position_need\` (\`position_id\`);`);
    this.addSql(`create unique index \`position_need_analysis_id_position_id_unique\` on \`position_need\` (\`analysis_id\`, \`position_id\`);`);

    this.addSql(`create table \`workload_item\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`position_need_id\` text not null, \`task\` text not null, \`output_unit\` text not null, \`annual_volume\` double not null, \`norm_minutes\` double not null, \`sort_order\` integer not null default 0, constraint \`workload_item_position_need_id_foreign\` foreign key(\`position_need_id\`) references \`position_need\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`workload_item_position_need_id_index\` on \`workload_item\` (\`position_need_id\`);`);
  }

}
