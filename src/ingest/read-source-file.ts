import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { RejectedInputError } from '../domain/errors';

/** Same limit as the decoder's: larger inputs are not one batch of letters but an archive. */
export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Reads a file's bytes after checking its size on the open handle (so a
 * file that grows between check and read is still bounded): an empty or
 * oversized file is rejected before any of it is read.
 */
export async function readSourceFile(path: string, maxBytes: number = DEFAULT_MAX_FILE_BYTES): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.alloc(checkedSize(path, size, maxBytes));
    let offset = 0;
    while (offset < size) {
      const { bytesRead } = await handle.read(buffer, offset, size - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, offset);
  } finally {
    await handle.close();
  }
}

/** `readSourceFile` for a thread with nothing else to do meanwhile (an extraction worker). */
export function readSourceFileSync(path: string, maxBytes: number = DEFAULT_MAX_FILE_BYTES): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const buffer = Buffer.alloc(checkedSize(path, size, maxBytes));
    let offset = 0;
    while (offset < size) {
      const bytesRead = readSync(fd, buffer, offset, size - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, offset);
  } finally {
    closeSync(fd);
  }
}

function checkedSize(path: string, size: number, maxBytes: number): number {
  if (size === 0) throw new RejectedInputError('empty', `${path} is empty.`);
  if (size > maxBytes) {
    throw new RejectedInputError('too-large', `${path} is ${size} bytes, over the limit of ${maxBytes}; split it into smaller files.`);
  }
  return size;
}
