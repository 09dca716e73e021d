// The floor: `node:http` + a `pg` Pool, each operation answered by exactly one hand-written SQL statement that
// builds the whole JSON response (bench/operations/floor-sql.mjs). No GraphQL, no session: the cheapest honest
// server for the same answers. Started by bench/run.mjs: DATABASE_URL, PORT, BENCH_EMAIL.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import './lib/orphan-guard.mjs';
import { FLOOR_SQL } from './operations/floor-sql.mjs';
import { requirePeer } from './lib/peers.mjs';

const { Pool } = requirePeer('pg');
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
// Formasi's gap read model, when this database has it, is what the gap floors read.
// So are the leaving dates Formasi stores with each staff member.
const { rows } = await pool.query(
  `select to_regclass('public.gap_row') is not null as stored,
    exists (select 1 from information_schema.columns where table_name = 'staff_member' and column_name = 'leaves_on') as leaving`,
);
const context = {
  email: process.env.BENCH_EMAIL ?? '',
  gapRows: rows[0].stored,
  staffLeaving: rows[0].leaving,
};
const MAX_BODY = 1024 * 1024;

function reply(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

const failure = (message) => JSON.stringify({ errors: [{ message }] });

/** Named statements are prepared once per connection, as a hand-tuned server would. */
function statementOf(operation, variables) {
  const text = operation.sql(variables, context);
  const name = `floor_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
  return { name, text, values: operation.params(variables, context) };
}

async function answer(raw, res) {
  let request;
  try {
    request = JSON.parse(raw);
  } catch {
    reply(res, 400, failure('body is not JSON'));
    return;
  }
  const operation = FLOOR_SQL[request.operationName];
  if (!operation) {
    reply(res, 400, failure(`the floor does not answer ${request.operationName}`));
    return;
  }
  const result = await pool.query(statementOf(operation, request.variables ?? {}));
  reply(res, 200, result.rows[0].body);
}

const server = createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/graphql') {
    reply(res, 404, failure('POST /graphql only'));
    return;
  }
  const chunks = [];
  let size = 0;
  req.on('data', (chunk) => {
    size += chunk.length;
    if (size > MAX_BODY) req.destroy();
    else chunks.push(chunk);
  });
  req.on('end', () => {
    answer(Buffer.concat(chunks).toString('utf8'), res).catch((error) => {
      reply(res, 500, failure(error.message));
    });
  });
});

server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT), '127.0.0.1', () =>
  console.log(`floor listening on ${process.env.PORT}`),
);
const stop = () => {
  setTimeout(() => process.exit(0), 2000).unref();
  server.close(() => pool.end().then(() => process.exit(0)));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
