import { rombelNeeded, type UnitKind } from '@formasi/core';
import { type PositionTemplate, POSITION_TEMPLATES } from '../seeders/demo-positions.js';
import { type SectorCode } from '../seeders/reference-data.js';
import { MUSEUM_POSITIONS, OPDS, RSUD_EXTRA_POSITIONS } from './opd-catalogue.js';
import { type Prng } from './prng.js';
import { compactCode, type RegionSpec, shortName } from './region-spec.js';

/** What a unit's workload grows with. */
export type UnitSize = {
  /** Region population in 100,000s (at least 0.5): OPD workloads grow with it. */
  p: number;
  /** People, pupils or visitors the unit serves (its servedPopulation), else the region's population. */
  served: number;
  beds: number;
  rombel: number;
  inpatient: boolean;
  kecamatanCount: number;
  /** Relative size of the unit's office work (0 where none is planned), see OFFICE_WORK_TASKS. */
  officeWeight: number;
};

/** One unit of a region before ids are given: what it is, where it sits, and its jabatan. */
export type UnitDraftPlan = {
  code: string;
  name: string;
  kind: UnitKind;
  sector: SectorCode;
  parentCode: string | null;
  kecamatanIndex: number;
  address: string;
  servedPopulation: number | null;
  templates: readonly PositionTemplate[];
  /** The jabatan that carries the unit's office work, if any. */
  bulk: string | null;
  size: UnitSize;
};

const STREETS = [
  'Jl. Jenderal Sudirman', 'Jl. Diponegoro', 'Jl. Ahmad Yani', 'Jl. Soekarno-Hatta', 'Jl. Imam Bonjol',
  'Jl. Prof. M. Yamin', 'Jl. Pahlawan', 'Jl. Veteran', 'Jl. Pendidikan', 'Jl. Merdeka', 'Jl. Lintas Sumatera',
  'Jl. Bundo Kanduang', 'Jl. Raya Padang', 'Jl. Perintis Kemerdekaan', 'Jl. Khatib Sulaiman',
] as const; // prettier-ignore

// Beds of the RSUD: about one per 1,500 people, 50 to 500 (illustrative, the size of a type C/B hospital).
const PEOPLE_PER_RSUD_BED = 1500;
// Permendikbudristek 47/2023 rombel caps apply per grade: SD has six grades, SMP three.
const SD_GRADES = 6;
const SMP_GRADES = 3;

const roundTo = (value: number, step: number): number => Math.max(step, Math.round(value / step) * step);

/** Rombel of a school from its pupils: per grade ceil(pupils per grade / cap), times the grades. */
function rombelOf(pupils: number, level: 'SD' | 'SMP'): number {
  const grades = level === 'SD' ? SD_GRADES : SMP_GRADES;
  return rombelNeeded(Math.ceil(pupils / grades), level).need * grades;
}

/**
 * The units of one region: twelve OPDs, the RSUD, a puskesmas per kecamatan, a representative set of SD and
 * SMP negeri, and a museum UPTD. Counts follow the kecamatan: SD 5 + k/3, SMP 2 + k/5.
 */
