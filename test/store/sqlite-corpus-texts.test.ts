import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TopicCounter, type TopicCountDimension } from '../../src/api/analytics/topic-counts';
import { tagTopics } from '../../src/api/analytics/topic-tags';
import { extractFile } from '../../src/extract/pipeline';
import type { CorpusText, DocumentQuery, GraphStore } from '../../src/store/port';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import type { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';

const SEEDS = resolve(__dirname, '../../seeds');

/** What callers without `corpusTexts` read: every in-corpus document, page by page. */
async function paged(store: GraphStore, filter: DocumentQuery): Promise<CorpusText[]> {
  const out: CorpusText[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.listDocuments({ ...filter, inCorpus: true }, { first: 7, after });
    out.push(...page.items.map(({ node }) => ({ provinceId: node.provinceId, issuedOn: node.issuedOn, text: node.text })));
    if (!page.hasNextPage) return out;
    after = page.items.at(-1)!.cursor;
  }
}

async function batches(store: SqliteGraphStore, filter: DocumentQuery, size: number): Promise<CorpusText[][]> {
  const out: CorpusText[][] = [];
  for await (const batch of store.corpusTexts(filter, size)) out.push(batch);
  return out;
}

const byContent = (a: CorpusText, b: CorpusText): number => JSON.stringify(a).localeCompare(JSON.stringify(b));

describe('corpus texts read in batches (the seeds)', () => {
  let dir: string;
  let store: SqliteGraphStore;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-corpus-texts-'));
    store = await openSqliteStore(dir);
    const names = (await readdir(SEEDS)).filter((n) => n.endsWith('.txt')).sort();
    for (const n of names) await store.writeFile(extractFile(await readFile(join(SEEDS, n)), { fileName: `seeds/${n}` }));
  }, 60_000);
  afterAll(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it.each<[string, DocumentQuery]>([
    ['the whole corpus', {}],
    ['a province', { province: 'Đắk Nông' }],
    ['an issuer', { issuer: 'tỉnh ủy' }],
  ])('gives %s exactly as paging the documents does, in batches of at most the size asked', async (_, filter) => {
    const want = await paged(store, filter);
    expect(want.length).toBeGreaterThan(0);
    const got = await batches(store, filter, 2);
    expect(got.every((b) => b.length >= 1 && b.length <= 2)).toBe(true);
    expect(got.flat().sort(byContent)).toEqual([...want].sort(byContent));
  });

  it('gives nothing for a filter nothing matches', async () => {
    expect(await batches(store, { province: 'no such province' }, 2)).toEqual([]);
  });

  it('counts each document once per group and topic, as tagTopics tags the paged documents', async () => {
    // The counts worked out from the full tagger over what paging gives, independently of the counter.
    const reference = (documents: CorpusText[], groupBy: TopicCountDimension[]) => {
      const groups = new Map<string, number>();
      for (const d of documents) {
        const keys = new Set(
          tagTopics(d.text ?? '').map((tag) =>
            JSON.stringify([
              groupBy.includes('PROVINCE') ? d.provinceId : null,
              groupBy.includes('TOPIC') ? tag.topic.id : null,
              groupBy.includes('MONTH') && d.issuedOn ? d.issuedOn.slice(0, 7) : null,
            ]),
          ),
        );
        for (const key of keys) groups.set(key, (groups.get(key) ?? 0) + 1);
      }
      return [...groups].sort(([a], [b]) => a.localeCompare(b));
    };
    const documents = await paged(store, {});
    for (const groupBy of [['PROVINCE', 'TOPIC', 'MONTH'], ['TOPIC'], ['PROVINCE', 'MONTH']] as TopicCountDimension[][]) {
      const counter = new TopicCounter(groupBy);
      for (const batch of await batches(store, {}, 3)) batch.forEach((d) => counter.add(d));
      const counted = counter.counts().map((c) => [JSON.stringify([c.provinceId, c.topicId, c.month]), c.documents] as [string, number]);
      expect(counted.sort(([a], [b]) => a.localeCompare(b))).toEqual(reference(documents, groupBy));
    }
    expect(reference(documents, ['TOPIC']).length).toBeGreaterThan(3);
  });
});
