import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { adminAssets } from './admin-assets.js';
import { type Context, createRequestContext } from './context.js';
import { type Env } from './config/env.js';
import { type Logger } from './config/logger.js';
import { type Orm, pingDatabase } from './db/database.js';
import { formatError, isClientError } from './format-error.js';
import { graphqlProtection } from './graphql-protection.js';
import { resolveSession } from './auth/resolve-session.js';
import { listenForAuthChanges, SessionCache } from './auth/session-cache.js';
import { requestLanguage } from './request-language.js';
import { securityHeaderList, securityHeaders } from './security-headers.js';
import { graphqlHandler, logWhenFinished, requestIdOf } from './http/graphql-handler.js';
import { SESSION_COOKIE } from './auth/session.service.js';
import { buildFormasiSchema } from './schema.js';
import { CompiledOperations, jitGateway } from './graphql-executor.js';
import { KnownQueries } from './http/known-queries.js';
import { rosterUpload } from './modules/staff/roster-upload.js';
import { regionInfo, serveEmblem } from './modules/region/region.js';
import { EMBLEM_PATH } from './config/emblem.js';

export type FormasiServer = {
  app: Express;
  httpServer: Server;
  knownQueries: KnownQueries;
  stop: () => Promise<void>;
};

/** Largest JSON body the API accepts (Apollo's standalone default of 50 MB is far too generous). */
const JSON_BODY_LIMIT_BYTES = 1024 * 1024;
/** Apollo rejects documents with more tokens than this with a 400 GRAPHQL_PARSE_FAILED. */
const MAX_TOKENS = 8000;

const defaultAdminDist = (): string => fileURLToPath(new URL('../../admin/dist/', import.meta.url));

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      id: string;
      log: Logger;
    }
  }
}

/** Request id (from X-Request-Id or new), a child logger carrying it, and one log line per finished request. */
function requestLogging(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    req.id = requestIdOf(req.get('x-request-id'));
    req.log = logger.child({ requestId: req.id });
    res.setHeader('x-request-id', req.id);
    logWhenFinished(req.log, req, res);
    next();
  };
}

/** Errors that are not answers to bad input are logged with the request id; clients only see a masked message. */
const unexpectedErrorLogging: ApolloServerPlugin<Context> = {
  requestDidStart() {
    return Promise.resolve({
      didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          if (isClientError(error)) continue;
          contextValue.logger.error(
            { err: error.originalError ?? error, path: error.path },
            'unexpected GraphQL error',
          );
        }
        return Promise.resolve();
      },
    });
  },
};

function serveAdmin(app: Express, dist: string, logger: Logger): void {
  if (!existsSync(join(dist, 'index.html'))) {
    logger.warn({ dist }, 'admin build not found: run `pnpm build` to serve the admin app');
    app.get('/', (_req, res) => {
      res.status(503).type('text').send('The admin app is not built. Run `pnpm build` (or `pnpm start`).');
    });
    return;
  }
  // Compressed (brotli/gzip), cached for a year when hashed, GraphiQL, and the SPA fallback for client routes.
  app.use(adminAssets(dist));
}

export async function createFormasiServer(options: {
  env: Env;
  orm: Orm;
  logger: Logger;
}): Promise<FormasiServer> {
  const { env, orm, logger } = options;
  const app = express();
  // /graphql is answered straight from node:http (graphql-handler.ts); Express serves the rest.
  let graphql: ((req: IncomingMessage, res: ServerResponse) => Promise<void>) | null = null;
  const httpServer = createServer((req, res) => {
    const url = req.url ?? '/';
    if (graphql && (url === '/graphql' || url.startsWith('/graphql?'))) void graphql(req, res);
    else app(req, res);
  });
  app.disable('x-powered-by');
  app.set('trust proxy', env.FORMASI_TRUST_PROXY);
  app.use(requestLogging(logger));
  app.use(securityHeaders());

  app.get('/healthz', async (req, res) => {
    try {
      await pingDatabase(orm);
      res.json({
        status: 'ok',
        database: 'ok',
        dialect: env.dialect,
        uptimeSeconds: Math.round(process.uptime()),
      });
    } catch (error) {
      req.log.error({ err: error }, 'health check: database unreachable');
      res.status(503).json({ status: 'error', database: 'unreachable', dialect: env.dialect });
    }
  });

  const protection = graphqlProtection();
  const schema = await buildFormasiSchema();
  const compiled = new CompiledOperations(schema);
  const knownQueries = new KnownQueries(compiled);
  const apollo = new ApolloServer<Context>({
    gateway: jitGateway(schema, compiled),
    introspection: env.FORMASI_INTROSPECTION,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    parseOptions: { maxTokens: MAX_TOKENS },
    formatError,
    // Apollo's default pretty-prints with two-space indents: a tenth of a gap page's CPU and a larger body.
    stringifyResult: (result) => JSON.stringify(result),
    validationRules: protection.validationRules,
    plugins: [
      unexpectedErrorLogging,
      knownQueries.plugin,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No response uses cache hints; the default plugin would hook willResolveField on every field.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  // Checked sessions are cached per replica, kept right by PostgreSQL's notifications (session-cache.ts).
  const sessionCache = new SessionCache({ ttlMs: env.FORMASI_SESSION_CACHE_SECONDS * 1000 });
  const authListener =
    env.DATABASE_URL && env.FORMASI_SESSION_CACHE_SECONDS > 0
      ? await listenForAuthChanges(env.DATABASE_URL, sessionCache, logger)
      : null;

  const region = regionInfo(env);
  graphql = graphqlHandler<Context>({
    apollo,
    logger,
    headers: securityHeaderList(),
    bodyLimitBytes: JSON_BODY_LIMIT_BYTES,
    knownQueries,
    context: async (http): Promise<Context> => {
      const language = requestLanguage(http.header('accept-language'));
      // Explanations depend on the header, so any cache in front must key on it.
      http.vary('Accept-Language');
      const context = createRequestContext({
        root: orm.em,
        requestId: http.requestId,
        logger,
        env,
        language,
        http,
        region,
      });
      context.user = await resolveSession(() => context.em, http.cookie(SESSION_COOKIE), {
        cache: sessionCache,
      });
      return context;
    },
  });
  app.use(rosterUpload(orm));
  app.get(EMBLEM_PATH, serveEmblem(env.emblem));
  serveAdmin(app, env.FORMASI_ADMIN_DIST ?? defaultAdminDist(), logger);

  return {
    app,
    httpServer,
    knownQueries,
    stop: async () => {
      await apollo.stop();
      await authListener?.stop();
    },
  };
}
