import { type EntityManager } from '@mikro-orm/core';
import { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { readRows } from '../../common/sql-read.js';
import { computeNeedTotalsOf } from './need-calculator.js';
import { NeedsAnalysis } from './needs-analysis.entity.js';

/** Analyses whose totals are computed and written per statement. */
const PER_STATEMENT = 500;

/**
 * Stores the totals of a year's analyses (every version), or of some units' analyses in it, as core computes them
 * (computeNeedTotalsOf: requiredFte, chooseDemand, roundHeadcount with the year's settings). Runs inside the
 * transaction of the change, next to the gap read model (refreshGaps calls it), so a list never reads totals that
 * disagree with the needs. Analyses the caller holds as entities get the new totals too.
 */
export async function refreshAnalysisTotals(
  em: EntityManager,
  year: number,
  unitIds: readonly string[] | null,
): Promise<void> {
  if (!(em instanceof SqlEntityManager)) throw new Error('the analysis totals need an SQL EntityManager');
  if (unitIds !== null && unitIds.length === 0) return;
  const analyses = (await readRows(
    em,
    `select "id", "year" from "needs_analysis" where "year" = ?${
      unitIds === null ? '' : ` and "unit_id" in (${unitIds.map(() => '?').join(', ')})`
    }`,
    [year, ...(unitIds ?? [])],
  )) as { id: string; year: number | string }[];
  const postgres = em.getPlatform() instanceof PostgreSqlPlatform;
  const tuple = postgres
    ? '(cast(? as uuid), cast(? as double precision), cast(? as integer))'
    : '(?, cast(? as real), cast(? as integer))';
  for (let start = 0; start < analyses.length; start += PER_STATEMENT) {
    const part = analyses
      .slice(start, start + PER_STATEMENT)
      .map((analysis) => ({ id: analysis.id, year: Number(analysis.year) }));
    const totals = await computeNeedTotalsOf(em, part);
    const params = part.flatMap(({ id }) => {
      const total = totals.get(id) ?? { need: 0, headcount: 0 };
      return [id, total.need, total.headcount];
    });
    const values = part.map(() => tuple).join(', ');
    const source = postgres
      ? `(values ${values}) as v (id, fte, headcount)`
      : `(select column1 as id, column2 as fte, column3 as headcount from (values ${values})) as v`;
    await em.getConnection().execute(
      `update "needs_analysis" set "total_fte" = v.fte, "total_headcount" = v.headcount from ${source}
         where "needs_analysis"."id" = v.id`,
      params,
      'run',
      em.getTransactionContext(),
    );
    for (const { id } of part) {
      const held = em.getUnitOfWork().getById<NeedsAnalysis>(NeedsAnalysis.name, id);
      const total = totals.get(id);
      if (!held || !total) continue;
      held.totalFte = total.need;
      held.totalHeadcount = total.headcount;
    }
  }
}
