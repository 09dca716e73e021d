// The `export` namespace (CSV/XLSX export of any table): Bahasa Indonesia, then English.
export const exportId = {
  button: 'Ekspor',
  csv: 'CSV (.csv)',
  xlsx: 'Excel (.xlsx)',
  progress: 'Mengambil {{loaded}} dari {{total}} baris…',
  done: '{{rows}} baris diekspor.',
  failed: 'Ekspor gagal. Silakan coba lagi.',
  yes: 'Ya',
  no: 'Tidak',
  unitCode: 'Kode Unit',
};

export const exportEn: typeof exportId = {
  button: 'Export',
  csv: 'CSV (.csv)',
  xlsx: 'Excel (.xlsx)',
  progress: 'Fetching {{loaded}} of {{total}} rows…',
  done: 'Rows exported: {{rows}}.',
  failed: 'Export failed. Please try again.',
  yes: 'Yes',
  no: 'No',
  unitCode: 'Unit code',
};
