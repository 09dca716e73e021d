// The floor: each operation answered by one hand-written SQL statement that builds the whole JSON response
// (`{"data": …}` in Formasi's shape, totalCount included), which bench/floor.mjs writes out as it is. Each entry's
// `sql` takes the request's variables (only first-load variables are honoured: page, year, horizon, grouping) and the
// floor's context ({ email, gapRows: whether the database has Formasi's gap_row table, staffLeaving: whether
// staff_member stores retires_on / leaves_on / leaving_reason }); `params` gives the
// statement's parameters; `approximate(context)` names what the floor leaves out or simplifies.

/** A timestamptz as the ISO-8601 text Formasi's DateTimeISO scalar prints. */
const iso = (column) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** First of the month after the BUP birthday (core's retirementDate), as YYYY-MM-DD. */
const retirementDate = (member, position) =>
  `to_char(make_date(substr(${member}.birth_date, 1, 4)::int + ${position}.retirement_age, ` +
  `substr(${member}.birth_date, 6, 2)::int, 1) + interval '1 month', 'YYYY-MM-DD')`;

const idName = (alias) => `json_build_object('id', ${alias}.id, 'name', ${alias}.name)`;
const nullableIdName = (alias) => `case when ${alias}.id is null then null else ${idName(alias)} end`;
const edges = (node, from, order) =>
  `coalesce((select json_agg(json_build_object('node', ${node}) order by ${order}) from ${from}), '[]'::json)`;
const respond = (fields) => `select json_build_object('data', json_build_object(${fields}))::text as body`;
const page = (v) => [v.first ?? 20, v.offset ?? 0];

/** Active staff with the year they leave and why, from the columns Formasi stores (context.staffLeaving). */
const storedLeavers = (where) => `
  select sm.position_id, p.sector_id, greatest($1::int, substr(sm.leaves_on, 1, 4)::int) as leave_year,
    sm.leaving_reason as reason
  from staff_member sm
  join position p on p.id = sm.position_id
  where sm.archived_at is null ${where}`;

/**
 * Active staff with the date and reason they leave (core's leavingDateOf: retirement, an earlier PPPK contract end
 * or an earlier transfer) and the year that counts (an overdue date counts in the first year, $1); from the stored
 * columns when the database has them.
 */
const leavers = (where, context) => (context?.staffLeaving ? storedLeavers(where) : computedLeavers(where));
const computedLeavers = (where) => `
  select sm.position_id, p.sector_id,
    greatest($1::int, substr(least(l.retires, l.contract, sm.transfer_date), 1, 4)::int) as leave_year,
    case
      when sm.transfer_date < least(l.retires, coalesce(l.contract, l.retires)) then 'TRANSFER'
      when l.contract < l.retires then 'CONTRACT_END'
      else 'RETIREMENT'
    end as reason
  from staff_member sm
  join position p on p.id = sm.position_id
  cross join lateral (
    select ${retirementDate('sm', 'p')} as retires,
      case when sm.employment_type = 'PPPK' then sm.contract_end end as contract
  ) l
  where sm.archived_at is null ${where}`;

/**
 * Gap rows of year $1 at horizon $2 from the source tables (there is no stored gap table yet): the newest analysis
 * per unit, each position need's demand (workload FTE or the service standard, core's chooseDemand) rounded by
 * the year's rule, staff and leavers per position. gap = headcount − (staff − leaving).
 */
const gapRows = `
  cfg as (
    select coalesce(max(effective_hours), 1250) as hours, coalesce(max(rounding_rule), 'HALF_UP') as rule
    from planning_year where year = $1::int
  ),
  latest as (
    select distinct on (unit_id) id from needs_analysis where year = $1::int order by unit_id, version desc
  ),
  need_rows as (
    select pn.position_id, pn.standard_need, pn.demand_choice,
      coalesce(sum(wi.annual_volume * wi.norm_minutes), 0) / (cfg.hours * 60.0) as fte, count(wi.id) as items
    from position_need pn
    join latest on latest.id = pn.analysis_id
    left join workload_item wi on wi.position_need_id = pn.id
    cross join cfg
    group by pn.id, cfg.hours
  ),
  needs as (
    select position_id,
      case when coalesce(demand_choice,
        case when standard_need is not null and standard_need > fte then 'SERVICE_STANDARD' else 'WORKLOAD' end
      ) = 'SERVICE_STANDARD' then standard_need else fte end as need
    from need_rows where items > 0 or standard_need is not null
  ),
  sized as (
    select needs.position_id, needs.need, (case cfg.rule
      when 'CEIL' then greatest(0, ceil(needs.need - 1e-9))
      when 'FLOOR' then floor(needs.need + 1e-9)
      else floor(needs.need + 0.5 + 1e-9) end)::int as headcount
    from needs cross join cfg
  ),
  leaving as (${leavers('and sm.position_id in (select position_id from sized)')}),
  staffing as (
    select position_id, count(*)::int as staff, (count(*) filter (where leave_year <= $1::int + $2::int))::int as leaving,
      array_agg(leave_year) as years
    from leaving group by position_id
  ),
  gaps as (
    select s.need, s.headcount, coalesce(st.staff, 0) as staff, coalesce(st.leaving, 0) as leaving,
      coalesce(st.years, '{}') as years,
      s.headcount - (coalesce(st.staff, 0) - coalesce(st.leaving, 0)) as gap,
      p.id as pid, p.name as pname, p.kind as pkind, u.id as uid, u.name as uname,
      sec.id as sid, sec.name as sname, k.id as kid, k.name as kname
    from sized s
    join position p on p.id = s.position_id
    join unit u on u.id = p.unit_id
    join sector sec on sec.id = p.sector_id
    left join kecamatan k on k.id = u.kecamatan_id
    left join staffing st on st.position_id = s.position_id
  ),
  ranked as (
    select gaps.*,
      round(least(100, 100.0 * greatest(gap, 0) / greatest(headcount, 1))::numeric, 1) as priority,
      case when gap > 0 then 'SHORTAGE' when gap < 0 then 'SURPLUS' else 'BALANCED' end as kind
    from gaps
  )`;

/** Gap rows of year $1 at horizon $2 as Formasi stores them (its `gap_row` read model), with their names. */
const storedGapRows = `
  base as (select * from gap_row where year = $1::int and horizon = $2::int),
  ranked as (
    select g.need, g.headcount, g.staff, g.leaving, g.gap, g.kind, g.priority, g.outlook,
      p.id as pid, p.name as pname, p.kind as pkind, u.id as uid, u.name as uname,
      sec.id as sid, sec.name as sname, k.id as kid, k.name as kname
    from gap_row g
    join position p on p.id = g.position_id
    join unit u on u.id = g.unit_id
    join sector sec on sec.id = g.sector_id
    left join kecamatan k on k.id = g.kecamatan_id
    where g.year = $1::int and g.horizon = $2::int
  )`;

/** `gap_row` when the database has it (context.gapRows), else the gaps computed from the source tables. */
const gapSource = (context) => (context.gapRows ? storedGapRows : gapRows);

const GROUPINGS = {
  REGION: ["'REGION'", "'Total'"],
  SECTOR: ['sid::text', 'sname'],
  UNIT: ['uid::text', 'uname'],
  KECAMATAN: ["coalesce(kid::text, 'NONE')", "coalesce(kname, '—')"],
  POSITION: ['pname', 'pname'],
};

/**
 * Over stored rows, group `base` by the id and join the label after (the key column, the label's table and the
 * key and label expressions over it); positions group by name, as Formasi's POSITION roll-up does.
 */
const STORED_GROUPINGS = {
  REGION: ["'REGION'", '', "'REGION'", "'Total'"],
  SECTOR: ['sector_id', 'left join sector n on n.id = grouped.gkey', 'n.id::text', 'n.name'],
  UNIT: ['unit_id', 'left join unit n on n.id = grouped.gkey', 'n.id::text', 'n.name'],
  KECAMATAN: [
    'kecamatan_id',
    'left join kecamatan n on n.id = grouped.gkey',
    "coalesce(n.id::text, 'NONE')",
    "coalesce(n.name, '—')",
  ],
  POSITION: ['(select name from position where id = position_id)', '', 'grouped.gkey', 'grouped.gkey'],
};

const SUMS = `sum(headcount) as need, sum(staff) as staff, sum(leaving) as leaving,
  sum(greatest(gap, 0)) as shortage, sum(greatest(-gap, 0)) as surplus, sum(gap) as net, count(*) as rows`;

/** The grouped totals as gapSummary rows: shortage and surplus summed apart, largest shortage first. */
const summaryRows = (from) => `coalesce((select json_agg(json_build_object('key', key, 'label', label,
    'need', need, 'staff', staff, 'leaving', leaving, 'projectedStaff', staff - leaving, 'shortage', shortage,
    'surplus', surplus, 'net', net, 'gapCount', rows) order by shortage desc, label) from (${from}) totals),
  '[]'::json)`;

/** gapSummary over `base` (stored rows) or `ranked` (computed rows). */
function summary(groupBy, context) {
  if (context.gapRows) {
    const [column, join, key, label] = STORED_GROUPINGS[groupBy] ?? STORED_GROUPINGS.SECTOR;
    return summaryRows(`select ${key} as key, ${label} as label, grouped.*
      from (select ${column} as gkey, ${SUMS} from base group by 1) grouped ${join}`);
  }
  const [key, label] = GROUPINGS[groupBy] ?? GROUPINGS.SECTOR;
  return summaryRows(`select ${key} as key, ${label} as label, ${SUMS} from ranked group by 1, 2`);
}

/** retirementWave over `wave_leavers`: leavers per year and reason for the five years from $1. */
const wave = `coalesce((select json_agg(json_build_object('year', y, 'retirements', r, 'contractEnds', c,
    'transfers', t, 'total', r + c + t) order by y)
  from (select y,
      count(*) filter (where w.reason = 'RETIREMENT') as r,
      count(*) filter (where w.reason = 'CONTRACT_END') as c,
      count(*) filter (where w.reason = 'TRANSFER') as t
    from generate_series($1::int, $1::int + 4) y left join wave_leavers w on w.leave_year = y
    group by y) years), '[]'::json)`;

const gapFields = `json_build_object('id', $1::int || ':' || uid || ':' || pid, 'year', $1::int,
  'position', json_build_object('id', pid, 'name', pname, 'kind', pkind),
  'unit', json_build_object('id', uid, 'name', uname), 'sector', json_build_object('id', sid, 'name', sname),
  'kecamatan', case when kid is null then null else json_build_object('id', kid, 'name', kname) end,
  'need', need, 'headcount', headcount, 'staff', staff, 'leaving', leaving, 'projectedStaff', staff - leaving,
  'gap', gap, 'kind', kind, 'priority', priority, 'explanationSummary', '', 'explanation', '[]'::json,
  'factors', '[]'::json, 'outlook', OUTLOOK)`;

/** A gap's outlook: stored with the row, or counted from its leavers' years. */
const computedOutlook = `(select json_agg(json_build_object('year', y,
      'leavingInYear', (select count(*) from unnest(years) l where l = y),
      'leavingByYear', (select count(*) from unnest(years) l where l <= y),
      'projectedStaff', staff - (select count(*) from unnest(years) l where l <= y),
      'gap', headcount - staff + (select count(*) from unnest(years) l where l <= y)) order by y)
    from generate_series($1::int, $1::int + 4) y)`;
const gapNode = (context) => gapFields.replace('OUTLOOK', context.gapRows ? 'outlook' : computedOutlook);

const GAP_APPROXIMATION = (context) =>
  context.gapRows
    ? 'gaps read from gap_row (Formasi’s read model); no explanation or factors'
    : 'gaps computed from the source tables (no gap_row table); priority is a simple proxy (shortage / need), no explanation or factors';

export const FLOOR_SQL = {
  PositionsPage: {
    sql: () =>
      respond(`'positions', json_build_object(
        'totalCount', (select count(*) from position where archived_at is null),
        'edges', ${edges(
          `json_build_object('id', p.id, 'name', p.name, 'kind', p.kind, 'level', p.level,
            'isTeacher', p.is_teacher, 'educationLevels', p.education_levels, 'retirementAge', p.retirement_age,
            'archived', p.archived_at is not null, 'unit', ${idName('u')}, 'sector', ${idName('s')})`,
          `(select * from position where archived_at is null order by name, id limit $1 offset $2) p
            join unit u on u.id = p.unit_id join sector s on s.id = p.sector_id`,
          'p.name, p.id',
        )})`),
    params: page,
  },
  UnitsPage: {
    sql: () =>
      respond(`'units', json_build_object(
        'totalCount', (select count(*) from unit where archived_at is null),
        'edges', ${edges(
          `json_build_object('id', u.id, 'code', u.code, 'name', u.name, 'kind', u.kind,
            'archived', u.archived_at is not null, 'sector', ${idName('s')}, 'parent', ${nullableIdName('pu')},
            'kecamatan', ${nullableIdName('k')})`,
          `(select * from unit where archived_at is null order by name, id limit $1 offset $2) u
            join sector s on s.id = u.sector_id left join unit pu on pu.id = u.parent_id
            left join kecamatan k on k.id = u.kecamatan_id`,
          'u.name, u.id',
        )})`),
    params: page,
  },
  SectorsPage: {
    sql: () =>
      respond(`'sectors', json_build_object(
        'totalCount', (select count(*) from sector where archived_at is null),
        'edges', ${edges(
          `json_build_object('id', s.id, 'code', s.code, 'name', s.name, 'description', s.description,
            'archived', s.archived_at is not null, 'updatedAt', ${iso('s.updated_at')})`,
          '(select * from sector where archived_at is null order by name, id limit $1 offset $2) s',
          's.name, s.id',
        )})`),
    params: page,
  },
  StaffPage: {
    sql: (_v, context) =>
      respond(`'staffMembers', json_build_object(
        'totalCount', (select count(*) from staff_member where archived_at is null),
        'edges', ${edges(
          `json_build_object('id', m.id, 'nip', m.nip, 'name', m.name, 'gender', m.gender,
            'employmentType', m.employment_type, 'contractEnd', m.contract_end, 'transferDate', m.transfer_date,
            'tmt', m.tmt, 'retirementDate', ${context.staffLeaving ? 'm.retires_on' : retirementDate('m', 'p')}, 'archived', m.archived_at is not null,
            'position', ${idName('p')}, 'unit', ${idName('u')})`,
          `(select * from staff_member where archived_at is null order by name, id limit $1 offset $2) m
            join position p on p.id = m.position_id join unit u on u.id = m.unit_id`,
          'm.name, m.id',
        )})`),
    params: page,
  },
  NeedsAnalysesPage: {
    // The newest version per unit of the year, by unit name; totals from the position needs as in Formasi.
    sql: () => `with cfg as (
        select coalesce(max(effective_hours), 1250) as hours, coalesce(max(rounding_rule), 'HALF_UP') as rule
        from planning_year where year = $3
      ),
      latest as (
        select distinct on (unit_id) * from needs_analysis where year = $3 order by unit_id, version desc
      ),
      shown as (
        select a.*, u.code as ucode, u.name as uname from latest a join unit u on u.id = a.unit_id
        order by a.year desc, u.name, a.version desc limit $1 offset $2
      ),
      need_rows as (
        select pn.analysis_id, pn.standard_need, pn.demand_choice,
          coalesce(sum(wi.annual_volume * wi.norm_minutes), 0) / (cfg.hours * 60.0) as fte
        from position_need pn
        left join workload_item wi on wi.position_need_id = pn.id
        cross join cfg
        where pn.analysis_id in (select id from shown)
        group by pn.id, cfg.hours
      ),
      needs as (
        select analysis_id, case when coalesce(demand_choice,
          case when standard_need is not null and standard_need > fte then 'SERVICE_STANDARD' else 'WORKLOAD' end
        ) = 'SERVICE_STANDARD' then standard_need else fte end as need
        from need_rows
      ),
      totals as (
        select analysis_id, sum(need) as fte, sum((case cfg.rule
          when 'CEIL' then greatest(0, ceil(need - 1e-9))
          when 'FLOOR' then floor(need + 1e-9)
          else floor(need + 0.5 + 1e-9) end)::int) as headcount
        from needs cross join cfg group by analysis_id
      )
      ${respond(`'needsAnalyses', json_build_object(
        'totalCount', (select count(*) from latest),
        'edges', ${edges(
          `json_build_object('id', a.id, 'year', a.year, 'version', a.version, 'status', a.status,
            'totalFte', coalesce(t.fte, 0), 'totalHeadcount', coalesce(t.headcount, 0),
            'updatedAt', ${iso('a.updated_at')}, 'unit', json_build_object('id', a.unit_id, 'code', a.ucode,
            'name', a.uname))`,
          'shown a left join totals t on t.analysis_id = a.id',
          'a.year desc, a.uname, a.version desc',
        )})`)}`,
    params: (v) => [...page(v), v.filter?.year ?? new Date().getFullYear() + 1],
  },
  StakeholdersPage: {
    sql: () =>
      respond(`'stakeholderInputs', coalesce((select json_agg(json_build_object('id', i.id, 'year', i.year,
          'source', i.source, 'submittedBy', i.submitted_by, 'summary', i.summary,
          'sector', ${nullableIdName('s')}, 'unit', ${nullableIdName('u')}, 'position', ${nullableIdName('p')},
          'proposedWeight', i.proposed_weight, 'confirmedWeight', i.confirmed_weight,
          'confirmedAt', ${iso('i.confirmed_at')}) order by i.created_at desc)
        from stakeholder_input i left join sector s on s.id = i.sector_id left join unit u on u.id = i.unit_id
        left join position p on p.id = i.position_id where i.year = $1), '[]'::json)`),
    params: (v) => [v.year],
  },
  UsersPage: {
    sql: () =>
      respond(`'me', (select json_build_object('id', id) from app_user where email = $1),
        'users', coalesce((select json_agg(json_build_object('id', a.id, 'name', a.name, 'email', a.email,
            'disabled', a.disabled_at is not null, 'lastLoginAt', ${iso('a.last_login_at')},
            'grants', coalesce((select json_agg(json_build_object('role', r.role, 'unit', ${nullableIdName('u')}))
              from role_assignment r left join unit u on u.id = r.unit_id where r.user_id = a.id), '[]'::json))
            order by a.disabled_at, a.name, a.email)
          from app_user a), '[]'::json)`),
    params: (_v, context) => [context.email],
  },
  HomePage: {
    sql: () =>
      respond(`'me', (select json_build_object('id', id, 'name', name) from app_user where email = $1),
        'sectors', json_build_object('totalCount', (select count(*) from sector where archived_at is null)),
        'units', json_build_object('totalCount', (select count(*) from unit where archived_at is null)),
        'positions', json_build_object('totalCount', (select count(*) from position where archived_at is null))`),
    params: (_v, context) => [context.email],
  },
  AppShell: {
    sql: () =>
      respond(`'me', (select json_build_object('id', a.id, 'name', a.name, 'email', a.email,
          'roles', coalesce((select json_agg(distinct r.role) from role_assignment r where r.user_id = a.id),
            '[]'::json))
        from app_user a where a.email = $1)`),
    params: (_v, context) => [context.email],
  },
  SectorSelectOptions: {
    sql: () =>
      respond(
        `'sectors', json_build_object('edges', ${edges(
          `json_build_object('id', s.id, 'code', s.code, 'name', s.name)`,
          '(select * from sector where archived_at is null order by name, id limit 100) s',
          's.name, s.id',
        )})`,
      ),
    params: () => [],
  },
  UnitSelectOptions: {
    sql: () =>
      respond(
        `'units', json_build_object('edges', ${edges(
          `json_build_object('id', u.id, 'code', u.code, 'name', u.name)`,
          '(select * from unit where archived_at is null order by name, id limit 20) u',
          'u.name, u.id',
        )})`,
      ),
    params: () => [],
  },
  KecamatanSelectOptions: {
    sql: () =>
      respond(`'kecamatans', coalesce((select json_agg(json_build_object('id', k.id, 'code', k.code,
        'name', k.name) order by k.code) from kecamatan k), '[]'::json)`),
    params: () => [],
  },
  ReadmePositionsSearch: {
    sql: () => `with found as (
        select * from position where archived_at is null and name ilike $1 and kind = 'FUNGSIONAL'
      ),
      shown as (select * from found order by name, id limit 20)
      ${respond(`'positions', json_build_object(
        'totalCount', (select count(*) from found),
        'pageInfo', json_build_object('hasNextPage', (select count(*) from found) > 20,
          'endCursor', (select case when count(*) = 0 then null
            else rtrim(translate(encode(convert_to('o:' || (count(*) - 1), 'UTF8'), 'base64'), '+/', '-_'), '=')
            end from shown)),
        'edges', ${edges(
          `json_build_object('name', p.name, 'level', p.level, 'retirementAge', p.retirement_age,
            'unit', json_build_object('name', u.name, 'kecamatan',
              case when k.id is null then null else json_build_object('name', k.name) end),
            'sector', json_build_object('name', s.name))`,
          `shown p join unit u on u.id = p.unit_id join sector s on s.id = p.sector_id
            left join kecamatan k on k.id = u.kecamatan_id`,
          'p.name, p.id',
        )})`)}`,
    params: () => ['%guru%'],
  },
  ReadmeUnitsByKind: {
    sql: () => `with found as (select * from unit where archived_at is null and kind = 'PUSKESMAS')
      ${respond(`'units', json_build_object(
        'totalCount', (select count(*) from found),
        'edges', ${edges(
          `json_build_object('code', u.code, 'name', u.name, 'kecamatan',
            case when k.id is null then null else json_build_object('name', k.name) end)`,
          `(select * from found order by name, id limit 100) u left join kecamatan k on k.id = u.kecamatan_id`,
          'u.name, u.id',
        )})`)}`,
    params: () => [],
  },
  GapsPageList: {
    sql: (_v, context) => `with ${gapSource(context)},
      shown as (select * from ranked order by priority desc, gap desc, uname, pname, pid limit $3 offset $4)
      ${respond(`'gaps', json_build_object('totalCount', (select count(*) from ranked),
        'edges', ${edges(gapNode(context), 'shown', 'priority desc, gap desc, uname, pname, pid')})`)}`,
    params: (v) => [v.year, v.horizon ?? 0, v.first ?? 20, v.offset ?? 0],
    approximate: GAP_APPROXIMATION,
  },
  GapsPageRecap: {
    sql: (v, context) =>
      `with ${gapSource(context)} ${respond(`'gapSummary', ${summary(v.groupBy, context)}`)}`,
    params: (v) => [v.year, v.horizon ?? 0],
    approximate: GAP_APPROXIMATION,
  },
  GapsPageSummary: {
    sql: (_v, context) =>
      `with ${gapSource(context)} ${respond(`'region', ${summary('REGION', context)},
        'bySector', ${summary('SECTOR', context)}, 'byKecamatan', ${summary('KECAMATAN', context)}`)}`,
    params: (v) => [v.year, v.horizon ?? 0],
    approximate: GAP_APPROXIMATION,
  },
  GapsPageWave: {
    sql: (_v, context) =>
      `with wave_leavers as (${leavers('', context)}) ${respond(`'retirementWave', ${wave}`)}`,
    params: (v) => [v.year],
  },
  ReadmeGapReport: {
    sql: (_v, context) =>
      `with ${gapSource(context)}, wave_leavers as (${leavers('', context)})
      ${respond(`'gapSummary', ${summary('SECTOR', context)}, 'retirementWave', ${wave}`)}`,
    params: (v) => [v.year, 4],
    approximate: GAP_APPROXIMATION,
  },
};
