export interface TopicMonthRow {
  province: { id: string; name: string } | null;
  topic: { id: string } | null;
  month: string | null;
  documents: number;
}

export interface TopicTable {
  /** Province names (documents without a province under "national / unknown"), in Vietnamese order. */
  provinces: string[];
  /** Documents per `province|topic` cell. */
  counts: Map<string, number>;
  /** `month: documents` lines per cell, for its title. */
  months: Map<string, string[]>;
}

export const cellKey = (province: string, topicId: string | undefined): string => `${province}|${topicId}`;

/**
 * The province × topic table from counts by province, topic and month. A
 * cell is the sum of its months: a document has one month (or none), so it
 * counts once either way, and asking for one grouping instead of two halves
 * the server's work (each reads the whole corpus's tags).
 */
export function topicTable(rows: readonly TopicMonthRow[]): TopicTable {
  const provinceName = (r: TopicMonthRow): string => r.province?.name ?? 'national / unknown';
  const counts = new Map<string, number>();
  const months = new Map<string, string[]>();
  for (const r of rows) {
    const key = cellKey(provinceName(r), r.topic?.id);
    counts.set(key, (counts.get(key) ?? 0) + r.documents);
    months.set(key, [...(months.get(key) ?? []), `${r.month ?? 'undated'}: ${r.documents}`]);
  }
  const provinces = [...new Set(rows.map(provinceName))].sort((a, b) => a.localeCompare(b, 'vi'));
  return { provinces, counts, months };
}
