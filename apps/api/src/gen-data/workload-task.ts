import { type WorkloadItem } from '@formasi/core';
import { type UnitSize } from './region-units.js';

/** One uraian tugas of a jabatan: the output, its norma waktu, and the annual volume for a unit of a size. */
export type TaskSpec = {
  task: string;
  outputUnit: string;
  normMinutes: number;
  volume: (size: UnitSize) => number;
};

export type TaskTable = Readonly<Record<string, readonly TaskSpec[]>>;

export const task = (
  name: string,
  outputUnit: string,
  normMinutes: number,
  volume: (size: UnitSize) => number,
): TaskSpec => ({ task: name, outputUnit, normMinutes, volume });

/** Volumes as an ABK form states them: whole outputs, big ones rounded to tens. */
export function roundVolume(value: number): number {
  if (value < 1) return 1;
  return value < 1000 ? Math.round(value) : Math.round(value / 10) * 10;
}

/** The rows of a jabatan for a unit of a size, each volume scaled by `vary()` (the unit's own figures). */
export function workloadItemsOf(
  tasks: readonly TaskSpec[],
  size: UnitSize,
  vary: () => number,
): WorkloadItem[] {
  return tasks.flatMap((spec) => {
    const volume = spec.volume(size);
    // A task with no volume does not apply to this unit (inpatient care in a puskesmas without beds).
    if (volume <= 0) return [];
    return [
      {
        task: spec.task,
        outputUnit: spec.outputUnit,
        annualVolume: roundVolume(volume * vary()),
        normMinutes: spec.normMinutes,
      },
    ];
  });
}
