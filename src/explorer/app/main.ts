/// <reference lib="dom" />
import './explorer.css';
import { renderDocument } from './document-view';
import { h } from './element';
import { renderInstrument } from './instrument-view';
import { renderSearch } from './search-view';
import { renderTopics } from './topics-view';

/**
 * The explorer: a single page routed by the URL hash (#/search/…,
 * #/doc/<id>, #/instrument/<id>, #/topics) so every view can be linked and the back
 * button works. Talks only to the public GraphQL endpoint.
 */
const ENDPOINT = (document.body.dataset.endpoint as string | undefined) ?? '/graphql';

async function route(): Promise<void> {
  const root = document.getElementById('view') as HTMLElement;
  const [, view = '', ...rest] = location.hash.replace(/^#/, '').split('/');
  const arg = decodeURIComponent(rest.join('/'));
  document.body.dataset.view = view || 'search';
  document.body.dataset.ready = 'false';
  try {
    if (view === 'doc' && arg) await renderDocument(root, ENDPOINT, arg, (id) => (location.hash = `#/doc/${encodeURIComponent(id)}`));
    else if (view === 'instrument' && arg) await renderInstrument(root, ENDPOINT, arg);
    else if (view === 'topics') await renderTopics(root, ENDPOINT);
    else await renderSearch(root, ENDPOINT, view === 'search' ? arg : '');
  } catch (error) {
    root.replaceChildren(h('p', { class: 'error', role: 'alert' }, `Could not load: ${(error as Error).message}`));
  }
  document.body.dataset.ready = 'true';
}

window.addEventListener('hashchange', () => void route());
void route();
