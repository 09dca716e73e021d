import { type EntityManager } from '@mikro-orm/core';
import {
  assertUnreachable,
  assertValid,
  bezettingDateOf,
  type LeavingReason,
  leavingByYear,
  type PositionKind,
  PROJECTION_YEARS,
  validateHorizon,
} from '@formasi/core';
import { type Connection, pageWindow } from '../../common/connection.js';
import { RowWhere } from '../../common/row-filters.js';
import { listConnection, type RowOrder } from '../../common/row-query.js';
import { readRows } from '../../common/sql-read.js';
import { type Row } from '../../common/row-table.js';
import { type Selection } from '../../common/selection.js';
import { type GapRow } from './gap-row.entity.js';
import {
  type GapFilter,
  type GapGroupBy,
  type GapsArgs,
  type GapSort,
  type GapSummaryRow,
  type RetirementWaveYear,
} from './gap.types.js';
import { type ServiceDeps } from '../../common/service-deps.js';

const checkHorizon = (horizon: number): void => assertValid(validateHorizon(horizon));

const asc = (...path: string[]): RowOrder => ({ path, direction: 'asc' });
const desc = (...path: string[]): RowOrder => ({ path, direction: 'desc' });

function orderOf(sort: GapSort): RowOrder[] {
  const tie = [asc('unit', 'name'), asc('position', 'name'), asc('id')];
  switch (sort) {
    case 'PRIORITY_DESC':
      return [desc('priority'), desc('gap'), ...tie];
    case 'SIZE_DESC':
      return [desc('gapSize'), desc('priority'), ...tie];
    default:
      return assertUnreachable(sort);
  }
}

function filterOf(year: number, horizon: number, filter: GapFilter) {
  return (where: RowWhere) => {
    where
      .equals('year', year)
      .equals('horizon', horizon)
      .equals('sector_id', filter.sectorId)
      .equals('unit_id', filter.unitId)
      .equals('kecamatan_id', filter.kecamatanId)
      .equals('position_kind', filter.positionKind)
      .equals('kind', filter.gapKind)
      .containsInRelated(
        [
          { column: 'position_id', table: 'position', name: 'name' },
          { column: 'unit_id', table: 'unit', name: 'name' },
        ],
        filter.search,
      );
    if (filter.minPriority !== null && filter.minPriority !== undefined) {
      where.raw('{t}."priority" >= ?', [filter.minPriority]);
    }
    if (filter.maxPriority !== null && filter.maxPriority !== undefined) {
      where.raw('{t}."priority" <= ?', [filter.maxPriority]);
    }
  };
}

/** The key and label columns of a roll-up over `gap_row g`. */
function groupOf(groupBy: GapGroupBy): { key: string; label: string; join: string } {
  switch (groupBy) {
    case 'REGION':
      return { key: `'REGION'`, label: `'Total'`, join: '' };
    case 'SECTOR':
      return { key: 'g."sector_id"', label: 's."name"', join: ' join "sector" s on s."id" = g."sector_id"' };
    case 'UNIT':
      return { key: 'g."unit_id"', label: 'u."name"', join: ' join "unit" u on u."id" = g."unit_id"' };
    case 'KECAMATAN':
      return {
        // PostgreSQL will not coalesce a uuid with text: gaps of units without a kecamatan form the 'NONE' group.
        key: `coalesce(cast(k."id" as varchar(36)), 'NONE')`,
        label: `coalesce(k."name", '—')`,
        join: ' left join "kecamatan" k on k."id" = g."kecamatan_id"',
      };
    case 'POSITION':
      return { key: 'p."name"', label: 'p."name"', join: ' join "position" p on p."id" = g."position_id"' };
    default:
      return assertUnreachable(groupBy);
  }
}

type SummarySql = {
  key: string;
  label: string;
  need: number | string;
  staff: number | string;
  leaving: number | string;
  shortage: number | string;
  surplus: number | string;
  net: number | string;
  rows: number | string;
};

/**
 * The shortage (Σ positive gaps at horizon 0) per position kind of several years, in one statement: what the
 * budget plan would hire (the request's shortageByKind loader batches the years).
 */
