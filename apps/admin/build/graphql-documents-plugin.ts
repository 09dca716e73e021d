import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Plugin } from 'vite';

/** A `graphql(`…`)` call of the client preset: its argument is a plain template literal. */
const GRAPHQL_CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
/** An entry of the generated `documents` map in gql.ts: `"<source>": types.<ExportName>,`. */
const DOCUMENTS_ENTRY = /^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm;
/** A parsed document in graphql.ts: `export const <Name> = {"kind":"Document",…} as unknown as DocumentNode<…>;`. */
const DOCUMENT_EXPORT = /^export const (\w+) = (\{"kind":"Document".*\}) as unknown as DocumentNode<.*>;$/gm;

/** Each document's source text (the argument of `graphql()`) → its parsed form as JSON, from the generated files. */
export function readGeneratedDocuments(gqlTs: string, graphqlTs: string): Map<string, string> {
  const parsed = new Map<string, string>();
  for (const [, name = '', json = ''] of graphqlTs.matchAll(DOCUMENT_EXPORT)) parsed.set(name, json);
  const documents = new Map<string, string>();
  for (const [, key = '""', name = ''] of gqlTs.matchAll(DOCUMENTS_ENTRY)) {
    const source: unknown = JSON.parse(key);
    const json = parsed.get(name);
    if (typeof source === 'string' && json) documents.set(source, json);
  }
  return documents;
}

/**
 * Replaces every `graphql(`…`)` call with the parsed document itself (the JSON that codegen wrote to
 * gql/graphql.ts). Otherwise gql.ts's map and graphql.ts, one module each, would carry every document of the admin
 * into the chunk of the sign-in page; now each screen's chunk holds only its own documents and graphql.ts is only
 * read for types. The generated files stay as they are; tests and the dev server keep calling `graphql()`.
 *
 * Line numbers are kept (the removed lines come back as blank ones). A document missing from the generated files
 * fails the build: run `pnpm codegen`.
 */
export function graphqlDocumentsPlugin(gqlDir: string): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'formasi:graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      const read = (file: string) => readFileSync(resolve(gqlDir, file), 'utf8');
      documents = readGeneratedDocuments(read('gql.ts'), read('graphql.ts'));
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(gqlDir) || !code.includes('graphql(')) return null;
      const transformed = code.replace(GRAPHQL_CALL, (call, source: string) => {
        const json = documents.get(source);
        if (!json || source.includes('${')) {
          this.error(`${id}: a graphql() document is not in the generated src/gql; run \`pnpm codegen\``);
        }
        return `${json}${'\n'.repeat(call.split('\n').length - 1)}`;
      });
      return { code: transformed, map: null };
    },
  };
}
