import { checkNumber, type NumberBounds } from '../shared/number-checks.js';
import { type Language } from '../shared/language.js';
import { assertValid, type ValidationIssue } from '../shared/validation.js';
import { HEADROOM_TEXTS } from './budget.texts.js';

// UU HKPD 1/2022 Ps. 146: belanja pegawai (excluding TKD teacher allowances) ≤ 30 % of belanja APBD.
export const PERSONNEL_SPENDING_CAP = 0.3;
// Shares are compared in rupiah; below a millionth of a rupiah per rupiah of budget is floating-point dust.
const CAP_TOLERANCE = 1e-9;

export type PlannedHire = { positionClass: string; count: number; annualCostPerPerson: number };
export type BudgetInput = {
  totalSpending: number;
  personnelSpending: number;
  excludedTeacherAllowances: number;
  plannedHires: readonly PlannedHire[];
  /** The cap of the planning year (transition years may differ); defaults to PERSONNEL_SPENDING_CAP. */
  cap?: number;
};
export type BudgetHeadroom = {
  cap: number;
  /** personnelSpending − excludedTeacherAllowances: what counts against the cap. */
  countedPersonnelSpending: number;
  currentShare: number;
  plannedCost: number;
  plannedLines: (PlannedHire & { cost: number })[];
  projectedShare: number;
  /** cap × totalSpending − (counted + planned): rupiah still available, negative when over. */
  headroom: number;
  exceedsCap: boolean;
  explanation: string;
};

/** The APBD total of a planning year (rupiah): above 0, the cap is a share of it. */
export const TOTAL_SPENDING_BOUNDS: NumberBounds = { min: 0, exclusiveMin: true };
/** Personnel spending, excluded allowances and a position kind's average annual cost (rupiah): from 0. */
export const RUPIAH_AMOUNT_BOUNDS: NumberBounds = { min: 0 };

/** The issue of an average annual cost per hire below 0, on `field`. */
export function validateAverageCost(annualCost: number, field: string): ValidationIssue[] {
  return checkNumber(annualCost, { field, label: 'Average annual cost', ...RUPIAH_AMOUNT_BOUNDS });
}

/** The APBD figures of a planning year as BKPSDM saves them: each may be unset (null) until it is known. */
export type BudgetFigures = {
  totalSpending: number | null;
  personnelSpending: number | null;
  excludedTeacherAllowances: number | null;
};

/**
 * Each figure that is set: a finite amount, totalSpending > 0, personnelSpending ≥ 0, and the excluded TKD teacher
 * allowances between 0 and personnel spending (they are part of it).
 */
export function validateBudgetFigures(figures: BudgetFigures): ValidationIssue[] {
  const { totalSpending, personnelSpending, excludedTeacherAllowances } = figures;
  return [
    ...(totalSpending === null
      ? []
      : checkNumber(totalSpending, {
          field: 'totalSpending',
          label: 'Total spending',
          ...TOTAL_SPENDING_BOUNDS,
        })),
    ...(personnelSpending === null
      ? []
      : checkNumber(personnelSpending, {
          field: 'personnelSpending',
          label: 'Personnel spending',
          ...RUPIAH_AMOUNT_BOUNDS,
        })),
    ...(excludedTeacherAllowances === null
      ? []
      : checkNumber(excludedTeacherAllowances, {
          field: 'excludedTeacherAllowances',
          label: 'Excluded teacher allowances (TKD)',
          ...RUPIAH_AMOUNT_BOUNDS,
          max:
            personnelSpending !== null && Number.isFinite(personnelSpending) && personnelSpending >= 0
              ? personnelSpending
              : undefined,
        })),
  ];
}

/** The figures (validateBudgetFigures), a cap within 0…1, and whole, non-negative planned hires. */
export function validateBudgetInput(input: BudgetInput): ValidationIssue[] {
  return [
    ...validateBudgetFigures(input),
    ...checkNumber(input.cap ?? PERSONNEL_SPENDING_CAP, { field: 'cap', label: 'Cap', min: 0, max: 1 }),
    ...input.plannedHires.flatMap((hire, index) => [
      ...checkNumber(hire.count, {
        field: `plannedHires.${index}.count`,
        label: 'Count',
        min: 0,
        integer: true,
      }),
      ...checkNumber(hire.annualCostPerPerson, {
        field: `plannedHires.${index}.annualCostPerPerson`,
        label: 'Annual cost per person',
        min: 0,
      }),
    ]),
  ];
}

/**
 * Room under the personnel-spending cap (domain.md §2, a hard constraint) after the planned hires. The APBD total is
 * held fixed: new salaries displace other spending. Exactly at the cap is within it. Throws a DomainError with
 * validateBudgetInput's issues. The explanation is in `language`.
 */
export function budgetHeadroom(input: BudgetInput, language: Language = 'en'): BudgetHeadroom {
  assertValid(validateBudgetInput(input));
  const cap = input.cap ?? PERSONNEL_SPENDING_CAP;
  const counted = input.personnelSpending - input.excludedTeacherAllowances;
  const plannedLines = input.plannedHires.map((hire) => ({
    ...hire,
    cost: hire.count * hire.annualCostPerPerson,
  }));
  const plannedCost = plannedLines.reduce((sum, line) => sum + line.cost, 0);
  const limit = cap * input.totalSpending;
  const headroom = limit - (counted + plannedCost);
  const exceedsCap = -headroom > CAP_TOLERANCE * input.totalSpending;
  const projectedShare = (counted + plannedCost) / input.totalSpending;
  const explanation = HEADROOM_TEXTS[language]({
    ...input,
    plannedCost,
    projectedShare,
    cap,
    headroom,
    exceedsCap,
  });
  return {
    cap,
    countedPersonnelSpending: counted,
    currentShare: counted / input.totalSpending,
    plannedCost,
    plannedLines,
    projectedShare,
    headroom,
    exceedsCap,
    explanation,
  };
}
