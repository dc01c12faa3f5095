import jsonld from 'jsonld';
import { PassThrough } from 'node:stream';
import { DG, DG_ID, ELI, exportJsonLd, jsonLdDocument, nodeIri } from '../../src/export/jsonld-export';
import { ALL_RELATION_TYPES, RelationType } from '../../src/domain/relation-type';
import type { GraphDump } from '../../src/store/port';
import { HOSTILE_TEXTS, hostileDump, seedDump } from './support/export-dumps';

type Expanded = Array<Record<string, any>>;

/** No remote contexts: a loader that refuses proves the document is self-contained. */
const offline = {
  documentLoader: async (url: string): Promise<never> => {
    throw new Error(`no network: ${url}`);
  },
};

async function expand(dump: GraphDump): Promise<Expanded> {
  return (await jsonld.expand(jsonLdDocument(dump) as any, offline as any)) as unknown as Expanded;
}

const fullId = (id: string): string => DG_ID + id.replace(/[%<>"{}|\\^`\s]/g, (ch) => encodeURIComponent(ch));

/** The property IRI each relation type must expand to. */
const EXPECTED_PROPERTY: Record<RelationType, string> = {
  CITES: `${ELI}cites`,
  BASED_ON: `${ELI}based_on`,
  AMENDS: `${ELI}amends`,
  REPLACES: `${ELI}repeals`,
  IMPLEMENTS: `${ELI}ensures_implementation_of`,
  ATTACHES: `${DG}attaches`,
  REPEATS: `${DG}repeats`,
};

function linkTargets(expanded: Expanded, sourceId: string, property: string): string[] {
  const node = expanded.find((n) => n['@id'] === fullId(sourceId));
  return ((node?.[property] ?? []) as Array<{ '@id': string }>).map((v) => v['@id']);
}

describe('JSON-LD export expanded by the jsonld library', () => {
  test('every relation is a triple with a full ELI or dg: IRI after expansion, and its reified node keeps the evidence', async () => {
    const dump = hostileDump();
    const expanded = await expand(dump);
    expect(new Set(dump.relations.map((r) => r.type))).toEqual(new Set(ALL_RELATION_TYPES));
    for (const r of dump.relations) {
      expect(linkTargets(expanded, r.sourceId, EXPECTED_PROPERTY[r.type])).toContain(fullId(r.targetId));
    }
    expect(linkTargets(expanded, 'doc:dak-nong:cong-van:ubnd-tinh:undated-<&>"', `${DG}replaces`)).toEqual([fullId('doc:national:07-KL/TW:2021')]);

    const relationNodes = expanded.filter((n) => (n['@type'] ?? []).includes(`${DG}Relation`));
    expect(relationNodes).toHaveLength(dump.relations.length);
    for (const r of dump.relations) {
      const node = relationNodes.find(
        (n) => n[`${DG}relationType`][0]['@id'] === `${DG}${r.type}` && n[`${DG}source`][0]['@id'] === fullId(r.sourceId) && n[`${DG}target`][0]['@id'] === fullId(r.targetId),
      );
      expect(node).toBeDefined();
      expect(node?.[`${DG}confidence`]).toEqual([{ '@type': 'http://www.w3.org/2001/XMLSchema#double', '@value': 0.75 }]);
      expect(node?.[`${DG}origin`]).toEqual([{ '@value': r.origin }]);
      const evidence = node?.[`${DG}evidence`][0];
      expect(evidence[`${DG}text`]).toEqual([{ '@value': r.evidence[0]?.text }]);
      expect(evidence[`${DG}file`]).toEqual([{ '@value': 'dir, with "comma"/a.txt' }]);
    }
  });

  test('documents are eli:LegalResource with ELI header terms; text and names intact; ids are IRIs', async () => {
    const dump = hostileDump();
    const expanded = await expand(dump);
    const doc = expanded.find((n) => n['@id'] === fullId('doc:dak-nong:3953/UBND-KGVX:2021'));
    expect(doc?.['@type']).toEqual([`${ELI}LegalResource`, `${DG}Document`]);
    expect(doc?.[`${ELI}id_local`]).toEqual([{ '@value': '3953/UBND-KGVX' }]);
    expect(doc?.[`${ELI}date_document`]).toEqual([{ '@type': 'http://www.w3.org/2001/XMLSchema#date', '@value': '2021-07-24' }]);
    expect(doc?.[`${ELI}title`]).toEqual([{ '@value': HOSTILE_TEXTS[1] }]);
    expect(doc?.[`${ELI}passed_by`]).toEqual([{ '@id': fullId('org:dak-nong:ubnd-tinh') }]);
    expect(doc?.[`${DG}text`]).toEqual([{ '@value': dump.documents[0]?.text }]);
    expect(doc?.[`${DG}inCorpus`]).toEqual([{ '@type': 'http://www.w3.org/2001/XMLSchema#boolean', '@value': true }]);
    // Recipients keep their order (an RDF list).
    expect(doc?.[`${DG}addressedTo`]).toEqual([{ '@list': [{ '@id': fullId('org:national:bo-chinh-tri') }, { '@id': fullId('org:dak-nong:ubnd-tinh') }] }]);
    const org = expanded.find((n) => n['@id'] === fullId('org:dak-nong:ubnd-tinh'));
    expect(org?.[`${DG}name`]).toEqual([{ '@value': HOSTILE_TEXTS[0] }]);
    for (const node of expanded) {
      if (typeof node['@id'] === 'string' && !node['@id'].startsWith('_:')) expect(node['@id']).toMatch(/^urn:directive-graph:id:[^<>"{}|\\^`\s]+$/);
    }
    expect(nodeIri('doc:x:<a>')).toBe('dgid:doc:x:%3Ca%3E');
  });

  test('the seeds: every relation survives expansion and N-Quads conversion', async () => {
    const dump = await seedDump();
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    await exportJsonLd(dump, stream);
    stream.end();
    const written = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const expanded = (await jsonld.expand(written, offline as any)) as unknown as Expanded;
    for (const r of dump.relations) {
      expect(linkTargets(expanded, r.sourceId, EXPECTED_PROPERTY[r.type])).toContain(fullId(r.targetId));
    }
    const nquads = (await jsonld.toRDF(written, { format: 'application/n-quads', ...(offline as any) })) as unknown as string;
    // seeds/000: 3953/UBND-KGVX "Thực hiện Thông báo số 446-TB/TU ..." → IMPLEMENTS → eli:ensures_implementation_of.
    expect(nquads).toContain(`<${fullId('doc:dak-nong:3953/UBND-KGVX:2021')}> <${ELI}ensures_implementation_of> <${fullId('doc:dak-nong:446-TB/TU:2021')}> .`);
    const documentsTyped = nquads.split('\n').filter((l) => l.endsWith(`<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${ELI}LegalResource> .`));
    expect(documentsTyped).toHaveLength(dump.documents.length);
  }, 60_000);
});
