import { type Orm } from '../db/database.js';
import { inTransaction } from '../common/transaction.js';
import { refreshGaps } from '../modules/gaps/gap-refresh.js';

/** Runs once generated rows are committed: recomputes the stored gaps of the generated planning year. */
export async function afterGenerate(orm: Orm, options: { year: number }): Promise<void> {
  await inTransaction(orm.em.fork(), (tx) => refreshGaps(tx, { years: [options.year] }));
}
