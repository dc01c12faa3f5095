/// <reference lib="dom" />
import { documentHref, documentLabel, h } from './element';
import { gql } from './graphql-client';
import { HOME, SEARCH_BY_CODE, SEARCH_TEXT, type DocSummary } from './queries';
import { looksLikeCode } from './search-intent';
import { snippetParts } from './highlight-segments';

interface Hit {
  document: DocSummary;
  snippet: string | null;
}

/** The search box and its result list; the query is kept in the URL (#/search/…) so results can be linked. */
export async function renderSearch(root: HTMLElement, endpoint: string, query: string): Promise<void> {
  const input = h('input', { type: 'search', id: 'search-input', placeholder: '16/CT-TTg, 470-CV/TU, cách ly, tiem chung…', value: query, 'aria-label': 'Search' }) as HTMLInputElement;
  const form = h('form', { id: 'search-form', role: 'search' }, input, h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/search/${encodeURIComponent(input.value.trim())}`;
  });
  const results = h('ol', { id: 'search-results', class: 'results' });
  const status = h('p', { class: 'status', id: 'search-status' });
  root.replaceChildren(h('section', { class: 'search' }, form, status, results));
  input.focus();
  if (!query) {
    status.textContent = 'Search by code (diacritics optional: 1044/QD-BCD) or by words (cach ly finds cách ly).';
    await renderMostCited(root, endpoint);
    return;
  }
  status.textContent = 'Searching…';
  const hits = await searchHits(endpoint, query);
  status.textContent = hits.length === 0 ? `Nothing found for “${query}”.` : `${hits.length} result${hits.length === 1 ? '' : 's'} for “${query}”`;
  for (const hit of hits) results.append(resultItem(hit));
}

async function searchHits(endpoint: string, query: string): Promise<Hit[]> {
  if (looksLikeCode(query)) {
    const data = await gql<{ documents: { edges: Array<{ node: DocSummary }> } }>(endpoint, SEARCH_BY_CODE, { code: query });
    if (data.documents.edges.length > 0) return data.documents.edges.map((e) => ({ document: e.node, snippet: null }));
  }
  const data = await gql<{ search: Array<{ snippet: string; document: DocSummary }>; resolveReference: DocSummary[] }>(endpoint, SEARCH_TEXT, { text: query });
  const hits: Hit[] = data.resolveReference.map((d) => ({ document: d, snippet: null }));
  for (const s of data.search) if (!hits.some((x) => x.document.id === s.document.id)) hits.push({ document: s.document, snippet: s.snippet });
  return hits;
}

function resultItem(hit: Hit): HTMLElement {
  const d = hit.document;
  const snippet = hit.snippet
    ? h('p', { class: 'snippet' }, ...snippetParts(hit.snippet).map((p) => (p.match ? h('mark', {}, p.text) : p.text)))
    : null;
  return h(
    'li',
    { class: 'result', 'data-id': d.id },
    h('a', { href: documentHref(d.id), class: 'result-link' }, documentLabel(d)),
    ' ',
    h('span', { class: 'meta' }, [d.type, d.issuedOn ?? 'undated', d.province?.name ?? 'national'].join(' · ')),
    d.inCorpus ? null : h('span', { class: 'badge' }, 'referenced only'),
    d.subject ? h('div', { class: 'subject' }, d.subject) : null,
    snippet,
  );
}

/** The start page lists the most cited instruments: where a reader usually begins. */
async function renderMostCited(root: HTMLElement, endpoint: string): Promise<void> {
  const { stats } = await gql<{ stats: { documents: number; inCorpus: number; mostCited: Array<{ count: number; document: DocSummary }> } }>(endpoint, HOME);
  const list = h('ol', { class: 'results', id: 'most-cited' });
  for (const c of stats.mostCited) {
    list.append(
      h(
        'li',
        { class: 'result', 'data-id': c.document.id },
        h('a', { href: documentHref(c.document.id), class: 'result-link' }, documentLabel(c.document)),
        ' ',
        h('span', { class: 'meta' }, `cited by ${c.count} · ${c.document.issuedOn ?? 'undated'} · ${c.document.province?.name ?? 'national'}`),
        c.document.subject ? h('div', { class: 'subject' }, c.document.subject) : null,
      ),
    );
  }
  root.append(h('section', { class: 'home' }, h('h2', {}, `Most cited (${stats.documents} documents, ${stats.inCorpus} with text)`), list));
}
