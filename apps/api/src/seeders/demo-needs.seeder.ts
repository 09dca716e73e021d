import { refreshGaps } from '../modules/gaps/gap-refresh.js';
import { inTransaction } from '../common/transaction.js';
import { type EntityManager } from '@mikro-orm/core';
import { DEFAULT_PRIORITY_WEIGHTS } from '@formasi/core';
import { NeedsAnalysis } from '../modules/needs/needs-analysis.entity.js';
import { PositionNeed } from '../modules/needs/position-need.entity.js';
import { WorkloadItem } from '../modules/needs/workload-item.entity.js';
import { PlanningYear } from '../modules/planning/planning-year.entity.js';
import { Position } from '../modules/positions/position.entity.js';
import { Sector } from '../modules/sectors/sector.entity.js';
import { StaffMember } from '../modules/staff/staff-member.entity.js';
import { leavingColumnsOf } from '../modules/staff/staff-leaving.js';
import { StakeholderInput } from '../modules/stakeholders/stakeholder-input.entity.js';
import { Unit } from '../modules/units/unit.entity.js';
import { DEMO_ANALYSES } from './demo-needs.js';
import { DEMO_ROSTER, demoMember } from './demo-roster.js';

type Lookup = { units: Map<string, Unit>; positions: Position[]; sectors: Map<string, Sector> };

function positionOf(lookup: Lookup, unitCode: string, name: string): { unit: Unit; position: Position } {
  const unit = lookup.units.get(unitCode);
  const position = lookup.positions.find(
    (candidate) => candidate.unit.id === unit?.id && candidate.name === name,
  );
  if (!unit || !position) throw new Error(`demo seed: ${unitCode} has no position ${name}`);
  return { unit, position };
}

function seedRoster(em: EntityManager, lookup: Lookup): number {
  let serial = 0;
  for (const spec of DEMO_ROSTER) {
    for (const unitCode of [spec.unit].flat()) {
      const { unit, position } = positionOf(lookup, unitCode, spec.position);
      spec.born.forEach((bornYear, index) => {
        serial += 1;
        const pppk = spec.pppk && index >= spec.born.length - spec.pppk.count ? spec.pppk : null;
        const transfer = spec.transfer && index === 0 ? spec.transfer : null;
        const member = demoMember(serial, bornYear, pppk, transfer);
        em.create(StaffMember, {
          ...member,
          ...leavingColumnsOf(member, position.retirementAge),
          unit,
          position,
        });
      });
    }
  }
  return serial;
}

function seedAnalyses(em: EntityManager, lookup: Lookup, year: number): number {
  let count = 0;
  const stamp = new Date();
  for (const spec of DEMO_ANALYSES) {
    for (const unitCode of spec.units) {
      const unit = lookup.units.get(unitCode);
      if (!unit) throw new Error(`demo seed: unit ${unitCode} is missing`);
      const analysis = em.create(NeedsAnalysis, {
        year,
        unit,
        status: spec.status,
        submittedAt: spec.status === 'DRAFT' ? null : stamp,
        verifiedAt: spec.status === 'VERIFIED' || spec.status === 'FINAL' ? stamp : null,
        finalizedAt: spec.status === 'FINAL' ? stamp : null,
      });
      spec.needs.forEach((needSpec, index) => {
        const { position } = positionOf(lookup, unitCode, needSpec.position);
        const need = em.create(PositionNeed, {
          analysis,
          position,
          sortOrder: index,
          standardNeed: needSpec.standard?.need ?? null,
          standardBasis: needSpec.standard?.basis ?? null,
        });
        (needSpec.items ?? []).forEach((item, order) =>
          em.create(WorkloadItem, { ...item, positionNeed: need, sortOrder: order }),
        );
      });
      count += 1;
    }
  }
  return count;
}

