import type { Dirent, Stats } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';

/** Extensions ingested when walking a folder; a file named explicitly is taken whatever its extension. */
export const INGESTED_EXTENSIONS: readonly string[] = ['.txt', '.md'];

export interface ExpandedPaths {
  /** Absolute paths, in the order given, folders expanded in sorted order, each once. */
  files: string[];
  /** Paths given that do not exist or cannot be read. */
  missing: Array<{ path: string; message: string }>;
}

/**
 * Paths given that are looked up at once. Awaited one by one, a path's
 * lookups cost a trip to the thread pool each: with a `stat` and a
 * `realpath` a path, 11.8 s for the 95,478 files of the 100k generated
 * corpus named one by one, 3.3 s in groups of 256. With the lookup below,
 * groups of 64 or 1,024 were no faster than 256.
 */
const LOOKUP_GROUP = 256;

type LookedUp = { given: string; absolute: string; info: Stats; real: string } | { given: string; error: Error };

/** Resolved paths of the folders holding the paths given, each asked of the file system once. */
type RealFolders = Map<string, Promise<string>>;

/**
 * A path that is not a link resolves to its folder's resolved path and its
 * own name, so each path costs one `lstat` and each folder one `realpath`
 * (which asks the file system about every component: six `lstat`s for a
 * file of the generated corpus). The 95,478 files of the 100k corpus, named
 * one by one in their 96 folders: 2.6–3.4 s with a `stat` and a `realpath`
 * a path, 1.3–1.8 s so (docs/benchmarks.md, session 11).
 */
async function lookUp(given: string, cwd: string, realFolders: RealFolders): Promise<LookedUp> {
  const absolute = resolve(cwd, given);
  try {
    const own = await lstat(absolute);
    if (own.isSymbolicLink()) {
      const [info, real] = await Promise.all([stat(absolute), realpath(absolute)]);
      return { given, absolute, info, real };
    }
    return { given, absolute, info: own, real: join(await realFolder(dirname(absolute), realFolders), basename(absolute)) };
  } catch (error) {
    return { given, error: error as Error };
  }
}

function realFolder(folder: string, realFolders: RealFolders): Promise<string> {
  let real = realFolders.get(folder);
  if (real === undefined) {
    real = realpath(folder);
    realFolders.set(folder, real);
  }
  return real;
}

/**
 * Expands folders recursively to their `*.txt` and `*.md` files. Hidden
 * entries (`.git`) are skipped; a folder reached twice through links is
 * walked once, a file reached twice is taken once.
 */
export async function expandPaths(paths: readonly string[], cwd: string = process.cwd()): Promise<ExpandedPaths> {
  const files: string[] = [];
  const missing: ExpandedPaths['missing'] = [];
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();

  const addFile = (path: string, real: string): void => {
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push(path);
  };

  // `real` is the folder's resolved path: an entry that is not a link resolves to `real/name`
  // without asking the file system, so only links cost a lookup.
  const walk = async (dir: string, real: string): Promise<void> => {
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      const target = entry.isSymbolicLink() ? await resolveLink(full) : { info: entry, real: join(real, entry.name) };
      if (target === null) continue;
      if (target.info.isDirectory()) await walk(full, target.real);
      else if (target.info.isFile() && INGESTED_EXTENSIONS.includes(extname(entry.name).toLowerCase())) addFile(full, target.real);
    }
  };

  const realFolders: RealFolders = new Map();
  for (let from = 0; from < paths.length; from += LOOKUP_GROUP) {
    const group = await Promise.all(paths.slice(from, from + LOOKUP_GROUP).map((given) => lookUp(given, cwd, realFolders)));
    for (const found of group) {
      if ('error' in found) {
        missing.push({ path: found.given, message: found.error.message });
        continue;
      }
      try {
        if (found.info.isDirectory()) await walk(found.absolute, found.real);
        else addFile(found.absolute, found.real);
      } catch (error) {
        missing.push({ path: found.given, message: (error as Error).message });
      }
    }
  }
  return { files, missing };
}

/** What a link points at, or null for a dangling one. */
async function resolveLink(path: string): Promise<{ info: Stats | Dirent; real: string } | null> {
  try {
    return { info: await stat(path), real: await realpath(path) };
  } catch {
    return null;
  }
}
