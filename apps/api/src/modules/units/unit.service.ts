import { refreshGaps } from '../gaps/gap-refresh.js';
import { inTransaction } from '../../common/transaction.js';
import { type EntityManager } from '@mikro-orm/core';
import {
  assertValid,
  DomainError,
  issue,
  normalizeUnit,
  validateServedPopulation,
  validateUnit,
  validateUnitParent,
} from '@formasi/core';
import { codeNameOrder } from '../../common/code-name-sort.js';
import { type Connection, pageWindow } from '../../common/connection.js';
import { findActiveReference, findOrFail, findById } from '../../common/lookup.js';
import { listConnection } from '../../common/row-query.js';
import { type Row } from '../../common/row-table.js';
import { type Selection } from '../../common/selection.js';
import { Kecamatan } from '../kecamatans/kecamatan.entity.js';
import { Position } from '../positions/position.entity.js';
import { Sector } from '../sectors/sector.entity.js';
import { Unit } from './unit.entity.js';
import { type CreateUnitInput, type UnitsArgs, type UpdateUnitInput } from './unit.inputs.js';
import { type ServiceDeps } from '../../common/service-deps.js';

type UnitValues = {
  code: string;
  name: string;
  kind: Unit['kind'];
  address: string | null;
  sectorId: string;
  parentId: string | null;
  kecamatanId: string | null;
  servedPopulation: number | null;
};

/** Guards the ancestor walk against a corrupted tree. */
const MAX_UNIT_DEPTH = 32;

export class UnitService {
  constructor(private readonly deps: ServiceDeps) {}

  private get em(): EntityManager {
    return this.deps.em;
  }

  list(args: UnitsArgs, selection: Selection): Promise<Connection<Row<Unit>>> {
    const filter = args.filter ?? {};
    return listConnection<Unit>(this.em, pageWindow(args), {
      entity: 'Unit',
      selection,
      filter: (where) => {
        if (!filter.includeArchived) where.isNull('archived_at');
        where
          .equals('sector_id', filter.sectorId)
          .equals('kind', filter.kind)
          .equals('kecamatan_id', filter.kecamatanId)
          .equals('parent_id', filter.parentId)
          .contains(['name', 'code'], filter.search);
      },
      order: codeNameOrder(args.sort ?? 'NAME_ASC'),
    });
  }

  get(id: string): Promise<Unit | null> {
    return findById(this.em, Unit, id);
  }

  create(input: CreateUnitInput): Promise<Unit> {
    return inTransaction(this.em, async (em) => {
      const data = await this.resolve(em, null, {
        code: input.code,
        name: input.name,
        kind: input.kind,
        address: input.address ?? null,
        sectorId: input.sectorId,
        parentId: input.parentId ?? null,
        kecamatanId: input.kecamatanId ?? null,
        servedPopulation: input.servedPopulation ?? null,
      });
      return em.create(Unit, data);
    });
  }

  update(id: string, input: UpdateUnitInput): Promise<Unit> {
    return inTransaction(this.em, async (em) => {
      const unit = await findOrFail(em, Unit, 'Unit', id);
      const data = await this.resolve(em, unit.id, {
        code: input.code ?? unit.code,
        name: input.name ?? unit.name,
        kind: input.kind ?? unit.kind,
        address: input.address === undefined ? unit.address : input.address,
        sectorId: input.sectorId ?? unit.sector.id,
        parentId: input.parentId === undefined ? (unit.parent?.id ?? null) : input.parentId,
        kecamatanId: input.kecamatanId === undefined ? (unit.kecamatan?.id ?? null) : input.kecamatanId,
        servedPopulation:
          input.servedPopulation === undefined ? unit.servedPopulation : input.servedPopulation,
      });
      em.assign(unit, data);
      // Its kecamatan and served population shape its gaps.
      await refreshGaps(em, { unitIds: [unit.id] });
      return unit;
    });
  }

  /** Archives a unit; refused while it still has active positions or active sub-units. */
  async archive(id: string): Promise<Unit> {
    const unit = await findOrFail(this.em, Unit, 'Unit', id);
    const positions = await this.em.count(Position, { unit, archivedAt: null });
    if (positions > 0) {
      throw new DomainError([
        issue(
          'id',
          'IN_USE',
          `Unit ${unit.name} still has ${positions} active position(s); archive or move them first.`,
        ),
      ]);
    }
    const children = await this.em.count(Unit, { parent: unit, archivedAt: null });
    if (children > 0) {
      throw new DomainError([
        issue(
          'id',
          'IN_USE',
          `Unit ${unit.name} still has ${children} active sub-unit(s); archive or move them first.`,
        ),
      ]);
    }
    unit.archivedAt ??= new Date();
    await this.em.flush();
    return unit;
  }

  /**
   * Validates the values and loads what they refer to, before any entity changes (a query would auto-flush them).
   */
  private async resolve(em: EntityManager, unitId: string | null, values: UnitValues) {
    const draft = normalizeUnit({
      code: values.code,
      name: values.name,
      kind: values.kind,
      address: values.address,
    });
    const parent = values.parentId
      ? await findActiveReference(em, Unit, 'Unit', 'parentId', values.parentId)
      : null;
    const ancestors = parent ? await this.ancestorIds(em, parent) : [];
    assertValid([
      ...validateUnit(draft),
      ...validateServedPopulation(values.servedPopulation),
      ...validateUnitParent({
        unitId,
        parentId: parent?.id ?? null,
        parentAncestorIds: ancestors,
        kind: draft.kind,
        parentKind: parent?.kind ?? null,
      }),
    ]);
    const sector = await findActiveReference(em, Sector, 'Sector', 'sectorId', values.sectorId);
    const kecamatan = values.kecamatanId ? await findById(em, Kecamatan, values.kecamatanId) : null;
    if (values.kecamatanId && !kecamatan) {
      throw new DomainError([
        issue('kecamatanId', 'NOT_FOUND', `kecamatanId: kecamatan ${values.kecamatanId} does not exist.`),
      ]);
    }
    const clash = await em.findOne(Unit, { code: draft.code, ...(unitId ? { id: { $ne: unitId } } : {}) });
    if (clash)
      throw new DomainError([
        issue('code', 'DUPLICATE', `Code ${draft.code} is already used by unit ${clash.name}.`),
      ]);
    return { ...draft, sector, parent, kecamatan, servedPopulation: values.servedPopulation };
  }

  /** Ids of a unit and every unit above it, nearest first. */
  private async ancestorIds(em: EntityManager, start: Unit): Promise<string[]> {
    const ids = [start.id];
    let parentId = start.parent?.id ?? null;
    while (parentId && ids.length < MAX_UNIT_DEPTH && !ids.includes(parentId)) {
      ids.push(parentId);
      const next: Unit | null = await em.findOne(Unit, { id: parentId });
      parentId = next?.parent?.id ?? null;
    }
    return ids;
  }
}
