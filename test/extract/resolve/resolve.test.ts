import { System } from '../../../src/domain/system';
import { dateBounds } from '../../../src/extract/resolve/date-bounds';
import { PROVINCES, provinceByName, provinceNamedIn } from '../../../src/extract/resolve/gazetteer-data';
import { governingIssuer } from '../../../src/extract/resolve/instruments';
import { resolveBody, resolveUnderParent } from '../../../src/extract/resolve/organizations';
import { editDistance, findPersonMentions, PersonRegistry } from '../../../src/extract/resolve/persons';
import { inferProvince } from '../../../src/extract/resolve/province-inference';
import { assignStamp } from '../../../src/extract/resolve/stamps';

const DAK_NONG = provinceByName('Đắk Nông');

describe('provinces', () => {
  it('holds the 63 province-level units of 2021 with diacritics', () => {
    expect(PROVINCES).toHaveLength(63);
    expect(PROVINCES.filter((p) => p.kind === 'city').map((p) => p.name).sort()).toEqual(
      ['Cần Thơ', 'Hà Nội', 'Hải Phòng', 'Thành phố Hồ Chí Minh', 'Đà Nẵng'].sort(),
    );
  });

  it.each([
    ['Đăk Nông', 'Đắk Nông'],
    ['dak nong', 'Đắk Nông'],
    ['Hồ Chí Minh', 'Thành phố Hồ Chí Minh'],
  ])('%s is %s', (written, name) => {
    expect(provinceByName(written)?.name).toBe(name);
  });

  it('finds the province at the end of a body name, preferring the longer name', () => {
    expect(provinceNamedIn('TỈNH ỦY ĐẮK NÔNG')?.name).toBe('Đắk Nông');
    expect(provinceNamedIn('ỦY BAN NHÂN DÂN TỈNH HÀ NAM')?.name).toBe('Hà Nam');
    expect(provinceNamedIn('BAN CÁN SỰ ĐẢNG UBND TỈNH')).toBeNull();
  });
});

