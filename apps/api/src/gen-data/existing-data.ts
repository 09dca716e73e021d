import { type EntityManager } from '@mikro-orm/core';
import { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { Kecamatan } from '../modules/kecamatans/kecamatan.entity.js';
import { PlanningYear } from '../modules/planning/planning-year.entity.js';
import { Sector } from '../modules/sectors/sector.entity.js';
import { StaffMember } from '../modules/staff/staff-member.entity.js';
import { Unit } from '../modules/units/unit.entity.js';
import { compactCode, type RegionSpec } from './region-spec.js';

/** What the database already holds that generated rows must refer to or avoid. */
export type ExistingData = {
  sectorIds: Map<string, string>;
  kecamatanIds: Map<string, string>;
  /** Codes of the scale's regions whose units are already there (from an earlier run). */
  generatedRegions: Set<string>;
  takenNips: Set<string>;
  hasPlanningYear: boolean;
};

/** Every generated region has a Sekretariat Daerah coded '<NNNN>-SETDA': its presence marks the region as done. */
export const markerCodeOf = (region: RegionSpec): string => `${compactCode(region)}-SETDA`;

export async function loadExistingData(
  em: EntityManager,
  regions: readonly RegionSpec[],
  year: number,
): Promise<ExistingData> {
  const sectors = await em.find(Sector, {}, { fields: ['code'] });
  const kecamatan = await em.find(Kecamatan, {}, { fields: ['code'] });
  const markers = new Map(regions.map((region) => [markerCodeOf(region), region.code]));
  const found = await em.find(Unit, { code: { $in: [...markers.keys()] } }, { fields: ['code'] });
  if (!(em instanceof SqlEntityManager)) throw new Error('gen-data needs an SQL EntityManager');
  // Plain rows: a database generated before can hold a million staff, too many to hydrate as entities.
  const nips: { nip: string }[] = await em
    .createQueryBuilder(StaffMember)
    .select('nip')
    .execute('all', false);
  return {
    sectorIds: new Map(sectors.map((sector) => [sector.code, sector.id])),
    kecamatanIds: new Map(kecamatan.map((row) => [row.code, row.id])),
    generatedRegions: new Set(found.flatMap((unit) => markers.get(unit.code) ?? [])),
    takenNips: new Set(nips.map((row) => row.nip)),
    hasPlanningYear: (await em.count(PlanningYear, { year })) > 0,
  };
}
