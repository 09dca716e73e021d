import { checkNumber } from '../needs/number-checks.js';
import { formatForExplanation as f } from '../needs/number-format.js';
import { assertValid, type ValidationIssue } from '../shared/validation.js';

// UU HKPD 1/2022 Ps. 146: belanja pegawai (excluding TKD teacher allowances) ≤ 30 % of belanja APBD.
export const PERSONNEL_SPENDING_CAP = 0.3;
// Shares are compared in rupiah; below a millionth of a rupiah per rupiah of budget is floating-point dust.
const CAP_TOLERANCE = 1e-9;
const PERCENT = 100;

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
 * validateBudgetInput's issues.
 */
export function budgetHeadroom(input: BudgetInput): BudgetHeadroom {
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
  const explanation =
    `Personnel spending ${f(input.personnelSpending)} less ${f(input.excludedTeacherAllowances)} TKD teacher ` +
    `allowances plus ${f(plannedCost)} for planned hires is ${pct(projectedShare)} of total spending ` +
    `${f(input.totalSpending)}; the cap is ${pct(cap)}, ` +
    (exceedsCap ? `exceeded by ${f(-headroom)}.` : `leaving ${f(Math.max(0, headroom))} of headroom.`);
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

function pct(share: number): string {
  return `${f(share * PERCENT)}%`;
}
