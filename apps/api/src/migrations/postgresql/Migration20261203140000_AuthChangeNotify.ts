import { Migration } from '@mikro-orm/migrations';

/**
 * Every change to a session, a user or a role assignment notifies `formasi_auth` with the user's id, on commit, so
 * every API replica drops what it cached of that user's sessions (auth/session-cache.ts). A trigger, not the
 * services, so no writer (a script, psql) can change who is signed in without the replicas hearing of it.
 */
export class Migration20261203140000_AuthChangeNotify extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create function "formasi_auth_changed"() returns trigger language plpgsql as $$
begin
  if tg_table_name = 'app_user' then
    perform pg_notify('formasi_auth', coalesce(old.id, new.id)::text);
  else
    if tg_op <> 'INSERT' then perform pg_notify('formasi_auth', old.user_id::text); end if;
    if tg_op <> 'DELETE' then perform pg_notify('formasi_auth', new.user_id::text); end if;
  end if;
  return null;
end $$;`);
    this.addSql(`create trigger "session_auth_changed" after update or delete on "session"
  for each row execute function "formasi_auth_changed"();`);
    this.addSql(`create trigger "app_user_auth_changed" after update or delete on "app_user"
  for each row execute function "formasi_auth_changed"();`);
    this.addSql(`create trigger "role_assignment_auth_changed" after insert or update or delete on "role_assignment"
  for each row execute function "formasi_auth_changed"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "role_assignment_auth_changed" on "role_assignment";`);
    this.addSql(`drop trigger "app_user_auth_changed" on "app_user";`);
    this.addSql(`drop trigger "session_auth_changed" on "session";`);
    this.addSql(`drop function "formasi_auth_changed"();`);
  }

}
