import * as fc from 'fast-check';
import { RejectedInputError } from '../../../src/domain/errors';
import { decode, MAX_INPUT_BYTES } from '../../../src/extract/decode/decode';
import { extractFile } from '../../../src/extract/pipeline';
import { contentHash } from '../../../src/shared/content-hash';

function rejection(run: () => unknown): RejectedInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof RejectedInputError) return error;
    throw error;
  }
  throw new Error('expected a RejectedInputError');
}

describe('decode', () => {
  it('reads UTF-8 and normalises to NFC with LF line endings', () => {
    const input = Buffer.from('Đắk Nông\r\nngày 24\rtháng 7'.normalize('NFD'), 'utf8');
    const { text, encoding } = decode(input);
    expect(text).toBe('Đắk Nông\nngày 24\ntháng 7');
    expect(text).toBe(text.normalize('NFC'));
    expect(encoding).toBe('utf-8');
  });

  it('hands back the input as the UTF-8 of the text only when nothing was normalised', () => {
    const plain = Buffer.from('Đắk Nông\nngày 24', 'utf8');
    expect(decode(plain).utf8).toBe(plain);
    // CR, a decomposed letter, a byte-order mark, another encoding or a string input: the bytes are not the text's.
    expect(decode(Buffer.from('Đắk Nông\r\nngày 24', 'utf8')).utf8).toBeUndefined();
    expect(decode(Buffer.from('Đắk Nông'.normalize('NFD'), 'utf8')).utf8).toBeUndefined();
    expect(decode(Buffer.from('\uFEFFĐắk Nông', 'utf8')).utf8).toBeUndefined();
    expect(decode(Buffer.from([0xd0, 0xe3, 0xec, 0x6b])).utf8).toBeUndefined();
    expect(decode('Đắk Nông').utf8).toBeUndefined();
  });

  it('gives a file the content hash of its NFC text, however the bytes came', () => {
    const text = 'Số: 3953/UBND-KGVX\nĐắk Nông, ngày 24 tháng 7 năm 2021\nV/v triển khai Chỉ thị 16/CT-TTg';
    const expected = contentHash(text);
    const inputs = [
      Buffer.from(text, 'utf8'),
      Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8'),
      Buffer.from(text.normalize('NFD'), 'utf8'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      text,
    ];
    for (const input of inputs) expect(extractFile(input, { fileName: 'x.txt' }).file.hash).toBe(expected);
  });

  it('drops a UTF-8 byte-order mark', () => {
    const { text, encoding } = decode(Buffer.from('\uFEFFSố: 3953', 'utf8'));
    expect(text).toBe('Số: 3953');
    expect(encoding).toBe('utf-8-bom');
  });

  it('reads UTF-16 LE and BE with a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Tỉnh ủy', 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    be[0] = 0xfe;
    be[1] = 0xff;
    expect(decode(le)).toEqual({ text: 'Tỉnh ủy', encoding: 'utf-16le' });
    expect(decode(be).text).toBe('Tỉnh ủy');
  });

  it('reads Windows-1258 when the bytes are not UTF-8', () => {
    // `Đắk` in code page 1258: Đ (0xD0), a-breve (0xE3), combining acute (0xEC), k.
    const { text, encoding } = decode(Buffer.from([0xd0, 0xe3, 0xec, 0x6b]));
    expect(text).toBe('Đắk');
    expect(encoding).toBe('windows-1258');
  });

  it.each([
    ['empty', Buffer.alloc(0), 'empty'],
    ['whitespace only', Buffer.from(' \n\t\r\n  '), 'empty'],
    ['NUL bytes', Buffer.from([0x53, 0x00, 0x6f, 0x00, 0x00, 0x01]), 'binary'],
    ['control characters', Buffer.from('a\u0001b\u0002c\u0003d\u0004e\u0005', 'utf8'), 'binary'],
  ])('rejects %s input', (_name, input, reason) => {
    const error = rejection(() => decode(input));
    expect(error.name).toBe('RejectedInputError');
    expect(error.reason).toBe(reason);
  });

  it('rejects a 50 MB file quickly as too large, with the limit in the message', () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 0x61);
    const started = Date.now();
    const error = rejection(() => extractFile(big, { fileName: 'big.txt' }));
    expect(error.reason).toBe('too-large');
    expect(error.message).toContain(String(MAX_INPUT_BYTES));
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('never crashes on random bytes: a graph or a RejectedInputError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        try {
          const graph = extractFile(bytes, { fileName: 'random.bin' });
          expect(Array.isArray(graph.documents)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(RejectedInputError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never crashes on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 1500 }), (text) => {
        try {
          extractFile(text, { fileName: 'random.txt' });
        } catch (error) {
          expect(error).toBeInstanceOf(RejectedInputError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
