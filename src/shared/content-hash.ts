import { createHash } from 'node:crypto';

/** SHA-256 hex of the decoded NFC text: the same text in another encoding is the same content. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * `contentHash` of the text these bytes are the UTF-8 of, from the bytes: the
 * same digest without encoding a decoded file back to UTF-8.
 */
export function contentHashOfUtf8(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
