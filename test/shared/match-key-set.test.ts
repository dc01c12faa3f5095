import { MatchKeySet } from '../../src/shared/match-key-set';

describe('MatchKeySet', () => {
  it('finds a text whose key an added text has, and nothing else', () => {
    const set = new MatchKeySet();
    set.add('Ủy ban  nhân dân tỉnh Đắk Nông');
    expect(set.has('ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG')).toBe(true);
    expect(set.has('Ủy ban nhân dân\ttỉnh Đắk Nông ')).toBe(true);
    expect(set.has('Ủy ban nhân dân tỉnh Đắk Lắk')).toBe(false);
    expect(set.has('')).toBe(false);
  });

  it('compares keys, not hashes, where hashes meet', () => {
    const set = new MatchKeySet();
    // Two texts filed under one hash (as a collision would): only the one with the key is found.
    set.add('phòng, chống dịch', 7);
    expect(set.has('Phòng,  chống dịch', 7)).toBe(true);
    expect(set.has('tiêm chủng', 7)).toBe(false);
    set.add('tiêm chủng', 7);
    expect(set.has('TIÊM CHỦNG', 7)).toBe(true);
  });
});
