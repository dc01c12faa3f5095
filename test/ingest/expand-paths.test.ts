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

  it('takes a file reached through a link once and skips a dangling link', async () => {
    await symlink(join(dir, 'z.txt'), join(dir, 'a/link-to-z.txt'));
    await symlink(join(dir, 'gone.txt'), join(dir, 'a/dangling.txt'));
    const { files, missing } = await expandPaths([dir]);
    expect(files).toEqual([join(dir, 'a/b/x.TXT'), join(dir, 'a/link-to-z.txt'), join(dir, 'a/y.md')]);
    expect(missing).toEqual([]);
  });

  it('takes a file named through a linked folder, through a link to it, or as itself once', async () => {
    await symlink(join(dir, 'a'), join(dir, 'link-to-a'));
    await symlink(join(dir, 'z.txt'), join(dir, 'link-to-z.txt'));
    const { files, missing } = await expandPaths(['link-to-a/y.md', 'a/y.md', 'link-to-z.txt', 'z.txt', 'link-to-a/b/../y.md'], dir);
    expect(files).toEqual([join(dir, 'link-to-a/y.md'), join(dir, 'link-to-z.txt')]);
    expect(missing).toEqual([]);
  });

  it('walks a folder named through a link and as itself once, and reports a dangling link named explicitly', async () => {
    await symlink(join(dir, 'a'), join(dir, 'link-to-a'));
    await symlink(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    const { files, missing } = await expandPaths(['link-to-a', 'a', 'a/b', 'dangling.txt'], dir);
    expect(files).toEqual([join(dir, 'link-to-a/b/x.TXT'), join(dir, 'link-to-a/y.md')]);
    expect(missing).toEqual([{ path: 'dangling.txt', message: expect.stringContaining('ENOENT') }]);
  });

  it('keeps the given order and takes each file once across many paths', async () => {
    const names = Array.from({ length: 600 }, (_, i) => `many/f${String(i).padStart(3, '0')}.txt`);
    await mkdir(join(dir, 'many'));
    await Promise.all(names.map((n) => writeFile(join(dir, n), 'x')));
    // Reversed, each named twice (the second copy 300 paths later), with a missing one among them.
    const given = [...names].reverse();
    const paths = [...given.slice(0, 300), 'many/none.txt', ...given, 'many'];
    const { files, missing } = await expandPaths(paths, dir);
    expect(files).toEqual(given.map((n) => join(dir, n)));
    expect(missing).toEqual([{ path: 'many/none.txt', message: expect.stringContaining('ENOENT') }]);
  });
});
