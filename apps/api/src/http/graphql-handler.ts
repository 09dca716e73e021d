import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import { type Logger } from '../config/logger.js';
import { PRECOMPUTED, type Precomputed, runCompiled } from '../graphql-executor.js';
import { type KnownQueries, type KnownRequest } from './known-queries.js';
import { clearingCookie, type CookieOptions, readCookie, serializeCookie } from './cookies.js';

/** What resolvers may read from and write to the HTTP exchange (instead of a framework's req/res). */
export type HttpExchange = {
  requestId: string;
  header: (name: string) => string | undefined;
  cookie: (name: string) => string | undefined;
  setCookie: (name: string, value: string, options: CookieOptions) => void;
  clearCookie: (name: string, options: CookieOptions) => void;
  /** Adds a response header's value to `Vary`. */
  vary: (header: string) => void;
};

export type GraphQLHandlerOptions<TContext extends object> = {
  apollo: ApolloServer<TContext>;
  context: (exchange: HttpExchange) => Promise<TContext>;
  logger: Logger;
  /** Headers every answer carries (the security headers). */
  headers: readonly (readonly [string, string])[];
  bodyLimitBytes: number;
  /** Answers repeats of query documents Apollo already accepted without its pipeline (known-queries.ts). */
  knownQueries?: KnownQueries;
};

const REQUEST_ID = /^[\w.-]{1,100}$/;

/** The request's X-Request-Id when it is a sane token, otherwise a new UUID. */
export const requestIdOf = (header: string | string[] | undefined): string =>
  typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();

/**
 * One log line when the response is finished: method, URL, status and milliseconds, with the request id when
 * `log` is not already a child logger carrying it.
 */
export function logWhenFinished(
  log: Logger,
  req: IncomingMessage,
  res: ServerResponse,
  requestId?: string,
): void {
  const started = process.hrtime.bigint();
  res.once('finish', () => {
    const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
    const line = { method: req.method, url: req.url, status: res.statusCode, ms };
    log.info(requestId === undefined ? line : { requestId, ...line }, 'request');
  });
}

/** What Apollo reads of the request's headers (CSRF prevention, content negotiation); resolvers use the exchange. */
const APOLLO_HEADERS = ['content-type', 'accept', 'x-apollo-operation-name', 'apollo-require-preflight'];

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `The body is over ${limit} bytes.`);
  // Events rather than `for await`: an async iterator per request costs more than the small bodies it reads.
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      reject(new HttpError(413, 'PAYLOAD_TOO_LARGE', `The body is over ${limit} bytes.`));
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}

const isJson = (contentType: string | undefined) =>
  contentType !== undefined && /^application\/(.+\+)?json\b/i.test(contentType.trim());

/**
 * Serves /graphql straight from node:http through Apollo Server's own integration API
 * (executeHTTPGraphQLRequest): the JSON body read within a limit, the request id and log line, the security
 * headers and the cookies resolvers set. A web framework's router, body parser and cookie parser in front of it
 * cost more than half of a small list's CPU (measured: 2.6k against 6.5k req/s for a constant answer).
 */
export function graphqlHandler<TContext extends object>(options: GraphQLHandlerOptions<TContext>) {
  const { apollo, logger, headers, bodyLimitBytes } = options;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const requestId = requestIdOf(req.headers['x-request-id']);
    // No child logger per request: the access line names the id itself (a child's bindings cost more).
    logWhenFinished(logger, req, res, requestId);
    for (const [name, value] of headers) res.setHeader(name, value);
    res.setHeader('x-request-id', requestId);
    const cookies: string[] = [];
    const varies: string[] = [];
    const exchange: HttpExchange = {
      requestId,
      header: (name) => {
        const value = req.headers[name.toLowerCase()];
        return Array.isArray(value) ? value.join(', ') : value;
      },
      cookie: (name) => readCookie(req.headers.cookie, name),
      setCookie: (name, value, cookieOptions) => cookies.push(serializeCookie(name, value, cookieOptions)),
      clearCookie: (name, cookieOptions) => cookies.push(clearingCookie(name, cookieOptions)),
      vary: (header) => varies.push(header),
    };
    const writeHead = (status: number) => {
      if (cookies.length > 0) res.setHeader('set-cookie', cookies);
      if (varies.length > 0) {
        const current = res.getHeader('vary');
        res.setHeader('vary', [current, ...varies].filter(Boolean).join(', '));
      }
      res.statusCode = status;
    };
    const writeAnswer = (status: number, contentType: string | undefined, answer: string) => {
      if (contentType) res.setHeader('content-type', contentType);
      writeHead(status);
      res.setHeader('content-length', Buffer.byteLength(answer));
      res.end(answer);
    };
    /**
     * Runs a known query and answers it when it has no errors; otherwise hands back the context, carrying the
     * outcome, that Apollo formats the answer with (or the context's own failure).
     */
    const runKnown = async (known: KnownRequest): Promise<(() => Promise<TContext>) | null> => {
      let context: TContext;
      try {
        context = await options.context(exchange);
      } catch (error) {
        return () => Promise.reject(error);
      }
      let precomputed: Precomputed;
      try {
        const result = await runCompiled(known.query, context, known.variables);
        if (!result.errors?.length) {
          writeAnswer(200, known.contentType, JSON.stringify({ data: result.data }));
          return null;
        }
        precomputed = { result };
      } catch (thrown) {
        precomputed = { thrown };
      }
      (context as { [PRECOMPUTED]?: Precomputed })[PRECOMPUTED] = precomputed;
      return () => Promise.resolve(context);
    };
    try {
      const method = (req.method ?? 'GET').toUpperCase();
      const raw = method === 'POST' ? await readBody(req, bodyLimitBytes) : '';
      let body: unknown;
      if (method === 'POST' && isJson(req.headers['content-type']) && raw.length > 0) {
        try {
          body = JSON.parse(raw);
        } catch {
          throw new HttpError(400, 'BAD_REQUEST', 'The body is not valid JSON.');
        }
      }
      const accept = req.headers.accept;
      const known = method === 'POST' ? (options.knownQueries?.match(body, accept) ?? null) : null;
      let context = () => options.context(exchange);
      if (known) {
        const formatWith = await runKnown(known);
        if (!formatWith) return;
        context = formatWith;
      }
      const requestHeaders = new HeaderMap();
      for (const name of APOLLO_HEADERS) {
        const value = req.headers[name];
        if (value !== undefined) requestHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const at = (req.url ?? '').indexOf('?');
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method,
          headers: requestHeaders,
          search: at < 0 ? '' : (req.url ?? '').slice(at),
          body,
        },
        context,
      });
      const status = response.status ?? 200;
      for (const [key, value] of response.headers) res.setHeader(key, value);
      if (response.body.kind === 'complete') {
        if (method === 'POST' && status === 200) {
          options.knownQueries?.learnContentType(accept, response.headers.get('content-type'));
        }
        writeAnswer(status, undefined, response.body.string);
        return;
      }
      writeHead(status);
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      const known = error instanceof HttpError;
      if (!known) logger.error({ err: error, requestId }, 'GraphQL request failed outside Apollo');
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const status = known ? error.status : 500;
      if (status === 413) {
        // Let the rest of the upload drain so the client reads the answer, then close the connection.
        req.resume();
        res.setHeader('connection', 'close');
      }
      const body = JSON.stringify({
        errors: [
          {
            message: known ? error.message : 'Internal server error',
            extensions: { code: known ? error.code : 'INTERNAL_SERVER_ERROR' },
          },
        ],
      });
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(body);
    }
  };
}
