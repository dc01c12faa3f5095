/// <reference lib="dom" />
import cytoscape from 'cytoscape';
import { dateColumnsLayout } from './chain-layout';
import { documentLabel } from './element';
import type { DocSummary } from './queries';
import { RELATION_COLORS, relationColor } from './relation-style';

export interface ChainGraph {
  documents: DocSummary[];
  relations: Array<{ type: string; source: { id: string }; target: { id: string } }>;
}

/**
 * The document's citation chain with Cytoscape.js, laid out by issue date
 * (oldest left), one colour per relation type, the current document
 * outlined; a click on a node navigates to it. The instance is exposed on
 * the container (`cy`) for the browser tests.
 */
export function renderCitationGraph(container: HTMLElement, rootId: string, graph: ChainGraph, navigate: (id: string) => void): cytoscape.Core {
  const positions = dateColumnsLayout(graph.documents.map((d) => ({ id: d.id, date: d.issuedOn })));
  const cy = cytoscape({
    container,
    elements: [
      ...graph.documents.map((d) => ({
        group: 'nodes' as const,
        data: { id: d.id, label: `${documentLabel(d)}\n${d.issuedOn ?? 'undated'}`, root: d.id === rootId ? 1 : 0, inCorpus: d.inCorpus ? 1 : 0 },
        position: positions.get(d.id) ?? { x: 0, y: 0 },
      })),
      ...graph.relations.map((r, i) => ({
        group: 'edges' as const,
        data: { id: `e${i}`, source: r.source.id, target: r.target.id, type: r.type, color: relationColor(r.type) },
      })),
    ],
    layout: { name: 'preset', fit: true, padding: 30 },
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'text-wrap': 'wrap',
          'font-size': 11,
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'background-color': '#4a6fa5',
          width: 22,
          height: 22,
        },
      },
      { selector: 'node[inCorpus = 0]', style: { 'background-color': '#ffffff', 'border-width': 2, 'border-color': '#4a6fa5' } },
      { selector: 'node[root = 1]', style: { 'border-width': 4, 'border-color': '#222', width: 30, height: 30 } },
      {
        selector: 'edge',
        style: {
          'line-color': 'data(color)',
          'target-arrow-color': 'data(color)',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          width: 2,
        },
      },
    ],
    userZoomingEnabled: true,
    wheelSensitivity: 0.2,
  });
  cy.on('tap', 'node', (event) => navigate(event.target.id() as string));
  (container as HTMLElement & { cy?: cytoscape.Core }).cy = cy;
  return cy;
}

/** The colour key under the graph: only the types present. */
export function relationLegend(types: Iterable<string>): HTMLElement {
  const legend = document.createElement('ul');
  legend.className = 'legend';
  for (const type of Object.keys(RELATION_COLORS)) {
    if (![...types].includes(type)) continue;
    const item = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = relationColor(type);
    item.append(swatch, document.createTextNode(type));
    legend.append(item);
  }
  return legend;
}
