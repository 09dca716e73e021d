import { type Request, type Response } from 'express';
import { EMBLEM_PATH, type Emblem } from '../../config/emblem.js';
import { type Env } from '../../config/env.js';

/** What the admin shows of the region: its name, the agency and the emblem (or none). Public. */
export type RegionInfo = { name: string; agency: string; emblemUrl: string | null };

export function regionInfo(env: Env): RegionInfo {
  const { emblem } = env;
  return {
    name: env.FORMASI_REGION_NAME,
    agency: env.FORMASI_AGENCY_NAME,
    emblemUrl: emblem ? `${EMBLEM_PATH}?v=${emblem.etag.slice(1, 9)}` : null,
  };
}

/** GET /region/emblem: the configured picture, revalidated by its ETag; 404 when none is configured. */
export function serveEmblem(emblem: Emblem | null) {
  return (req: Request, res: Response) => {
    if (!emblem) {
      res.status(404).type('text').send('No emblem is configured (FORMASI_REGION_EMBLEM).');
      return;
    }
    res.setHeader('etag', emblem.etag);
    // The URL carries a version of the picture, so browsers may keep it for a day.
    res.setHeader('cache-control', 'public, max-age=86400');
    if (req.headers['if-none-match'] === emblem.etag) {
      res.status(304).end();
      return;
    }
    // An SVG is served as a picture only: nothing it embeds may run.
    if (emblem.contentType === 'image/svg+xml')
      res.setHeader('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
    res.type(emblem.contentType).send(emblem.body);
  };
}
