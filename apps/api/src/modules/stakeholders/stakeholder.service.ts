import { flushInTransaction } from '../../common/transaction.js';
import { refreshGaps } from '../gaps/gap-refresh.js';
import { type EntityManager } from '@mikro-orm/core';
import {
  assertValid,
  issue,
  validatePlanningYear,
  validateStakeholderWeight,
  type ValidationIssue,
} from '@formasi/core';
import { findActiveReference, findOrFail } from '../../common/lookup.js';
import { allRows } from '../../common/row-query.js';
import { type Row } from '../../common/row-table.js';
import { type Selection } from '../../common/selection.js';
import { Position } from '../positions/position.entity.js';
import { Sector } from '../sectors/sector.entity.js';
import { Unit } from '../units/unit.entity.js';
import { StakeholderInput } from './stakeholder-input.entity.js';
import { type StakeholderInputInput } from './stakeholder.types.js';
import { type ServiceDeps } from '../../common/service-deps.js';

const SUMMARY_MAX_LENGTH = 2000;

function validateInput(input: StakeholderInputInput): ValidationIssue[] {
  const issues = [
    ...validatePlanningYear(input.year),
    ...validateStakeholderWeight(input.proposedWeight, 'proposedWeight', 'Proposed weight'),
  ];
  if (!input.submittedBy.trim())
    issues.push(issue('submittedBy', 'REQUIRED', 'Say who the input comes from.'));
  if (input.summary.trim().length < 10)
    issues.push(issue('summary', 'TOO_SHORT', 'Summarise the input in at least 10 characters.'));
  if (input.summary.length > SUMMARY_MAX_LENGTH)
    issues.push(
      issue('summary', 'TOO_LONG', `The summary must be at most ${SUMMARY_MAX_LENGTH} characters.`),
    );
  if (!input.sectorId && !input.unitId && !input.positionId) {
    issues.push(issue('sectorId', 'REQUIRED', 'Attach the input to a sector, a unit or a position.'));
  }
  return issues;
}

export class StakeholderService {
  constructor(private readonly deps: ServiceDeps) {}

  private get em(): EntityManager {
    return this.deps.em;
  }

  /** The year's inputs, newest first, as plain rows with the selected sector, unit and position joined. */
  list(year: number, selection: Selection): Promise<Row<StakeholderInput>[]> {
    return allRows<StakeholderInput>(this.em, {
      entity: 'StakeholderInput',
      selection,
      filter: (where) => where.equals('year', year),
      order: [
        { path: ['createdAt'], direction: 'desc' },
        { path: ['id'], direction: 'asc' },
      ],
    });
  }

  async create(input: StakeholderInputInput): Promise<StakeholderInput> {
    assertValid(validateInput(input));
    const position = input.positionId
      ? await findActiveReference(this.em, Position, 'Position', 'positionId', input.positionId)
      : null;
    const unit = input.unitId
      ? await findActiveReference(this.em, Unit, 'Unit', 'unitId', input.unitId)
      : null;
    const sector = input.sectorId
      ? await findActiveReference(this.em, Sector, 'Sector', 'sectorId', input.sectorId)
      : null;
    const row = this.em.create(StakeholderInput, {
      year: input.year,
      source: input.source,
      submittedBy: input.submittedBy.trim(),
      summary: input.summary.trim(),
      proposedWeight: input.proposedWeight,
      position,
      unit: unit ?? (position ? position.unit : null),
      sector: sector ?? (position ? position.sector : unit ? unit.sector : null),
    });
    await this.em.flush();
    return row;
  }

  /** BKPSDM confirms a weight (0..1); from then on the input counts in the priority of the gaps it concerns. */
  async confirm(id: string, weight: number): Promise<StakeholderInput> {
    assertValid(validateStakeholderWeight(weight, 'weight', 'Weight'));
    const row = await findOrFail(this.em, StakeholderInput, 'Stakeholder input', id);
    row.confirmedWeight = weight;
    row.confirmedAt = new Date();
    // A confirmed weight counts in the priority of the year's gaps it concerns.
    await flushInTransaction(this.em, (tx) => refreshGaps(tx, { years: [row.year] }));
    return row;
  }
}
