import { inTransaction } from '../common/transaction.js';
import { type EntityManager } from '@mikro-orm/core';
import { normalizePosition, retirementAgeFor } from '@formasi/core';
import { Kecamatan } from '../modules/kecamatans/kecamatan.entity.js';
import { Position } from '../modules/positions/position.entity.js';
import { Sector } from '../modules/sectors/sector.entity.js';
import { Unit } from '../modules/units/unit.entity.js';
import { type PositionTemplate, POSITION_TEMPLATES } from './demo-positions.js';
import { DEMO_SUBUNITS } from './demo-subunits.js';
import { DEMO_OPDS, type DemoUnit } from './demo-units.js';
import { seedReference } from './reference.seeder.js';

export type SeedProgress = (step: string, done: number, total: number) => void;

/**
 * Service benchmarks per jabatan [M?]: WHO 1 doctor per 1,000 people; the old national targets of 180 nurses and
 * 120 midwives per 100,000; PP 74/2008's 20 pupils per SD/SMP teacher; tourism figures are illustrative.
 */
const SERVED_PER_STAFF: Readonly<Record<string, number>> = {
  'Dokter Ahli Pertama': 1_000,
  'Perawat Terampil': 556,
  'Bidan Terampil': 833,
  'Guru Ahli Pertama': 20,
  'Guru Ahli Muda': 20,
  // Illustrative: visitors one tourism or heritage officer can look after in a year.
  'Adyatama Kepariwisataan dan Ekonomi Kreatif Ahli Pertama': 60_000,
  'Pengelola Cagar Budaya': 60_000,
};

const positionsOf = (unit: DemoUnit): PositionTemplate[] => [
  ...(unit.templates ? POSITION_TEMPLATES[unit.templates] : []),
  ...(unit.positions ?? []),
];

/**
 * A realistic Kota Sawahlunto: OPDs, puskesmas, RSUD, schools and their jabatan. Runs once: a database that
 * already has units is left alone. All rows are written in one transaction.
 */
export async function seedDemo(
  em: EntityManager,
  onProgress: SeedProgress = () => undefined,
): Promise<{ units: number; positions: number }> {
  await seedReference(em);
  return inTransaction(em, async (tx) => {
    if ((await tx.count(Unit, {})) > 0) return { units: 0, positions: 0 };
    const sectors = new Map((await tx.find(Sector, {})).map((sector) => [sector.code, sector]));
    const kecamatan = new Map((await tx.find(Kecamatan, {})).map((row) => [row.name, row]));
    const demoUnits = [...DEMO_OPDS, ...DEMO_SUBUNITS];
    const units = new Map<string, Unit>();
    let positions = 0;
    for (const [index, demo] of demoUnits.entries()) {
      const sector = sectors.get(demo.sector);
      if (!sector) throw new Error(`demo seed: sector ${demo.sector} is missing`);
      const parent = demo.parent ? units.get(demo.parent) : undefined;
      const unit = tx.create(Unit, {
        code: demo.code,
        name: demo.name,
        kind: demo.kind,
        sector,
        parent: parent ?? null,
        kecamatan: kecamatan.get(demo.kecamatan) ?? null,
        address: demo.address ?? null,
        servedPopulation: demo.servedPopulation ?? null,
      });
      units.set(demo.code, unit);
      for (const template of positionsOf(demo)) {
        const draft = normalizePosition({
          isTeacher: false,
          studyPrograms: [],
          licences: [],
          competencies: [],
          description: null,
          ...template,
        });
        tx.create(Position, {
          ...draft,
          educationLevels: [...draft.educationLevels],
          studyPrograms: [...draft.studyPrograms],
          licences: [...draft.licences],
          competencies: [...draft.competencies],
          retirementAge: retirementAgeFor(draft),
          servedPerStaffBenchmark: SERVED_PER_STAFF[draft.name] ?? null,
          unit,
          sector,
        });
        positions += 1;
      }
      onProgress('units', index + 1, demoUnits.length);
    }
    await tx.flush();
    return { units: demoUnits.length, positions };
  });
}
