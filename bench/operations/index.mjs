// The operations `pnpm bench` sends: the admin's first-load queries (inlined from its pages and fragments) and the
// README's reporting examples, each with its PostGraphile equivalent (same columns, PostGraphile's names) and the
// floor's SQL. `depth` is the nesting depth the statement target is measured against (bench/README.md: the list
// or object is 1, every relation level below it adds 1, sibling relations do not; several root fields add up).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FLOOR_SQL } from './floor-sql.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const read = (target, name) => readFileSync(join(HERE, target, `${name}.graphql`), 'utf8');

/** The admin sends its language (Bahasa Indonesia by default); the README's curl examples send none. */
const ADMIN = { 'accept-language': 'id' };
const README = {};

const firstPage = (first) => ({ first, offset: 0 });

/**
 * source: where the document comes from; admin: compare with the admin's generated document of that name;
 * tags: `list` (≥ 1.0× PostGraphile), `gap` (p50 ≤ 50 ms un-queued, all 10 concurrent answered within 2 s).
 */
const DEFINITIONS = [
  {
    name: 'PositionsPage',
    source: 'apps/admin/src/routes/positions/PositionsPage.tsx + PositionsTable_position',
    admin: true,
    tags: ['list'],
    depth: 2,
    depthNote: 'positions → unit, sector',
    formasi: () => ({ ...firstPage(50), sort: 'NAME_ASC', filter: { includeArchived: false } }),
    postgraphile: () => firstPage(50),
  },
  {
    name: 'UnitsPage',
    source: 'apps/admin/src/routes/units/UnitsPage.tsx + UnitsTable_unit',
    admin: true,
    tags: ['list'],
    depth: 2,
    depthNote: 'units → sector, parent, kecamatan',
    formasi: () => ({ ...firstPage(100), sort: 'NAME_ASC', filter: { includeArchived: false } }),
    postgraphile: () => firstPage(100),
  },
  {
    name: 'SectorsPage',
    source: 'apps/admin/src/routes/sectors/SectorsPage.tsx + SectorsTable_sector (default page size 20)',
    admin: true,
    tags: ['list'],
    depth: 1,
    depthNote: 'sectors',
    formasi: () => ({ ...firstPage(20), sort: 'NAME_ASC', filter: { includeArchived: false } }),
    postgraphile: () => firstPage(20),
  },
  {
    name: 'StaffPage',
    source: 'apps/admin/src/routes/staff/StaffPage.tsx + StaffTable_staffMember (default page size 20)',
    admin: true,
    tags: ['list'],
    depth: 2,
    depthNote: 'staff → position (also read by retirementDate), unit',
    formasi: () => ({ ...firstPage(20), filter: { includeArchived: false } }),
    postgraphile: () => firstPage(20),
  },
  {
    name: 'NeedsAnalysesPage',
    source: 'apps/admin/src/routes/needs/NeedsAnalysesPage.tsx + NeedsAnalysesTable_needsAnalysis',
    admin: true,
    tags: ['list'],
    depth: 3,
    depthNote:
      'analyses → unit; totalFte/totalHeadcount: stored columns in Formasi (its needs read model), position needs → workload items for the peers',
    formasi: ({ year }) => ({ ...firstPage(20), filter: { year, latestOnly: true } }),
    postgraphile: ({ year }) => ({ ...firstPage(20), year }),
    postgraphileNote:
      'PostGraphile lists every version (no latestOnly): its totalCount is larger when units have several',
  },
  {
    name: 'StakeholdersPage',
    source: 'apps/admin/src/routes/stakeholders/StakeholdersPage.tsx + StakeholderInputsTable_input',
    admin: true,
    tags: ['list'],
    depth: 2,
    depthNote: 'inputs → sector, unit, position',
    formasi: ({ year }) => ({ year }),
    postgraphile: ({ year }) => ({ year }),
  },
  {
    name: 'UsersPage',
    source: 'apps/admin/src/routes/users/UsersPage.tsx + UsersTable_user + UserEditModal_user',
    admin: true,
    tags: ['list'],
    depth: 4,
    depthNote: 'me (1) + users → grants → unit (3)',
    formasi: () => ({}),
    postgraphile: ({ email }) => ({ email }),
  },
  {
    name: 'SectorSelectOptions',
    source: 'apps/admin/src/routes/sectors/components/SectorSelect.tsx (position and unit filters)',
    admin: true,
    tags: ['list'],
    depth: 1,
    depthNote: 'sectors',
    formasi: () => ({}),
    postgraphile: () => ({}),
  },
  {
    name: 'UnitSelectOptions',
    source: 'apps/admin/src/routes/units/components/UnitSelect.tsx (position, staff and needs filters)',
    admin: true,
    tags: ['list'],
    depth: 1,
    depthNote: 'units',
    formasi: () => ({ filter: {} }),
    postgraphile: () => ({}),
  },
  {
    name: 'KecamatanSelectOptions',
    source: 'apps/admin/src/routes/units/components/KecamatanSelect.tsx (unit filters)',
    admin: true,
    tags: ['list'],
    depth: 1,
    depthNote: 'kecamatans',
    formasi: () => ({}),
    postgraphile: () => ({}),
  },
  {
    name: 'AppShell',
    source: 'apps/admin/src/routes/shell/AppShell.tsx + UserMenu_user (every page)',
    admin: true,
    tags: [],
    depth: 2,
    depthNote: 'me → roles',
    formasi: () => ({}),
    postgraphile: ({ email }) => ({ email }),
  },
  {
    name: 'HomePage',
    source: 'apps/admin/src/routes/home/HomePage.tsx (Beranda, first of its two queries)',
    admin: true,
    tags: [],
    depth: 4,
    depthNote: 'me + three counts, 1 each',
    formasi: () => ({}),
    postgraphile: ({ email }) => ({ email }),
  },
  {
    name: 'HomePlanning',
    source: 'apps/admin/src/routes/home/PlanningOverview.tsx (Beranda, second query)',
    admin: true,
    tags: [],
    depth: 5,
    depthNote: 'gapSummary (1) + gaps → position, unit (2) + status counts (1) + planning year (1)',
    formasi: ({ year }) => ({ year }),
    floor: false,
  },
  {
    name: 'GapsPageList',
    source: 'apps/admin/src/routes/gaps/GapRanking.tsx + GapTable_gap + GapExplanationDrawer_gap',
    admin: true,
    tags: ['gap'],
    depth: 2,
    depthNote: 'gaps → position, unit, sector, kecamatan',
    formasi: ({ year }) => ({ year, horizon: 0, ...firstPage(50), filter: {}, sort: 'PRIORITY_DESC' }),
  },
  {
    name: 'GapsPageRecap',
    source: 'apps/admin/src/routes/gaps/GapsPage.tsx + GapSummaryTable_row (recap by sector)',
    admin: true,
    tags: ['gap'],
    depth: 1,
    depthNote: 'gapSummary',
    formasi: ({ year }) => ({ year, horizon: 0, groupBy: 'SECTOR' }),
  },
  {
    name: 'GapsPageSummary',
    source:
      'apps/admin/src/routes/gaps/GapsPage.tsx + GapKpis_row, SectorNeedChart_row, KecamatanGapChart_row',
    admin: true,
    tags: ['gap'],
    depth: 3,
    depthNote: 'three gapSummary roots, 1 each',
    formasi: ({ year }) => ({ year, horizon: 0 }),
  },
  {
    name: 'GapsPageWave',
    source: 'apps/admin/src/routes/gaps/GapsPage.tsx + RetirementWaveChart_year',
    admin: true,
    tags: [],
    depth: 1,
    depthNote: 'retirementWave',
    formasi: ({ year }) => ({ year }),
  },
  {
    name: 'ReadmePositionsSearch',
    source: 'README.md "GraphiQL and reporting tools" (positions search)',
    headers: README,
    tags: [],
    depth: 3,
    depthNote: 'positions → unit → kecamatan; sector',
    formasi: () => ({}),
    postgraphileNote: 'no equivalent: PostGraphile 4 has no text search without the connection-filter plugin',
  },
  {
    name: 'ReadmeUnitsByKind',
    source: 'README.md "A reporting tool talks plain HTTP" (curl example)',
    headers: README,
    tags: ['list'],
    depth: 2,
    depthNote: 'units → kecamatan',
    formasi: () => ({}),
    postgraphile: () => ({}),
  },
  {
    name: 'ReadmeGapReport',
    source: 'README.md "For reporting tools" (gapSummary + retirementWave)',
    headers: README,
    tags: ['gap'],
    depth: 2,
    depthNote: 'gapSummary (1) + retirementWave (1)',
    formasi: ({ year }) => ({ year }),
  },
];

/** Every operation with its documents read; `postgraphile` / `floor` are null where the peer has none. */
export function loadOperations() {
  return DEFINITIONS.map((definition) => ({
    ...definition,
    headers: definition.headers ?? ADMIN,
    document: read('formasi', definition.name),
    postgraphileDocument: definition.postgraphile ? read('postgraphile', definition.name) : null,
    floor: definition.floor === false ? null : (FLOOR_SQL[definition.name] ?? null),
  }));
}
