import { checkNumber } from '../needs/number-checks.js';
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

/** Non-negative finite amounts, totalSpending > 0, allowances within personnel spending, whole hire counts. */
export function validateBudgetInput(input: BudgetInput): ValidationIssue[] {
  return [
    ...checkNumber(input.totalSpending, {
      field: 'totalSpending',
      label: 'Total spending',
      min: 0,
      exclusiveMin: true,
    }),
    ...checkNumber(input.personnelSpending, {
      field: 'personnelSpending',
      label: 'Personnel spending',
      min: 0,
    }),
    ...checkNumber(input.excludedTeacherAllowances, {
      field: 'excludedTeacherAllowances',
      label: 'Excluded teacher allowances (TKD)',
      min: 0,
      max:
        Number.isFinite(input.personnelSpending) && input.personnelSpending >= 0
          ? input.personnelSpending
          : undefined,
    }),
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
