import { assertAlignable, assertAtMost, MAX_ALIGNED_TEXT_CHARS } from '../../../src/api/analytics/analytics-limits';
import { LimitExceededError } from '../../../src/domain/errors';
import { foldKeepingOffsets } from '../../../src/api/analytics/fold-keeping-offsets';
import { locatePassage } from '../../../src/api/analytics/locate-passage';
import { computeOriginality } from '../../../src/api/analytics/originality';
import { reconstructText } from '../../../src/api/analytics/reconstruct-text';
import { contentCharsIn, gapsBetween, mergeRanges } from '../../../src/api/analytics/text-ranges';
import { TopicCounter, type TaggableDocument, type TopicCountDimension } from '../../../src/api/analytics/topic-counts';
import { tagTopics, topicBitsOf, topicIdsOf } from '../../../src/api/analytics/topic-tags';
import { foldDiacritics } from '../../../src/shared/fold';
import fc from 'fast-check';
import { TOPICS } from '../../../src/api/analytics/topic-taxonomy';

// A sentence of 30+ words, long enough for the aligner's 20-word minimum.
const SHARED =
  'Các cấp ủy, tổ chức đảng tiếp tục quán triệt và tổ chức triển khai thực hiện nghiêm túc, quyết liệt, có hiệu quả các văn bản chỉ đạo của Bộ Chính trị, Ban Bí thư, Chính phủ, Thủ tướng Chính phủ về công tác phòng, chống dịch Covid-19.';
const OWN_A = 'Ủy ban nhân dân tỉnh Đắk Nông giao Sở Y tế chuẩn bị phương án điều trị cho từng huyện trong tháng Tám tới đây.';
const OWN_B = 'Tỉnh ủy Ninh Bình yêu cầu các huyện ủy báo cáo kết quả về Văn phòng Tỉnh ủy trước ngày mười lăm hằng tháng.';

describe('text ranges', () => {
  test('merge, count non-space characters, and find the gaps worth calling additions', () => {
    expect(mergeRanges([{ start: 5, end: 8 }, { start: 0, end: 3 }, { start: 2, end: 4 }, { start: 8, end: 9 }])).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 9 },
    ]);
    expect(contentCharsIn('ab cd ef', [{ start: 0, end: 5 }, { start: 3, end: 8 }])).toBe(6);
    const text = 'copied part. - own words here, long enough. copied';
    expect(gapsBetween(text, [{ start: 0, end: 11 }, { start: 44, end: 50 }], 5)).toEqual([{ start: 15, end: 42 }]);
    expect(text.slice(15, 42)).toBe('own words here, long enough');
    expect(gapsBetween(text, [{ start: 0, end: 11 }, { start: 44, end: 50 }], 100)).toEqual([]);
  });

  test('locatePassage finds evidence exactly or across re-wrapped white space', () => {
    const text = 'Mở đầu. Kiên quyết xử lý\ncác đối tượng   lợi dụng. Kết.';
    expect(locatePassage(text, 'Kiên quyết xử lý các đối tượng lợi dụng')).toEqual({ start: 8, end: 49 });
    expect(locatePassage(text, 'Mở đầu.')).toEqual({ start: 0, end: 7 });
    expect(locatePassage(text, 'không có')).toBeNull();
    expect(locatePassage(text, '  ')).toBeNull();
  });

  test('foldKeepingOffsets folds each code unit as its own definition says, surrogates and marks included', () => {
    const byDefinition = (text: string): string =>
      Array.from({ length: text.length }, (_, i) => {
        const ch = text[i]!;
        if (ch.charCodeAt(0) < 0x80) return ch.toLowerCase();
        const f = foldDiacritics(ch).toLowerCase();
        return f.length === 1 ? f : ch;
      }).join('');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 9000 })), (text) => {
        expect(foldKeepingOffsets(text)).toBe(byDefinition(text));
      }),
      { numRuns: 500 },
    );
    // Longer than one chunk of code units.
    expect(foldKeepingOffsets('Đắk Nông '.repeat(1000))).toBe('dak nong '.repeat(1000));
    // Longer than the buffer kept between calls; and a short text after it still folds alone.
    expect(foldKeepingOffsets('Đắk '.repeat(300_000))).toBe('dak '.repeat(300_000));
    expect(foldKeepingOffsets('Ô')).toBe('o');
  });

  test('foldKeepingOffsets folds Vietnamese letters one for one', () => {
    const text = 'Đắk Nông TIÊM CHỦNG vắc xin';
    const folded = foldKeepingOffsets(text);
    expect(folded).toBe('dak nong tiem chung vac xin');
    expect(folded).toHaveLength(text.length);
    // A decomposed letter keeps its length too (the mark stays, so nothing shifts).
    expect(foldKeepingOffsets('e\u0301')).toHaveLength(2);
  });
});

