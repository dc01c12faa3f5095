import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RejectedInputError } from '../../src/domain/errors';
import { readSourceFile, readSourceFileSync } from '../../src/ingest/read-source-file';

describe.each([
  ['readSourceFile', readSourceFile],
  ['readSourceFileSync', readSourceFileSync],
] as const)('%s', (_name, read) => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-read-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reads the bytes of a file within the limit', async () => {
    await writeFile(join(dir, 'a.txt'), 'Đắk Nông');
    expect(Buffer.from(await read(join(dir, 'a.txt'), 100)).toString('utf8')).toBe('Đắk Nông');
  });

  it('rejects an empty file and one over the limit with their reasons', async () => {
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'big.txt'), 'x'.repeat(101));
    await expect(async () => read(join(dir, 'empty.txt'), 100)).rejects.toMatchObject({ constructor: RejectedInputError, reason: 'empty' });
    await expect(async () => read(join(dir, 'big.txt'), 100)).rejects.toMatchObject({ constructor: RejectedInputError, reason: 'too-large' });
  });

  it('fails on a file that does not exist with the system error', async () => {
    await expect(async () => read(join(dir, 'missing.txt'), 100)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
