import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { resolveSession } from '../../auth/resolve-session.js';
import { SESSION_COOKIE } from '../../auth/session.service.js';
import { type Orm } from '../../db/database.js';
import { readCookie } from '../../http/cookies.js';
import { requestLanguage } from '../../request-language.js';
import { importRoster } from './staff-import.js';

/** Largest roster file the upload takes: a province's roster of 100,000 rows is about 11 MB. */
const UPLOAD_LIMIT_BYTES = 64 * 1024 * 1024;

class TooLarge extends Error {}

/** The request body's chunks as they arrive, within the limit (the file is never held whole). */
async function* bodyOf(req: Request, limit: number): AsyncGenerator<Buffer> {
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new TooLarge(`The file is over ${limit / 1024 / 1024} MB.`);
    yield chunk;
  }
}
export const ROSTER_UPLOAD_PATH = '/api/imports/roster';

const refuse = (res: Response, status: number, code: string, message: string, field?: string) =>
  res.status(status).json({ errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] });

/**
 * `POST /api/imports/roster[?dryRun=true]` with the CSV as a `text/csv` body (the same columns and rules as the
 * importStaff mutation, whose GraphQL body stops at 1 MB): ADMIN only, all or nothing. The answer streams as
 * NDJSON, one `{"progress": {phase, done, total}}` line per step and a last `{"result": StaffImportResult}` (or
 * `{"error": …}`) line, its messages in the Accept-Language's language, so a client shows progress while a large file is checked and written. Requiring
 * `text/csv` (not a CORS-safelisted type) keeps other sites from posting with the user's cookie.
 */
export function rosterUpload(orm: Orm): Router {
  const router = express.Router();
  router.post(
    ROSTER_UPLOAD_PATH,
    (req: Request, res: Response, next: NextFunction) => {
      if (!req.is('text/csv')) {
        refuse(res, 415, 'BAD_USER_INPUT', 'Send the roster as a text/csv body.', 'csv');
        return;
      }
      if (Number(req.get('content-length') ?? 0) > UPLOAD_LIMIT_BYTES) {
        req.resume();
        res.setHeader('connection', 'close');
        refuse(
          res,
          413,
          'PAYLOAD_TOO_LARGE',
          `The file is over ${UPLOAD_LIMIT_BYTES / 1024 / 1024} MB.`,
          'csv',
        );
        return;
      }
      next();
    },
    async (req: Request, res: Response) => {
      const em = orm.em.fork();
      const user = await resolveSession(em, readCookie(req.get('cookie'), SESSION_COOKIE));
      if (!user) return refuse(res, 401, 'UNAUTHENTICATED', 'Sign in first.');
      if (!user.hasRegionRole('ADMIN'))
        return refuse(res, 403, 'FORBIDDEN', 'Importing the roster needs the ADMIN role.');
      if (req.get('content-length') === '0')
        return refuse(res, 400, 'BAD_USER_INPUT', 'The CSV is empty.', 'csv');
      const dryRun = req.query.dryRun === 'true' || req.query.dryRun === '1';
      res.status(200).type('application/x-ndjson');
      const line = (value: unknown) => res.write(`${JSON.stringify(value)}\n`);
      try {
        const result = await importRoster(em, bodyOf(req, UPLOAD_LIMIT_BYTES), {
          dryRun,
          language: requestLanguage(req.get('accept-language')),
          onProgress: (progress) => line({ progress }),
        });
        line({ result });
      } catch (error) {
        if (error instanceof TooLarge) {
          // Sent without a length and past the limit on the way: nothing was written.
          line({ error: { message: error.message, code: 'PAYLOAD_TOO_LARGE', field: 'csv' } });
          // The rest of the upload is not read: close the connection once the answer is out.
          res.end(() => req.destroy());
          return;
        } else {
          req.log.error({ err: error }, 'roster upload failed');
          line({ error: { message: 'Internal server error', code: 'INTERNAL_SERVER_ERROR' } });
        }
      }
      res.end();
    },
  );
  return router;
}
