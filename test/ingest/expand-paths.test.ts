import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandPaths } from '../../src/ingest/expand-paths';

describe('expandPaths', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-expand-'));
    await mkdir(join(dir, 'a/b'), { recursive: true });
    await mkdir(join(dir, '.git'));
    for (const f of ['z.txt', 'a/y.md', 'a/b/x.TXT', 'a/b/scan.pdf', '.git/HEAD.txt', 'a/notes.docx']) {
      await writeFile(join(dir, f), 'x');
    }
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('walks folders recursively for *.txt and *.md, sorted, skipping hidden entries', async () => {
    const { files, missing } = await expandPaths([dir]);
    expect(files).toEqual([join(dir, 'a/b/x.TXT'), join(dir, 'a/y.md'), join(dir, 'z.txt')]);
    expect(missing).toEqual([]);
  });

  it('takes a file named explicitly whatever its extension, each file once, relative to cwd', async () => {
    const { files } = await expandPaths(['a/b/scan.pdf', 'z.txt', '.', 'z.txt'], dir);
    expect(files).toEqual([join(dir, 'a/b/scan.pdf'), join(dir, 'z.txt'), join(dir, 'a/b/x.TXT'), join(dir, 'a/y.md')]);
  });

  it('walks a folder reached twice through a link once and reports missing paths', async () => {
    await symlink(join(dir, 'a'), join(dir, 'link-to-a'));
    const { files, missing } = await expandPaths([dir, 'nope.txt'], dir);
    expect(files).toEqual([join(dir, 'a/b/x.TXT'), join(dir, 'a/y.md'), join(dir, 'z.txt')]);
    expect(missing).toEqual([{ path: 'nope.txt', message: expect.stringContaining('ENOENT') }]);
  });
});
