// The admin's real documents, as codegen emitted them (apps/admin/src/gql/graphql.ts holds each operation with the
// fragments it spreads), turned into one standalone operation with the fragments inlined. The bench compares its
// committed operations with these, so a changed admin page is noticed instead of benchmarked stale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_DIR, requirePeer } from './peers.mjs';

const GENERATED = join(REPO_DIR, 'apps/admin/src/gql/graphql.ts');
const DOCUMENT_LINE = /^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm;

/** Every operation document codegen emitted, by operation name. */
export function readAdminDocuments() {
  const source = readFileSync(GENERATED, 'utf8');
  const documents = new Map();
  for (const match of source.matchAll(DOCUMENT_LINE)) {
    const document = JSON.parse(match[2]);
    const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition');
    if (operation?.name) documents.set(operation.name.value, document);
  }
  return documents;
}

const responseKey = (field) => (field.alias ?? field.name).value;

/** Merges selections by response key (fragments repeat `id`), replacing fragment spreads by their fields. */
function mergeSelections(selections, fragments) {
  const merged = new Map();
  const add = (selection) => {
    if (selection.kind === 'FragmentSpread') {
      const fragment = fragments.get(selection.name.value);
      if (!fragment) throw new Error(`fragment ${selection.name.value} is not in the document`);
      fragment.selectionSet.selections.forEach(add);
      return;
    }
    if (selection.kind === 'InlineFragment') {
      selection.selectionSet.selections.forEach(add);
      return;
    }
    const key = responseKey(selection);
    const previous = merged.get(key);
    const children = [
      ...(previous?.selectionSet?.selections ?? []),
      ...(selection.selectionSet?.selections ?? []),
    ];
    merged.set(key, {
      ...selection,
      selectionSet:
        selection.selectionSet || previous?.selectionSet
          ? { kind: 'SelectionSet', selections: children }
          : undefined,
    });
  };
  selections.forEach(add);
  return [...merged.values()].map((field) =>
    field.selectionSet
      ? {
          ...field,
          selectionSet: {
            kind: 'SelectionSet',
            selections: mergeSelections(field.selectionSet.selections, fragments),
          },
        }
      : field,
  );
}

/** The operation with every fragment inlined, printed as GraphQL text. */
export function inlineFragments(document) {
  const { print } = requirePeer('graphql');
  const fragments = new Map(
    document.definitions
      .filter((definition) => definition.kind === 'FragmentDefinition')
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition');
  const inlined = {
    ...operation,
    selectionSet: {
      kind: 'SelectionSet',
      selections: mergeSelections(operation.selectionSet.selections, fragments),
    },
  };
  return print({ kind: 'Document', definitions: [inlined] });
}

/** The document's text with whitespace and commas folded, for comparing two spellings of one operation. */
export function normalizeDocument(text) {
  const { parse, print } = requirePeer('graphql');
  return print(parse(text))
    .replace(/[\s,]+/g, ' ')
    .trim();
}
