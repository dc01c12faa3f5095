import { ftsMatchExpression, markedSnippet, queryTerms } from '../../../src/store/shared/full-text';

describe('full-text helpers', () => {
  it('folds query words, đ included, and drops punctuation and repeats', () => {
    expect(queryTerms('Đắk Nông, ĐẮK  nông!')).toEqual(['dak', 'nong']);
    expect(queryTerms('16/CT-TTg')).toEqual(['16', 'ct', 'ttg']);
    expect(queryTerms(' - ; ')).toEqual([]);
  });

  it('quotes every term so FTS operators in user text are inert', () => {
    expect(ftsMatchExpression(['and', 'or"x'])).toBe('"and" "or""x"');
  });

  it('marks matched words in the original text, keeping diacritics', () => {
    expect(markedSnippet('Tỉnh ủy Đắk Nông yêu cầu cách ly.', ['dak', 'ly'])).toBe('Tỉnh ủy «Đắk» Nông yêu cầu cách «ly».');
  });

  it('matches whole words only and returns null without a match', () => {
    expect(markedSnippet('lây lan', ['la'])).toBeNull();
  });

  it('cuts a window around the first match with ellipses', () => {
    const text = `${'mở đầu '.repeat(40)}trọng tâm cách ly ${'kết thúc '.repeat(60)}`;
    const snippet = markedSnippet(text, ['cach'], 20)!;
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('trọng tâm «cách» ly');
    expect(snippet.length).toBeLessThan(90);
  });

  it('prefers the window where most query words occur together', () => {
    const text = `Thực hiện chỉ đạo tại Công văn 470. ${'nội dung khác '.repeat(30)}phòng, chống dịch theo phương châm 4 tại chỗ.`;
    const snippet = markedSnippet(text, queryTerms('phuong cham 4 tai cho'), 30)!;
    expect(snippet).toContain('«phương» «châm» «4» «tại» «chỗ»');
  });
});
