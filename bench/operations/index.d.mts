// Types of index.mjs for the TypeScript that imports it (apps/api's EXPLAIN test).
export type BenchOperation = {
  name: string;
  source: string;
  admin?: boolean;
  tags: string[];
  depth: number;
  depthNote: string;
  headers: Record<string, string>;
  document: string;
  postgraphileDocument: string | null;
  formasi: (context: { year: number }) => Record<string, unknown>;
};

export function loadOperations(): BenchOperation[];
