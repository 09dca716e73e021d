import { pino, type Logger } from 'pino';
import { type Env } from './env.js';

export type { Logger };

/** Structured JSON logs on stdout; secrets and session cookies are redacted. */
export function createLogger(env: Pick<Env, 'LOG_LEVEL'>): Logger {
  return pino({
    level: env.LOG_LEVEL,
    base: { service: 'formasi-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: ['req.headers.cookie', 'req.headers.authorization', 'password', '*.password'],
  });
}
