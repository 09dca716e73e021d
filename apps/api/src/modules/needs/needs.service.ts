import { refreshGaps } from '../gaps/gap-refresh.js';
import { inTransaction } from '../../common/transaction.js';
import { type UnitAccess } from '../../auth/unit-access.js';
import { type EntityManager } from '@mikro-orm/core';
import {
  ANALYSIS_STATUSES,
  type AnalysisAction,
  type AnalysisStatus,
  assertValid,
  DomainError,
  isAnalysisEditable,
  issue,
  nextAnalysisStatus,
  validateDemandChoice,
  validateActionNote,
  validateNewVersion,
  validatePlanningYear,
  validateWorkloadItems,
} from '@formasi/core';
import { type Connection, pageWindow } from '../../common/connection.js';
import { listConnection } from '../../common/row-query.js';
import { readRows } from '../../common/sql-read.js';
import { type Row } from '../../common/row-table.js';
import { type Selection } from '../../common/selection.js';
import { findActiveReference, findById, findOrFail } from '../../common/lookup.js';
import { Position } from '../positions/position.entity.js';
import { Unit } from '../units/unit.entity.js';
import { computeNeedsOf } from './need-calculator.js';
import { NeedsAnalysis } from './needs-analysis.entity.js';
import { NEWEST_VERSION } from './newest-version.js';
import {
  type AnalysisStatusCount,
  type NeedsAnalysesArgs,
  type PositionNeedView,
  type SavePositionNeedInput,
} from './needs.types.js';
import { PositionNeed } from './position-need.entity.js';
import { WorkloadItem } from './workload-item.entity.js';
import { type ServiceDeps } from '../../common/service-deps.js';
import { compareNeeds } from './needs-comparison.js';

/** Core names the demand fields by their rule; the mutation's input names them demandChoice / demandNote. */
const DEMAND_FIELDS: Readonly<Record<string, string>> = {
  choice: 'demandChoice',
  note: 'demandNote',
  standardNeed: 'standardNeed',
};

const notEditable = (analysis: NeedsAnalysis) =>
  new DomainError([
    issue(
      'analysisId',
      'NOT_ALLOWED',
      `Analysis ${analysis.year} v${analysis.version} is ${analysis.status}; only a DRAFT can change (a FINAL one needs a new version).`,
    ),
  ]);

export class NeedsService {
  /** The request's access decides: every change checks that the user may make it on the analysis's unit. */
  constructor(private readonly deps: ServiceDeps) {}

  private get em(): EntityManager {
    return this.deps.em;
  }

  private get access(): UnitAccess {
    return this.deps.access;
  }

  /** Newest year first, then by unit name and newest version, as plain rows with the selected unit joined. */
  list(args: NeedsAnalysesArgs, selection: Selection): Promise<Connection<Row<NeedsAnalysis>>> {
    const filter = args.filter ?? {};
    return listConnection<NeedsAnalysis>(this.em, pageWindow(args), {
      entity: 'NeedsAnalysis',
      selection,
      filter: (where) => {
        where.equals('year', filter.year ?? null).equals('unit_id', filter.unitId);
        // The newest version of its unit and year: no higher version exists (the unique index answers it).
        // With latestOnly the status is then asked of that newest version.
        if (filter.latestOnly) where.raw(NEWEST_VERSION('{t}'));
        where.equals('status', filter.status);
      },
      order: [
        { path: ['year'], direction: 'desc' },
        { path: ['unit', 'name'], direction: 'asc' },
        { path: ['version'], direction: 'desc' },
        { path: ['id'], direction: 'asc' },
      ],
    });
  }

  /** Per workflow status, how many units' newest analyses of the year stand there (one query). */
  async statusCounts(year: number): Promise<AnalysisStatusCount[]> {
    // Counted in SQL: a province's hundreds of analyses are not hydrated for six numbers.
    const rows = (await readRows(
      this.em,
      `select a."status", count(*) as n from "needs_analysis" a where a."year" = ? and ${NEWEST_VERSION('a')}
       group by a."status"`,
      [year],
    )) as { status: AnalysisStatus; n: number | string }[];
    const counts = new Map(rows.map((row) => [row.status, Number(row.n)]));
    return ANALYSIS_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
  }

