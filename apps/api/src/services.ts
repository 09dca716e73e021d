import { AuthService } from './auth/auth.service.js';
import { type ServiceDeps } from './common/service-deps.js';
import { GapService } from './modules/gaps/gap.service.js';
import { NeedsService } from './modules/needs/needs.service.js';
import { PlanningService } from './modules/planning/planning.service.js';
import { PositionService } from './modules/positions/position.service.js';
import { SectorService } from './modules/sectors/sector.service.js';
import { StaffService } from './modules/staff/staff.service.js';
import { StakeholderService } from './modules/stakeholders/stakeholder.service.js';
import { UnitService } from './modules/units/unit.service.js';
import { UserService } from './modules/users/user.service.js';

type Made = {
  auth?: AuthService;
  sectors?: SectorService;
  units?: UnitService;
  positions?: PositionService;
  staff?: StaffService;
  needs?: NeedsService;
  planning?: PlanningService;
  gaps?: GapService;
  stakeholders?: StakeholderService;
  users?: UserService;
};

/**
 * A request's services, each made on first use from the request's one dependency object and kept for the rest of
 * the request: resolvers read their arguments, call one method here and return.
 */
export class Services {
  private readonly made: Made = {};

  constructor(private readonly deps: ServiceDeps) {}

  get auth(): AuthService {
    return (this.made.auth ??= new AuthService(this.deps));
  }

  get sectors(): SectorService {
    return (this.made.sectors ??= new SectorService(this.deps));
  }

  get units(): UnitService {
    return (this.made.units ??= new UnitService(this.deps));
  }

  get positions(): PositionService {
    return (this.made.positions ??= new PositionService(this.deps));
  }

  get staff(): StaffService {
    return (this.made.staff ??= new StaffService(this.deps));
  }

  get needs(): NeedsService {
    return (this.made.needs ??= new NeedsService(this.deps));
  }

  get planning(): PlanningService {
    return (this.made.planning ??= new PlanningService(this.deps));
  }

  get gaps(): GapService {
    return (this.made.gaps ??= new GapService(this.deps));
  }

  get stakeholders(): StakeholderService {
    return (this.made.stakeholders ??= new StakeholderService(this.deps));
  }

  get users(): UserService {
    return (this.made.users ??= new UserService(this.deps));
  }
}