function seedPlanningYear(em: EntityManager, lookup: Lookup, year: number): void {
  const priority = (code: string, value: number, urgent: boolean, note: string | null = null) => {
    const sector = lookup.sectors.get(code);
    return sector ? [{ sectorId: sector.id, priority: value, urgent, note }] : [];
  };
  em.create(PlanningYear, {
    year,
    priorityWeights: { ...DEFAULT_PRIORITY_WEIGHTS },
    sectorPriorities: [
      ...priority(
        'PARIWISATA',
        1,
        true,
        'Warisan Dunia UNESCO Tambang Batubara Ombilin (2019): pengelola situs mendesak.',
      ),
      ...priority('KESEHATAN', 0.8, false),
      ...priority('PENDIDIKAN', 0.8, false),
      ...priority('INFRASTRUKTUR', 0.5, false),
      ...priority('ADMINISTRASI', 0.2, false),
      ...priority('SOSIAL', 0.3, false),
    ],
    // Illustrative APBD figures (rupiah) in the range of a city of 67,760 people; replace with the real ones.
    totalSpending: 720_000_000_000,
    personnelSpending: 226_000_000_000,
    excludedTeacherAllowances: 14_000_000_000,
    averageCosts: [
      { kind: 'FUNGSIONAL', annualCost: 96_000_000 },
      { kind: 'PELAKSANA', annualCost: 72_000_000 },
      { kind: 'STRUKTURAL', annualCost: 180_000_000 },
    ],
  });
}

function seedStakeholderInputs(em: EntityManager, lookup: Lookup, year: number): void {
  const talawi = positionOf(lookup, 'PKM-TALAWI', 'Dokter Ahli Pertama');
  const confirmed = new Date();
  em.create(StakeholderInput, {
    year,
    source: 'COMMUNITY',
    submittedBy: 'Musrenbang Kecamatan Talawi',
    summary: 'Antrean pasien di Puskesmas Talawi panjang; dokter sering tidak ada karena merangkap tugas.',
    position: talawi.position,
    unit: talawi.unit,
    sector: lookup.sectors.get('KESEHATAN') ?? null,
    proposedWeight: 0.5,
    confirmedWeight: 0.4,
    confirmedAt: confirmed,
  });
  em.create(StakeholderInput, {
    year,
    source: 'INSTITUTION',
    submittedBy: 'PSDKU UNP Sawahlunto',
    summary: 'Lulusan pariwisata dan sejarah siap magang untuk pengelolaan situs Warisan Dunia Ombilin.',
    sector: lookup.sectors.get('PARIWISATA') ?? null,
    proposedWeight: 0.5,
    confirmedWeight: 0.5,
    confirmedAt: confirmed,
  });
  em.create(StakeholderInput, {
    year,
    source: 'UNIT',
    submittedBy: 'Dinas Pendidikan',
    summary: 'Banyak guru kelas SD pensiun dalam tiga tahun; rombel digabung bila tidak diganti.',
    unit: lookup.units.get('DISDIK') ?? null,
    sector: lookup.sectors.get('PENDIDIKAN') ?? null,
    proposedWeight: 0.6,
  });
}

/**
 * The needs-analysis demo for one planning year: roster, analyses, configuration and stakeholder inputs, written
 * once (a database that already has analyses or staff is left alone), in one transaction.
 */
export async function seedDemoNeeds(
  em: EntityManager,
  year: number,
): Promise<{ staff: number; analyses: number }> {
  return inTransaction(em, async (tx) => {
    if ((await tx.count(NeedsAnalysis, {})) > 0 || (await tx.count(StaffMember, {})) > 0)
      return { staff: 0, analyses: 0 };
    const lookup: Lookup = {
      units: new Map((await tx.find(Unit, {})).map((unit) => [unit.code, unit])),
      positions: await tx.find(Position, { archivedAt: null }),
      sectors: new Map((await tx.find(Sector, {})).map((sector) => [sector.code, sector])),
    };
    const staff = seedRoster(tx, lookup);
    const analyses = seedAnalyses(tx, lookup, year);
    if ((await tx.count(PlanningYear, { year })) === 0) seedPlanningYear(tx, lookup, year);
    seedStakeholderInputs(tx, lookup, year);
    await refreshGaps(tx, { years: [year] });
    return { staff, analyses };
  });
}
