import { findReferences } from '../../../src/extract/references/find-references';
import { refsForLine } from '../../../src/extract/references/refs-for-line';
import { FRESH } from './fresh.cases';
import { HELD_OUT as WRITTEN_FIRST, NEGATIVES } from './held-out.cases';

/**
 * First scores, before any fix they prompted: WRITTEN_FIRST 65/70 (92.9%;
 * the misses were issuer words colliding with folded stop words, since
 * fixed), FRESH 25/25. The test keeps the combined rate at 95% or more.
 */
const HELD_OUT = [...WRITTEN_FIRST, ...FRESH];

describe('held-out style reference strings', () => {
  it('has at least 60 cases', () => {
    expect(FRESH.length).toBeGreaterThanOrEqual(25);
    expect(HELD_OUT.length).toBeGreaterThanOrEqual(60);
  });

  it('parses at least 95% exactly (figure printed)', () => {
    const misses = HELD_OUT.filter((c) => JSON.stringify(refsForLine(c.input)) !== JSON.stringify(c.expected));
    const rate = (HELD_OUT.length - misses.length) / HELD_OUT.length;
    // The figure the report quotes.
    console.log(
      `held-out exact parse rate: ${HELD_OUT.length - misses.length}/${HELD_OUT.length} = ${(rate * 100).toFixed(1)}%` +
        misses.map((m) => `\n  MISS ${m.input}\n    got ${JSON.stringify(refsForLine(m.input))}`).join(''),
    );
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });

  it.each(HELD_OUT.map((c) => [c.input, c] as const))('%s', (_input, c) => {
    expect(refsForLine(c.input)).toEqual(c.expected);
  });

  it.each(HELD_OUT.map((c) => [c.input] as const))('span text is the input slice: %s', (input) => {
    for (const ref of findReferences(input)) {
      expect(ref.text).toBe(input.slice(ref.start, ref.end));
      expect(ref.text.length).toBeGreaterThan(0);
    }
  });
});

describe('lines without references', () => {
  it.each(NEGATIVES.map((n) => [n] as const))('%s → []', (line) => {
    expect(findReferences(line)).toEqual([]);
  });
});
