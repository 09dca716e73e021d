/** One gap to roll up, e.g. a jabatan in a unit; `key` says where it belongs. */
export type GapRow<K> = { key: K; need: number; staff: number; leaving: number; gap: number };

export type GapTotals = {
  rows: number;
  need: number;
  staff: number;
  leaving: number;
  /** Σ positive gaps: kekurangan. */
  shortage: number;
  /** Σ |negative gaps|: kelebihan, as a positive number. */
  surplus: number;
  /** shortage − surplus = Σ gap; a surplus in one row does not cancel a shortage in another in `shortage`. */
  net: number;
};

export type GapRollup<G> = GapTotals & { key: G };

/**
 * Totals per group (e.g. per OPD or sector), groups in order of first appearance. Shortage and surplus are summed
 * apart, because a surplus of nurses in one puskesmas does not fill a shortage in another; `net` gives both together.
 */
export function rollUpGaps<K, G extends string | number>(
  rows: readonly GapRow<K>[],
  keyOf: (key: K) => G,
): GapRollup<G>[] {
  const groups = new Map<G, GapRow<K>[]>();
  for (const row of rows) {
    const group = keyOf(row.key);
    const members = groups.get(group) ?? [];
    members.push(row);
    groups.set(group, members);
  }
  return [...groups].map(([key, members]) => ({ key, ...sumGaps(members) }));
}

/** Totals over all rows, with shortage and surplus apart. */
export function sumGaps<K>(rows: readonly GapRow<K>[]): GapTotals {
  const totals: GapTotals = { rows: 0, need: 0, staff: 0, leaving: 0, shortage: 0, surplus: 0, net: 0 };
  for (const row of rows) {
    totals.rows += 1;
    totals.need += row.need;
    totals.staff += row.staff;
    totals.leaving += row.leaving;
    totals.shortage += Math.max(0, row.gap);
    totals.surplus += Math.max(0, -row.gap);
    totals.net += row.gap;
  }
  return totals;
}
