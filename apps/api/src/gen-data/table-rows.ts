import { type PlanningYear } from '../modules/planning/planning-year.entity.js';
import { type RegionPlan } from './region-plan.js';
import { type StaffContext, staffRowsOf } from './staff-rows.js';
import { type Row } from './table-spec.js';

/** What rows refer to that the plans do not hold: ids already in the database, and the rows' timestamps. */
export type RowContext = {
  seed: number;
  year: number;
  sectorIds: ReadonlyMap<string, string>;
  /** Kecamatan already stored, by code; the others are inserted with their planned id. */
  existingKecamatan: ReadonlyMap<string, string>;
  takenNips: Set<string>;
  /** When reference rows (units, positions, staff) were "created": fixed, so runs are identical. */
  stamp: Date;
};

function sectorId(context: RowContext, code: string): string {
  const id = context.sectorIds.get(code);
  if (id === undefined) throw new Error(`gen-data: sector ${code} is missing (reference data not seeded?)`);
  return id;
}

export function* kecamatanRows(plans: readonly RegionPlan[], context: RowContext): Generator<Row> {
  for (const plan of plans) {
    for (const row of plan.kecamatan) {
      if (context.existingKecamatan.has(row.code)) continue;
      yield {
        id: row.id,
        createdAt: context.stamp,
        updatedAt: context.stamp,
        code: row.code,
        name: row.name,
      };
    }
  }
}

export function* unitRows(plans: readonly RegionPlan[], context: RowContext): Generator<Row> {
  for (const plan of plans) {
    const kecamatanIds = new Map(plan.kecamatan.map((row) => [row.code, row.id]));
    for (const unit of plan.units) {
      const { draft } = unit;
      yield {
        id: unit.id,
        createdAt: context.stamp,
        updatedAt: context.stamp,
        archivedAt: null,
        code: draft.code,
        name: draft.name,
        kind: draft.kind,
        parent: unit.parentId,
        sector: sectorId(context, draft.sector),
        kecamatan:
          context.existingKecamatan.get(unit.kecamatanCode) ?? kecamatanIds.get(unit.kecamatanCode) ?? null,
        address: draft.address,
        servedPopulation: draft.servedPopulation,
      };
    }
  }
}

export function* positionRows(plans: readonly RegionPlan[], context: RowContext): Generator<Row> {
  for (const plan of plans) {
    for (const unit of plan.units) {
      for (const position of unit.positions) {
        const { draft } = position;
        yield {
          id: position.id,
          createdAt: context.stamp,
          updatedAt: context.stamp,
          archivedAt: null,
          name: draft.name,
          kind: draft.kind,
          level: draft.level,
          unit: unit.id,
          sector: sectorId(context, position.sector),
          isTeacher: draft.isTeacher,
          educationLevels: draft.educationLevels,
          studyPrograms: draft.studyPrograms,
          licences: draft.licences,
          competencies: draft.competencies,
          description: draft.description,
          retirementAge: position.retirementAge,
          servedPerStaffBenchmark: position.benchmark,
        };
      }
    }
  }
}

/** The planning year's configuration as the planning service's defaults give it (defaultPlanningYear). */
export function* planningYearRows(config: PlanningYear | null, id: string, stamp: Date): Generator<Row> {
  if (config === null) return;
  yield {
    id,
    createdAt: stamp,
    updatedAt: stamp,
    year: config.year,
    effectiveHours: config.effectiveHours,
    roundingRule: config.roundingRule,
    priorityWeights: { ...config.priorityWeights },
    sectorPriorities: config.sectorPriorities,
    averageCosts: config.averageCosts,
    totalSpending: config.totalSpending,
    personnelSpending: config.personnelSpending,
    excludedTeacherAllowances: config.excludedTeacherAllowances,
  };
}

export function* analysisRows(plans: readonly RegionPlan[], context: RowContext): Generator<Row> {
  for (const plan of plans) {
    for (const analysis of plan.analyses) {
      yield {
        id: analysis.id,
        createdAt: analysis.createdAt,
        updatedAt: analysis.updatedAt,
        year: context.year,
        unit: analysis.unitId,
        version: analysis.version,
        status: analysis.status,
        previousVersion: analysis.previousVersionId,
        note: analysis.note,
        submittedAt: analysis.submittedAt,
        verifiedAt: analysis.verifiedAt,
        finalizedAt: analysis.finalizedAt,
      };
    }
  }
}

export function* positionNeedRows(plans: readonly RegionPlan[]): Generator<Row> {
  for (const plan of plans) {
    for (const analysis of plan.analyses) {
      for (const need of analysis.needs) {
        yield {
          id: need.id,
          createdAt: analysis.createdAt,
          updatedAt: analysis.updatedAt,
          analysis: analysis.id,
          position: need.positionId,
          standardNeed: need.standardNeed,
          standardBasis: need.standardBasis,
          demandChoice: need.demandChoice,
          demandNote: need.demandNote,
          sortOrder: need.sortOrder,
        };
      }
    }
  }
}

export function* workloadItemRows(plans: readonly RegionPlan[]): Generator<Row> {
  for (const plan of plans) {
    for (const analysis of plan.analyses) {
      for (const need of analysis.needs) {
        for (const [sortOrder, item] of need.items.entries()) {
          yield {
            id: item.id,
            createdAt: analysis.createdAt,
            updatedAt: analysis.updatedAt,
            positionNeed: need.id,
            task: item.task,
            outputUnit: item.outputUnit,
            annualVolume: item.annualVolume,
            normMinutes: item.normMinutes,
            sortOrder,
          };
        }
      }
    }
  }
}

/** Staff are built position by position while they are written: never all in memory. */
export function* staffRows(plans: readonly RegionPlan[], context: RowContext): Generator<Row> {
  for (const plan of plans) {
    const staff: StaffContext = { ...context, regionCode: plan.region.code };
    let next = 0;
    for (const unit of plan.units) {
      for (const position of unit.positions) {
        yield* staffRowsOf(position, next, staff);
        next += position.need.staff;
      }
    }
  }
}
