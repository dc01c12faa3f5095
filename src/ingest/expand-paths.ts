import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';

/** Extensions ingested when walking a folder; a file named explicitly is taken whatever its extension. */
export const INGESTED_EXTENSIONS: readonly string[] = ['.txt', '.md'];

export interface ExpandedPaths {
  /** Absolute paths, in the order given, folders expanded in sorted order, each once. */
  files: string[];
  /** Paths given that do not exist or cannot be read. */
  missing: Array<{ path: string; message: string }>;
}

/**
 * Expands folders recursively to their `*.txt` and `*.md` files. Hidden
 * entries (`.git`) are skipped; a folder reached twice through links is
 * walked once.
 */
export async function expandPaths(paths: readonly string[], cwd: string = process.cwd()): Promise<ExpandedPaths> {
  const files: string[] = [];
  const missing: ExpandedPaths['missing'] = [];
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();

  const addFile = async (path: string): Promise<void> => {
    const real = await realpath(path);
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push(path);
  };

  const walk = async (dir: string): Promise<void> => {
    const real = await realpath(dir);
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      const info = entry.isSymbolicLink() ? await stat(full).catch(() => null) : entry;
      if (info === null) continue;
      if (info.isDirectory()) await walk(full);
      else if (info.isFile() && INGESTED_EXTENSIONS.includes(extname(entry.name).toLowerCase())) await addFile(full);
    }
  };

  for (const given of paths) {
    const absolute = resolve(cwd, given);
    try {
      const info = await stat(absolute);
      if (info.isDirectory()) await walk(absolute);
      else await addFile(absolute);
    } catch (error) {
      missing.push({ path: given, message: (error as Error).message });
    }
  }
  return { files, missing };
}
