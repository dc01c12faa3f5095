import { DocumentType } from '../../../src/domain/document-type';
import { RejectedInputError } from '../../../src/domain/errors';
import type { DocumentNode, FileGraph, RelationEdge } from '../../../src/domain/graph';
import { RelationType } from '../../../src/domain/relation-type';
import { contentHash } from '../../../src/shared/content-hash';
import { reuseBuckets } from '../../../src/extract/reuse';
import type { ExtractOptions } from '../../../src/extract/pipeline';
import { documentNode } from '../../../src/domain/document-node';

/**
 * A stand-in for the real pipeline with a grammar simple enough that a test
 * knows exactly what each file yields:
 *
 *   DOC <code> <YYYY-MM-DD> <text...>     an in-corpus Đắk Nông letter
 *   CITES <code> <target> [undated|local] a CITES relation to a reference-only node
 *                                         (national, or with `local` a Đắk Nông letter)
 *   BINARY                                rejected as binary
 *   CRASH                                 an extractor bug (plain Error)
 *
 * Every DOC also cites 07-KL/TW (2021), so files share one reference node.
 */
export const SHARED_REFERENCE_ID = 'doc:national:07-KL/TW:2021';

export function docId(code: string): string {
  return `doc:dak-nong:${code}:2021`;
}

export function synthesizeGraph(input: Uint8Array | string, options: ExtractOptions): FileGraph {
  const text = (typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input)).normalize('NFC');
  if (text.startsWith('BINARY')) throw new RejectedInputError('binary', `${options.fileName} is not text.`);
  if (text.startsWith('CRASH')) throw new Error('synthetic extractor bug');
  const documents: DocumentNode[] = [];
  const relations: RelationEdge[] = [];
  const signatures: FileGraph['signatures'] = [];
  const referenced = new Map<string, DocumentNode>();
  const reference = (code: string, year: number | null, issuedOn: string | null): string => {
    const id = `doc:national:${code}:${year ?? 'undated'}`;
    referenced.set(id, node({ id, scope: 'national', code, year, issuedOn, type: DocumentType.KET_LUAN, inCorpus: false }));
    return id;
  };
  let offset = 0;
  for (const line of text.split('\n')) {
    const span = { file: options.fileName, start: offset, end: offset + line.length };
    offset += line.length + 1;
    const doc = /^DOC (\S+) (\d{4}-\d{2}-\d{2}) (.*)$/.exec(line);
    if (doc) {
      const [, code, issuedOn, body] = doc;
      const id = docId(code);
      documents.push(
        node({ id, scope: 'dak-nong', code, year: 2021, issuedOn, type: DocumentType.CONG_VAN, inCorpus: true, text: body, sources: [span] }),
      );
      const shared = reference('07-KL/TW', 2021, '2021-06-11');
      relations.push({ type: RelationType.CITES, sourceId: id, targetId: shared, evidence: [{ text: line.slice(0, 40), span }], confidence: 0.9 });
      signatures.push({ documentId: id, buckets: reuseBuckets(body) });
      continue;
    }
    const cites = /^CITES (\S+) (\S+)(?: (undated|local))?$/.exec(line);
    if (cites) {
      const [, from, to, mode] = cites;
      let target: string;
      if (mode === 'local') {
        target = docId(to);
        referenced.set(target, node({ id: target, scope: 'dak-nong', code: to, year: 2021, type: DocumentType.CONG_VAN, inCorpus: false }));
      } else {
        target = mode === 'undated' ? reference(to, null, null) : reference(to, 2021, '2021-01-01');
      }
      relations.push({ type: RelationType.CITES, sourceId: docId(from), targetId: target, evidence: [{ text: line, span }], confidence: 0.8 });
    }
  }
  if (documents.length === 0) throw new RejectedInputError('no-document', `${options.fileName} holds no document.`);
  return {
    file: { name: options.fileName, hash: contentHash(text), length: text.length },
    // A letter cited by another letter of the same file is in the corpus, not a reference.
    documents: [...documents, ...[...referenced.values()].filter((r) => !documents.some((d) => d.id === r.id))],
    organizations: [],
    persons: [],
    provinces: [{ id: 'province:dak-nong', name: 'Đắk Nông' }],
    relations,
    signatures,
    diagnostics: [],
  };
}

function node(fields: Partial<DocumentNode> & Pick<DocumentNode, 'id' | 'scope' | 'type' | 'inCorpus'>): DocumentNode {
  return documentNode({ provinceId: fields.inCorpus ? 'province:dak-nong' : null, ...fields });
}
