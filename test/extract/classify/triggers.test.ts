import fc from 'fast-check';
import { RelationType as R } from '../../../src/domain/relation-type';
import { classifyReferences } from '../../../src/extract/classify/classify-references';

interface Case {
  why: string;
  subject?: string;
  body: string;
  /** Relations of each reference, subject references first, in order of appearance. */
  expected: Array<[code: string, relations: R[]]>;
}

const C = R.CITES;

/** Sentences written in the style of official documents; expectations follow domain.md §4. */
const CASES: Case[] = [
  {
    why: 'Căn cứ + reference is a legal basis',
    body: 'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;',
    expected: [['30/2020/NĐ-CP', [R.BASED_ON, C]]],
  },
  {
    why: 'each Căn cứ line is its own clause',
    body:
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nCăn cứ Quyết định số 447/QĐ-TTg ngày 01/4/2020 của Thủ tướng Chính phủ;\nXét đề nghị của Giám đốc Sở Y tế tại Tờ trình số 56/TTr-SYT ngày 10/8/2021.',
    expected: [
      ['447/QĐ-TTg', [R.BASED_ON, C]],
      ['56/TTr-SYT', [C]],
    ],
  },
  {
    why: 'a Căn cứ clause covers its list',
    body: 'Căn cứ Nghị quyết số 04/2021/NQ-HĐND và Nghị quyết số 12/2021/NQ-HĐND của HĐND tỉnh;',
    expected: [
      ['04/2021/NQ-HĐND', [R.BASED_ON, C]],
      ['12/2021/NQ-HĐND', [R.BASED_ON, C]],
    ],
  },
  {
    why: 'Căn cứ chức năng, nhiệm vụ is not a legal basis even when a reference follows later',
    body: 'Căn cứ chức năng, nhiệm vụ được giao theo Quyết định số 12/QĐ-UBND, các sở chủ động phối hợp.',
    expected: [['12/QĐ-UBND', [C]]],
  },
  {
    why: 'Thực hiện + reference opens a preamble',
    body: 'Thực hiện Kế hoạch số 45/KH-UBND ngày 3/8/2021 của UBND tỉnh, UBND huyện yêu cầu:\n\n1. Các xã triển khai ngay.',
    expected: [['45/KH-UBND', [R.IMPLEMENTS, C]]],
  },
  {
    why: 'Triển khai thực hiện is one verb',
    body: 'Triển khai thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, Sở Y tế đề nghị:',
    expected: [['16/CT-TTg', [R.IMPLEMENTS, C]]],
  },
  {
    why: 'Để triển khai ... is a purpose clause with the same meaning',
    body: 'Để triển khai Công điện số 1068/CĐ-TTg ngày 06/8/2021 của Thủ tướng Chính phủ, UBND tỉnh chỉ đạo như sau:',
    expected: [['1068/CĐ-TTg', [R.IMPLEMENTS, C]]],
  },
  {
    why: 'Thực hiện yêu cầu của ... tại ... governs the reference',
    body: 'Thực hiện yêu cầu của Bộ Y tế tại Công văn số 5944/BYT-DP ngày 22/7/2021, Sở Y tế đề nghị các đơn vị:',
    expected: [['5944/BYT-DP', [R.IMPLEMENTS, C]]],
  },
  {
    why: 'Thực hiện ngay các biện pháp ... theo Chỉ thị tells others to act: only a citation',
    body: 'Thực hiện ngay các biện pháp giãn cách xã hội theo Chỉ thị số 16/CT-TTg.',
    expected: [['16/CT-TTg', [C]]],
  },
  {
    why: 'thực hiện in mid-sentence is an order, not the reason for the document',
    body: 'Các địa phương chủ động, linh hoạt thực hiện Nghị quyết số 128/NQ-CP.',
    expected: [['128/NQ-CP', [C]]],
  },
  {
    why: 'Thực hiện nghiêm + reference is an order',
    body: 'Thực hiện nghiêm Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ.',
    expected: [['16/CT-TTg', [C]]],
  },
  {
    why: 'thay thế + reference',
    body: 'Quyết định này thay thế Quyết định số 1044/QĐ-BCĐ ngày 22/7/2021 của Ban Chỉ đạo tỉnh.',
    expected: [['1044/QĐ-BCĐ', [R.REPLACES, C]]],
  },
  {
    why: 'sửa đổi, bổ sung + reference',
    body: 'Sửa đổi, bổ sung một số điều của Kế hoạch số 125/KH-UBND ngày 12/5/2021 của UBND tỉnh như sau:',
    expected: [['125/KH-UBND', [R.AMENDS, C]]],
  },
  {
    why: 'one cited act amending another says nothing of the citing document',
    body: 'Nghị định số 117/2020/NĐ-CP sửa đổi, bổ sung Nghị định số 176/2013/NĐ-CP.',
    expected: [
      ['117/2020/NĐ-CP', [C]],
      ['176/2013/NĐ-CP', [C]],
    ],
  },
  {
    why: '(kèm theo ...) attaches the references inside the parenthesis; the trigger still covers them',
    body: 'Thực hiện Nghị quyết số 86/NQ-CP (kèm theo Kế hoạch số 45/KH-BYT), Bộ Y tế đề nghị:',
    expected: [
      ['86/NQ-CP', [R.IMPLEMENTS, C]],
      ['45/KH-BYT', [R.IMPLEMENTS, R.ATTACHES, C]],
    ],
  },
  {
    why: 'a trigger goes on past ; while references follow; (gửi kèm theo) attaches its own clause only',
    body: 'Thực hiện Điện của Ban Bí thư; Công văn số 294-CV/TU ngày 21/7/2021 (gửi kèm theo); UBND tỉnh yêu cầu:',
    expected: [
      ['DIEN', [R.IMPLEMENTS, C]],
      ['294-CV/TU', [R.IMPLEMENTS, R.ATTACHES, C]],
    ],
  },
  {
    why: 'a trigger stops at ; when a new clause starts',
    body: 'Thực hiện Công văn số 470-CV/TU ngày 22/7/2021 của Thường trực Tỉnh ủy; các sở, ngành triển khai Kế hoạch số 10-KH/TU.',
    expected: [
      ['470-CV/TU', [R.IMPLEMENTS, C]],
      ['10-KH/TU', [C]],
    ],
  },
  {
    why: 'gửi kèm at the end of a parenthesis holding the reference',
    body:
      'Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ (Thông báo số 264/TB-VPCP ngày 31/7/2021 của Văn phòng Chính phủ gửi kèm), UBND tỉnh chỉ đạo:',
    expected: [['264/TB-VPCP', [R.IMPLEMENTS, R.ATTACHES, C]]],
  },
  {
    why: 'theo chỉ đạo của ... tại ... in the preamble',
    body: 'Để đạt hiệu quả cao, theo chỉ đạo của Thủ tướng Chính phủ tại Công điện số 1068/CĐ-TTg, UBND tỉnh yêu cầu:\n\n1. Các huyện thực hiện ngay.',
    expected: [['1068/CĐ-TTg', [R.IMPLEMENTS, C]]],
  },
  {
    why: 'theo đúng chỉ đạo ... tại ... inside an operative item only cites',
    body: 'UBND tỉnh yêu cầu:\n\n1. Tiêm vắc xin theo đúng chỉ đạo của Chính phủ tại Nghị quyết số 21/NQ-CP.',
    expected: [['21/NQ-CP', [C]]],
  },
  {
    why: 'V/v triển khai in the subject',
    subject: 'V/v triển khai Kế hoạch số 45/KH-UBND ngày 3/8/2021 của UBND tỉnh',
    body: 'Ủy ban nhân dân huyện yêu cầu các xã thực hiện.',
    expected: [['45/KH-UBND', [R.IMPLEMENTS, C]]],
  },
  {
    why: 'V/v sửa đổi, bổ sung in the subject',
    subject: 'V/v sửa đổi, bổ sung Quyết định số 2194/QĐ-UBND',
    body: 'Nội dung sửa đổi như sau.',
    expected: [['2194/QĐ-UBND', [R.AMENDS, C]]],
  },
  {
    why: 'Về việc thay thế in the subject',
    subject: 'Về việc thay thế Chỉ thị số 05/CT-UBND ngày 2/4/2021',
    body: 'Bãi bỏ các quy định trái với Chỉ thị này.',
    expected: [['05/CT-UBND', [R.REPLACES, C]]],
  },
  {
    why: 'a plan named for carrying out a resolution (subject, verb mid-line)',
    subject: 'về việc ban hành Kế hoạch triển khai thực hiện Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ',
    body: 'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.',
    expected: [['128/NQ-CP', [R.IMPLEMENTS, C]]],
  },
  {
    why: 'an urgent telegram without number in the preamble',
    body: 'Thực hiện Công điện khẩn của Thủ tướng Chính phủ, UBND tỉnh yêu cầu:',
    expected: [['CONG_DIEN', [R.IMPLEMENTS, C]]],
  },
  {
    why: 'a subject that only mentions a reference',
    subject: 'V/v tăng cường áp dụng Chỉ thị 16/CT-TTg',
    body: 'Các địa phương thực hiện nghiêm.',
    expected: [['16/CT-TTg', [C]]],
  },
  {
    why: 'no references, no classifications',
    body: 'Căn cứ nội dung Văn bản này, yêu cầu các sở, ban, ngành nghiêm túc triển khai thực hiện./.',
    expected: [],
  },
];

