import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { extractFile } from '../../src/extract/pipeline';
import { goldenView } from './golden-view';

/**
 * The same seed saved differently must give the same extraction: UTF-8 with
 * BOM, UTF-16 LE/BE with BOM, Windows-1258, NFD, CRLF give the identical
 * graph (spans included: they index the NFC, LF text); re-wrapped at 70
 * columns gives the same documents, fields, relations and body texts.
 */
const SEEDS = join(__dirname, '..', '..', 'seeds');
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));

/** Vietnamese tone marks: Windows-1258 stores them as combining characters after a base letter. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Encodes NFC text as Windows-1258 the way legacy editors did: precomposed base letters, combining tones. */
function toWindows1258(text: string): Buffer {
  let decomposed = '';
  for (const ch of text) {
    const nfd = ch.normalize('NFD');
    const tones = nfd.match(TONES)?.join('') ?? '';
    decomposed += nfd.replace(TONES, '').normalize('NFC') + tones;
  }
  return iconv.encode(decomposed, 'windows1258');
}

/** Greedy re-wrap that turns spaces into line breaks (so offsets stay the same) until no line is wider than `width`. */
function rewrap(text: string, width: number): string {
  const chars = [...text];
  let lineStart = 0;
  let lastSpace = -1;
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === '\n') {
      lineStart = i + 1;
      lastSpace = -1;
      continue;
    }
    if (chars[i] === ' ') lastSpace = i;
    if (i - lineStart >= width && lastSpace > lineStart) {
      chars[lastSpace] = '\n';
      lineStart = lastSpace + 1;
      lastSpace = -1;
    }
  }
  return chars.join('');
}

describe.each(seeds)('encoding variants of %s', (seed) => {
  const bytes = readFileSync(join(SEEDS, seed));
  const text = bytes.toString('utf8');
  const fileName = `seeds/${seed}`;
  const reference = extractFile(bytes, { fileName });

  const variants: Array<[string, Buffer]> = [
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes])],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')])],
    ['Windows-1258', toWindows1258(text)],
    ['NFD', Buffer.from(text.normalize('NFD'), 'utf8')],
    ['CRLF', Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8')],
  ];

  it('Windows-1258 test encoder is lossless on this seed (else the variant proves nothing)', () => {
    expect(iconv.decode(toWindows1258(text), 'windows1258').normalize('NFC')).toBe(text.normalize('NFC'));
  });

  it.each(variants)('%s gives the identical graph', (_name, variant) => {
    expect(extractFile(variant, { fileName })).toEqual(reference);
  });

  it('re-wrapped at 70 columns gives the same documents, fields, relations and texts', () => {
    const wrapped = rewrap(text, 70);
    expect(wrapped).not.toBe(text);
    const graph = extractFile(wrapped, { fileName });
    expect(goldenView(graph)).toEqual(goldenView(reference));
    expect(graph.documents.map((d) => d.text)).toEqual(reference.documents.map((d) => d.text));
    expect(graph.documents.map((d) => d.sources)).toEqual(reference.documents.map((d) => d.sources));
  });
});
