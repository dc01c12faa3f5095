/// <reference lib="dom" />
import { relationLegend, renderCitationGraph, type ChainGraph } from './citation-graph';
import { documentHref, documentLabel, h, instrumentHref } from './element';
import { gql } from './graphql-client';
import { highlightSegments, locateInText, type Mark } from './highlight-segments';
import { CHAIN, DOCUMENT, type DocSummary } from './queries';
import { relationColor } from './relation-style';

interface OutRelation {
  type: string;
  confidence: number;
  evidence: Array<{ text: string }>;
  target: DocSummary;
}

interface InRelation {
  type: string;
  confidence: number;
  source: DocSummary;
}

interface FullDocument extends DocSummary {
  number: string | null;
  symbol: string | null;
  urgency: string | null;
  place: string | null;
  signerTitle: string | null;
  authority: string | null;
  originality: number | null;
  issuedOnBounds: { earliest: string | null; latest: string | null } | null;
  signer: { name: string } | null;
  recipients: Array<{ name: string }>;
  text: string | null;
  copiedPassages: Array<{ start: number; end: number; from: { id: string; code: string | null; type: string } }>;
  topics: Array<{ topic: { id: string; label: string }; mentions: number }>;
  out: OutRelation[];
  in: InRelation[];
}

/** One document: header, highlighted text, relations in and out by type, and its citation graph. */
export async function renderDocument(root: HTMLElement, endpoint: string, id: string, navigate: (id: string) => void): Promise<void> {
  root.replaceChildren(h('p', { class: 'status' }, 'Loading…'));
  const [{ document: doc }, chain] = await Promise.all([
    gql<{ document: FullDocument | null }>(endpoint, DOCUMENT, { id }),
    gql<{ up: ChainGraph; down: ChainGraph }>(endpoint, CHAIN, { id }),
  ]);
  if (!doc) {
    root.replaceChildren(h('p', { class: 'status' }, `No document ${id}.`));
    return;
  }
  const graph = mergeChains(chain.up, chain.down);
  const graphBox = h('div', { id: 'citation-graph', class: 'graph', 'data-root': doc.id });
  root.replaceChildren(
    h(
      'article',
      { class: 'document', 'data-id': doc.id },
      header(doc),
      h('section', { class: 'graph-section' }, h('h2', {}, 'Citation chain'), graphBox, relationLegend(graph.relations.map((r) => r.type))),
      relationsSection('Relations out (what it rests on)', 'relations-out', groupBy(doc.out.map((r) => ({ type: r.type, other: r.target })))),
      relationsSection('Relations in (what rests on it)', 'relations-in', groupBy(doc.in.map((r) => ({ type: r.type, other: r.source })))),
      textSection(doc),
    ),
  );
  renderCitationGraph(graphBox, doc.id, graph, navigate);
}

function header(doc: FullDocument): HTMLElement {
  const rows: Array<[string, string | null]> = [
    ['Type', doc.type],
    ['Code', doc.code],
    ['Issued on', doc.issuedOn ?? (doc.issuedOnBounds ? `between ${doc.issuedOnBounds.earliest ?? '?'} and ${doc.issuedOnBounds.latest ?? '?'}` : null)],
    ['Place', doc.place],
    ['Issuer', doc.issuer?.name ?? null],
    ['Province', doc.province?.name ?? null],
    ['Signed by', doc.signer ? [doc.authority, doc.signerTitle, doc.signer.name].filter(Boolean).join(' · ') : null],
    ['Urgency', doc.urgency],
    ['Addressed to', doc.recipients.map((r) => r.name).join('; ') || null],
    ['Originality', doc.originality === null ? null : `${Math.round(doc.originality * 100)}% own text (${Math.round((1 - doc.originality) * 100)}% repeated from upstream)`],
    ['Topics', doc.topics.map((t) => `${t.topic.label} (${t.mentions})`).join(', ') || null],
  ];
  const dl = h('dl', { class: 'fields' });
  for (const [name, value] of rows) if (value) dl.append(h('dt', {}, name), h('dd', {}, value));
  return h(
    'header',
    {},
    h('h1', { id: 'document-title' }, documentLabel(doc)),
    doc.subject ? h('p', { class: 'subject' }, doc.subject) : null,
    doc.inCorpus ? null : h('p', { class: 'badge' }, 'Known only from references: its text is not in the corpus.'),
    h('p', {}, h('a', { href: instrumentHref(doc.id), id: 'province-view-link' }, 'How provinces responded to it →')),
    dl,
  );
}

