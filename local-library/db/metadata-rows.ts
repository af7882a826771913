/** One indexed custom metadata value: a MultiSelect list gives one row per item. */
export interface MetadataRow {
  field: string;
  position: number;
  kind: 'string' | 'number' | 'boolean';
  value: string | number;
}

/**
 * The rows of `file_metadata` for a file's custom metadata. Values the search cannot compare
 * (objects, nulls) are left out of the index; they stay in the file's JSON as they are.
 */
export function metadataRows(customMetadata: Readonly<Record<string, unknown>>): MetadataRow[] {
  const rows: MetadataRow[] = [];
  for (const [field, value] of Object.entries(customMetadata)) {
    const items = Array.isArray(value) ? (value as unknown[]) : [value];
    items.forEach((item, position) => {
      const row = scalarRow(item);
      if (row) rows.push({ field, position, ...row });
    });
  }
  return rows;
}

function scalarRow(value: unknown): Pick<MetadataRow, 'kind' | 'value'> | null {
  if (typeof value === 'string') return { kind: 'string', value };
  if (typeof value === 'number' && Number.isFinite(value)) return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value: value ? 1 : 0 };
  return null;
}