describe('originality', () => {
  test('a document copying one sentence from an upstream text: copied share as measured by hand', () => {
    const doc = `${OWN_A} ${SHARED}`;
    const result = computeOriginality(doc, [{ id: 'up', text: `${OWN_B} ${SHARED}`, repeatedEvidence: [] }]);
    const nonSpace = (s: string): number => s.replace(/\s+/g, '').length;
    // The aligned passage runs from the first to the last shared word (the final period is not a word).
    const copied = nonSpace(SHARED.slice(0, -1));
    expect(result.originality).toBeCloseTo(1 - copied / nonSpace(doc), 2);
    expect(result.copied).toHaveLength(1);
    expect(doc.slice(result.copied[0]!.start, result.copied[0]!.end)).toBe(SHARED.slice(0, -1));
  });

  test('an upstream instrument without text counts the passages its REPEATS evidence locates, once', () => {
    const doc = `${OWN_A} ${SHARED}`;
    const result = computeOriginality(doc, [
      { id: 'telegram', text: null, repeatedEvidence: [SHARED, 'not in the document at all'] },
      { id: 'other', text: null, repeatedEvidence: [SHARED] },
    ]);
    expect(result.copied.map((c) => c.fromId)).toEqual(['other', 'telegram']);
    const nonSpace = (s: string): number => s.replace(/\s+/g, '').length;
    expect(result.originality).toBeCloseTo(1 - nonSpace(SHARED) / nonSpace(doc), 5);
  });

  test('nothing upstream: fully original; empty text: 1', () => {
    expect(computeOriginality(OWN_A, []).originality).toBe(1);
    expect(computeOriginality('   ', []).originality).toBe(1);
  });
});

describe('reconstructText', () => {
  test('a sentence three witnesses share is one passage with agreement 3; one two share has agreement 2', () => {
    const SECOND =
      'Ban Tuyên giáo Tỉnh ủy tập trung chỉ đạo công tác thông tin, tuyên truyền để nhân dân hiểu rõ tính chất, mức độ nguy hiểm của dịch bệnh, nâng cao ý thức tự bảo vệ mình và cộng đồng.';
    const passages = reconstructText([
      { id: 'a', text: `${OWN_A} ${SHARED} ${SECOND}` },
      { id: 'b', text: `${SHARED} ${OWN_B} ${SECOND}` },
      { id: 'c', text: `Ban cán sự đảng Ủy ban nhân dân tỉnh Lai Châu đề nghị các sở thực hiện. ${SHARED}` },
    ]);
    expect(passages.map((p) => [p.agreement, p.witnesses.map((w) => w.documentId)])).toEqual([
      [3, ['a', 'b', 'c']],
      [2, ['a', 'b']],
    ]);
    const aText = `${OWN_A} ${SHARED} ${SECOND}`;
    const first = passages[0]!;
    const span = first.witnesses[0]!;
    expect(aText.slice(span.start, span.end)).toContain('quán triệt và tổ chức triển khai');
    expect(passages[1]!.reading.documentId).toBe('a');
  });

  test('fewer than two witnesses: nothing to agree on', () => {
    expect(reconstructText([{ id: 'a', text: SHARED }])).toEqual([]);
  });
});

