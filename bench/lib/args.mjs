// `pnpm bench [options]`: the command line, with defaults the README documents.
export const USAGE = `Usage: DATABASE_URL=postgres://… pnpm bench [options]

  --duration <s>         closed-loop run per operation and target (default 10)
  --warmup <s>           warm-up before it, not measured (default 2)
  --connections <n>      closed-loop connections (default 10)
  --rate <req/s>         fixed-rate run's rate (default: 50% of Formasi's closed-loop rate for that operation)
  --rate-duration <s>    fixed-rate run (default 5; 0 skips it)
  --single-duration <s>  1-connection run of the gap operations (default 5; 0 skips it)
  --rounds <n>           repeat the interleaved rounds; medians are reported (default 1)
  --import-rows <n>      roster CSV import measured on a scratch copy of the database (default 100000; 0 skips)
  --only <a,b>           only these operations (names as in bench/operations/index.mjs)
  --targets <a,b>        formasi,postgraphile,floor (default all three)
  --year <year>          planning year (default: the newest in needs_analysis)
  --port <n>             first port to try, 4100-4199 (default 4100)
  --no-build             do not build the API first
  --strict               exit 1 when a target is missed
  --help                 this text`;

const NUMBER_OPTIONS = {
  '--duration': 'duration',
  '--warmup': 'warmup',
  '--connections': 'connections',
  '--rate': 'rate',
  '--rate-duration': 'rateDuration',
  '--single-duration': 'singleDuration',
  '--rounds': 'rounds',
  '--import-rows': 'importRows',
  '--year': 'year',
  '--port': 'port',
};
const LIST_OPTIONS = { '--only': 'only', '--targets': 'targets' };
export const TARGETS = ['formasi', 'postgraphile', 'floor'];

export function parseArgs(argv) {
  const options = {
    duration: 10,
    warmup: 2,
    connections: 10,
    rate: null,
    rateDuration: 5,
    singleDuration: 5,
    rounds: 1,
    importRows: 100_000,
    year: null,
    port: 4100,
    only: null,
    targets: TARGETS,
    build: true,
    strict: false,
    help: false,
  };
  for (let index = 0; index < argv.length; index += 1) {
    const [flag, inline] = argv[index].split(/=(.*)/s, 2);
    const value = () => inline ?? argv[(index += 1)];
    if (flag === '--no-build') options.build = false;
    else if (flag === '--strict') options.strict = true;
    else if (flag === '--help' || flag === '-h') options.help = true;
    else if (NUMBER_OPTIONS[flag]) {
      const number = Number(value());
      if (!Number.isFinite(number) || number < 0) throw new Error(`${flag} needs a number ≥ 0`);
      options[NUMBER_OPTIONS[flag]] = number;
    } else if (LIST_OPTIONS[flag]) {
      options[LIST_OPTIONS[flag]] = String(value() ?? '')
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
    } else throw new Error(`unknown option ${argv[index]}\n\n${USAGE}`);
  }
  const unknown = options.targets.filter((target) => !TARGETS.includes(target));
  if (unknown.length > 0) throw new Error(`unknown target ${unknown.join(', ')} (${TARGETS.join(', ')})`);
  if (options.port < 4100 || options.port > 4199) throw new Error('--port must be within 4100-4199');
  if (options.duration <= 0 || options.connections < 1 || options.rounds < 1) {
    throw new Error('--duration, --connections and --rounds must be positive');
  }
  return options;
}
