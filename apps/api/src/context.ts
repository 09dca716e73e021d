import { type EntityManager } from '@mikro-orm/core';
import { type Language } from '@formasi/core';
import { UnitAccess } from './auth/unit-access.js';
import { type Viewer } from './auth/viewer.js';
import { type Env } from './config/env.js';
import { type Logger } from './config/logger.js';
import { type HttpExchange } from './http/graphql-handler.js';
import { createLoaders, type Loaders } from './loaders.js';
import { type RegionInfo } from './modules/region/region.js';
import { Services } from './services.js';

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
  /** The region the installation serves (configuration, the same for every request). */
  region: RegionInfo;
  /** The request's services, built from this context (services.ts). */
  services: Services;
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
  region: RegionInfo;
};

/** The parts made on first use, shared by every copy of one request's context. */
type Made = {
  em?: EntityManager;
  loaders?: Loaders;
  access?: UnitAccess;
  logger?: Logger;
  services?: Services;
};

/**
 * A request's context whose costly parts are made on first use: the EntityManager fork, the loaders, the unit
 * access and the child logger (a cached session and a list read as one statement need only the fork, and a
 * request answered from Apollo's own checks none). `user` is set once the session is checked.
 *
 * Apollo copies the context's own properties for each operation (`Object.assign` onto the same prototype): the
 * getters live on the prototype and what they made is one shared object, so a copy neither makes them early nor
 * twice.
 */
class RequestContext implements Context {
  user: Viewer | null = null;
  readonly requestId: string;
  readonly env: Env;
  readonly language: Language;
  readonly http: HttpExchange;
  readonly region: RegionInfo;
  private readonly root: EntityManager;
  private readonly serverLogger: Logger;
  private readonly made: Made = {};

  constructor(parts: RequestParts) {
    this.root = parts.root;
    this.serverLogger = parts.logger;
    this.requestId = parts.requestId;
    this.env = parts.env;
    this.language = parts.language;
    this.http = parts.http;
    this.region = parts.region;
  }

  get em(): EntityManager {
    return (this.made.em ??= this.root.fork());
  }

  get loaders(): Loaders {
    return (this.made.loaders ??= createLoaders(this.em, this.language));
  }

  get access(): UnitAccess {
    return (this.made.access ??= new UnitAccess(this.user, this.loaders.unitPath));
  }

  get services(): Services {
    return (this.made.services ??= new Services(this));
  }

  get logger(): Logger {
    return (this.made.logger ??= this.serverLogger.child({ requestId: this.requestId }));
  }
}

export const createRequestContext = (parts: RequestParts): Context => new RequestContext(parts);
