/// <reference lib="dom" />
import { h } from './element';
import { gql } from './graphql-client';
import { TOPIC_COUNTS } from './queries';
import { cellKey, topicTable, type TopicMonthRow } from './topic-table';

/** Province × topic table from `topicCounts` (documents tagged with each measure), with the months in which they were issued in each cell's title. */
export async function renderTopics(root: HTMLElement, endpoint: string): Promise<void> {
  root.replaceChildren(h('p', { class: 'status' }, 'Loading…'));
  const data = await gql<{ byMonth: TopicMonthRow[]; topics: Array<{ id: string; label: string }> }>(endpoint, TOPIC_COUNTS);
  const { provinces, counts: count, months } = topicTable(data.byMonth);
  const table = h(
    'table',
    { class: 'topic-table', id: 'topic-table' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Topic'), ...provinces.map((p) => h('th', {}, p)))),
  );
  const body = h('tbody', {});
  for (const topic of data.topics) {
    const row = h('tr', { 'data-topic': topic.id }, h('th', {}, topic.label));
    for (const p of provinces) {
      const n = count.get(cellKey(p, topic.id));
      row.append(h('td', { 'data-province': p, title: (months.get(cellKey(p, topic.id)) ?? []).join('\n') || undefined }, n ? String(n) : ''));
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