describe('relation triggers', () => {
  it.each(CASES.map((c) => [c.why, c] as const))('%s', (_why, c) => {
    const got = classifyReferences({ subject: c.subject ?? null, body: c.body }).map(
      (x) => [x.reference.code ?? x.reference.type, x.relations.map((r) => r.type).sort()] as const,
    );
    expect(got).toEqual(c.expected.map(([code, rel]) => [code, [...rel].sort()]));
  });

  it('takes the references from the caller when given, offsets into subject and body', () => {
    const subject = 'V/v triển khai Thông báo 285/TB-VPCP';
    const body = 'Thực hiện Nghị quyết số 128/NQ-CP, UBND tỉnh yêu cầu:';
    const bodyRef = {
      type: null, number: '128', year: null, symbol: 'NQ-CP', code: '128/NQ-CP', date: null, issuer: null,
      start: body.indexOf('Nghị quyết'), end: body.indexOf(','), text: 'Nghị quyết số 128/NQ-CP',
    };
    const result = classifyReferences({ subject, body }, [bodyRef], []);
    expect(result).toHaveLength(1);
    expect(result[0].reference).toBe(bodyRef);
    expect(result[0].source).toBe('body');
    expect(result[0].relations.map((r) => r.type)).toEqual([R.IMPLEMENTS, R.CITES]);
  });
});

describe('robustness', () => {
  it('never throws on any subject and body', () => {
    const pieces = ['Thực hiện', 'Căn cứ', '(gửi kèm theo)', '(', ')', ';', ':', '.', '\n', '\n\n', '1. ', '- ', 'Chỉ thị số 16/CT-TTg', 'Điện của Ban Bí thư', 'thay thế', 'sửa đổi, bổ sung', 'theo chỉ đạo của', 'tại', '\ud800', 'V/v'];
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), fc.array(fc.constantFrom(...pieces), { maxLength: 25 }).map((p) => p.join(' ')));
    fc.assert(
      fc.property(fc.option(text, { nil: null }), text, (subject, body) => {
        for (const c of classifyReferences({ subject, body })) {
          expect(c.relations.some((r) => r.type === R.CITES)).toBe(true);
        }
      }),
      { numRuns: 800 },
    );
  });
});
