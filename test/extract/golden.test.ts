import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { extractFile } from '../../src/extract/pipeline';
import { goldenView, HEADER_FIELDS, type GoldenDocument } from './golden-view';

/**
 * Golden files: `fixtures/<case>/input.txt` + `expected.json`, the expected
 * side written by reading the text. `UPDATE_GOLDEN=1` rewrites expected.json
 * from the output (keeping the `allowed` relations); read every diff before
 * committing it.
 */
const FIXTURES = join(__dirname, 'fixtures');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

interface Expected {
  $comment?: string;
  documents: GoldenDocument[];
  relations: { required: string[]; allowed: string[] };
}

const cases = readdirSync(FIXTURES).filter((name) => existsSync(join(FIXTURES, name, 'expected.json')) || UPDATE);
const fieldScore = { exact: 0, total: 0, misses: [] as string[] };

describe.each(cases)('golden %s', (name) => {
  const input = readFileSync(join(FIXTURES, name, 'input.txt'));
  const actual = goldenView(extractFile(input, { fileName: `${name}/input.txt` }));
  const expectedPath = join(FIXTURES, name, 'expected.json');

  if (UPDATE) {
    const old: Expected | null = existsSync(expectedPath) ? JSON.parse(readFileSync(expectedPath, 'utf8')) : null;
    const allowed = old?.relations.allowed ?? [];
    const updated: Expected = {
      $comment: old?.$comment,
      documents: actual.documents,
      relations: { required: actual.relations.filter((r) => !allowed.includes(r)), allowed },
    };
    writeFileSync(expectedPath, `${JSON.stringify(updated, null, 2)}\n`);
  }
  const expected: Expected = JSON.parse(readFileSync(expectedPath, 'utf8'));

  it('finds the documents the file holds', () => {
    expect(actual.documents.map((d) => d.code ?? d.type)).toEqual(expected.documents.map((d) => d.code ?? d.type));
  });

  expected.documents.forEach((want, index) => {
    const got = actual.documents[index];
    for (const field of HEADER_FIELDS) {
      fieldScore.total++;
      if (got && JSON.stringify(got[field]) === JSON.stringify(want[field])) fieldScore.exact++;
      else fieldScore.misses.push(`${name}#${index}.${field}: want ${JSON.stringify(want[field])} got ${JSON.stringify(got?.[field])}`);
    }
    it(`document ${index} (${want.code ?? want.type}) matches the hand-read expectation`, () => {
      expect(got).toEqual(want);
    });
  });

  it('finds every required relation', () => {
    expect(expected.relations.required.filter((r) => !actual.relations.includes(r))).toEqual([]);
  });

  it('finds no relation the text does not support', () => {
    const known = new Set([...expected.relations.required, ...expected.relations.allowed]);
    expect(actual.relations.filter((r) => !known.has(r))).toEqual([]);
  });
});

afterAll(() => {
  // The figure docs/extraction.md reports: header fields equal to the hand-read value.
  const share = fieldScore.total === 0 ? 0 : fieldScore.exact / fieldScore.total;
  process.stdout.write(
    `header-field exactness: ${fieldScore.exact}/${fieldScore.total} = ${(share * 100).toFixed(1)}%\n` +
      fieldScore.misses.map((m) => `  miss ${m}\n`).join(''),
  );
});
