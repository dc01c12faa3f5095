import { alignPassages, detectReuse, wordAnchoredSourceMapper, type ReuseDocument } from '../../../src/extract/reuse';
import { seed, seedText, SEED_DOCS } from './seed-documents';

/** Words only, folded to nothing: what must agree between a cleaned text and its source. */
const words = (s: string): string => s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A stand-in for cleaning: markup and line breaks gone, so offsets no longer match the file. */
function cleaned(doc: ReuseDocument): ReuseDocument {
  return { node: { ...doc.node, text: doc.node.text!.replace(/\*+/g, '').replace(/\s+/g, ' ') } };
}

const fileText = (file: string): string | null => (file.endsWith('.txt') ? seedText(file) : null);

describe('wordAnchoredSourceMapper', () => {
  const doc = cleaned(seed('tu470'));
  const toSource = wordAnchoredSourceMapper(doc.node, fileText);
  const text = doc.node.text!;

  it('maps a range of the cleaned text to the same words in the source file', () => {
    const start = text.indexOf('Ban Dân vận Tỉnh ủy, Mặt trận Tổ quốc');
    const end = text.indexOf('những đối tượng khó khăn, yếu thế.') + 'những đối tượng khó khăn, yếu thế'.length;
    const span = toSource(start, end)!;
    expect(span.file).toBe(SEED_DOCS.tu470.file);
    expect(words(seedText(span.file).slice(span.start, span.end))).toBe(words(text.slice(start, end)));
  });

  it('maps a range in the second source span (the page filed inside 473) into that part of the file', () => {
    const start = text.indexOf('6. Ban Tuyên giáo Tỉnh ủy');
    const end = start + '6. Ban Tuyên giáo Tỉnh ủy tập trung chỉ đạo'.length;
    const span = toSource(start, end)!;
    expect(span.start).toBe(seedText(span.file).indexOf('6. Ban Tuyên giáo Tỉnh ủy tập trung chỉ đạo'));
  });

  it('answers null for a range straddling two source spans that are out of order in the file', () => {
    const start = text.indexOf('trật tự, an toàn xã hội, cản');
    const end = text.indexOf('trở công tác phòng, chống dịch. 6.') + 'trở công tác'.length;
    expect(toSource(start, end)).toBeNull();
  });

  it('answers null when the source file is not available', () => {
    expect(wordAnchoredSourceMapper(doc.node, () => null)(0, 20)).toBeNull();
  });

  it('gives detectReuse evidence spans whose words are the passage words, for cleaned texts', () => {
    const a = cleaned(seed('ubnd6325'));
    const b = cleaned(seed('vpcp285'));
    const found = detectReuse(
      { ...a, toSource: wordAnchoredSourceMapper(a.node, fileText) },
      [{ ...b, toSource: wordAnchoredSourceMapper(b.node, fileText) }],
    );
    const evidence = found.relations[0]!.evidence;
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) {
      expect(e.span).not.toBeNull();
      expect(words(seedText(e.span!.file).slice(e.span!.start, e.span!.end))).toBe(words(e.text));
    }
    expect(alignPassages(a.node.text!, b.node.text!).length).toBeGreaterThan(0);
  });
});