  get(id: string): Promise<NeedsAnalysis | null> {
    return findById(this.em, NeedsAnalysis, id);
  }
  /** Position by position, how two versions of a unit's analysis differ (both readable by the user). */
  compare(fromId: string, toId: string): ReturnType<typeof compareNeeds> {
    return compareNeeds(this.em, this.deps.loaders, fromId, toId);
  }

  /** A new DRAFT for a unit and year, listing every active position of the unit with no workload yet. */
  async create(year: number, unitId: string): Promise<NeedsAnalysis> {
    // Access is checked before the transaction: on SQLite the request's connection is the only one.
    await this.access.assertCanDraft(await findActiveReference(this.em, Unit, 'Unit', 'unitId', unitId));
    return inTransaction(this.em, async (em) => {
      assertValid(validatePlanningYear(year));
      const unit = await findActiveReference(em, Unit, 'Unit', 'unitId', unitId);
      const existing = await em.findOne(NeedsAnalysis, { year, unit }, { orderBy: { version: 'desc' } });
      if (existing) {
        throw new DomainError([
          issue(
            'unitId',
            'DUPLICATE',
            `${unit.name} already has an analysis for ${year} (version ${existing.version}); open it or make a new version.`,
          ),
        ]);
      }
      const analysis = em.create(NeedsAnalysis, { year, unit });
      const positions = await em.find(Position, { unit, archivedAt: null }, { orderBy: { name: 'asc' } });
      positions.forEach((position, index) =>
        em.create(PositionNeed, { analysis, position, sortOrder: index }),
      );
      await refreshGaps(em, { years: [year], unitIds: [unit.id] });
      return analysis;
    });
  }

  /** Replaces a position's workload rows and standard in one transaction; only while the analysis is a DRAFT. */
  /** Saves the rows and answers the recomputed need, its reason in the request's language. */
  async savePositionNeed(input: SavePositionNeedInput): Promise<PositionNeedView> {
    const { language } = this.deps;
    await this.assertCanDraftAnalysis(input.analysisId);
    const saved = await inTransaction(this.em, async (em) => {
      const analysis = await findOrFail(em, NeedsAnalysis, 'Needs analysis', input.analysisId);
      if (!isAnalysisEditable(analysis.status)) throw notEditable(analysis);
      const items = input.workloadItems.map((item) => ({
        ...item,
        task: item.task.trim(),
        outputUnit: item.outputUnit.trim(),
      }));
      assertValid([
        ...validateWorkloadItems(items),
        ...validateDemandChoice({
          workloadFte: 0,
          standardNeed: input.standardNeed ?? null,
          choice: input.demandChoice ?? null,
          note: input.demandNote ?? null,
        }).map((found) => ({ ...found, field: DEMAND_FIELDS[found.field] ?? found.field })),
      ]);
      const position = await findActiveReference(em, Position, 'Position', 'positionId', input.positionId);
      if (position.unit.id !== analysis.unit.id) {
        throw new DomainError([
          issue('positionId', 'NOT_ALLOWED', `${position.name} belongs to another unit than this analysis.`),
        ]);
      }
      const existing = await em.findOne(
        PositionNeed,
        { analysis, position },
        { populate: ['workloadItems'] },
      );
      const need =
        existing ??
        em.create(PositionNeed, {
          analysis,
          position,
          sortOrder: await em.count(PositionNeed, { analysis }),
        });
      need.workloadItems.removeAll();
      items.forEach((item, index) =>
        need.workloadItems.add(em.create(WorkloadItem, { ...item, positionNeed: need, sortOrder: index })),
      );
      em.assign(need, {
        standardNeed: input.standardNeed ?? null,
        standardBasis: input.standardBasis?.trim() || null,
        demandChoice: input.demandChoice ?? null,
        demandNote: input.demandNote?.trim() || null,
      });
      analysis.updatedAt = new Date();
      await refreshGaps(em, { years: [analysis.year], unitIds: [analysis.unit.id] });
      return { need, analysis };
    });
    const views = await computeNeedsOf(this.em, [saved.analysis], language);
    const view = views.get(saved.analysis.id)?.find((candidate) => candidate.id === saved.need.id);
    if (!view) throw new Error('saved position need vanished');
    return view;
  }

