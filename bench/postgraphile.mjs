// PostGraphile 4.14.1 as a library on the same database (schema public, no GraphiQL, no watch), in its own
// process on its own port, connecting as the DATABASE_URL's user. Started by bench/run.mjs: DATABASE_URL, PORT.
import { createServer } from 'node:http';
import './lib/orphan-guard.mjs';
import { requirePeer } from './lib/peers.mjs';

const { postgraphile } = requirePeer('postgraphile');

const middleware = postgraphile(process.env.DATABASE_URL, 'public', {
  graphiql: false,
  watchPg: false,
  dynamicJson: true,
  disableQueryLog: true,
  retryOnInitFail: false,
  enableCors: false,
  bodySizeLimit: '1MB',
});

const server = createServer(middleware);
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT), '127.0.0.1', () =>
  console.log(`postgraphile listening on ${process.env.PORT}`),
);
const stop = () => {
  setTimeout(() => process.exit(0), 2000).unref();
  server.close(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
