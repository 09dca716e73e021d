import { refreshGaps } from '../gaps/gap-refresh.js';
import { inTransaction } from '../../common/transaction.js';
import { type EntityManager } from '@mikro-orm/core';
import {
  assertUnreachable,
  assertValid,
  DomainError,
  issue,
  normalizePosition,
  type PositionDraft,
  retirementAgeFor,
  validatePosition,
  validateServedPerStaffBenchmark,
} from '@formasi/core';
import { type Connection, pageWindow } from '../../common/connection.js';
import { findActiveReference, findOrFail, findById } from '../../common/lookup.js';
import { listConnection, type RowOrder } from '../../common/row-query.js';
import { type Row } from '../../common/row-table.js';
import { type Selection } from '../../common/selection.js';
import { leavingColumnsOf } from '../staff/staff-leaving.js';
import { StaffMember } from '../staff/staff-member.entity.js';
import { Unit } from '../units/unit.entity.js';
import { Position } from './position.entity.js';
import {
  type CreatePositionInput,
  type PositionsArgs,
  type PositionSort,
  type UpdatePositionInput,
} from './position.inputs.js';
import { type ServiceDeps } from '../../common/service-deps.js';

const asc = (...path: string[]): RowOrder => ({ path, direction: 'asc' });
const desc = (...path: string[]): RowOrder => ({ path, direction: 'desc' });

function orderOf(sort: PositionSort): RowOrder[] {
  switch (sort) {
    case 'NAME_ASC':
      return [asc('name'), asc('id')];
    case 'NAME_DESC':
      return [desc('name'), asc('id')];
    case 'UNIT_ASC':
      return [asc('unit', 'name'), asc('name'), asc('id')];
    case 'UPDATED_DESC':
      return [desc('updatedAt'), asc('id')];
    default:
      return assertUnreachable(sort);
  }
}

const draftOf = (position: Position): PositionDraft => ({
  name: position.name,
  kind: position.kind,
  level: position.level,
  isTeacher: position.isTeacher,
  educationLevels: position.educationLevels,
  studyPrograms: position.studyPrograms,
  licences: position.licences,
  competencies: position.competencies,
  description: position.description,
});

export class PositionService {
  constructor(private readonly deps: ServiceDeps) {}

  private get em(): EntityManager {
    return this.deps.em;
  }

  list(args: PositionsArgs, selection: Selection): Promise<Connection<Row<Position>>> {
    const filter = args.filter ?? {};
    return listConnection<Position>(this.em, pageWindow(args), {
      entity: 'Position',
      selection,
      filter: (where) => {
        if (!filter.includeArchived) where.isNull('archived_at');
        where
          .equals('sector_id', filter.sectorId)
          .equals('unit_id', filter.unitId)
          .equals('kind', filter.kind)
          .equals('level', filter.level)
          .contains(['name'], filter.search);
      },
      order: orderOf(args.sort ?? 'NAME_ASC'),
    });
  }

  get(id: string): Promise<Position | null> {
    return findById(this.em, Position, id);
  }

  async create(input: CreatePositionInput): Promise<Position> {
    const draft = normalizePosition({
      name: input.name,
      kind: input.kind,
      level: input.level,
      isTeacher: input.isTeacher ?? false,
      educationLevels: input.educationLevels,
      studyPrograms: input.studyPrograms ?? [],
      licences: input.licences ?? [],
      competencies: input.competencies ?? [],
      description: input.description ?? null,
    });
    const benchmark = input.servedPerStaffBenchmark ?? null;
    assertValid([...validatePosition(draft), ...validateServedPerStaffBenchmark(benchmark)]);
    return inTransaction(this.em, async (em) => {
      const unit = await findActiveReference(em, Unit, 'Unit', 'unitId', input.unitId);
      await this.assertNameFree(em, unit.id, draft.name, null);
      return em.create(Position, {
        ...this.columnsOf(draft),
        servedPerStaffBenchmark: benchmark,
        unit,
        sector: unit.sector,
      });
    });
  }

  async update(id: string, input: UpdatePositionInput): Promise<Position> {
    return inTransaction(this.em, async (em) => {
      const position = await findOrFail(em, Position, 'Position', id);
      const current = draftOf(position);
      const draft = normalizePosition({
        name: input.name ?? current.name,
        kind: input.kind ?? current.kind,
        level: input.level ?? current.level,
        isTeacher: input.isTeacher ?? current.isTeacher,
        educationLevels: input.educationLevels ?? current.educationLevels,
        studyPrograms: input.studyPrograms ?? current.studyPrograms,
        licences: input.licences ?? current.licences,
        competencies: input.competencies ?? current.competencies,
        description: input.description === undefined ? current.description : input.description,
      });
      const benchmark =
        input.servedPerStaffBenchmark === undefined
          ? position.servedPerStaffBenchmark
          : input.servedPerStaffBenchmark;
      assertValid([...validatePosition(draft), ...validateServedPerStaffBenchmark(benchmark)]);
      const unit =
        input.unitId && input.unitId !== position.unit.id
          ? await findActiveReference(em, Unit, 'Unit', 'unitId', input.unitId)
          : null;
      await this.assertNameFree(em, unit?.id ?? position.unit.id, draft.name, position.id);
      const previousBup = position.retirementAge;
      em.assign(position, {
        ...this.columnsOf(draft),
        servedPerStaffBenchmark: benchmark,
        ...(unit ? { unit, sector: unit.sector } : {}),
      });
      if (position.retirementAge !== previousBup) await this.refreshLeaving(em, position);
      // Its BUP, benchmark and unit shape its gaps.
      await refreshGaps(em, { positionIds: [position.id] });
      return position;
    });
  }

  async archive(id: string): Promise<Position> {
    const position = await findOrFail(this.em, Position, 'Position', id);
    position.archivedAt ??= new Date();
    await this.em.flush();
    return position;
  }

  /** A new BUP moves the retirement (and maybe the leaving) of everyone who holds the position. */
  private async refreshLeaving(em: EntityManager, position: Position): Promise<void> {
    for (const member of await em.find(StaffMember, { position })) {
      em.assign(member, leavingColumnsOf(member, position.retirementAge));
    }
  }

  private columnsOf(draft: PositionDraft) {
    return {
      ...draft,
      educationLevels: [...draft.educationLevels],
      studyPrograms: [...draft.studyPrograms],
      licences: [...draft.licences],
      competencies: [...draft.competencies],
      retirementAge: retirementAgeFor(draft),
    };
  }

  /**
   * One active position of a name per unit: the peta jabatan lists each jabatan once. Checked before any entity
   * changes, because a query would auto-flush pending changes.
   */
  private async assertNameFree(
    em: EntityManager,
    unitId: string,
    name: string,
    exceptId: string | null,
  ): Promise<void> {
    const clash = await em.findOne(Position, {
      unit: unitId,
      name,
      archivedAt: null,
      ...(exceptId ? { id: { $ne: exceptId } } : {}),
    });
    if (clash) {
      throw new DomainError([
        issue('name', 'DUPLICATE', `This unit already has an active position named ${name}.`),
      ]);
    }
  }
}
