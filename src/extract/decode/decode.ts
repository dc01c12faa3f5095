import * as iconv from 'iconv-lite';
import { RejectedInputError } from '../../domain/errors';

/** Larger inputs are not single OCR'd documents; refusing early keeps ingest fast and memory bounded. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** Share of control characters above which the input is treated as binary, not text. */
const MAX_CONTROL_SHARE = 0.01;

export interface DecodedText {
  /** NFC text with LF line endings: the source every span points into. */
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258';
  /** The input itself when it is exactly `text` in UTF-8 (nothing was normalised), for hashing `text` without encoding it. */
  utf8?: Uint8Array;
}

export interface DecodeOptions {
  maxBytes?: number;
}

export function decode(input: Uint8Array | string, options: DecodeOptions = {}): DecodedText {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > maxBytes) {
    throw new RejectedInputError(
      'too-large',
      `Input is ${size} bytes, over the limit of ${maxBytes} bytes; split it into one file per document batch.`,
    );
  }
  const { raw, encoding } = typeof input === 'string' ? { raw: input, encoding: 'utf-8' as const } : decodeBytes(input);
  const text = normalizeText(raw.replace(/^\uFEFF/, ''));
  if (text.trim().length === 0) {
    throw new RejectedInputError('empty', 'Input is empty or holds only whitespace; there is nothing to extract.');
  }
  if (looksBinary(text)) {
    throw new RejectedInputError('binary', 'Input holds NUL bytes or many control characters: it is not a text file.');
  }
  return typeof input !== 'string' && encoding === 'utf-8' && text === raw ? { text, encoding, utf8: input } : { text, encoding };
}

function decodeBytes(bytes: Uint8Array): { raw: string; encoding: DecodedText['encoding'] } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    return { raw: buffer.subarray(3).toString('utf8'), encoding: 'utf-8-bom' };
  }
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) {
    return { raw: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) {
    return { raw: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  }
  if (buffer.includes(0)) {
    throw new RejectedInputError('binary', 'Input holds NUL bytes and no UTF-16 byte-order mark: it is not a text file.');
  }
  const utf8 = decodeUtf8(buffer);
  if (utf8 !== null) return { raw: utf8, encoding: 'utf-8' };
  // Not UTF-8: legacy Vietnamese Windows files use code page 1258 (base letters plus combining tones).
  return { raw: iconv.decode(buffer, 'windows1258'), encoding: 'windows-1258' };
}

/** One strict decoder for every file: validating and decoding are one pass (no BOM here: it was handled before). */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The text, or null when the bytes are not valid UTF-8. */
function decodeUtf8(buffer: Buffer): string | null {
  try {
    return STRICT_UTF8.decode(buffer);
  } catch {
    return null;
  }
}

function normalizeText(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').normalize('NFC');
}

/** What `looksBinary` counts; one native scan rules out most texts, which hold none. */
const SUSPECT = /[\u0000-\u0008\u000b\u000d-\u001f\ufffd]/;

function looksBinary(text: string): boolean {
  if (!SUSPECT.test(text)) return false;
  if (text.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x0a && code !== 0x09 && code !== 0x0c) || code === 0xfffd) control++;
  }
  return control / text.length > MAX_CONTROL_SHARE;
}
