import { type EntityManager } from '@mikro-orm/core';
import { assertValid, DomainError, issue, normalizeSector, validateSector } from '@formasi/core';
import { codeNameOrder } from '../../common/code-name-sort.js';
import { type Connection, pageWindow } from '../../common/connection.js';
import { findOrFail, findById } from '../../common/lookup.js';
import { listConnection } from '../../common/row-query.js';
import { type Row } from '../../common/row-table.js';
import { type Selection } from '../../common/selection.js';
import { Unit } from '../units/unit.entity.js';
import { Sector } from './sector.entity.js';
import { type CreateSectorInput, type SectorsArgs, type UpdateSectorInput } from './sector.inputs.js';
import { type ServiceDeps } from '../../common/service-deps.js';

export class SectorService {
  constructor(private readonly deps: ServiceDeps) {}

  private get em(): EntityManager {
    return this.deps.em;
  }

  list(args: SectorsArgs, selection: Selection): Promise<Connection<Row<Sector>>> {
    const filter = args.filter ?? {};
    return listConnection<Sector>(this.em, pageWindow(args), {
      entity: 'Sector',
      selection,
      filter: (where) => {
        if (!filter.includeArchived) where.isNull('archived_at');
        where.contains(['name', 'code'], filter.search);
      },
      order: codeNameOrder(args.sort ?? 'NAME_ASC'),
    });
  }

  get(id: string): Promise<Sector | null> {
    return findById(this.em, Sector, id);
  }

  async create(input: CreateSectorInput): Promise<Sector> {
    const draft = normalizeSector({
      code: input.code,
      name: input.name,
      description: input.description ?? null,
    });
    assertValid(validateSector(draft));
    await this.assertCodeFree(draft.code, null);
    const sector = this.em.create(Sector, draft);
    await this.em.flush();
    return sector;
  }

  async update(id: string, input: UpdateSectorInput): Promise<Sector> {
    const sector = await findOrFail(this.em, Sector, 'Sector', id);
    const draft = normalizeSector({
      code: input.code ?? sector.code,
      name: input.name ?? sector.name,
      description: input.description === undefined ? sector.description : input.description,
    });
    assertValid(validateSector(draft));
    await this.assertCodeFree(draft.code, sector.id);
    this.em.assign(sector, draft);
    await this.em.flush();
    return sector;
  }

  /** Archives a sector; refused while active units still belong to it. */
  async archive(id: string): Promise<Sector> {
    const sector = await findOrFail(this.em, Sector, 'Sector', id);
    const activeUnits = await this.em.count(Unit, { sector, archivedAt: null });
    if (activeUnits > 0) {
      throw new DomainError([
        issue(
          'id',
          'IN_USE',
          `Sector ${sector.name} still has ${activeUnits} active unit(s); archive or move them first.`,
        ),
      ]);
    }
    sector.archivedAt ??= new Date();
    await this.em.flush();
    return sector;
  }

  private async assertCodeFree(code: string, exceptId: string | null): Promise<void> {
    const other = await this.em.findOne(Sector, { code, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
    if (other)
      throw new DomainError([
        issue('code', 'DUPLICATE', `Code ${code} is already used by sector ${other.name}.`),
      ]);
  }
}
