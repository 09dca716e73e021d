import { checkNumber, type NumberBounds } from '../shared/number-checks.js';
import { type ValidationIssue } from '../shared/validation.js';

/** A confirmed stakeholder input, by what it is about: a position, else a unit, else a sector. */
export type ConfirmedInput = {
  positionId: string | null;
  unitId: string | null;
  sectorId: string | null;
  weight: number;
};

/** The cap of the stakeholder factor: confirmed weights add up to at most 1 (domain.md §2 priority factors). */
export const STAKEHOLDER_WEIGHT_CAP = 1;

/** A proposed or confirmed weight of one input: 0 (no effect) to the cap (the whole stakeholder factor). */
export const STAKEHOLDER_WEIGHT_BOUNDS: NumberBounds = { min: 0, max: STAKEHOLDER_WEIGHT_CAP };

/** The issue of a weight outside STAKEHOLDER_WEIGHT_BOUNDS, on `field` (`proposedWeight` or `weight`). */
export function validateStakeholderWeight(weight: number, field: string, label: string): ValidationIssue[] {
  return checkNumber(weight, { field, label, ...STAKEHOLDER_WEIGHT_BOUNDS });
}

/**
 * The stakeholder weight of one gap (a position in its unit and sector): the confirmed inputs about that position,
 * those about its unit that name no position, and those about its sector that name neither; summed and capped at
 * STAKEHOLDER_WEIGHT_CAP. An input counts at its most specific level only.
 */
export function stakeholderWeightFor(
  inputs: readonly ConfirmedInput[],
  gap: { positionId: string; unitId: string; sectorId: string },
): number {
  const total = inputs
    .filter((input) =>
      input.positionId !== null
        ? input.positionId === gap.positionId
        : input.unitId !== null
          ? input.unitId === gap.unitId
          : input.sectorId === gap.sectorId,
    )
    .reduce((sum, input) => sum + input.weight, 0);
  return Math.min(STAKEHOLDER_WEIGHT_CAP, total);
}
