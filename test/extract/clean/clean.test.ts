import * as fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { clean } from '../../../src/extract/clean/clean';
import { DEFAULT_CLEAN_STEPS } from '../../../src/extract/clean/steps';
import {
  joinWrappedLines,
  splitColumns,
  stripEmphasisMarkers,
  stripFootnoteMarks,
  stripPageNumbers,
  stripVowellessTail,
  type CleanStep,
} from '../../../src/extract/clean/steps';
import { applyEdits, sourceText, type MappedText } from '../../../src/extract/text/mapped-text';

const run = (step: CleanStep, text: string) => applyEdits(sourceText(text), step.edits(text)).text;

describe('clean steps', () => {
  it.each([
    ['Số: ~~3953~~ /UBND-KGVX', 'Số: 3953 /UBND-KGVX'],
    ['**ỦY BAN NHÂN DÂN\nTỈNH ĐẮK NÔNG**', 'ỦY BAN NHÂN DÂN\nTỈNH ĐẮK NÔNG'],
    ['HOẢ TỐC**CHỈ THỊ**', 'HOẢ TỐC CHỈ THỊ'],
  ])('strip-emphasis-markers: %j', (input, output) => {
    expect(run(stripEmphasisMarkers, input)).toBe(output);
  });

  it('split-columns: a wide gap inside a line is a column break', () => {
    expect(run(splitColumns, 'Số: 3953/UBND-KGVX        Đắk Nông, ngày 24 tháng 7 năm 2021')).toBe(
      'Số: 3953/UBND-KGVX\nĐắk Nông, ngày 24 tháng 7 năm 2021',
    );
    expect(run(splitColumns, 'công tác  phòng, chống')).toBe('công tác  phòng, chống');
  });

  it('strip-footnote-marks: `470^{*}` → `470`', () => {
    expect(run(stripFootnoteMarks, 'Số 470^{*} -CV/TU')).toBe('Số 470 -CV/TU');
  });

  it('strip-page-numbers removes a lone number between blank lines, not a number in a line', () => {
    expect(run(stripPageNumbers, 'thực hiện.\n\n26\n\nKT. CHỦ TỊCH')).toBe('thực hiện.\n\n\n\nKT. CHỦ TỊCH');
    expect(run(stripPageNumbers, '- Lưu: VT.\n26 người')).toBe('- Lưu: VT.\n26 người');
  });

  it('strip-vowelless-tail removes OCR junk for `./.` but keeps real words and abbreviations', () => {
    expect(run(stripVowellessTail, 'nghiêm túc thực hiện nk\n\nNoi nhậm:')).toBe('nghiêm túc thực hiện\n\nNoi nhậm:');
    expect(run(stripVowellessTail, 'gửi Sở Y tế\n\n')).toBe('gửi Sở Y tế\n\n');
    expect(run(stripVowellessTail, 'Lưu: VT, KGVX\n')).toBe('Lưu: VT, KGVX\n');
  });

  it('join-wrapped-lines joins a long wrapped line, keeps short header lines and list items apart', () => {
    const wrapped = 'Toàn hệ thống chính trị tiếp tục tập trung cao nhất cho công tác phòng,\nchống dịch Covid-19.';
    expect(run(joinWrappedLines, wrapped)).toBe(wrapped.replace('\n', ' '));
    const header = 'ỦY BAN NHÂN DÂN\nTỈNH ĐẮK NÔNG';
    expect(run(joinWrappedLines, header)).toBe(header);
    const list = '- Các Sở, Ban, ngành, hội, đoàn thể cấp tỉnh và các đơn vị trực thuộc khác;\n- Các đơn vị lực lượng vũ trang cấp tỉnh;';
    expect(run(joinWrappedLines, list)).toBe(list);
  });
});

const TOKENS = [
  '*', '**', '~~', '\\*', '^{*}', '# ', '## ', ' ', '  ', '\n', '\n\n', '\r', '-', '- ', '26', '3953', 'nk', 'Số:', '/UBND-KGVX',
  'ỦY BAN NHÂN DÂN', 'Đắk Nông', 'phòng, chống dịch', 'Toàn hệ thống chính trị tiếp tục tập trung cao nhất cho công tác',
  '\u00a0', '\t', '.', ',', 'ệ', 'e\u0302\u0323', '     ',
];
const artefactText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((parts) => parts.join(''));
const anyText = fc.oneof(artefactText, fc.string({ unit: 'grapheme', maxLength: 300 }));

describe('clean properties', () => {
  it('never throws', () => {
    fc.assert(fc.property(anyText, (text) => void clean(text)), { numRuns: 500 });
  });

  it('maps every cleaned character into the source, in increasing order, onto itself or a removed/space character', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const cleaned = clean(text);
        const problems: string[] = [];
        if (cleaned.offsets.length !== cleaned.text.length) problems.push('offsets length');
        for (let i = 0; i < cleaned.text.length; i++) {
          const at = cleaned.offsets[i]!;
          if (!(at >= 0 && at < text.length)) problems.push(`offset ${at} outside the source`);
          if (i > 0 && at <= cleaned.offsets[i - 1]!) problems.push(`offset ${at} not increasing`);
          const substituted = (cleaned.text[i] === ' ' && /[\s*~_\u00a0]/.test(text[at]!)) || (cleaned.text[i] === '\n' && /[ \t\u00a0]/.test(text[at]!));
          if (cleaned.text[i] !== text[at] && !substituted) {
            problems.push(`char ${JSON.stringify(cleaned.text[i])} maps to ${JSON.stringify(text[at])}`);
          }
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent: clean(clean(x)) === clean(x)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = clean(text).text;
        expect(clean(once).text).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent on every seed', () => {
    const seeds = join(__dirname, '..', '..', '..', 'seeds');
    for (const file of readdirSync(seeds)) {
      const once = clean(readFileSync(join(seeds, file), 'utf8')).text;
      expect(clean(once).text).toBe(once);
    }
  });
});

describe('clean stops at the fixed point', () => {
  /** Whole rounds of every step until a round changes nothing (at most six): what clean must return. */
  const byRounds = (text: string): MappedText => {
    let current = sourceText(text);
    for (let round = 0; round < 6; round++) {
      const before = current.text;
      for (const step of DEFAULT_CLEAN_STEPS) current = applyEdits(current, step.edits(current.text));
      if (current.text === before) break;
    }
    return current;
  };

  it('returns what whole rounds return, text and offsets', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const expected = byRounds(text);
        const got = clean(text);
        expect(got.text).toBe(expected.text);
        expect(Array.from(got.offsets)).toEqual(Array.from(expected.offsets));
      }),
      { numRuns: 500 },
    );
  });

  it('runs no step again on a text every step has left as it was', () => {
    const calls: string[] = [];
    const dropX: CleanStep = { name: 'drop-x', edits: (text) => (calls.push('x'), [...text.matchAll(/x/g)].map((m) => ({ start: m.index, end: m.index + 1, replacement: '' }))) };
    const dropY: CleanStep = { name: 'drop-y', edits: (text) => (calls.push('y'), [...text.matchAll(/y/g)].map((m) => ({ start: m.index, end: m.index + 1, replacement: '' }))) };
    expect(clean('axb', [dropX, dropY]).text).toBe('ab');
    // drop-x changed the text, drop-y did not; drop-x then left it as it was: both have, so drop-y is not run again.
    expect(calls).toEqual(['x', 'y', 'x']);
    calls.length = 0;
    expect(clean('ayb', [dropX, dropY]).text).toBe('ab');
    expect(calls).toEqual(['x', 'y', 'x', 'y']);
  });
});
