import { COLUMN_WIDTH, ROW_HEIGHT, dateColumnsLayout } from '../../src/explorer/app/chain-layout';
import { highlightSegments, locateInText, snippetParts, type Mark } from '../../src/explorer/app/highlight-segments';
import { RELATION_COLORS, relationColor } from '../../src/explorer/app/relation-style';
import { looksLikeCode } from '../../src/explorer/app/search-intent';
import { cellKey, topicTable } from '../../src/explorer/app/topic-table';
import { explorerPage } from '../../src/explorer/explorer-page';
import { ALL_RELATION_TYPES } from '../../src/domain/relation-type';

describe('highlightSegments', () => {
  const mark = (start: number, end: number, kind: Mark['kind']): Mark => ({ start, end, kind, title: kind });

  test('overlapping marks cut the text so both show, and the segments give the text back', () => {
    const text = 'Thực hiện Chỉ thị 16/CT-TTg, tỉnh yêu cầu cách ly.';
    const segments = highlightSegments(text, [mark(0, 28, 'repeated'), mark(10, 27, 'reference'), mark(40, 999, 'reference'), mark(5, 5, 'reference')]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.map((s) => [s.text, s.marks.map((m) => m.kind)])).toEqual([
      ['Thực hiện ', ['repeated']],
      ['Chỉ thị 16/CT-TTg', ['repeated', 'reference']],
      [',', ['repeated']],
      [' tỉnh yêu cầu cách ly.', []],
    ]);
  });

  test('no marks: one plain segment; empty text: none', () => {
    expect(highlightSegments('abc', [])).toEqual([{ text: 'abc', marks: [] }]);
    expect(highlightSegments('', [])).toEqual([]);
  });

  test('locateInText ignores re-wrapping; snippetParts splits « » matches', () => {
    expect(locateInText('a\nb  c d', 'b c')).toEqual({ start: 2, end: 6 });
    expect(locateInText('abc', 'x')).toBeNull();
    expect(snippetParts('… thực hiện «tiêm» «chủng» vắc xin')).toEqual([
      { text: '… thực hiện ', match: false },
      { text: 'tiêm', match: true },
      { text: ' ', match: false },
      { text: 'chủng', match: true },
      { text: ' vắc xin', match: false },
    ]);
  });
});

describe('dateColumnsLayout', () => {
  test('one column per date, oldest left, undated last, same-date nodes stacked', () => {
    const positions = dateColumnsLayout([
      { id: 'doc:c', date: '2021-07-24' },
      { id: 'doc:u', date: null },
      { id: 'doc:a', date: '2020-03-31' },
      { id: 'doc:b2', date: '2021-07-22' },
      { id: 'doc:b1', date: '2021-07-22' },
    ]);
    const x = (id: string): number => positions.get(id)!.x;
    expect([x('doc:a'), x('doc:b1'), x('doc:b2'), x('doc:c'), x('doc:u')]).toEqual([0, COLUMN_WIDTH, COLUMN_WIDTH, 2 * COLUMN_WIDTH, 3 * COLUMN_WIDTH]);
    expect(positions.get('doc:b2')!.y - positions.get('doc:b1')!.y).toBe(ROW_HEIGHT);
    expect(positions.size).toBe(5);
  });
});

describe('search intent and colours', () => {
  test.each([
    ['16/CT-TTg', true],
    ['470-CV/TU', true],
    ['04/2021/NQ-HĐND', true],
    ['3953/ubnd-kgvx', true],
    ['cach ly', false],
    ['Chỉ thị 16/CT-TTg', false],
    ['tiêm chủng vắc xin', false],
  ])('%s looks like a code: %s', (input, expected) => {
    expect(looksLikeCode(input)).toBe(expected);
  });

  test('every relation type has its own colour', () => {
    const colours = ALL_RELATION_TYPES.map(relationColor);
    expect(new Set(colours).size).toBe(ALL_RELATION_TYPES.length);
    expect(Object.keys(RELATION_COLORS).sort()).toEqual([...ALL_RELATION_TYPES].sort());
  });
});

test('explorerPage escapes the paths it is given and loads only local assets', () => {
  const html = explorerPage('/graphql"><script>x</script>', '/explorer');
  expect(html).not.toContain('<script>x</script>');
  expect(html).toContain('src="/explorer/explorer.js"');
  expect(html).not.toMatch(/https?:\/\//);
});

describe('topicTable', () => {
  test('a cell sums its months, keeps them for its title, and puts documents without a province under national / unknown', () => {
    const dn = { id: 'province:dak-nong', name: 'Đắk Nông' };
    const bd = { id: 'province:binh-duong', name: 'Bình Dương' };
    const table = topicTable([
      { province: dn, topic: { id: 'quarantine' }, month: '2021-07', documents: 2 },
      { province: dn, topic: { id: 'quarantine' }, month: '2021-08', documents: 3 },
      { province: dn, topic: { id: 'quarantine' }, month: null, documents: 1 },
      { province: dn, topic: { id: 'testing' }, month: '2021-07', documents: 4 },
      { province: bd, topic: { id: 'quarantine' }, month: '2021-08', documents: 5 },
      { province: null, topic: { id: 'testing' }, month: null, documents: 6 },
    ]);
    expect(table.provinces).toEqual(['Bình Dương', 'Đắk Nông', 'national / unknown']);
    expect(table.counts.get(cellKey('Đắk Nông', 'quarantine'))).toBe(6);
    expect(table.counts.get(cellKey('Đắk Nông', 'testing'))).toBe(4);
    expect(table.counts.get(cellKey('Bình Dương', 'quarantine'))).toBe(5);
    expect(table.counts.get(cellKey('national / unknown', 'testing'))).toBe(6);
    expect(table.counts.get(cellKey('Bình Dương', 'testing'))).toBeUndefined();
    expect(table.months.get(cellKey('Đắk Nông', 'quarantine'))).toEqual(['2021-07: 2', '2021-08: 3', 'undated: 1']);
  });
});
