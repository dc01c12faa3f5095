import { createInterface } from 'node:readline';
import { refsForLine } from './refs-for-line';

/** Longest line we parse; a longer one (a binary blob without newlines) prints `[]`. */
const MAX_LINE = 1_000_000;

/**
 * The `refs` command (cli.md): reads UTF-8 lines from `input` and writes one
 * JSON array per line to `output`, in order. Invalid UTF-8 decodes to U+FFFD
 * and any line that yields nothing prints `[]`; it never rejects for content.
 */
export async function runRefs(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void> {
  if ('setEncoding' in input && typeof input.setEncoding === 'function') input.setEncoding('utf8');
  const lines = createInterface({ input, crlfDelay: Infinity, terminal: false });
  for await (const raw of lines) {
    const line = typeof raw === 'string' ? raw : String(raw);
    const refs = line.length > MAX_LINE ? [] : refsForLine(line.normalize('NFC'));
    const ok = output.write(`${JSON.stringify(refs)}\n`);
    if (!ok) await new Promise<void>((resolve) => output.once('drain', () => resolve()));
  }
}
