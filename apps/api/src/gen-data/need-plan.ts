import {
  chooseDemand,
  DEFAULT_ROUNDING_RULE,
  type DemandSignal,
  EFFECTIVE_HOURS,
  requiredFte,
  roundHeadcount,
  type WorkloadItem,
} from '@formasi/core';
import { type PositionTemplate } from '../seeders/demo-positions.js';
import { type Prng } from './prng.js';
import { type UnitDraftPlan } from './region-units.js';
import { standardFor, type StandardSpec } from './service-standards.js';
import { PUSKESMAS_TASKS, RSUD_TASKS } from './workload-health.js';
import { LEADERSHIP_TASKS, OFFICE_TASKS, OFFICE_WORK_TASKS } from './workload-opd.js';
import { SCHOOL_TASKS, SERVICE_TASKS } from './workload-services.js';
import { type TaskSpec, workloadItemsOf } from './workload-task.js';

/** A jabatan's need as its unit's analysis states it, with the headcount it gives and the staff in post. */
export type NeedPlan = {
  items: WorkloadItem[];
  standard: StandardSpec | null;
  demandChoice: DemandSignal | null;
  demandNote: string | null;
  headcount: number;
  staff: number;
};

const CHOICE_NOTES: Readonly<Record<DemandSignal, string>> = {
  WORKLOAD: 'Beban kerja riil lebih tepat daripada standar minimal untuk unit ini.',
  SERVICE_STANDARD: 'Data volume kerja belum lengkap; sementara dipakai standar pelayanan minimal.',
};

function tasksFor(unit: UnitDraftPlan, template: PositionTemplate): readonly TaskSpec[] {
  const own = ownTasksFor(unit, template) ?? [];
  return unit.bulk === template.name ? [...own, ...OFFICE_WORK_TASKS] : own;
}

function ownTasksFor(unit: UnitDraftPlan, template: PositionTemplate): readonly TaskSpec[] | undefined {
  switch (unit.kind) {
    case 'PUSKESMAS':
      return PUSKESMAS_TASKS[template.name];
    case 'RSUD':
      return RSUD_TASKS[template.name];
    case 'SCHOOL_SD':
    case 'SCHOOL_SMP':
      return SCHOOL_TASKS[template.name];
    default:
      return OFFICE_TASKS[template.name] ?? SERVICE_TASKS[template.name] ?? LEADERSHIP_TASKS[template.level];
  }
}

/**
 * Bezetting against the need: mostly below it (the shortages formasi planning is about), some at it, a few
 * above; a struktural post is held by one person or vacant.
 */
function staffFor(template: PositionTemplate, headcount: number, prng: Prng): number {
  if (template.kind === 'STRUKTURAL') return prng.chance(0.9) ? 1 : 0;
  const ratio = prng.weighted([
    [prng.between(0.3, 0.6), 0.12],
    [prng.between(0.6, 0.9), 0.4],
    [prng.between(0.9, 1.05), 0.33],
    [prng.between(1.05, 1.4), 0.15],
  ] as const);
  return Math.round(headcount * ratio);
}

/** The need of one jabatan of a unit: workload rows and/or a service standard, the headcount and the staff. */
export function planNeed(
  unit: UnitDraftPlan,
  template: PositionTemplate,
  urban: boolean,
  prng: Prng,
): NeedPlan {
  const tasks = tasksFor(unit, template);
  const standard = standardFor(unit.kind, template.name, unit.size, urban);
  if (tasks.length === 0 && !standard) {
    throw new Error(`gen-data: no workload or standard for ${template.name} (${unit.kind})`);
  }
  const items = workloadItemsOf(tasks, unit.size, () => prng.between(0.85, 1.15));
  const workloadFte = items.length > 0 ? requiredFte(items, EFFECTIVE_HOURS.PERMENPANRB_1_2020).fte : null;
  const choice: DemandSignal | null =
    workloadFte !== null && standard && prng.chance(0.08)
      ? prng.pick(['WORKLOAD', 'SERVICE_STANDARD'])
      : null;
  const demandNote = choice ? CHOICE_NOTES[choice] : null;
  const demand = chooseDemand({
    workloadFte,
    standardNeed: standard?.need ?? null,
    choice,
    note: demandNote,
  });
  const headcount = roundHeadcount(demand.need, DEFAULT_ROUNDING_RULE);
  return {
    items,
    standard,
    demandChoice: choice,
    demandNote,
    headcount,
    staff: staffFor(template, headcount, prng),
  };
}
