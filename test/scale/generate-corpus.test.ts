import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, type GenerateSummary } from '../../scripts/lib/corpus/generate';
import type { DocumentRecord, PlantedRelation } from '../../scripts/lib/corpus/corpus-model';
import { PROVINCES } from '../../src/extract/resolve/gazetteer-data';
import { foldDiacritics } from '../../src/shared/fold';

async function jsonl<T>(path: string): Promise<T[]> {
  return (await readFile(path, 'utf8'))
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

async function digestOf(dir: string, summary: GenerateSummary): Promise<string> {
  const h = createHash('sha256');
  h.update(await readFile(summary.groundTruth));
  h.update(await readFile(summary.documentsFile));
  const docs = await jsonl<DocumentRecord>(summary.documentsFile);
  for (const file of [...new Set(docs.filter((d) => d.inCorpus).map((d) => d.file))].slice(0, 50)) h.update(await readFile(join(dir, file)));
  return h.digest('hex');
}

describe('generateCorpus (1,000 documents)', () => {
  let dir: string;
  let summary: GenerateSummary;
  let docs: DocumentRecord[];
  let planted: PlantedRelation[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-corpus-'));
    summary = generateCorpus({ docs: 1000, out: join(dir, 'a'), seed: 7 });
    docs = await jsonl<DocumentRecord>(summary.documentsFile);
    planted = await jsonl<PlantedRelation>(summary.groundTruth);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes exactly the documents asked for, some files holding several', () => {
    expect(summary.documents).toBe(1000);
    expect(docs.filter((d) => d.inCorpus)).toHaveLength(1000);
    expect(summary.files).toBeLessThan(1000);
  });

  it('is deterministic for a seed and differs for another', async () => {
    const again = generateCorpus({ docs: 1000, out: join(dir, 'b'), seed: 7 });
    const other = generateCorpus({ docs: 1000, out: join(dir, 'c'), seed: 8 });
    const a = await digestOf(join(dir, 'a'), summary);
    expect(await digestOf(join(dir, 'b'), again)).toBe(a);
    expect(await digestOf(join(dir, 'c'), other)).not.toBe(a);
  });

  it('rejects sizes outside 1,000..1,000,000', () => {
    expect(() => generateCorpus({ docs: 999, out: join(dir, 'x'), seed: 1 })).toThrow(RangeError);
    expect(() => generateCorpus({ docs: 1_000_001, out: join(dir, 'x'), seed: 1 })).toThrow(RangeError);
  });

  it('gives every in-corpus document a code unique within its province (or nation) and year', () => {
    const keys = docs.filter((d) => d.inCorpus).map((d) => `${d.province ?? 'national'}|${d.code}|${d.year}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has every one of the 63 provinces implement the anchor instruction', () => {
    const anchor = docs.find((d) => d.anchor)!;
    expect(anchor.code).toMatch(/^\d+\/CT-TTg$/);
    const provinces = new Set(
      planted.filter((p) => p.type === 'IMPLEMENTS' && p.target.code === anchor.code && p.target.province === null).map((p) => p.source.province),
    );
    expect(provinces.size).toBe(63);
    expect([...provinces].sort()).toEqual(PROVINCES.map((p) => p.name).sort());
  });

  it('plants relations from later to earlier documents, with the target cited in the source file', async () => {
    expect(planted.filter((p) => p.type === 'IMPLEMENTS').length).toBeGreaterThan(800);
    for (const p of planted.filter((x) => x.type !== 'REPEATS').slice(0, 300)) {
      expect(p.target.date <= p.source.date).toBe(true);
      const text = await readFile(join(dir, 'a', p.file), 'utf8');
      if (p.target.code) expect(text).toContain(p.target.code);
      else expect(text).toMatch(/Điện,? ngày [^\n]*của Thường trực Ban Bí thư/);
    }
  });

  it('plants REPEATS whose passages appear, near-verbatim, in the copying file', async () => {
    const repeats = planted.filter((p) => p.type === 'REPEATS');
    expect(repeats.length).toBeGreaterThan(200);
    for (const p of repeats.slice(0, 100)) {
      const text = foldDiacritics(await readFile(join(dir, 'a', p.file), 'utf8')).replace(/[*]/g, '');
      for (const passage of p.passages!) {
        const words = foldDiacritics(passage).split(' ');
        expect(words.length).toBeGreaterThanOrEqual(40);
        const present = words.filter((w) => text.includes(w)).length;
        expect(present / words.length).toBeGreaterThan(0.95);
        // and a run of ten words survives intact somewhere (OCR damage is sparse)
        const runs = Array.from({ length: words.length - 9 }, (_, i) => words.slice(i, i + 10).join(' '));
        expect(runs.some((r) => text.includes(r))).toBe(true);
      }
    }
  });

  it('prints the seeds\' header layouts and OCR noise', async () => {
    const sample = await Promise.all([...new Set(docs.slice(0, 200).map((d) => d.file))].map((f) => readFile(join(dir, 'a', f), 'utf8')));
    const all = sample.join('\n');
    for (const needle of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số:', 'V/v', 'Kính gửi:', 'Nơi nhận:', 'gửi kèm theo', '**', '~~']) {
      expect(all).toContain(needle);
    }
    expect(all).toMatch(/\n\d{1,2}\n/); // a page number alone on its line
  });
});
