import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { InvalidArgumentError } from '../../src/domain/errors';
import { EXPORT_FORMATS, isExportFormat, writeExport } from '../../src/export/write-export';
import { hostileDump } from './support/export-dumps';

/** The dispatch behind `directive-graph export --format … [--out …]`. */
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'write-export-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('the four formats of the CLI contract, and nothing else', () => {
  expect([...EXPORT_FORMATS].sort()).toEqual(['csv', 'cypher', 'graphml', 'jsonld']);
  expect(isExportFormat('graphml')).toBe(true);
  expect(isExportFormat('GraphML')).toBe(false);
  expect(isExportFormat(undefined)).toBe(false);
});

test.each([
  ['graphml', '<graphml'],
  ['jsonld', '"@context"'],
  ['cypher', 'CREATE CONSTRAINT'],
] as const)('%s goes to the --out file, or to stdout without it', async (format, marker) => {
  const path = join(dir, `graph.${format}`);
  expect(await writeExport(format, hostileDump(), path, new PassThrough())).toEqual([path]);
  const written = readFileSync(path, 'utf8');
  expect(written).toContain(marker);
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c));
  expect(await writeExport(format, hostileDump(), undefined, stdout)).toEqual([]);
  expect(Buffer.concat(chunks).toString('utf8')).toBe(written);
});

test('csv writes nodes.csv and edges.csv into the --out folder (created), and needs one', async () => {
  const out = join(dir, 'new', 'folder');
  expect(await writeExport('csv', hostileDump(), out, new PassThrough())).toEqual([join(out, 'nodes.csv'), join(out, 'edges.csv')]);
  expect(existsSync(join(out, 'nodes.csv')) && existsSync(join(out, 'edges.csv'))).toBe(true);
  await expect(writeExport('csv', hostileDump(), undefined, new PassThrough())).rejects.toThrow(InvalidArgumentError);
});
