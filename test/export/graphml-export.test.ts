import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import { PassThrough } from 'node:stream';
import { exportGraphml, graphmlString } from '../../src/export/graphml-export';
import { xmlEscape } from '../../src/export/xml-text';
import type { GraphDump } from '../../src/store/port';
import { HOSTILE_TEXTS, hostileDump, seedDump } from './support/export-dumps';

function read(xml: string): Graph {
  return parse(Graph, xml) as Graph;
}

function edgesOf(graph: Graph): Array<{ source: string; target: string; attributes: Record<string, unknown> }> {
  return graph.mapEdges((_key, attributes, source, target) => ({ source, target, attributes }));
}

describe('GraphML export read back by graphology-graphml', () => {
  test('the hostile dump: every node, edge and attribute value comes back with its type', () => {
    const dump = hostileDump();
    const graph = read(graphmlString(dump));
    expect(graph.type).toBe('directed');
    expect(graph.order).toBe(3 + 2 + 1 + 1);
    // 7 document relations + ISSUED_BY ×2 + ADDRESSED_TO ×2 + SIGNED_BY + IN_PROVINCE
    expect(graph.size).toBe(7 + 2 + 2 + 1 + 1);

    const doc = graph.getNodeAttributes('doc:dak-nong:3953/UBND-KGVX:2021');
    expect(doc).toMatchObject({
      kind: 'document',
      code: '3953/UBND-KGVX',
      year: 2021,
      inCorpus: true,
      subject: HOSTILE_TEXTS[1],
      signerTitle: HOSTILE_TEXTS[3],
      issuedOn: '2021-07-24',
      documentType: 'CONG_VAN',
    });
    expect(typeof doc.year).toBe('number');
    expect(doc.text).toBe(dump.documents[0]?.text);
    expect(graph.getNodeAttributes('doc:national:07-KL/TW:2021')).toMatchObject({ inCorpus: false, documentType: 'KET_LUAN' });
    // An id with markup characters survives as an id.
    expect(graph.getNodeAttributes('doc:dak-nong:cong-van:ubnd-tinh:undated-<&>"')).toMatchObject({
      subject: HOSTILE_TEXTS[4],
      issuedOnEarliest: '2021-07-22',
      text: '',
    });
    expect(graph.getNodeAttribute('org:dak-nong:ubnd-tinh', 'name')).toBe(HOSTILE_TEXTS[0]);
    expect(graph.getNodeAttributes('person:ton-thi-ngoc-hanh')).toMatchObject({ kind: 'person', aliases: `Tôn Thị Ngọc Hạnh | ${HOSTILE_TEXTS[2]}` });
    expect(graph.getNodeAttributes('province:dak-nong')).toMatchObject({ kind: 'province', name: 'Đắk Nông' });

    const edges = edgesOf(graph);
    const replaces = edges.find((e) => e.attributes.type === 'REPLACES');
    expect(replaces).toMatchObject({
      source: 'doc:dak-nong:cong-van:ubnd-tinh:undated-<&>"',
      target: 'doc:national:07-KL/TW:2021',
      attributes: { label: 'REPLACES', origin: 'correction', confidence: 0.75, evidence: HOSTILE_TEXTS[5], createdBy: 'analyst, "A"' },
    });
    const addressed = edges.filter((e) => e.attributes.type === 'ADDRESSED_TO').map((e) => [e.target, e.attributes.position]);
    expect(addressed).toEqual([
      ['org:national:bo-chinh-tri', 0],
      ['org:dak-nong:ubnd-tinh', 1],
    ]);
    expect(edges.find((e) => e.attributes.type === 'IMPLEMENTS')?.attributes.evidenceSpans).toBe(
      `dir, with "comma"/a.txt:3-${3 + (HOSTILE_TEXTS[1] as string).length}`,
    );
    for (const e of edges) expect(e.attributes.label).toBe(e.attributes.type);
  });

  test('declares typed keys that Gephi and Cytoscape map to column types', () => {
    const xml = graphmlString(hostileDump());
    expect(xml).toMatch(/<key id="n\d+" for="node" attr.name="inCorpus" attr.type="boolean"\/>/);
    expect(xml).toMatch(/<key id="n\d+" for="node" attr.name="year" attr.type="int"\/>/);
    expect(xml).toMatch(/<key id="e\d+" for="edge" attr.name="confidence" attr.type="double"\/>/);
    expect(xml).toMatch(/<key id="e\d+" for="edge" attr.name="label" attr.type="string"\/>/);
    expect(xml).toContain('edgedefault="directed"');
  });

  test('characters XML 1.0 cannot carry become U+FFFD and the file still parses', () => {
    const dump: GraphDump = hostileDump();
    const doc = dump.documents[0];
    if (!doc) throw new Error('fixture');
    doc.subject = 'nul \u0000 bell \u0007 lone \ud800 fffe \ufffe ok';
    const graph = read(graphmlString(dump));
    expect(graph.getNodeAttribute(doc.id, 'subject')).toBe('nul \ufffd bell \ufffd lone \ufffd fffe \ufffd ok');
  });

  test('xmlEscape keeps CR, LF and tab through attribute normalisation', () => {
    expect(xmlEscape('a\r\nb\tc<&>"\'')).toBe('a&#13;&#10;b&#9;c&lt;&amp;&gt;&quot;&apos;');
  });

  test('the seeds: node and edge counts, typed relations and the stream writer agree with the dump', async () => {
    const dump = await seedDump();
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    await exportGraphml(dump, stream);
    stream.end();
    const xml = Buffer.concat(chunks).toString('utf8');
    expect(xml).toBe(graphmlString(dump));
    const graph = read(xml);
    expect(graph.order).toBe(dump.documents.length + dump.organizations.length + dump.persons.length + dump.provinces.length);
    const structural =
      dump.documents.filter((d) => d.issuerId).length +
      dump.documents.reduce((n, d) => n + d.recipientIds.length, 0) +
      dump.documents.filter((d) => d.signerId).length +
      dump.documents.filter((d) => d.provinceId).length;
    expect(graph.size).toBe(dump.relations.length + structural);
    // 3953/UBND-KGVX (seeds/000) implements 446-TB/TU: "Thực hiện Thông báo số 446-TB/TU ..."
    const implementsEdges = edgesOf(graph).filter((e) => e.attributes.type === 'IMPLEMENTS');
    expect(implementsEdges.map((e) => `${e.source} -> ${e.target}`)).toContain('doc:dak-nong:3953/UBND-KGVX:2021 -> doc:dak-nong:446-TB/TU:2021');
    expect(graph.getNodeAttributes('doc:national:16/CT-TTg:2020')).toMatchObject({ kind: 'document', code: '16/CT-TTg', inCorpus: false, year: 2020 });
    expect(graph.getNodeAttribute('province:dak-nong', 'name')).toBe('Đắk Nông');
  }, 60_000);
});
