// The shape every export takes: columns in order (a key and a translated title) and rows keyed by column key.
// Numbers stay numbers so spreadsheets can sum them; text is written as given.

export type ExportValue = string | number | null | undefined;

export interface ExportColumn<K extends string = string> {
  key: K;
  title: string;
}

export type ExportRow<K extends string = string> = Readonly<Record<K, ExportValue>>;

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `kesenjangan-2026` → `kesenjangan-2026.csv`; characters that file systems refuse become dashes. */
export function exportFileName(baseName: string, format: ExportFormat): string {
  const safe = baseName
    .trim()
    .replace(/[\\/:*?"<>|\s]+/g, '-')
    .replace(/-+/g, '-');
  return `${safe || 'export'}.${format}`;
}
