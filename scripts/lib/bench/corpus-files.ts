import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../corpus/generate';

/** Files of a generated corpus in generation order (folders of 1,000). */
export function corpusFiles(corpusDir: string): string[] {
  const root = join(corpusDir, 'files');
  const out: string[] = [];
  for (const folder of readdirSync(root).sort()) for (const f of readdirSync(join(root, folder)).sort()) out.push(join(root, folder, f));
  return out;
}

export function totalBytes(files: readonly string[]): number {
  return files.reduce((sum, f) => sum + statSync(f).size, 0);
}

/** `<work>/corpus-<docs>-seed<seed>`, generated unless already there (generation is deterministic, so reuse is safe). */
export function ensureCorpus(work: string, docs: number, seed: number, log: (line: string) => void): string {
  const dir = join(work, `corpus-${docs}-seed${seed}`);
  if (existsSync(join(dir, 'ground-truth.jsonl')) && existsSync(join(dir, 'documents.jsonl'))) return dir;
  const started = Date.now();
  const summary = generateCorpus({ docs, out: dir, seed });
  log(`generated ${summary.documents} documents in ${summary.files} files (${(summary.bytes / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s → ${dir}`);
  return dir;
}
