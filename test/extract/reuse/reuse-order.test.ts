import { issueOrder, type ReuseOrder } from '../../../src/extract/reuse';

const doc = (id: string, issuedOn: string | null, earliest: string | null = null, latest: string | null = null) => ({
  id,
  issuedOn,
  issuedOnBounds: earliest || latest ? { earliest, latest, reason: 'test' } : null,
});

describe('issueOrder', () => {
  it.each<[string, ReturnType<typeof doc>, ReturnType<typeof doc>, ReuseOrder]>([
    ['later date', doc('a', '2021-07-24'), doc('b', '2021-07-23'), 'later'],
    ['earlier date', doc('a', '2021-07-22'), doc('b', '2021-07-23'), 'earlier'],
    ['same day', doc('a', '2021-07-22'), doc('b', '2021-07-22'), 'unknown'],
    ['bounds after the date', doc('a', null, '2021-07-23'), doc('b', '2021-07-22'), 'later'],
    ['bounds starting on the date', doc('a', null, '2021-07-22'), doc('b', '2021-07-22'), 'unknown'],
    ['bounds ending before the date', doc('a', null, null, '2021-07-01'), doc('b', '2021-07-22'), 'earlier'],
    ['no date at all', doc('a', null), doc('b', '2021-07-22'), 'unknown'],
  ])('%s', (_, a, b, expected) => {
    expect(issueOrder(a, b)).toBe(expected);
  });

  it('lets an explicit citation break a tie: the citing document is the later one', () => {
    const cites = (s: string, t: string) => s === 'a' && t === 'b';
    expect(issueOrder(doc('a', '2021-07-24'), doc('b', '2021-07-24'), cites)).toBe('later');
    expect(issueOrder(doc('b', '2021-07-24'), doc('a', '2021-07-24'), cites)).toBe('earlier');
  });

  it('never lets a citation override dates that disagree with it', () => {
    const cites = (s: string, t: string) => s === 'a' && t === 'b';
    expect(issueOrder(doc('a', '2021-07-20'), doc('b', '2021-07-24'), cites)).toBe('earlier');
  });
});
