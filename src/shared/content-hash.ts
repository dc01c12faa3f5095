import { createHash } from 'node:crypto';

/** SHA-256 hex of the decoded NFC text: the same text in another encoding is the same content. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
