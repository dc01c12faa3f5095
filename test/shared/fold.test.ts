import fc from 'fast-check';
import { foldDiacritics, foldLowerCase, matchKey, matchKeyHash, slugify } from '../../src/shared/fold';

/** The definition the table-driven fold must reproduce exactly. */
function definition(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

// Vietnamese precomposed and decomposed, Latin-1, other scripts, Hangul jamo (they compose), astral, Unicode spaces.
const PIECES = [
  'a', 'Z', ' ', '\n', '\t', '-', 'Đ', 'đ', 'ắ', 'Ẫ', 'ự', 'ơ', 'Ư', 'ỹ', 'é', 'ñ', 'ø', 'ß', 'İ', 'ǅ', 'ǰ',
  '\u0301', '\u0323', '\u0303', '\u0309', '\u031b', '\u0345', '\u0483', '\u1ab0', '\u20d0',
  'Ω', 'ά', 'Я', '中', '\u1100', '\u1161', '\u11a8', '가', 'の', '\u3099', '😀', '\ud800', '\u00a0', '\u2003', '\u3000', '\ufeff',
];

describe('foldDiacritics', () => {
  it('folds Vietnamese as the definition says (checked by hand)', () => {
    expect(foldDiacritics('TỈNH ỦY ĐẮK NÔNG')).toBe('TINH UY DAK NONG');
    expect(foldDiacritics('Thủ tướng Chính phủ')).toBe('Thu tuong Chinh phu');
    expect(foldDiacritics('Nghe\u0323\u0302 An')).toBe('Nghe An');
  });

  it('equals the definition on every single BMP code unit', () => {
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      if (foldDiacritics(ch) !== definition(ch)) throw new Error(`U+${code.toString(16)}: ${foldDiacritics(ch)} vs ${definition(ch)}`);
    }
  });

  it('equals the definition on mixed strings, including ones that leave the table', () => {
    const piece = fc.constantFrom(...PIECES);
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ unit: 'binary' })), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(foldDiacritics(text)).toBe(definition(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('matchKey equals fold, lower-case, collapse, trim on every BMP code unit and on mixed strings', () => {
    const keyDefinition = (text: string) => definition(text).toLowerCase().replace(/\s+/g, ' ').trim();
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      if (matchKey(ch) !== keyDefinition(ch)) throw new Error(`U+${code.toString(16)}: ${matchKey(ch)} vs ${keyDefinition(ch)}`);
    }
    const piece = fc.constantFrom(...PIECES, '  ', '\n\n', ' \u0301 ', 'ǅ', 'İ');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ unit: 'binary' })), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(matchKey(text)).toBe(keyDefinition(text));
      }),
      { numRuns: 3000 },
    );
    const long = 'Ủy ban  nhân dân tỉnh\n'.repeat(2000);
    expect(matchKey(long)).toBe(keyDefinition(long));
  });

  it('foldLowerCase equals fold then lower case on every BMP code unit and on mixed strings', () => {
    const lowerDefinition = (text: string) => definition(text).toLowerCase();
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      if (foldLowerCase(ch) !== lowerDefinition(ch)) throw new Error(`U+${code.toString(16)}: ${foldLowerCase(ch)} vs ${lowerDefinition(ch)}`);
    }
    const piece = fc.constantFrom(...PIECES, '  ', '\n\n', ' \u0301 ', 'ǅ', 'İ', 'ΟΣ ');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ unit: 'binary' })), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(foldLowerCase(text)).toBe(lowerDefinition(text));
      }),
      { numRuns: 3000 },
    );
    expect(foldLowerCase('TỈNH ỦY\tĐẮK\u00a0NÔNG\n')).toBe('tinh uy\tdak\u00a0nong\n');
  });

  it('folds texts longer than the shared buffer keeps, and short ones after them', () => {
    const keyDefinition = (text: string) => definition(text).toLowerCase().replace(/\s+/g, ' ').trim();
    const huge = 'Ủy ban  nhân dân tỉnh Đắk Nông\n'.repeat(40_000); // ≈ 1.2 million units
    expect(huge.length).toBeGreaterThan(1 << 20);
    expect(foldDiacritics(huge)).toBe(definition(huge));
    expect(matchKey(huge)).toBe(keyDefinition(huge));
    expect(foldLowerCase(huge)).toBe(definition(huge).toLowerCase());
    expect(foldDiacritics('Đắk Nông')).toBe('Dak Nong');
    expect(matchKey(' Đắk  Nông ')).toBe('dak nong');
  });

  it('slugs every name by the definition, however many names came before', () => {
    const definition = (text: string) => matchKey(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    // More names than the slug cache keeps, twice over, each checked when first made and when asked again.
    const names = Array.from({ length: 20_000 }, (_, i) => `Ủy ban nhân dân xã Số ${i} — Đắk ${i % 97}`);
    for (const name of names) expect(slugify(name)).toBe(definition(name));
    for (const name of names.slice(0, 100)) expect(slugify(name)).toBe(definition(name));
    expect(slugify('Ủy ban nhân dân xã Số 7 — Đắk 7')).toBe('uy-ban-nhan-dan-xa-so-7-dak-7');
    const long = 'Ban Chỉ đạo '.repeat(40);
    expect(slugify(long)).toBe(definition(long));
  });

  it('keys and slugs stay as before', () => {
    expect(matchKey('  Ủy ban  nhân dân\ttỉnh\u00a0Đắk Nông ')).toBe('uy ban nhan dan tinh dak nong');
    expect(slugify('Đắk Nông')).toBe('dak-nong');
  });
});

describe('matchKeyHash', () => {
  /** FNV-1a over UTF-16 code units, written out here from its definition. */
  const fnv1a = (text: string): number => {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    return h >>> 0;
  };

  it('is the FNV-1a of the key on every BMP code unit and on mixed strings, in and out of the table', () => {
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      if (matchKeyHash(ch) !== fnv1a(matchKey(ch))) throw new Error(`U+${code.toString(16)}`);
    }
    const piece = fc.constantFrom(...PIECES, '  ', '\n\n', ' \u0301 ', 'ǅ', 'İ');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ unit: 'binary' })), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(matchKeyHash(text)).toBe(fnv1a(matchKey(text)));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives texts with one key one hash, whichever way they are spelled', () => {
    // Checked by hand: all three have the key `dak nong`; the decomposed one leaves the table.
    const spellings = [' Đắk  Nông ', 'DAK\tNONG', 'Đa\u0306\u0301k\nNo\u0302ng'];
    for (const text of spellings) expect(matchKey(text)).toBe('dak nong');
    expect(new Set(spellings.map(matchKeyHash))).toEqual(new Set([fnv1a('dak nong')]));
    expect(matchKeyHash('dak nong')).not.toBe(matchKeyHash('dak nông x'));
  });
});
