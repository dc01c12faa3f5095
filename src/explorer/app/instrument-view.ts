/// <reference lib="dom" />
import { documentHref, documentLabel, h } from './element';
import { gql } from './graphql-client';
import { INSTRUMENT, type DocSummary } from './queries';

interface Response {
  province: { id: string; name: string };
  firstIssuedOn: string | null;
  lagDays: number | null;
  documents: Array<DocSummary & { originality: number | null }>;
}

interface InstrumentData {
  document: DocSummary | null;
  provinceResponses: Response[];
  reconstructedText: { passages: Array<{ text: string; agreement: number; witnesses: Array<{ document: { id: string; code: string | null; province: { name: string } | null } }> }> };
}

/** Pixels per day of lag on the timeline. */
const DAY_WIDTH = 24;

/**
 * How provinces answered an instrument: a timeline of each province's first
 * response (bar length = lag in days), each responding document with the
 * share of its text copied from upstream, and the instrument's text as far
 * as its implementers agree on it.
 */
export async function renderInstrument(root: HTMLElement, endpoint: string, id: string): Promise<void> {
  root.replaceChildren(h('p', { class: 'status' }, 'Loading…'));
  const data = await gql<InstrumentData>(endpoint, INSTRUMENT, { id });
  if (!data.document) {
    root.replaceChildren(h('p', { class: 'status' }, `No document ${id}.`));
    return;
  }
  const instrument = data.document;
  const timeline = h('ol', { class: 'timeline', id: 'province-timeline' });
  for (const r of data.provinceResponses) {
    const lag = r.lagDays;
    timeline.append(
      h(
        'li',
        { 'data-province': r.province.name },
        h('span', { class: 'province' }, r.province.name),
        h('span', { class: 'bar', style: `width:${Math.max(2, (lag ?? 0) * DAY_WIDTH)}px`, title: `${lag ?? '?'} days` }),
        h('span', { class: 'lag' }, lag === null ? `first response ${r.firstIssuedOn ?? 'undated'}` : `${lag} day${lag === 1 ? '' : 's'} (${r.firstIssuedOn})`),
        h(
          'ul',
          { class: 'responses' },
          ...r.documents.map((d) =>
            h(
              'li',
              {},
              h('a', { href: documentHref(d.id) }, documentLabel(d)),
              ' ',
              h('span', { class: 'meta' }, d.issuedOn ?? 'undated'),
              ' ',
              d.originality === null ? null : copiedBar(1 - d.originality),
            ),
          ),
        ),
      ),
    );
  }
  const passages = h('ol', { class: 'reconstructed', id: 'reconstructed-passages' });
  for (const p of data.reconstructedText.passages) {
    passages.append(
      h(
        'li',
        { 'data-agreement': String(p.agreement) },
        h('blockquote', {}, p.text),
        h('p', { class: 'meta' }, `carried by ${p.agreement}: ${p.witnesses.map((w) => `${w.document.code ?? 'unnumbered'} (${w.document.province?.name ?? 'national'})`).join(', ')}`),
      ),
    );
  }
  root.replaceChildren(
    h(
      'article',
      { class: 'instrument' },
      h('h1', {}, h('a', { href: documentHref(instrument.id) }, documentLabel(instrument)), ` ${instrument.issuedOn ?? 'undated'}`),
      instrument.subject ? h('p', { class: 'subject' }, instrument.subject) : null,
      h('h2', {}, 'First response per province (lag in days)'),
      data.provinceResponses.length ? timeline : h('p', { class: 'status' }, 'No province responds to it in the corpus.'),
      h('h2', {}, 'Text reconstructed from the documents implementing it'),
      data.reconstructedText.passages.length ? passages : h('p', { class: 'status' }, 'Fewer than two implementing documents share passages.'),
    ),
  );
}

function copiedBar(share: number): HTMLElement {
  const percent = Math.round(share * 100);
  return h('span', { class: 'copied', title: `${percent}% of its text repeated from upstream` }, h('span', { class: 'copied-fill', style: `width:${percent}%` }), h('span', { class: 'copied-label' }, `${percent}% copied`));
}
