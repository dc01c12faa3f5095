import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RejectedInputError } from '../../src/domain/errors';
import { readSourceFile } from '../../src/ingest/read-source-file';

describe('readSourceFile', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-read-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reads the bytes of a file within the limit', async () => {
    await writeFile(join(dir, 'a.txt'), 'Đắk Nông');
    expect(Buffer.from(await readSourceFile(join(dir, 'a.txt'), 100)).toString('utf8')).toBe('Đắk Nông');
  });

  it('rejects an empty file and one over the limit with their reasons', async () => {
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'big.txt'), 'x'.repeat(101));
    await expect(readSourceFile(join(dir, 'empty.txt'), 100)).rejects.toMatchObject({ constructor: RejectedInputError, reason: 'empty' });
    await expect(readSourceFile(join(dir, 'big.txt'), 100)).rejects.toMatchObject({ constructor: RejectedInputError, reason: 'too-large' });
  });
});
