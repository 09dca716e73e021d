import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { type RegionQuery as RegionAnswer } from '../gql/graphql';

/** The region's name, agency and emblem: the server's configuration (FORMASI_REGION_*), public. */
export const RegionQuery = graphql(`
  query Region {
    region {
      name
      agency
      emblemUrl
    }
  }
`);

export type RegionInfo = RegionAnswer['region'];

// The configuration rarely changes: one answer serves the whole visit.
const CONTEXT = { requestPolicy: 'cache-first' as const };

/** The configured region, or undefined until the server has answered. */
export function useRegion(): RegionInfo | undefined {
  const [{ data }] = useQuery({ query: RegionQuery, context: CONTEXT });
  return data?.region;
}

const KIND_PREFIX = /^(kota|kabupaten|kab\.|provinsi)\s+/i;

/** The tile's letter when no emblem is configured: "S" for Kota Sawahlunto. */
export function regionInitial(name: string | undefined): string {
  const bare = (name ?? '').trim().replace(KIND_PREFIX, '');
  return (bare[0] ?? 'F').toUpperCase();
}

/** The region's emblem, or its initial on a tile when none is configured. Decorative: the name stands next to it. */
export function RegionEmblem({ region, size = 32 }: { region: RegionInfo | undefined; size?: number }) {
  if (region?.emblemUrl) {
    return (
      <img
        className="formasi-brand-emblem"
        src={region.emblemUrl}
        alt=""
        width={size}
        height={size}
        data-testid="region-emblem"
      />
    );
  }
  return (
    <span className="formasi-brand-mark" aria-hidden style={{ width: size, height: size }}>
      {regionInitial(region?.name)}
    </span>
  );
}

/** "Pemerintah Kota Sawahlunto — BKPSDM", or nothing until the region is known. */
export function GovernmentName({ region }: { region: RegionInfo | undefined }) {
  const { t } = useTranslation();
  return region ? t('app.government', { region: region.name, agency: region.agency }) : null;
}
