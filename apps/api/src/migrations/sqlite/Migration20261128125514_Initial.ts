import { Migration } from '@mikro-orm/migrations';

export class Migration20261128125514_Initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`kecamatan\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`name\` text not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`kecamatan_code_unique\` on \`kecamatan\` (\`code\`);`);

    this.addSql(`create table \`sector\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`archived_at\` datetime null, \`code\` text not null, \`name\` text not null, \`description\` text null, primary key (\`id\`));`);
    this.addSql(`create unique index \`sector_code_unique\` on \`sector\` (\`code\`);`);

    this.addSql(`create table \`unit\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`archived_at\` datetime null, \`code\` text not null, \`name\` text not null, \`kind\` text not null, \`parent_id\` text null, \`sector_id\` text not null, \`kecamatan_id\` text null, \`address\` text null, constraint \`unit_parent_id_foreign\` foreign key(\`parent_id\`) references \`unit\`(\`id\`) on delete set null on update cascade, constraint \`unit_sector_id_foreign\` foreign key(\`sector_id\`) references \`sector\`(\`id\`) on update cascade, constraint \`unit_kecamatan_id_foreign\` foreign key(\`kecamatan_id\`) references \`kecamatan\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`unit_code_unique\` on \`unit\` (\`code\`);`);
    this.addSql(`create index \`unit_name_index\` on \`unit\` (\`name\`);`);
    this.addSql(`create index \`unit_parent_id_index\` on \`unit\` (\`parent_id\`);`);
    this.addSql(`create index \`unit_sector_id_index\` on \`unit\` (\`sector_id\`);`);
    this.addSql(`create index \`unit_kecamatan_id_index\` on \`unit\` (\`kecamatan_id\`);`);

    this.addSql(`create table \`position\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`archived_at\` datetime null, \`name\` text not null, \`kind\` text not null, \`level\` text not null, \`unit_id\` text not null, \`sector_id\` text not null, \`is_teacher\` integer not null default false, \`education_levels\` json not null, \`study_programs\` json not null, \`licences\` json not null, \`competencies\` json not null, \`description\` text null, \`retirement_age\` integer not null, constraint \`position_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, constraint \`position_sector_id_foreign\` foreign key(\`sector_id\`) references \`sector\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`position_name_index\` on \`position\` (\`name\`);`);
    this.addSql(`create index \`position_unit_id_index\` on \`position\` (\`unit_id\`);`);
    this.addSql(`create index \`position_sector_id_index\` on \`position\` (\`sector_id\`);`);
    this.addSql(`create index \`position_unit_id_name_index\` on \`position\` (\`unit_id\`, \`name\`);`);

    this.addSql(`create table \`app_user\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`email\` text not null, \`name\` text not null, \`password_hash\` text not null, \`last_login_at\` datetime null, \`disabled_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create unique index \`app_user_email_unique\` on \`app_user\` (\`email\`);`);

    this.addSql(`create table \`session\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`token_hash\` text not null, \`user_id\` text not null, \`expires_at\` datetime not null, \`last_seen_at\` datetime not null, \`user_agent\` text null, constraint \`session_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`session_token_hash_unique\` on \`session\` (\`token_hash\`);`);
    this.addSql(`create index \`session_user_id_index\` on \`session\` (\`user_id\`);`);
    this.addSql(`create index \`session_expires_at_index\` on \`session\` (\`expires_at\`);`);

    this.addSql(`create table \`role_assignment\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` text not null, \`role\` text not null, \`unit_id\` text null, constraint \`role_assignment_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, constraint \`role_assignment_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`role_assignment_user_id_index\` on \`role_assignment\` (\`user_id\`);`);
    this.addSql(`create index \`role_assignment_unit_id_index\` on \`role_assignment\` (\`unit_id\`);`);
    this.addSql(`create unique index \`role_assignment_user_id_role_unit_id_unique\` on \`role_assignment\` (\`user_id\`, \`role\`, \`unit_id\`);`);
  }

}
