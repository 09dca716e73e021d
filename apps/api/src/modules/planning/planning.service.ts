import { flushInTransaction } from '../../common/transaction.js';
import { refreshGaps } from '../gaps/gap-refresh.js';
import { type EntityManager } from '@mikro-orm/core';
import {
  assertValid,
  budgetHeadroom,
  type BudgetHeadroom,
  DEFAULT_PRIORITY_WEIGHTS,
  type Language,
  type PositionKind,
  validateAverageCost,
  validateEffectiveHours,
  validateBudgetFigures,
  validatePlanningYear,
  validatePriorityWeights,
  validateSectorPriority,
  type ValidationIssue,
} from '@formasi/core';
import { Sector } from '../sectors/sector.entity.js';
import { PlanningYear } from './planning-year.entity.js';
import { type PlanningYearInput } from './planning.types.js';
import { type ServiceDeps } from '../../common/service-deps.js';

/** The configuration a year uses before BKPSDM saves one: 1,250 h, half-up rounding, default weights. */
export function defaultPlanningYear(year: number): PlanningYear {
  const config = new PlanningYear();
  config.year = year;
  config.priorityWeights = { ...DEFAULT_PRIORITY_WEIGHTS };
  return config;
}

/**
 * Planned hires by position kind at the year's average costs, explained in `language`; null when the budget
 * figures are not set.
 */
export function budgetOf(
  config: PlanningYear,
  shortageByKind: ReadonlyMap<PositionKind, number>,
  language: Language,
): BudgetHeadroom | null {
  if (config.totalSpending === null || config.personnelSpending === null) return null;
  return budgetHeadroom(
    {
      totalSpending: config.totalSpending,
      personnelSpending: config.personnelSpending,
      excludedTeacherAllowances: config.excludedTeacherAllowances ?? 0,
      plannedHires: config.averageCosts.map((cost) => ({
        positionClass: cost.kind,
        count: shortageByKind.get(cost.kind) ?? 0,
        annualCostPerPerson: cost.annualCost,
      })),
    },
    language,
  );
}

function validateInput(input: PlanningYearInput, merged: PlanningYear): ValidationIssue[] {
  return [
    ...validatePlanningYear(input.year),
    ...validateEffectiveHours(merged.effectiveHours, merged.year),
    ...validatePriorityWeights(merged.priorityWeights).map((found) => ({
      ...found,
      field: `priorityWeights.${found.field}`,
    })),
    ...merged.sectorPriorities.flatMap((row, index) =>
      validateSectorPriority(row.priority, `sectorPriorities.${index}.priority`),
    ),
    ...merged.averageCosts.flatMap((row, index) =>
      validateAverageCost(row.annualCost, `averageCosts.${index}.annualCost`),
    ),
    // The figures as the budget check reads them: a saved year can always be read back.
    ...validateBudgetFigures(merged),
  ];
}

/** The saved configuration of a year, or the defaults (not stored): what every computation of the year reads. */
export async function planningConfigOf(em: EntityManager, year: number): Promise<PlanningYear> {
  return (await em.findOne(PlanningYear, { year })) ?? defaultPlanningYear(year);
}

export class PlanningService {
  constructor(private readonly deps: ServiceDeps) {}

  private get em(): EntityManager {
    return this.deps.em;
  }

  get(year: number): Promise<PlanningYear | null> {
    return this.em.findOne(PlanningYear, { year });
  }

  /** The saved configuration of a year, or the defaults (not stored). */
  configOf(year: number): Promise<PlanningYear> {
    return planningConfigOf(this.em, year);
  }

  /**
   * The year's shortages hired at its average costs against the cap, in the request's language; null until the
   * spending figures are set. Every year's shortages come through one statement (the shortageByKind loader).
   */
  async budget(config: PlanningYear): Promise<BudgetHeadroom | null> {
    if (config.totalSpending === null || config.personnelSpending === null) return null;
    const shortage = await this.deps.loaders.shortageByKind.load(config.year);
    return budgetOf(config, shortage, this.deps.language);
  }

  list(): Promise<PlanningYear[]> {
    return this.em.find(PlanningYear, {}, { orderBy: { year: 'desc' } });
  }

  async save(input: PlanningYearInput): Promise<PlanningYear> {
    const existing = await this.get(input.year);
    const config = existing ?? defaultPlanningYear(input.year);
    const merged = Object.assign(defaultPlanningYear(input.year), {
      effectiveHours: input.effectiveHours ?? config.effectiveHours,
      roundingRule: input.roundingRule ?? config.roundingRule,
      priorityWeights: input.priorityWeights ? { ...input.priorityWeights } : config.priorityWeights,
      sectorPriorities: input.sectorPriorities
        ? input.sectorPriorities.map((row) => ({ ...row, note: row.note?.trim() || null }))
        : config.sectorPriorities,
      averageCosts: input.averageCosts ? input.averageCosts.map((row) => ({ ...row })) : config.averageCosts,
      totalSpending: input.totalSpending === undefined ? config.totalSpending : input.totalSpending,
      personnelSpending:
        input.personnelSpending === undefined ? config.personnelSpending : input.personnelSpending,
      excludedTeacherAllowances:
        input.excludedTeacherAllowances === undefined
          ? config.excludedTeacherAllowances
          : input.excludedTeacherAllowances,
    });
    assertValid(validateInput(input, merged));
    await this.assertSectorsExist(merged.sectorPriorities.map((row) => row.sectorId));
    const { year: _year, id: _id, createdAt: _c, updatedAt: _u, ...values } = merged;
    if (existing) {
      this.em.assign(existing, values);
    } else {
      this.em.persist(this.em.create(PlanningYear, { ...values, year: input.year }));
    }
    // Weights, rounding, hours and sector priorities shape every gap of the year.
    await flushInTransaction(this.em, (tx) => refreshGaps(tx, { years: [input.year] }));
    return existing ?? (await this.em.findOneOrFail(PlanningYear, { year: input.year }));
  }

  private async assertSectorsExist(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const found = new Set((await this.em.find(Sector, { id: { $in: ids } })).map((sector) => sector.id));
    const missing = ids.findIndex((id) => !found.has(id));
    if (missing >= 0) {
      assertValid([
        {
          field: `sectorPriorities.${missing}.sectorId`,
          reason: 'NOT_FOUND',
          message: `Sector ${ids[missing]} does not exist.`,
        },
      ]);
    }
  }
}