describe('topic tags', () => {
  test('each tag carries the spans that show it, folded matching, word boundaries', () => {
    const text = 'Đẩy mạnh TIÊM CHỦNG vắc xin; thực hiện Chỉ thị 16/CT-TTg; lập chốt kiểm soát. Xét nghiệm diện rộng.';
    const tags = tagTopics(text);
    const byId = new Map(tags.map((t) => [t.topic.id, t]));
    expect([...byId.keys()]).toEqual(['social-distancing', 'testing', 'vaccination', 'checkpoints']);
    expect(byId.get('vaccination')!.evidence.map((e) => text.slice(e.start, e.end))).toEqual(['TIÊM CHỦNG', 'vắc xin']);
    expect(byId.get('social-distancing')!.evidence.map((e) => text.slice(e.start, e.end))).toEqual(['Chỉ thị 16/CT-TTg']);
    expect(byId.get('checkpoints')!.evidence.map((e) => text.slice(e.start, e.end))).toEqual(['chốt kiểm soát']);
    // Not inside a longer word: `bầu cửa` is not `bầu cử`.
    expect(tagTopics('mua bầu cửa hàng').map((t) => t.topic.id)).toEqual([]);
  });

  test('topicIdsOf and topicBitsOf name the topics tagTopics finds, for any text', () => {
    // Phrases of the taxonomy, near misses and noise, with the separators that decide word boundaries.
    const piece = fc.constantFrom(
      'tiêm chủng', 'TIÊM CHỦNG', 'vắc-xin', 'vacxin', 'giãn cách', 'Chỉ thị số 16/CT-TTg', '19/ct-ttg', 'cách ly', 'cáchly',
      'xét nghiệm', 'truy vết', 'bầu cử', 'bầu cửa', '5K', '15k', 'an ninh, trật tự', 'năm học', 'học sinh', 'chốt kiểm soát',
      'điều trị', 'thu dung', 'hỗ trợ người dân', 'cung ứng kịp thời hàng hóa', 'Đắk Nông', 'e\u0301',
    );
    const separator = fc.constantFrom(' ', '', '\n', ', ', '-', '.', 'x');
    const text = fc.array(fc.tuple(piece, separator), { maxLength: 8 }).map((parts) => parts.map(([p, s]) => p + s).join(''));
    fc.assert(
      fc.property(text, (t) => {
        const ids = tagTopics(t).map((tag) => tag.topic.id);
        expect(topicIdsOf(t)).toEqual(ids);
        // The bit set stores keep: bit i for TOPICS[i].
        expect(topicBitsOf(t)).toBe(ids.reduce((bits, id) => bits + 2 ** TOPICS.findIndex((topic) => topic.id === id), 0));
      }),
      { numRuns: 2000 },
    );
  });

  test('the taxonomy covers every measure of domain.md §7', () => {
    expect(TOPICS.map((t) => t.id)).toEqual([
      'social-distancing', 'quarantine', 'testing', 'contact-tracing', 'vaccination', 'treatment', 'checkpoints',
      'social-welfare', 'communication', 'public-order', 'economy-supply', 'schools', 'elections', '5k',
    ]);
  });

  const countTopics = (docs: readonly TaggableDocument[], groupBy: TopicCountDimension[]) => {
    const counter = new TopicCounter(groupBy);
    docs.forEach((d) => counter.add(d));
    return counter.counts();
  };

  test('TopicCounter counts documents once per group', () => {
    const docs = [
      { provinceId: 'province:a', issuedOn: '2021-07-22', text: 'cách ly, cách ly và xét nghiệm' },
      { provinceId: 'province:a', issuedOn: '2021-07-30', text: 'cách ly' },
      { provinceId: 'province:b', issuedOn: '2021-08-01', text: 'cách ly' },
      { provinceId: null, issuedOn: null, text: 'xét nghiệm' },
      { provinceId: 'province:b', issuedOn: '2021-08-01', text: null },
    ];
    expect(countTopics(docs, ['PROVINCE', 'TOPIC', 'MONTH'])).toEqual([
      { provinceId: 'province:a', topicId: 'quarantine', month: '2021-07', documents: 2 },
      { provinceId: 'province:a', topicId: 'testing', month: '2021-07', documents: 1 },
      { provinceId: 'province:b', topicId: 'quarantine', month: '2021-08', documents: 1 },
      { provinceId: null, topicId: 'testing', month: null, documents: 1 },
    ]);
    expect(countTopics(docs, ['TOPIC'])).toEqual([
      { provinceId: null, topicId: 'quarantine', month: null, documents: 3 },
      { provinceId: null, topicId: 'testing', month: null, documents: 2 },
    ]);
  });

  test("TopicCounter takes a store's counts per tag as it takes the documents they count", () => {
    // The documents of the test above, counted per group by hand: quarantine is bit 1, testing bit 2.
    const perTag = (quarantine: number, testing: number): number[] => TOPICS.map((_, i) => (i === 1 ? quarantine : i === 2 ? testing : 0));
    const rows = [
      { provinceId: 'province:a', month: '2021-07', withTag: perTag(2, 1), withAnyOf: 2 },
      { provinceId: 'province:b', month: '2021-08', withTag: perTag(1, 0), withAnyOf: 1 },
      { provinceId: null, month: null, withTag: perTag(0, 1), withAnyOf: 1 },
    ];
    const counter = new TopicCounter(['PROVINCE', 'TOPIC', 'MONTH']);
    expect(counter.topicBits).toBe(2 ** TOPICS.length - 1);
    rows.forEach((r) => counter.addTagCounts(r));
    expect(counter.counts()).toEqual([
      { provinceId: 'province:a', topicId: 'quarantine', month: '2021-07', documents: 2 },
      { provinceId: 'province:a', topicId: 'testing', month: '2021-07', documents: 1 },
      { provinceId: 'province:b', topicId: 'quarantine', month: '2021-08', documents: 1 },
      { provinceId: null, topicId: 'testing', month: null, documents: 1 },
    ]);
    // Not grouped by topic, a group counts the documents with any of the topics asked for (withAnyOf).
    const testing = new TopicCounter(['PROVINCE'], [TOPICS[2]!]);
    expect(testing.topicBits).toBe(4);
    [{ ...rows[0]!, withAnyOf: 1 }, { ...rows[1]!, withAnyOf: 0 }, rows[2]!].forEach((r) => testing.addTagCounts(r));
    expect(testing.counts()).toEqual([
      { provinceId: 'province:a', topicId: null, month: null, documents: 1 },
      { provinceId: null, topicId: null, month: null, documents: 1 },
    ]);
  });
});

describe('limits on alignment done per request', () => {
  test('over-long texts and too many documents are LimitExceededError, with the numbers', () => {
    expect(() => assertAlignable('Document x', 'a'.repeat(MAX_ALIGNED_TEXT_CHARS))).not.toThrow();
    expect(() => assertAlignable('Document x', null)).not.toThrow();
    expect(() => assertAlignable('Document x', 'a'.repeat(MAX_ALIGNED_TEXT_CHARS + 1))).toThrow(LimitExceededError);
    expect(() => assertAtMost('Implementers', 26, 25)).toThrow(/Implementers: 26, more than the 25/);
    expect(() => assertAtMost('Implementers', 25, 25)).not.toThrow();
  });
});
