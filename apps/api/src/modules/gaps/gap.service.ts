import { type EntityManager } from '@mikro-orm/core';
import {
  assertUnreachable,
  DomainError,
  issue,
  type Language,
  type PositionKind,
  projectSupply,
  rollUpGaps,
} from '@formasi/core';
import { type Connection, pageWindow, toConnection } from '../../common/connection.js';
import { loadSupply } from '../staff/supply.repository.js';
import { computeGap, MAX_HORIZON } from './gap-calculator.js';
import { loadGapData } from './gap-data.js';
import {
  type Gap,
  type GapFilter,
  type GapGroupBy,
  type GapsArgs,
  type GapSort,
  type GapSummaryRow,
  type RetirementWaveYear,
} from './gap.types.js';

function checkHorizon(horizon: number): void {
  if (!Number.isInteger(horizon) || horizon < 0 || horizon > MAX_HORIZON) {
    throw new DomainError([
      issue('horizon', 'INVALID_VALUE', `horizon must be 0 to ${MAX_HORIZON} years ahead; got ${horizon}.`),
    ]);
  }
}

function matches(gap: Gap, filter: GapFilter): boolean {
  const search = filter.search?.trim().toLowerCase();
  return (
    (!filter.sectorId || gap.sector.id === filter.sectorId) &&
    (!filter.unitId || gap.unit.id === filter.unitId) &&
    (!filter.kecamatanId || gap.kecamatan?.id === filter.kecamatanId) &&
    (!filter.positionKind || gap.positionKind === filter.positionKind) &&
    (!filter.gapKind || gap.kind === filter.gapKind) &&
    (filter.minPriority === null || filter.minPriority === undefined || gap.priority >= filter.minPriority) &&
    (filter.maxPriority === null || filter.maxPriority === undefined || gap.priority <= filter.maxPriority) &&
    (!search ||
      gap.position.name.toLowerCase().includes(search) ||
      gap.unit.name.toLowerCase().includes(search))
  );
}

function compareBy(sort: GapSort): (a: Gap, b: Gap) => number {
  const tie = (a: Gap, b: Gap) =>
    a.unit.name.localeCompare(b.unit.name) || a.position.name.localeCompare(b.position.name);
  switch (sort) {
    case 'PRIORITY_DESC':
      return (a, b) => b.priority - a.priority || b.gap - a.gap || tie(a, b);
    case 'SIZE_DESC':
      return (a, b) => Math.abs(b.gap) - Math.abs(a.gap) || b.priority - a.priority || tie(a, b);
    default:
      return assertUnreachable(sort);
  }
}

function groupKeyOf(gap: Gap, groupBy: GapGroupBy): { key: string; label: string } {
  switch (groupBy) {
    case 'REGION':
      return { key: 'REGION', label: 'Total' };
    case 'SECTOR':
      return { key: gap.sector.id, label: gap.sector.name };
    case 'UNIT':
      return { key: gap.unit.id, label: gap.unit.name };
    case 'KECAMATAN':
      return gap.kecamatan
        ? { key: gap.kecamatan.id, label: gap.kecamatan.name }
        : { key: 'NONE', label: '—' };
    case 'POSITION':
      return { key: gap.position.name, label: gap.position.name };
    default:
      return assertUnreachable(groupBy);
  }
}

/**
 * Gaps are computed on request from the newest analyses, the roster and the year's configuration (a region has a
 * few thousand position × unit rows; all of them load in a fixed number of queries).
 */
export class GapService {
  /** `language`: of the explanations and priority factors (the request's). */
  constructor(
    private readonly em: EntityManager,
    private readonly language: Language,
  ) {}

  async all(year: number, horizon = 0): Promise<Gap[]> {
    checkHorizon(horizon);
    const data = await loadGapData(this.em, year, this.language);
    return data.needs.map(({ view, position }) => computeGap(data, view, position, horizon));
  }

  async list(args: GapsArgs): Promise<Connection<Gap>> {
    const window = pageWindow(args);
    const rows = (await this.all(args.year, args.horizon ?? 0))
      .filter((gap) => matches(gap, args.filter ?? {}))
      .sort(compareBy(args.sort ?? 'PRIORITY_DESC'));
    return toConnection(rows.slice(window.offset, window.offset + window.limit), rows.length, window);
  }

  async summary(year: number, groupBy: GapGroupBy, horizon = 0): Promise<GapSummaryRow[]> {
    const gaps = await this.all(year, horizon);
    const labels = new Map<string, string>();
    const rows = gaps.map((gap) => {
      const group = groupKeyOf(gap, groupBy);
      labels.set(group.key, group.label);
      return { key: group.key, need: gap.headcount, staff: gap.staff, leaving: gap.leaving, gap: gap.gap };
    });
    return rollUpGaps(rows, (key) => key)
      .map((total) => ({
        key: total.key,
        label: labels.get(total.key) ?? total.key,
        need: total.need,
        staff: total.staff,
        leaving: total.leaving,
        projectedStaff: total.staff - total.leaving,
        shortage: total.shortage,
        surplus: total.surplus,
        net: total.net,
        gapCount: total.rows,
      }))
      .sort((a, b) => b.shortage - a.shortage || a.label.localeCompare(b.label));
  }

  /** Shortage headcount per position kind at the year itself: what the budget plan would hire. */
  async shortageByKind(year: number): Promise<Map<PositionKind, number>> {
    const totals = new Map<PositionKind, number>();
    for (const gap of await this.all(year, 0)) {
      if (gap.gap > 0) totals.set(gap.positionKind, (totals.get(gap.positionKind) ?? 0) + gap.gap);
    }
    return totals;
  }

  /** Who leaves the whole roster (or one sector's) in each of the five years from `year`, by reason. */
  async retirementWave(year: number, sectorId: string | null): Promise<RetirementWaveYear[]> {
    const staff = await loadSupply(this.em, { sectorId });
    const supply = projectSupply(
      staff.map(({ member }) => member),
      year,
      MAX_HORIZON + 1,
    );
    return supply.map((row) => ({
      year: row.year,
      retirements: row.byReason.RETIREMENT,
      contractEnds: row.byReason.CONTRACT_END,
      transfers: row.byReason.TRANSFER,
      total: row.leavingInYear,
    }));
  }
}