export async function shortageByKindOf(
  em: EntityManager,
  years: readonly number[],
): Promise<Map<number, Map<PositionKind, number>>> {
  const byYear = new Map<number, Map<PositionKind, number>>(years.map((year) => [year, new Map()]));
  if (years.length === 0) return byYear;
  const rows = (await readRows(
    em,
    `select "year", "position_kind" as kind, sum("gap") as shortage from "gap_row"
     where "year" in (${years.map(() => '?').join(', ')}) and "horizon" = 0 and "gap" > 0
     group by "year", "position_kind"`,
    [...years],
  )) as { year: number | string; kind: PositionKind; shortage: number | string }[];
  for (const row of rows) byYear.get(Number(row.year))?.set(row.kind, Number(row.shortage));
  return byYear;
}

/**
 * Gaps are read from the read model (`gap_row`, kept current by gap-refresh.ts): filters, sorts, pages and
 * roll-ups run in SQL, whatever the size of the region.
 */
export class GapService {
  constructor(private readonly deps: ServiceDeps) {}

  private get em(): EntityManager {
    return this.deps.em;
  }

  list(args: GapsArgs, selection: Selection): Promise<Connection<Row<GapRow>>> {
    const horizon = args.horizon ?? 0;
    checkHorizon(horizon);
    return listConnection<GapRow>(this.em, pageWindow(args), {
      entity: 'GapRow',
      selection,
      filter: filterOf(args.year, horizon, args.filter ?? {}),
      order: orderOf(args.sort ?? 'PRIORITY_DESC'),
    });
  }

  /** Totals per group; shortage and surplus are summed apart (core's rollUpGaps, in SQL). */
  async summary(year: number, groupBy: GapGroupBy, horizon = 0): Promise<GapSummaryRow[]> {
    checkHorizon(horizon);
    const group = groupOf(groupBy);
    const rows = (await readRows(
      this.em,
      `select ${group.key} as key, ${group.label} as label, sum(g."headcount") as need, sum(g."staff") as staff,
        sum(g."leaving") as leaving, sum(case when g."gap" > 0 then g."gap" else 0 end) as shortage,
        sum(case when g."gap" < 0 then -g."gap" else 0 end) as surplus, sum(g."gap") as net, count(*) as rows
       from "gap_row" g${group.join} where g."year" = ? and g."horizon" = ?${
         // PostgreSQL refuses to group by a constant: the region is one group anyway.
         groupBy === 'REGION' ? '' : ` group by ${group.key}, ${group.label}`
       }`,
      [year, horizon],
    )) as SummarySql[];
    return rows
      .filter((row) => Number(row.rows) > 0)
      .map((row) => ({
        key: String(row.key),
        label: String(row.label),
        need: Number(row.need),
        staff: Number(row.staff),
        leaving: Number(row.leaving),
        projectedStaff: Number(row.staff) - Number(row.leaving),
        shortage: Number(row.shortage),
        surplus: Number(row.surplus),
        net: Number(row.net),
        gapCount: Number(row.rows),
      }))
      .sort((a, b) => b.shortage - a.shortage || a.label.localeCompare(b.label));
  }

  /**
   * Who leaves the whole roster (or one sector's) in each of the five years from `year`, by reason: the leaving
   * dates stored with each member (staff-leaving.ts) counted per year in SQL, folded into the years by core's
   * leavingByYear (an overdue date counts in the first year, as in projectSupply). Counted from the year's
   * bezetting, as the gaps are: members whose pension started by its eve (core's bezettingDateOf) are not staff.
   */
  async retirementWave(year: number, sectorId: string | null): Promise<RetirementWaveYear[]> {
    const years = PROJECTION_YEARS;
    const rows = (await readRows(
      this.em,
      `select substr(s."leaves_on", 1, 4) as year, s."leaving_reason" as reason, count(*) as n
       from "staff_member" s${sectorId ? ' join "position" p on p."id" = s."position_id"' : ''}
       where s."archived_at" is null and s."retires_on" > ? and s."leaves_on" < ?${
         sectorId ? ' and p."sector_id" = ?' : ''
       }
       group by substr(s."leaves_on", 1, 4), s."leaving_reason"`,
      [bezettingDateOf(year), `${year + years}-01-01`, ...(sectorId ? [sectorId] : [])],
    )) as { year: string; reason: LeavingReason; n: number | string }[];
    const counts = rows.map((row) => ({ year: Number(row.year), reason: row.reason, count: Number(row.n) }));
    return leavingByYear(counts, year, years).map((row) => ({
      year: row.year,
      retirements: row.byReason.RETIREMENT,
      contractEnds: row.byReason.CONTRACT_END,
      transfers: row.byReason.TRANSFER,
      total: row.leavingInYear,
    }));
  }
}
