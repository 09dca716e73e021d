import { Migration } from '@mikro-orm/migrations';
import { backfillStaffLeaving } from '../staff-leaving-backfill.js';

export class Migration20261204201500_LeavingDayAfterContract extends Migration {

  override async up(): Promise<void> {
    // A PPPK member now leaves on the day after the contract's last day (core's leavingDateOf): recompute every
    // member's stored leaving columns; the gap rows are refilled at start (bootstrap's read-model migrations).
    await backfillStaffLeaving(this, '`');
  }

}
