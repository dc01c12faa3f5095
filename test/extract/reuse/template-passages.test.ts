import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectReuse, maskedShare, templateWordMask, type ReuseDocument } from '../../../src/extract/reuse';
import { bucketsOfShingles, bucketWindows, DEFAULT_REUSE_BUCKET_PARAMS, passageWindowStarts, windowsAt } from '../../../src/extract/reuse/reuse-buckets';
import { TemplateWords } from '../../../src/extract/reuse/template-passages';
import { reuseTokens } from '../../../src/extract/reuse/reuse-tokens';
import { shingleHashes } from '../../../src/extract/reuse/shingles';

/**
 * Hand-built texts of made-up distinct words (`ba0 ba1 …`), so that every
 * word position is unambiguous and the window geometry can be worked out on
 * paper: defaults are shingles of 5 words, windows of 16 shingles every 8
 * (plus one flush with the end), so window s covers words [s, s + 20).
 */
const words = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const hashesOf = (text: string): Uint32Array => reuseTokens(text).hashes;
const keysOfWindowAt = (text: string, start: number): string[] =>
  bucketWindows(shingleHashes(hashesOf(text), DEFAULT_REUSE_BUCKET_PARAMS.shingleSize)).find((w) => w.start === start)!.keys;

describe('templateWordMask', () => {
  // 40 words → 36 shingles → windows at 0, 8, 16 and 20 (36 − 16, flush with the end).
  const text = words('ba', 40).join(' ');

  it('lists the windows of bucketsOfShingles', () => {
    const windows = bucketWindows(shingleHashes(hashesOf(text), 5));
    expect(windows.map((w) => [w.start, w.end])).toEqual([
      [0, 16],
      [8, 24],
      [16, 32],
      [20, 36],
    ]);
    expect(windows.every((w) => w.keys.length === DEFAULT_REUSE_BUCKET_PARAMS.bands)).toBe(true);
  });

  it('marks the words of every window holding a stop bucket, and only those', () => {
    // Window at 8 covers shingles [8, 24), i.e. words [8, 28): 24 − 1 + 5 = 28.
    const stop = new Set([keysOfWindowAt(text, 8)[1]!]);
    const mask = templateWordMask(hashesOf(text), stop);
    const marked = [...mask.keys()].filter((i) => mask[i] === 1);
    expect(marked).toEqual(Array.from({ length: 20 }, (_, i) => 8 + i));
    expect(maskedShare(mask, 8, 28)).toBe(1);
    expect(maskedShare(mask, 0, 40)).toBe(0.5);
    expect(maskedShare(mask, 28, 40)).toBe(0);
    expect(maskedShare(mask, 5, 5)).toBe(0);
  });

  it('marks nothing without stop buckets or when none of them is the text’s own', () => {
    expect(templateWordMask(hashesOf(text), new Set()).every((m) => m === 0)).toBe(true);
    expect(templateWordMask(hashesOf(text), new Set(['b0:0000000000000'])).every((m) => m === 0)).toBe(true);
  });
});

describe('template words worked out only where asked', () => {
  const SEEDS = join(__dirname, '../../../seeds');
  const texts = readdirSync(SEEDS)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => readFileSync(join(SEEDS, n), 'utf8'));
  const { shingleSize } = DEFAULT_REUSE_BUCKET_PARAMS;
  /** Deterministic choices (mulberry32), so a failure repeats. */
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  /** The whole mask as the definition reads: every window's words, marked when one of its keys is a stop bucket. */
  const wholeMask = (hashes: Uint32Array, stop: ReadonlySet<string>): Uint8Array => {
    const mask = new Uint8Array(hashes.length);
    for (const w of bucketWindows(shingleHashes(hashes, shingleSize))) {
      if (w.keys.some((k) => stop.has(k))) mask.fill(1, w.start, Math.min(hashes.length, w.end - 1 + shingleSize));
    }
    return mask;
  };

  it('gives any subset of the windows the keys bucketWindows gives them, each the keys of its own shingles', () => {
    const next = random(7);
    for (const text of texts) {
      const shingles = shingleHashes(hashesOf(text), shingleSize);
      const all = bucketWindows(shingles);
      expect(all.map((w) => w.start)).toEqual(passageWindowStarts(shingles.length));
      // A stretch of one window's length is one window: bucketsOfShingles gives its key of each band.
      for (const w of all) expect(w.keys).toEqual(bucketsOfShingles(shingles.subarray(w.start, w.end)));
      const subset = all.filter((_, i) => i === all.length - 1 || next() < 0.3);
      expect(windowsAt(shingles, subset.map((w) => w.start))).toEqual(subset);
      expect(windowsAt(shingles, [all[all.length - 1]!.start])).toEqual([all[all.length - 1]]);
    }
  });

  it('answers every range as the whole mask does, in any order of asking', () => {
    const next = random(11);
    for (const text of texts) {
      const hashes = hashesOf(text);
      const keys = bucketWindows(shingleHashes(hashes, shingleSize)).flatMap((w) => w.keys);
      const stop = new Set(keys.filter(() => next() < 0.15));
      expect(stop.size).toBeGreaterThan(0);
      const mask = wholeMask(hashes, stop);
      expect(templateWordMask(hashes, stop)).toEqual(mask);
      const words = new TemplateWords(hashes, stop);
      for (let k = 0; k < 40; k++) {
        const from = Math.floor(next() * hashes.length);
        const to = Math.min(hashes.length, from + 20 + Math.floor(next() * 200));
        expect(words.share(from, to)).toBe(maskedShare(mask, from, to));
      }
    }
  });

  it('hashes only the windows covering the words asked about', () => {
    const text = words('ba', 200).join(' ');
    const hashes = hashesOf(text);
    // 200 words → 196 shingles → windows every 8 up to 176, and 180 flush with the end: 24 windows.
    const stop = new Set(bucketWindows(shingleHashes(hashes, shingleSize)).find((w) => w.start === 96)!.keys.slice(0, 1));
    const words100 = new TemplateWords(hashes, stop);
    // Window s covers words [s, s + 20): words [100, 120) meet the windows at 88, 96, 104 and 112 only;
    // the stop window (96) marks words [96, 116), 16 of the 20.
    expect(words100.share(100, 120)).toBe(16 / 20);
    expect(words100.hashedWindows).toBe(4);
    expect(words100.share(100, 120)).toBe(16 / 20);
    expect(words100.hashedWindows).toBe(4);
    expect(words100.share(0, 200)).toBe(20 / 200);
    expect(words100.hashedWindows).toBe(24);
  });
});

