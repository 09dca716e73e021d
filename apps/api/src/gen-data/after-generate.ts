import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { type Orm } from '../db/database.js';
import { inTransaction } from '../common/transaction.js';
import { type GapRefreshProgress, refreshGaps } from '../modules/gaps/gap-refresh.js';

/**
 * Runs once generated rows are committed: recomputes the stored gaps of the generated planning year, then has the
 * database look at its new tables. Without fresh statistics PostgreSQL plans a bulk-loaded table as nearly empty,
 * and without a vacuum its visibility map is blank, so every count visits the heap (gap rows measured 10× slower).
 */
export async function afterGenerate(
  orm: Orm,
  options: { year: number; onProgress?: (progress: GapRefreshProgress) => void },
): Promise<void> {
  await inTransaction(orm.em.fork(), (tx) =>
    refreshGaps(tx, { years: [options.year] }, { onProgress: options.onProgress }),
  );
  const connection = orm.em.getConnection();
  if (orm.em.getPlatform() instanceof PostgreSqlPlatform) await connection.execute('vacuum analyze');
  else await connection.execute('analyze');
}
