import { type EntityManager } from '@mikro-orm/core';
import { type Language } from '@formasi/core';
import { UnitAccess } from '../auth/unit-access.js';
import { type Env } from '../config/env.js';
import { type Context } from '../context.js';
import { createLoaders, type Loaders } from '../loaders.js';

/**
 * What every service is built from, one shape for all: the entity manager, who acts (null for the system), what
 * they may do within units, the language explanations are written in, the batch loaders and the configuration. A
 * request's context is one (its costly parts are made on first use, so a service that needs only the entity
 * manager costs no more); `systemDeps` makes one for work outside a request.
 */
export type ServiceDeps = Pick<Context, 'em' | 'user' | 'access' | 'language' | 'loaders' | 'env'>;

/** Dependencies for work outside a request (start-up, the command line, tests): nobody acts. */
export function systemDeps(em: EntityManager, env: Env, language: Language = 'id'): ServiceDeps {
  let loaders: Loaders | undefined;
  let access: UnitAccess | undefined;
  return {
    em,
    user: null,
    env,
    language,
    get loaders() {
      return (loaders ??= createLoaders(em, language));
    },
    get access() {
      return (access ??= new UnitAccess(null, this.loaders.unitPath));
    },
  };
}
