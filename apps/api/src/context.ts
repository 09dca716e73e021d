import { type EntityManager } from '@mikro-orm/core';
import { type Request, type Response } from 'express';
import { type User } from './auth/user.entity.js';
import { type Env } from './config/env.js';
import { type Logger } from './config/logger.js';
import { type Loaders } from './loaders.js';

/** What every resolver gets: a request-scoped EntityManager, the signed-in user (or null) and the request's id. */
export type Context = {
  em: EntityManager;
  user: User | null;
  requestId: string;
  logger: Logger;
  env: Env;
  loaders: Loaders;
  req: Request;
  res: Response;
};
