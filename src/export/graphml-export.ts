import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { GraphDump } from '../store/port';
import { graphTable, type AttributeColumn, type AttributeValue, type TableRow } from './graph-table';
import { xmlEscape } from './xml-text';

/**
 * `export --format graphml`: the whole graph for Gephi, Cytoscape, yEd and
 * graph libraries (networkx, igraph, graphology). Attributes are declared as
 * typed `<key>`s (string, boolean, int, double) so tools read numbers as
 * numbers; edges are directed, one per relation, typed by `label`/`type`.
 * A null value is simply absent (GraphML has no null).
 */
export async function exportGraphml(dump: GraphDump, out: Writable): Promise<void> {
  for (const chunk of graphmlChunks(dump)) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
}

export function graphmlString(dump: GraphDump): string {
  return [...graphmlChunks(dump)].join('');
}

function* graphmlChunks(dump: GraphDump): Generator<string> {
  const table = graphTable(dump);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const [index, column] of table.nodeColumns.entries()) yield keyElement('node', index, column);
  for (const [index, column] of table.edgeColumns.entries()) yield keyElement('edge', index, column);
  yield '  <graph id="directive-graph" edgedefault="directed">\n';
  for (const node of table.nodes) yield `    <node id="${xmlEscape(node.id)}">\n${dataElements('n', table.nodeColumns, node)}    </node>\n`;
  for (const edge of table.edges) {
    yield `    <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}">\n` +
      `${dataElements('e', table.edgeColumns, edge)}    </edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

/** Key ids are positional (`n0`, `e3`) so attribute names never need to be valid XML ids. */
function keyElement(domain: 'node' | 'edge', index: number, column: AttributeColumn): string {
  const id = `${domain === 'node' ? 'n' : 'e'}${index}`;
  return `  <key id="${id}" for="${domain}" attr.name="${xmlEscape(column.name)}" attr.type="${column.type}"/>\n`;
}

function dataElements(prefix: string, columns: readonly AttributeColumn[], row: TableRow): string {
  let out = '';
  columns.forEach((column, index) => {
    const value = row.values[column.name];
    if (value === null || value === undefined) return;
    out += `      <data key="${prefix}${index}">${xmlEscape(formatValue(value))}</data>\n`;
  });
  return out;
}

function formatValue(value: Exclude<AttributeValue, null>): string {
  return typeof value === 'number' ? (Number.isFinite(value) ? String(value) : 'NaN') : String(value);
}