describe('detectReuse with stop buckets (template passages)', () => {
  // An office's template sentence (40 words), a paragraph one letter copies from the other (40 words), own prose.
  const template = words('mau', 40);
  const paragraph = words('doan', 40);
  const letter = (own: string, withParagraph: boolean, id: string, issuedOn: string): ReuseDocument => {
    const text = [...words(own, 3), ...template, ...words(`${own}x`, 30), ...(withParagraph ? paragraph : []), ...words(`${own}y`, 30)].join(' ');
    return {
      node: { id, text, issuedOn, issuedOnBounds: null, sources: [{ file: `${id}.txt`, start: 0, end: text.length }] },
    };
  };
  const later = letter('an', true, 'doc:x:2/UBND:2021', '2021-07-24');
  const earlier = letter('binh', true, 'doc:x:1/UBND:2021', '2021-07-20');
  const unrelated = letter('chi', false, 'doc:x:3/UBND:2021', '2021-07-19');
  const laterText = later.node.text!;
  // Template words stand at [3, 43). The windows lying wholly inside are those at 8 (words [8, 28)) and 16
  // ([16, 36)); the one at 24 reaches word 43, past the template. Their keys as stop buckets mark words [8, 36): 28 of 40.
  const stop = new Set([...keysOfWindowAt(laterText, 8), ...keysOfWindowAt(laterText, 16)]);

  it('without statistics, counts the template sentence as shared text', () => {
    const found = detectReuse(later, [earlier, unrelated]);
    expect(found.shared.map((s) => [s.otherId, s.passages.length])).toEqual([
      [earlier.node.id, 2],
      [unrelated.node.id, 1],
    ]);
    // The template alone makes a REPEATS edge to a letter that copied nothing: the imprecision being fixed.
    expect(found.relations.map((r) => r.targetId)).toContain(unrelated.node.id);
  });

  it('leaves out a passage mostly in stop-bucket windows (28 of its 40 words), keeping the copied paragraph', () => {
    const found = detectReuse(later, [earlier, unrelated], { stopBuckets: stop });
    expect(found.shared.map((s) => [s.otherId, s.passages.length])).toEqual([[earlier.node.id, 1]]);
    const kept = found.shared[0]!.passages[0]!;
    expect(laterText.slice(kept.a.start, kept.a.end)).toBe(paragraph.join(' '));
    expect(found.relations.map((r) => `${r.sourceId} -> ${r.targetId}`)).toEqual([`${later.node.id} -> ${earlier.node.id}`]);
  });

  it('calls a passage template from half of its words in stop-bucket windows, not under', () => {
    // Window at 16 alone marks words [16, 36): 20 of the passage's 40 words = 0.5, the rule's threshold (≥ 0.5 is template).
    const half = detectReuse(later, [unrelated], { stopBuckets: new Set(keysOfWindowAt(laterText, 16)) });
    expect(half.shared).toEqual([]);
    // Window at 32 marks words [32, 52): 11 of the template's words [3, 43), 11/40 < 0.5, so the passage stays.
    const little = detectReuse(later, [unrelated], { stopBuckets: new Set(keysOfWindowAt(laterText, 32)) });
    expect(little.shared.map((s) => s.passages.length)).toEqual([1]);
  });
});
