import { type EntityManager } from '@mikro-orm/core';

/**
 * Runs `work` in one database transaction on a fork of `em` and flushes before the commit; any error rolls
 * everything back. Inside an open transaction it joins that one.
 *
 * MikroORM's `em.transactional` (and `findAndCount`) keep their context in an AsyncLocalStorage, and the first
 * `run()` of one turns on promise tracking for every promise of the process on Node 20 (a tenth of a list
 * request's CPU). Explicit begin/commit needs no async context, so request code uses this instead; the flush's
 * own storage is switched off again when it ends (patches/@mikro-orm__core@6.6.16.patch).
 */
export async function inTransaction<T>(
  em: EntityManager,
  work: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  if (em.isInTransaction()) {
    const result = await work(em);
    await em.flush();
    return result;
  }
  const tx = em.fork({ clear: false });
  await tx.begin();
  try {
    const result = await work(tx);
    await tx.commit();
    return result;
  } catch (error) {
    await tx.rollback();
    throw error;
  }
}

/**
 * Flushes the changes already made on `em` and runs `work` in the same transaction (for services that change
 * entities first and then derive rows from them, such as the gap read model).
 */
export async function flushInTransaction(
  em: EntityManager,
  work: (tx: EntityManager) => Promise<void>,
): Promise<void> {
  if (em.isInTransaction()) {
    await em.flush();
    await work(em);
    await em.flush();
    return;
  }
  await em.begin();
  try {
    await em.flush();
    await work(em);
    await em.commit();
  } catch (error) {
    await em.rollback();
    throw error;
  }
}