describe('resolveBody', () => {
  it.each([
    ['UBND tỉnh', 'Ủy ban nhân dân tỉnh Đắk Nông', 'dak-nong', System.STATE, null],
    ['ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG', 'Ủy ban nhân dân tỉnh Đắk Nông', 'dak-nong', System.STATE, null],
    ['Thường trực Tỉnh ủy', 'Thường trực Tỉnh ủy Đắk Nông', 'dak-nong', System.PARTY, 'Tỉnh ủy Đắk Nông'],
    ['Ban cán sự đảng UBND tỉnh', 'Ban cán sự đảng Ủy ban nhân dân tỉnh Đắk Nông', 'dak-nong', System.PARTY, 'Tỉnh ủy Đắk Nông'],
    ['Bộ Chính trị', 'Bộ Chính trị', 'national', System.PARTY, null],
    ['Thường trực Ban Bí thư', 'Thường trực Ban Bí thư', 'national', System.PARTY, 'Ban Bí thư'],
    ['Thủ tướng Chính phủ Phạm Minh Chính', 'Thủ tướng Chính phủ', 'national', System.STATE, 'Chính phủ'],
    ['Văn phòng Chính phủ', 'Văn phòng Chính phủ', 'national', System.STATE, 'Chính phủ'],
    ['Bộ Y tế', 'Bộ Y tế', 'national', System.STATE, 'Chính phủ'],
    ['HĐND tỉnh', 'Hội đồng nhân dân tỉnh Đắk Nông', 'dak-nong', System.STATE, null],
  ])('%s in a Đắk Nông letter → %s', (written, name, scope, system, parent) => {
    const body = resolveBody(written, DAK_NONG);
    expect(body).toMatchObject({ name, scope, system });
    expect(body.parent?.name ?? null).toBe(parent);
  });

  it.each([
    ['ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'Ủy ban nhân dân thành phố Hồ Chí Minh', 'thanh-pho-ho-chi-minh'],
    ['THÀNH ỦY HÀ NỘI', 'Thành ủy Hà Nội', 'ha-noi'],
    ['Sở Y tế Hà Nội', 'Sở Y tế thành phố Hà Nội', 'ha-noi'],
    ['SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH NINH BÌNH', 'Sở Giáo dục và Đào tạo tỉnh Ninh Bình', 'ninh-binh'],
  ])('names city and department bodies: %s → %s', (written, name, scope) => {
    expect(resolveBody(written, null)).toMatchObject({ name, scope });
  });

  it('reads a body printed under its parent as the parent\'s organ', () => {
    const body = resolveUnderParent('BAN TUYÊN GIÁO', 'TỈNH ỦY NINH BÌNH', provinceByName('Ninh Bình'));
    expect(body).toMatchObject({ name: 'Ban Tuyên giáo Tỉnh ủy Ninh Bình', scope: 'ninh-binh' });
    expect(body.parent?.name).toBe('Tỉnh ủy Ninh Bình');
    const unknown = resolveUnderParent('BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19', 'ỦY BAN NHÂN DÂN TỈNH NINH BÌNH', provinceByName('Ninh Bình'));
    expect(unknown.name).toBe('Ban chỉ đạo phòng, chống dịch COVID-19');
    expect(unknown.parent?.name).toBe('Ủy ban nhân dân tỉnh Ninh Bình');
  });

  it('keeps the place name at the end of an upper-case body name a proper name', () => {
    expect(resolveBody('HUYỆN ỦY LỤC NGẠN', null).name).toBe('Huyện ủy Lục Ngạn');
    expect(resolveBody('ỦY BAN NHÂN DÂN HUYỆN ĐẮK GLONG', DAK_NONG).name).toBe('Ủy ban nhân dân huyện Đắk Glong');
  });

  it('keeps a body of another province in that province', () => {
    expect(resolveBody('Tỉnh ủy Ninh Bình', DAK_NONG)).toMatchObject({ name: 'Tỉnh ủy Ninh Bình', scope: 'ninh-binh' });
  });

  it('leaves the scope unknown when no province is known', () => {
    expect(resolveBody('Ban Thường vụ Tỉnh ủy', null)).toMatchObject({ name: 'Ban Thường vụ Tỉnh ủy', scope: 'unknown' });
  });
});

describe('persons', () => {
  it('measures edit distance', () => {
    expect(editDistance('dien kre', 'dieu kre')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
  });

  it('files OCR variants of one name in one province as one person, named as signed', () => {
    const registry = new PersonRegistry();
    registry.add('Điều Kré', 'dak-nong', 'mention');
    registry.add('Điền Kré', 'dak-nong', 'signature');
    registry.add('Điền Kré', 'ninh-binh', 'signature');
    const people = registry.all();
    expect(people).toHaveLength(2);
    expect(people[0]).toEqual({ id: 'person:dien-kre', name: 'Điền Kré', aliases: ['Điền Kré', 'Điều Kré'] });
    expect(registry.idOf('Điều Kré', 'dak-nong')).toBe('person:dien-kre');
  });

  it('does not merge names that differ by more than one edit', () => {
    const registry = new PersonRegistry();
    registry.add('Trần Văn Nam', 'dak-nong', 'signature');
    registry.add('Trần Văn Hùng', 'dak-nong', 'signature');
    expect(registry.all()).toHaveLength(2);
  });

  it('reads people after `đồng chí`, not titles', () => {
    expect(findPersonMentions('đồng chí Điều Kré - Ủy viên Trung ương Đảng; Đ/c Bí thư Tỉnh ủy').map((m) => m.name)).toEqual(['Điều Kré']);
  });
});

describe('province inference', () => {
  it('infers from an industrial zone and a leader, with evidence', () => {
    const inferred = inferProvince('ổ dịch tại Khu công nghiệp Vân Trung nơi có mật độ công nhân lớn.\n\nDương Văn Thái');
    expect(inferred?.province).toBe('Bắc Giang');
    expect(inferred?.clues.map((c) => c.text)).toEqual(['Khu công nghiệp Vân Trung', 'Dương Văn Thái']);
    expect(inferred!.confidence).toBeGreaterThan(0.6);
    expect(inferred!.confidence).toBeLessThan(1);
  });

  it('infers from a district printed as the place of issue', () => {
    const text = 'HUYỆN ỦY LỤC NGẠN\n\nLục Ngạn, ngày 5 tháng 5 năm 2021';
    const at = text.indexOf('Lục Ngạn,');
    const inferred = inferProvince(text, { text: 'Lục Ngạn', start: at, end: at + 8 });
    expect(inferred?.province).toBe('Bắc Giang');
    expect(inferred?.clues.map((c) => c.kind).sort()).toEqual(['district', 'place']);
  });

  it('does not infer from a single district mention', () => {
    expect(inferProvince('người về từ huyện Lục Ngạn')).toBeNull();
  });
});

describe('date bounds', () => {
  it('bounds from the latest cited document and the printed year', () => {
    expect(
      dateBounds({
        year: 2021,
        citations: [
          { label: '78/NQ-CP', date: '2021-07-20' },
          { label: '79/NQ-CP', date: '2021-07-22' },
        ],
        text: '',
      }),
    ).toEqual({ earliest: '2021-07-22', latest: '2021-12-31', reason: 'cites 79/NQ-CP of 2021-07-22; date line gives the year 2021' });
  });

  it('bounds from above by a dated event the document prepares', () => {
    const bounds = dateBounds({ year: null, citations: [], text: 'bảo đảm tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XV' });
    expect(bounds).toMatchObject({ earliest: null, latest: '2021-05-23' });
  });

  it('gives nothing when the content bounds nothing', () => {
    expect(dateBounds({ year: null, citations: [], text: 'Không có gì.' })).toBeNull();
  });
});

describe('stamps', () => {
  const stamp = { body: 'Tỉnh ủy Đắk Nông', signer: 'Tỉnh ủy Đắk Nông', signedAt: '2021-07-24T10:45:30+07:00' };
  it('goes to the document whose issuer signed it', () => {
    expect(assignStamp(stamp, { issuerName: 'Ủy ban nhân dân tỉnh Đắk Nông', issuedOn: '2021-07-24' }, { issuerName: 'Tỉnh ủy Đắk Nông', issuedOn: '2021-07-24' })).toBe('after');
    expect(assignStamp(stamp, { issuerName: 'Tỉnh ủy Đắk Nông', issuedOn: '2021-07-24' }, { issuerName: 'Ủy ban nhân dân tỉnh Đắk Nông', issuedOn: '2021-07-24' })).toBe('before');
  });

  it('cannot sign a document before it was issued, and matches nobody else', () => {
    expect(assignStamp(stamp, null, { issuerName: 'Tỉnh ủy Đắk Nông', issuedOn: '2021-07-25' })).toBeNull();
    expect(assignStamp(stamp, null, { issuerName: 'Văn phòng Chính phủ', issuedOn: '2021-07-20' })).toBeNull();
  });
});

describe('governing issuer', () => {
  it('reads the issuer of a parenthesised reference from `của X (tại`', () => {
    expect(governingIssuer('theo chỉ đạo của Thường trực Ban Bí thư (tại ')).toBe('Thường trực Ban Bí thư');
    expect(governingIssuer('Thực hiện ')).toBeNull();
  });
});
