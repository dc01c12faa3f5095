import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import type { GraphDump } from '../store/port';
import { graphTable, type AttributeColumn, type AttributeValue, type TableRow } from './graph-table';
import { csvRecord } from './csv-record';

export const NODES_FILE = 'nodes.csv';
const CSV_COLUMN_NAMES: Readonly<Record<string, string>> = { type: 'relation' };
export const EDGES_FILE = 'edges.csv';

/**
 * `export --format csv --out <dir>`: `nodes.csv` and `edges.csv` for
 * spreadsheets, R and pandas (`pd.read_csv('nodes.csv')`). UTF-8 without a
 * byte-order mark (R and pandas would otherwise see it in the first column
 * name), RFC 4180 records with CRLF, a header row, nulls as empty fields,
 * booleans as `true`/`false`. The columns are those of `graph-table.ts`;
 * edges reference node ids in `source`/`target`. The edge column `type` is
 * written as `relation`: Gephi's spreadsheet import reads a `Type` column as
 * Directed/Undirected and would reject relation names there.
 */
export async function exportCsv(dump: GraphDump, dir: string): Promise<{ nodesPath: string; edgesPath: string }> {
  await mkdir(dir, { recursive: true });
  const table = graphTable(dump);
  const nodesPath = join(dir, NODES_FILE);
  const edgesPath = join(dir, EDGES_FILE);
  await writeLines(nodesPath, csvLines(['id'], table.nodeColumns, table.nodes, () => []));
  await writeLines(edgesPath, csvLines(['id', 'source', 'target'], table.edgeColumns, table.edges, (e) => [e.source, e.target]));
  return { nodesPath, edgesPath };
}

function* csvLines<R extends TableRow>(
  fixed: readonly string[],
  columns: readonly AttributeColumn[],
  rows: readonly R[],
  fixedValues: (row: R) => string[],
): Generator<string> {
  yield csvRecord([...fixed, ...columns.map((c) => CSV_COLUMN_NAMES[c.name] ?? c.name)]);
  for (const row of rows) yield csvRecord([row.id, ...fixedValues(row), ...columns.map((c) => cell(row.values[c.name]))]);
}

function cell(value: AttributeValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

async function writeLines(path: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  try {
    for (const line of lines) {
      if (!out.write(line)) await once(out, 'drain');
    }
  } finally {
    out.end();
  }
  await finished(out);
}