export function planRegionUnits(region: RegionSpec, prng: Prng): UnitDraftPlan[] {
  const prefix = compactCode(region);
  const k = region.kecamatan.length;
  const seatIndex = Math.max(0, region.kecamatan.indexOf(region.seat));
  const base: UnitSize = {
    p: Math.max(0.5, region.population / 100_000),
    served: region.population,
    beds: 0,
    rombel: 0,
    inpatient: false,
    kecamatanCount: k,
    officeWeight: 0,
  };
  const address = (kecamatanIndex: number) =>
    `${prng.pick(STREETS)} No. ${prng.int(1, 120)}, ${region.kecamatan[kecamatanIndex] ?? ''}, ${region.name}`;
  const unit = (draft: Omit<UnitDraftPlan, 'address'>): UnitDraftPlan => ({
    ...draft,
    address: address(draft.kecamatanIndex),
  });
  const visitors = roundTo(region.population * prng.between(0.8, 2.5), 1000);
  const units: UnitDraftPlan[] = OPDS.map((opd) =>
    unit({
      code: `${prefix}-${opd.suffix}`,
      name: `${opd.name} ${region.name}`,
      kind: 'OPD',
      sector: opd.sector,
      parentCode: null,
      kecamatanIndex: seatIndex,
      servedPopulation: opd.servesVisitors ? visitors : null,
      templates: opd.positions,
      bulk: opd.bulk,
      size: { ...base, served: opd.servesVisitors ? visitors : base.served, officeWeight: opd.weight },
    }),
  );
  const beds = Math.min(500, roundTo(region.population / PEOPLE_PER_RSUD_BED, 10));
  units.push(
    unit({
      code: `${prefix}-RSUD`,
      name: `RSUD ${shortName(region)}`,
      kind: 'RSUD',
      sector: 'KESEHATAN',
      parentCode: `${prefix}-DINKES`,
      kecamatanIndex: seatIndex,
      servedPopulation: region.population,
      templates: [...POSITION_TEMPLATES.rsud, ...RSUD_EXTRA_POSITIONS],
      bulk: 'Pengadministrasi Perkantoran',
      size: { ...base, beds, officeWeight: beds / 800 },
    }),
  );
  units.push(...puskesmasOf(region, prng, base, unit));
  units.push(...schoolsOf(region, prng, base, unit));
  const museumVisitors = roundTo(visitors * 0.3, 100);
  units.push(
    unit({
      code: `${prefix}-UPTD-MUSEUM`,
      name: `UPTD Museum dan Taman Budaya ${shortName(region)}`,
      kind: 'UPTD',
      sector: 'PARIWISATA',
      parentCode: `${prefix}-DISPAR`,
      kecamatanIndex: seatIndex,
      servedPopulation: museumVisitors,
      templates: MUSEUM_POSITIONS,
      bulk: null,
      size: { ...base, served: museumVisitors },
    }),
  );
  return units;
}

type MakeUnit = (draft: Omit<UnitDraftPlan, 'address'>) => UnitDraftPlan;

/** One puskesmas per kecamatan, serving its share of the population; about a third have inpatient care. */
function puskesmasOf(region: RegionSpec, prng: Prng, base: UnitSize, unit: MakeUnit): UnitDraftPlan[] {
  const weights = region.kecamatan.map(() => prng.between(0.6, 1.4));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return region.kecamatan.map((kecamatan, index) => {
    const served = roundTo((region.population * (weights[index] ?? 1)) / total, 10);
    const inpatient = prng.chance(0.35);
    return unit({
      code: `${compactCode(region)}-PKM-${String(index + 1).padStart(2, '0')}`,
      name: `Puskesmas ${kecamatan}`,
      kind: 'PUSKESMAS',
      sector: 'KESEHATAN',
      parentCode: `${compactCode(region)}-DINKES`,
      kecamatanIndex: index,
      servedPopulation: served,
      templates: POSITION_TEMPLATES.puskesmas.filter(
        (template) => inpatient || template.name !== 'Perawat Ahli Pertama',
      ),
      bulk: null,
      size: { ...base, served, inpatient },
    });
  });
}

/** SD and SMP negeri spread over the kecamatan, numbered within each kecamatan like the real ones. */
function schoolsOf(region: RegionSpec, prng: Prng, base: UnitSize, unit: MakeUnit): UnitDraftPlan[] {
  const k = region.kecamatan.length;
  const school = (level: 'SD' | 'SMP', index: number): UnitDraftPlan => {
    const kecamatanIndex = index % k;
    const number = Math.floor(index / k) + 1;
    const pupils = level === 'SD' ? prng.int(200, 670) : prng.int(400, 1050);
    const rombel = rombelOf(pupils, level);
    const sd = level === 'SD';
    return unit({
      code: `${compactCode(region)}-${sd ? 'SDN' : 'SMPN'}-${String(index + 1).padStart(2, '0')}`,
      name: `${sd ? 'SD' : 'SMP'} Negeri ${sd ? String(number).padStart(2, '0') : number} ${region.kecamatan[kecamatanIndex] ?? ''}`,
      kind: sd ? 'SCHOOL_SD' : 'SCHOOL_SMP',
      sector: 'PENDIDIKAN',
      parentCode: `${compactCode(region)}-DISDIK`,
      kecamatanIndex,
      servedPopulation: pupils,
      templates: sd
        ? POSITION_TEMPLATES.sd.filter((t) => rombel >= 24 || !t.name.startsWith('Guru Pendidikan Jasmani'))
        : POSITION_TEMPLATES.smp,
      bulk: null,
      size: { ...base, served: pupils, rombel },
    });
  };
  return [
    ...Array.from({ length: 5 + Math.floor(k / 3) }, (_, index) => school('SD', index)),
    ...Array.from({ length: 2 + Math.floor(k / 5) }, (_, index) => school('SMP', index)),
  ];
}