  async removePositionNeed(id: string): Promise<NeedsAnalysis> {
    const need = await findOrFail(this.em, PositionNeed, 'Position need', id);
    const analysis = await need.analysis.loadOrFail();
    await this.access.assertCanDraft(await analysis.unit.loadOrFail());
    if (!isAnalysisEditable(analysis.status)) throw notEditable(analysis);
    await inTransaction(this.em, async (em) => {
      em.remove(await findOrFail(em, PositionNeed, 'Position need', id));
      await refreshGaps(em, { years: [analysis.year], unitIds: [analysis.unit.id] });
    });
    return analysis;
  }

  /** Moves an analysis through draft → submitted → verified → final (or back with a reason). */
  async transition(id: string, action: AnalysisAction, note: string | null): Promise<NeedsAnalysis> {
    const analysis = await findOrFail(this.em, NeedsAnalysis, 'Needs analysis', id);
    await this.access.assertCanTake(action, await analysis.unit.loadOrFail());
    const status = nextAnalysisStatus(analysis.status, action);
    assertValid(validateActionNote(action, note));
    const now = new Date();
    analysis.status = status;
    if (note?.trim()) analysis.note = note.trim();
    if (action === 'SUBMIT') analysis.submittedAt = now;
    if (action === 'VERIFY') analysis.verifiedAt = now;
    if (action === 'FINALIZE') analysis.finalizedAt = now;
    await this.em.flush();
    return analysis;
  }

  /** Copies a FINAL analysis into a new DRAFT version (the FINAL one stays as it was). */
  async createVersion(id: string): Promise<NeedsAnalysis> {
    await this.assertCanDraftAnalysis(id);
    return inTransaction(this.em, async (em) => {
      const source = await findOrFail(em, NeedsAnalysis, 'Needs analysis', id);
      assertValid(validateNewVersion(source.status));
      const newest = await em.findOneOrFail(
        NeedsAnalysis,
        { year: source.year, unit: source.unit },
        { orderBy: { version: 'desc' } },
      );
      if (newest.id !== source.id) {
        throw new DomainError([
          issue('id', 'DUPLICATE', `Version ${newest.version} already exists; continue there.`),
        ]);
      }
      const copy = em.create(NeedsAnalysis, {
        year: source.year,
        unit: source.unit,
        version: source.version + 1,
        previousVersion: source,
      });
      const needs = await em.find(PositionNeed, { analysis: source }, { populate: ['workloadItems'] });
      for (const need of needs) {
        const cloned = em.create(PositionNeed, {
          analysis: copy,
          position: need.position,
          standardNeed: need.standardNeed,
          standardBasis: need.standardBasis,
          demandChoice: need.demandChoice,
          demandNote: need.demandNote,
          sortOrder: need.sortOrder,
        });
        for (const { task, outputUnit, annualVolume, normMinutes, sortOrder } of need.workloadItems) {
          em.create(WorkloadItem, {
            task,
            outputUnit,
            annualVolume,
            normMinutes,
            sortOrder,
            positionNeed: cloned,
          });
        }
      }
      await refreshGaps(em, { years: [source.year], unitIds: [source.unit.id] });
      return copy;
    });
  }

  /** Outside any transaction (SQLite has one connection): may the user change this analysis's unit? */
  private async assertCanDraftAnalysis(id: string): Promise<void> {
    const analysis = await findOrFail(this.em, NeedsAnalysis, 'Needs analysis', id);
    await this.access.assertCanDraft(await analysis.unit.loadOrFail());
  }
}