function groupBy(items: Array<{ type: string; other: DocSummary }>): Map<string, DocSummary[]> {
  const groups = new Map<string, DocSummary[]>();
  for (const item of items) {
    const list = groups.get(item.type) ?? [];
    if (!list.some((d) => d.id === item.other.id)) list.push(item.other);
    groups.set(item.type, list);
  }
  return groups;
}

function relationsSection(title: string, id: string, groups: Map<string, DocSummary[]>): HTMLElement {
  const section = h('section', { id, class: 'relations' }, h('h2', {}, title));
  if (groups.size === 0) section.append(h('p', { class: 'status' }, 'None.'));
  for (const [type, docs] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const list = h('ul', {});
    for (const d of docs) {
      list.append(
        h('li', {}, h('a', { href: documentHref(d.id), 'data-id': d.id, class: 'neighbour' }, documentLabel(d)), ' ', h('span', { class: 'meta' }, [d.issuedOn ?? 'undated', d.province?.name ?? 'national'].join(' · '))),
      );
    }
    const label = h('h3', { 'data-type': type }, h('span', { class: 'swatch', style: `background:${relationColor(type)}` }), ` ${type} (${docs.length})`);
    section.append(label, list);
  }
  return section;
}

function textSection(doc: FullDocument): HTMLElement {
  if (!doc.text) return h('section', { class: 'text' }, h('h2', {}, 'Text'), h('p', { class: 'status' }, 'Not in the corpus.'));
  const text = doc.text;
  const marks: Mark[] = doc.copiedPassages.map((c) => ({ start: c.start, end: c.end, kind: 'repeated', title: `repeated from ${c.from.code ?? c.from.type}` }));
  for (const r of doc.out) {
    if (r.type === 'REPEATS') continue;
    for (const e of r.evidence) {
      const at = locateInText(text, e.text);
      if (at) marks.push({ ...at, kind: 'reference', title: `${r.type} ${documentLabel(r.target)}` });
    }
  }
  const body = h('div', { class: 'document-text', id: 'document-text' });
  for (const segment of highlightSegments(text, marks)) {
    if (segment.marks.length === 0) {
      body.append(segment.text);
      continue;
    }
    const kinds = [...new Set(segment.marks.map((m) => m.kind))].sort();
    body.append(h('mark', { class: kinds.map((k) => `mark-${k}`).join(' '), title: [...new Set(segment.marks.map((m) => m.title))].join('\n') }, segment.text));
  }
  return h(
    'section',
    { class: 'text' },
    h('h2', {}, 'Text'),
    h('p', { class: 'legend-text' }, h('mark', { class: 'mark-reference' }, 'reference'), ' ', h('mark', { class: 'mark-repeated' }, 'passage repeated from an upstream document')),
    body,
  );
}

export function mergeChains(...chains: ChainGraph[]): ChainGraph {
  const documents = new Map<string, DocSummary>();
  const relations = new Map<string, ChainGraph['relations'][number]>();
  for (const c of chains) {
    for (const d of c.documents) documents.set(d.id, d);
    for (const r of c.relations) relations.set(`${r.type} ${r.source.id} ${r.target.id}`, r);
  }
  return { documents: [...documents.values()], relations: [...relations.values()] };
}
