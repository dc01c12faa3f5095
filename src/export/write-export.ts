import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { InvalidArgumentError } from '../domain/errors';
import type { GraphDump } from '../store/port';

export const EXPORT_FORMATS = ['graphml', 'csv', 'jsonld', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string | undefined): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value ?? '');
}

/**
 * Writes the dump in one format: to `outPath` (a file; a folder for csv,
 * which writes two files) or to `stdout` when no path is given. Writers are
 * loaded on demand so `export --format cypher` never loads the XML code.
 */
export async function writeExport(format: ExportFormat, dump: GraphDump, outPath: string | undefined, stdout: Writable): Promise<string[]> {
  if (format === 'csv') {
    if (!outPath) throw new InvalidArgumentError('export --format csv writes nodes.csv and edges.csv: give the folder with --out <dir>.');
    const { exportCsv } = await import('./csv-export');
    const { nodesPath, edgesPath } = await exportCsv(dump, outPath);
    return [nodesPath, edgesPath];
  }
  const write = await streamWriter(format);
  if (!outPath) {
    await write(dump, stdout);
    return [];
  }
  const out = createWriteStream(outPath);
  await write(dump, out);
  out.end();
  await finished(out);
  return [outPath];
}

async function streamWriter(format: Exclude<ExportFormat, 'csv'>): Promise<(dump: GraphDump, out: Writable) => Promise<void>> {
  switch (format) {
    case 'graphml':
      return (await import('./graphml-export')).exportGraphml;
    case 'jsonld':
      return (await import('./jsonld-export')).exportJsonLd;
    case 'cypher':
      return (await import('./cypher-export')).exportCypher;
  }
}
