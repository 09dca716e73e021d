import { type EntityManager } from '@mikro-orm/core';
import { type Language } from '@formasi/core';
import { UnitAccess } from './auth/unit-access.js';
import { type Viewer } from './auth/viewer.js';
import { type Env } from './config/env.js';
import { type Logger } from './config/logger.js';
import { type HttpExchange } from './http/graphql-handler.js';
import { createLoaders, type Loaders } from './loaders.js';

/**
 * What every resolver gets: a request-scoped EntityManager, the signed-in user (or null), the request's id and the
 * language core's explanations are written in (from Accept-Language).
 */
export type Context = {
  em: EntityManager;
  user: Viewer | null;
  /** What the user may do within units (needs analyses). */
  access: UnitAccess;
  requestId: string;
  logger: Logger;
  env: Env;
  language: Language;
  loaders: Loaders;
  /** The request's headers and cookies, and the cookies the answer sets. */
  http: HttpExchange;
};

export type RequestParts = {
  /** The EntityManager the request's fork is made from. */
  root: EntityManager;
  requestId: string;
  /** The server's logger; the request's child logger (with its id) is made on first use. */
  logger: Logger;
  env: Env;
  language: Language;
  http: HttpExchange;
};

/**
 * A request's context whose costly parts are made on first use: the EntityManager fork, the loaders, the unit
 * access and the child logger (a cached session and a list read as one statement need only the fork, and a
 * request answered from Apollo's own checks none). `user` is set once the session is checked.
 */
export function createRequestContext(parts: RequestParts): Context {
  const { root, requestId, logger, env, language, http } = parts;
  let em: EntityManager | undefined;
  let loaders: Loaders | undefined;
  let access: UnitAccess | undefined;
  let log: Logger | undefined;
  return {
    user: null,
    requestId,
    env,
    language,
    http,
    get em() {
      return (em ??= root.fork());
    },
    get loaders() {
      return (loaders ??= createLoaders(this.em, language));
    },
    get access() {
      return (access ??= new UnitAccess(this.user, this.loaders.unitPath));
    },
    get logger() {
      return (log ??= logger.child({ requestId }));
    },
  };
}
