import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { type Emblem, readEmblem } from './emblem.js';

const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(
      /^postgres(ql)?:\/\//,
      'must be a postgres:// URL (leave it unset for the embedded SQLite database)',
    )
    .optional(),
  FORMASI_DATA_DIR: z.string().min(1).default('./data'),
  FORMASI_SEED: z.enum(['auto', 'demo', 'none']).default('auto'),
  FORMASI_ADMIN_EMAIL: z.email().optional(),
  FORMASI_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  FORMASI_INTROSPECTION: booleanString.default(true),
  FORMASI_COOKIE_SECURE: booleanString.default(false),
  FORMASI_SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  FORMASI_TRUST_PROXY: booleanString.default(false),
  /** How long a checked session is trusted without reading it again (PostgreSQL only; 0 turns the cache off). */
  FORMASI_SESSION_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(15),
  /**
   * How far V8 lets the heap grow past what a full collection kept, in percent (V8's --heap-growing-percent; 0
   * leaves V8's own factor, up to 4×). 50 keeps the server within about 200 MB under the bench's load.
   */
  FORMASI_HEAP_GROWING_PERCENT: z.coerce.number().int().min(0).max(300).default(50),
  FORMASI_ADMIN_DIST: z.string().optional(),
  /** The region and agency the admin names in its header and on the sign-in page. */
  FORMASI_REGION_NAME: z.string().trim().min(1).max(100).default('Kota Sawahlunto'),
  FORMASI_AGENCY_NAME: z.string().trim().min(1).max(100).default('BKPSDM'),
  /** A PNG, SVG, JPEG or WebP file of the region's emblem, up to 512 KB; without it the admin shows an initial. */
  FORMASI_REGION_EMBLEM: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof envSchema> & {
  /** Absolute data directory; relative values resolve against the directory the command was started from. */
  dataDir: string;
  dialect: 'sqlite' | 'postgresql';
  /** FORMASI_REGION_EMBLEM's picture, read once, or null. */
  emblem: Emblem | null;
};

export class EnvError extends Error {}

/** Reads and validates the environment once; every variable is listed in .env.example and the README. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const blankToUndefined = Object.fromEntries(
    Object.entries(source).map(([key, value]) => [key, value === '' ? undefined : value]),
  );
  const parsed = envSchema.safeParse(blankToUndefined);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new EnvError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  if ((env.FORMASI_ADMIN_EMAIL === undefined) !== (env.FORMASI_ADMIN_PASSWORD === undefined)) {
    throw new EnvError(
      'Invalid configuration:\n  FORMASI_ADMIN_EMAIL and FORMASI_ADMIN_PASSWORD must be set together',
    );
  }
  const base = source.INIT_CWD ?? process.cwd();
  const dataDir = isAbsolute(env.FORMASI_DATA_DIR)
    ? env.FORMASI_DATA_DIR
    : resolve(base, env.FORMASI_DATA_DIR);
  let emblem: Emblem | null;
  try {
    emblem = readEmblem(env.FORMASI_REGION_EMBLEM && resolve(base, env.FORMASI_REGION_EMBLEM));
  } catch (error) {
    throw new EnvError(`Invalid configuration:\n  FORMASI_REGION_EMBLEM: ${(error as Error).message}`);
  }
  return { ...env, dataDir, dialect: env.DATABASE_URL ? 'postgresql' : 'sqlite', emblem };
}
