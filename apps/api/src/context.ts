import { type EntityManager } from '@mikro-orm/core';
import { type Language } from '@formasi/core';
import { type UnitAccess } from './auth/unit-access.js';
import { type Viewer } from './auth/viewer.js';
import { type Env } from './config/env.js';
import { type Logger } from './config/logger.js';
import { type HttpExchange } from './http/graphql-handler.js';
import { type Loaders } from './loaders.js';

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
