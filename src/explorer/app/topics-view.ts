/// <reference lib="dom" />
import { h } from './element';
import { gql } from './graphql-client';
import { TOPIC_COUNTS } from './queries';

interface TopicCountRow {
  province: { id: string; name: string } | null;
  topic: { id: string; label: string } | null;
  month: string | null;
  documents: number;
}

/**
 * Province × topic table from `topicCounts` (documents tagged with each
 * measure), with the months in which they were issued in each cell's title.
 */
export async function renderTopics(root: HTMLElement, endpoint: string): Promise<void> {
  root.replaceChildren(h('p', { class: 'status' }, 'Loading…'));
  const data = await gql<{ byProvince: TopicCountRow[]; byMonth: TopicCountRow[]; topics: Array<{ id: string; label: string }> }>(endpoint, TOPIC_COUNTS);
  const provinceName = (r: TopicCountRow): string => r.province?.name ?? 'national / unknown';
  const provinces = [...new Set(data.byProvince.map(provinceName))].sort((a, b) => a.localeCompare(b, 'vi'));
  const count = new Map(data.byProvince.map((r) => [`${provinceName(r)}|${r.topic?.id}`, r.documents]));
  const months = new Map<string, string[]>();
  for (const r of data.byMonth) {
    const key = `${provinceName(r)}|${r.topic?.id}`;
    months.set(key, [...(months.get(key) ?? []), `${r.month ?? 'undated'}: ${r.documents}`]);
  }
  const table = h(
    'table',
    { class: 'topic-table', id: 'topic-table' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Topic'), ...provinces.map((p) => h('th', {}, p)))),
  );
  const body = h('tbody', {});
  for (const topic of data.topics) {
    const row = h('tr', { 'data-topic': topic.id }, h('th', {}, topic.label));
    for (const p of provinces) {
      const n = count.get(`${p}|${topic.id}`);
      row.append(h('td', { 'data-province': p, title: (months.get(`${p}|${topic.id}`) ?? []).join('\n') || undefined }, n ? String(n) : ''));
    }
    body.append(row);
  }
  table.append(body);
  root.replaceChildren(
    h(
      'article',
      { class: 'topics' },
      h('h1', {}, 'Measures by province'),
      h('p', { class: 'status' }, 'Documents with text that mention each measure (hover a cell for the months).'),
      table,
    ),
  );
}
