import { type EntityManager } from '@mikro-orm/core';
import {
  allowedAnalysisActions,
  type AnalysisAction,
  type AnalysisStatus,
  canDraftAnalyses,
  canTakeAnalysisAction,
  grantsAllow,
  type Role,
} from '@formasi/core';
import DataLoader from 'dataloader';
import { forbidden } from '../common/errors.js';
import { Unit } from '../modules/units/unit.entity.js';
import { type Viewer } from './viewer.js';

/** Unit ids → the unit and its ancestors, one query per tree level for the whole batch. */
export function createUnitPathLoader(em: EntityManager): DataLoader<string, string[]> {
  return new DataLoader(async (unitIds: readonly string[]) => {
    const parentOf = new Map<string, string | null>();
    let frontier = [...new Set(unitIds)];
    while (frontier.length > 0) {
      const units = await em.find(
        Unit,
        { id: { $in: frontier } },
        { fields: ['id', 'parent'], disableIdentityMap: true },
      );
      for (const unit of units) parentOf.set(unit.id, unit.parent?.id ?? null);
      frontier = [
        ...new Set(
          units.map((unit) => unit.parent?.id).filter((id): id is string => !!id && !parentOf.has(id)),
        ),
      ];
    }
    return unitIds.map((unitId) => {
      const path: string[] = [];
      for (let id: string | null | undefined = unitId; id && !path.includes(id); id = parentOf.get(id)) {
        path.push(id);
      }
      return path;
    });
  });
}

/**
 * What the signed-in user may do on a unit's needs analyses: administrators everywhere, unit operators on their
 * unit and its sub-units (core's grantsAllow). Services call the assert* methods before changing anything.
 */
export class UnitAccess {
  constructor(
    private readonly user: Viewer | null,
    private readonly unitPaths: DataLoader<string, string[]>,
  ) {}

  async canDraft(unitId: string): Promise<boolean> {
    return (await this.rulesOn(unitId))(canDraftAnalyses);
  }

  /** The workflow actions the status allows that this user may take on the unit's analysis. */
  async actionsOn(unitId: string, status: AnalysisStatus): Promise<AnalysisAction[]> {
    const allows = await this.rulesOn(unitId);
    return allowedAnalysisActions(status).filter((action) =>
      allows((role) => canTakeAnalysisAction(role, action)),
    );
  }

  async assertCanDraft(unit: Pick<Unit, 'id' | 'name'>): Promise<void> {
    if (!(await this.canDraft(unit.id))) {
      throw forbidden(`Your role does not allow changing the needs analyses of ${unit.name}.`);
    }
  }

  async assertCanTake(action: AnalysisAction, unit: Pick<Unit, 'id' | 'name'>): Promise<void> {
    if (!(await this.rulesOn(unit.id))((role) => canTakeAnalysisAction(role, action))) {
      throw forbidden(`Your role does not allow ${action} on the needs analysis of ${unit.name}.`);
    }
  }

  /** Asks core's grantsAllow about the user's grants on the unit's path (loaded once per unit and request). */
  private async rulesOn(unitId: string): Promise<(rule: (role: Role) => boolean) => boolean> {
    const grants = this.user?.grants() ?? [];
    const path = await this.unitPaths.load(unitId);
    return (rule) => grantsAllow(grants, path, rule);
  }
}
