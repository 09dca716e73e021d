import { inTransaction } from '../common/transaction.js';
import { type EntityManager } from '@mikro-orm/core';
import { Kecamatan } from '../modules/kecamatans/kecamatan.entity.js';
import { Sector } from '../modules/sectors/sector.entity.js';
import { KECAMATAN, SECTORS } from './reference-data.js';

/** Reference data every database has; idempotent (existing rows are left as the users edited them). */
export async function seedReference(em: EntityManager): Promise<{ created: number }> {
  return inTransaction(em, async (tx) => {
    let created = 0;
    const kecamatan = await tx.find(Kecamatan, {});
    for (const row of KECAMATAN) {
      if (kecamatan.some((existing) => existing.code === row.code)) continue;
      tx.create(Kecamatan, row);
      created += 1;
    }
    const sectors = await tx.find(Sector, {});
    for (const row of SECTORS) {
      if (sectors.some((existing) => existing.code === row.code)) continue;
      tx.create(Sector, row);
      created += 1;
    }
    return { created };
  });
}
