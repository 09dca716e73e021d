// Writes apps/api/schema.graphql from the resolvers; `--check` fails when the committed file is stale.
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { printFormasiSchema, readCommittedSchema, schemaFilePath } from '../schema.js';

const printed = await printFormasiSchema();
if (process.argv.includes('--check')) {
  const committed = await readCommittedSchema().catch(() => '');
  if (committed !== printed) {
    console.error('apps/api/schema.graphql is stale: run `pnpm schema:emit` and commit it.');
    process.exit(1);
  }
  console.log('schema.graphql is current');
} else {
  await writeFile(schemaFilePath, printed);
  console.log(`wrote ${schemaFilePath}`);
}
