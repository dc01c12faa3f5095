import type { Diagnostic } from '../../domain/diagnostic';
import { documentNode } from '../../domain/document-node';
import { encodeTextMap } from '../../domain/text-map';
import { DocumentType } from '../../domain/document-type';
import type { DocumentNode, FileGraph, ProvinceNode, RelationEdge, SignatureStamp, TextRange } from '../../domain/graph';
import { NATIONAL_SCOPE, numberedDocumentId, provinceId, unnumberedDocumentId } from '../../domain/identity';
import { RelationType } from '../../domain/relation-type';
import type { Evidence, SourceSpan } from '../../domain/span';
import { contentHash } from '../../shared/content-hash';
import { foldDiacritics, slugify } from '../../shared/fold';
import type { ReadDocument } from '../read-document';
import { comparableText } from '../reuse/reuse-document';
import type { ReferenceServices } from '../reference-services';
import { lookupIssuerCode } from '../references/reference-data';
import type { StampSegment } from '../segment/segment';
import { readStamp } from '../parties/stamp';
import { sourceRange, type MappedText } from '../text/mapped-text';
import { dateBounds } from './date-bounds';
import { CONFIDENCE, fieldReadings, type IssuerSource, type TypeSource } from './field-evidence';
import { provinceByName, provinceNamedIn, type ProvinceInfo } from './gazetteer-data';
import { governingIssuer, resolveReferences } from './instruments';
import { OrganizationRegistry, resolveBody, resolveUnderParent, UNKNOWN_SCOPE, type ResolvedBody } from './organizations';
import { findPersonMentions, PersonRegistry } from './persons';
import { inferProvince } from './province-inference';
import { assignStamp } from './stamps';

/** A relation restated many times keeps this many passages as evidence: enough to check it, bounded for the store. */
const MAX_EVIDENCE_PER_RELATION = 20;

export interface ResolveInput {
  fileName: string;
  source: string;
  /** `contentHash(source)`, when the caller has it. */
  sourceHash?: string;
  documents: ReadDocument[];
  stamps: StampSegment[];
  services: ReferenceServices;
  reuseBuckets: (text: string) => string[];
}

interface Resolved {
  read: ReadDocument;
  node: DocumentNode;
  province: ProvinceInfo | null;
  issuer: ResolvedBody | null;
}

/** The resolve stage: bodies, people, provinces, identities, instruments and relations of one file. */
export function resolveFile(input: ResolveInput): FileGraph {
  const sourceHash = input.sourceHash ?? contentHash(input.source);
  const unknownScope = `${UNKNOWN_SCOPE}-${sourceHash.slice(0, 8)}`;
  const orgs = new OrganizationRegistry(unknownScope);
  const persons = new PersonRegistry();
  const provinces = new Map<string, ProvinceNode>();
  const addProvince = (info: ProvinceInfo | null): string | null => {
    if (!info) return null;
    const id = provinceId(info.name);
    provinces.set(id, { id, name: info.name });
    return id;
  };
  const spanOf = (text: MappedText, start: number, end: number): SourceSpan => {
    const range = sourceRange(text, start, end);
    return { file: input.fileName, start: range.start, end: range.end };
  };
  const evidenceOf = (text: MappedText, start: number, end: number): Evidence => ({
    text: input.source.slice(sourceRange(text, start, end).start, sourceRange(text, start, end).end),
    span: spanOf(text, start, end),
  });

  const resolved: Resolved[] = input.documents.map((read) => resolveDocument(read));

  function resolveDocument(read: ReadDocument): Resolved {
    const { header } = read;
    const text = read.segment.text;
    const diagnostics: Diagnostic[] = [...read.segment.diagnostics];
    const parsed = header.rawCode
      ? input.services.parseCode(header.rawCode)
      : header.symbol
        ? input.services.parseCode(`0${header.symbol.includes('/') && !header.symbol.includes('-') ? '-' : '/'}${header.symbol}`)
        : null;
    const issuerCode = parsed?.issuerCode ?? null;
    const issuerInfo = issuerCode ? lookupIssuerCode(foldDiacritics(issuerCode).toLowerCase().replace(/\d+$/, '')) : undefined;
    const nationalByCode = parsed?.scope === 'national';

    let province = provinceNamedIn(header.issuerLines.join(' '));
    if (!province && !nationalByCode && header.place) province = provinceByName(header.place);

    let issuer: ResolvedBody | null = null;
    let issuerSource: IssuerSource = null;
    const issuerLine = header.issuerLines[header.issuerLines.length - 1];
    if (issuerLine) {
      issuerSource = 'header';
      issuer =
        header.issuerLines.length > 1
          ? resolveUnderParent(issuerLine, header.issuerLines[header.issuerLines.length - 2]!, province)
          : resolveBody(issuerLine, province);
    } else if (issuerInfo) {
      issuerSource = 'symbol';
      issuer = resolveBody(issuerInfo.scope === 'national' ? issuerInfo.name : `${issuerInfo.name} tỉnh`, province);
    }
    const issuerId = issuer ? orgs.add(issuer) : null;
    const scope =
      issuer?.scope === NATIONAL_SCOPE || nationalByCode ? NATIONAL_SCOPE : province ? slugify(province.name) : unknownScope;

    const system = header.system ?? parsed?.system ?? issuer?.system ?? null;
    const typeSource: TypeSource =
      header.titleType !== null
        ? 'title'
        : parsed?.typeCode
          ? 'type-code'
          : header.subject !== null
            ? 'subject'
            : parsed
              ? 'symbol'
              : null;
    const type: DocumentType =
      typeSource === 'title'
        ? header.titleType!
        : typeSource === 'type-code' || typeSource === 'symbol'
          ? parsed!.type
          : typeSource === 'subject'
            ? DocumentType.CONG_VAN
            : DocumentType.OTHER;
    const code = header.rawCode ? (parsed?.code ?? header.rawCode) : null;
    const number = header.rawCode ? (parsed?.number ?? header.number) : null;
    const symbol = parsed?.symbol ?? header.symbol;
    const year = parsed?.year ?? header.year ?? (header.issuedOn ? Number(header.issuedOn.slice(0, 4)) : null);

    if (header.symbol !== null && header.number === null) {
      diagnostics.push({ severity: 'warning', code: 'missing-number', message: 'The number is blank in the header (left for hand-filling).' });
    } else if (header.symbol === null) {
      diagnostics.push({ severity: 'info', code: 'missing-number', message: 'The header carries no number and symbol.' });
    }
    if (header.issuedOn === null) {
      diagnostics.push({ severity: 'warning', code: 'missing-date', message: 'The header gives no complete issue date.' });
    }
    if (!province && scope !== NATIONAL_SCOPE) {
      diagnostics.push({ severity: 'info', code: 'missing-province', message: 'Neither the issuing body nor the place names a province.' });
    }

    const id = code
      ? numberedDocumentId(scope, code, year)
      : unnumberedDocumentId(scope, type, issuer?.name ?? 'unknown-issuer', header.issuedOn, contentHash(text.text).slice(0, 8));

    const node: DocumentNode = {
      id,
      scope,
      code,
      number,
      symbol,
      year,
      type,
      system,
      subject: header.subject,
      issuedOn: header.issuedOn,
      issuedOnBounds: null,
      place: header.place ? (provinceByName(header.place)?.name ?? header.place) : null,
      urgency: header.urgency,
      issuerId,
      provinceId: addProvince(province),
      provinceInference: null,
      signerId: null,
      signerTitle: read.signature?.title ?? null,
      authority: read.signature?.authority ?? null,
      recipientIds: (read.recipients?.items ?? []).map((item) => orgs.add(resolveBody(item, province))),
      distribution: read.distribution?.items ?? [],
      signature: null,
      inCorpus: true,
      sources: read.segment.ranges.map((r) => ({ file: input.fileName, start: r.start, end: r.end })),
      text: text.text,
      textMap: encodeTextMap(text.offsets),
      body: bodyRange(read, text.text.length),
      fieldEvidence: fieldReadings(read, typeSource, issuerSource).map((r) => ({
        field: r.field,
        ...evidenceOf(text, r.at.start, r.at.end),
        confidence: r.confidence,
      })),
      diagnostics,
    };
    if (read.signature?.name) persons.add(read.signature.name, scope, 'signature');
    else diagnostics.push({ severity: 'info', code: 'missing-signer', message: 'No signature block with a name was found.' });
    for (const mention of findPersonMentions(text.text)) persons.add(mention.name, scope, 'mention');

    if (!province && scope !== NATIONAL_SCOPE) {
      const placeStart = header.place ? text.text.indexOf(`${header.place},`) : -1;
      const placeAt = placeStart >= 0 ? { text: header.place!, start: placeStart, end: placeStart + header.place!.length } : null;
      const inferred = inferProvince(text.text, placeAt);
      if (inferred) {
        const info = provinceByName(inferred.province)!;
        addProvince(info);
        node.provinceInference = {
          provinceId: provinceId(info.name),
          confidence: inferred.confidence,
          evidence: inferred.clues.map((clue) => evidenceOf(text, clue.start, clue.end)),
        };
      }
    }
    return { read, node, province, issuer };
  }

  // People are canonicalised only once every spelling of the file is known.
  for (const r of resolved) {
    if (r.read.signature?.name) r.node.signerId = persons.idOf(r.read.signature.name, r.node.scope);
  }

  const fileDiagnostics: Diagnostic[] = [];

  // Stamps.
  for (const stamp of input.stamps) {
    const read = readStamp(stamp.text.text);
    const candidate = (index: number | null) =>
      index === null ? null : { issuerName: orgs.get(resolved[index]!.node.issuerId ?? '')?.name ?? null, issuedOn: resolved[index]!.node.issuedOn };
    const side = assignStamp(read, candidate(stamp.before), candidate(stamp.after));
    const target = side === 'after' ? stamp.after : side === 'before' ? stamp.before : null;
    const signature: SignatureStamp = {
      signer: read.signer,
      body: read.body,
      signedAt: read.signedAt,
      evidence: evidenceOf(stamp.text, 0, stamp.text.text.length),
    };
    if (target !== null && resolved[target]!.node.signature === null) {
      resolved[target]!.node.signature = signature;
      resolved[target]!.node.fieldEvidence.push({ field: 'signature', ...signature.evidence, confidence: CONFIDENCE.stampAttached });
    } else {
      fileDiagnostics.push({
        severity: 'info',
        code: 'stamp-unassigned',
        message: 'A digital-signature stamp matches neither neighbouring document (signing body or date); it is not attached.',
        span: signature.evidence.span ?? undefined,
      });
    }
  }

  // References, instruments, relations. The classifier reads the subject and the body apart
  // (a `V/v triển khai …` subject says why the document exists); offsets are shifted back to the document text.
  const classified = resolved.map((r) => {
    const text = r.read.segment.text.text;
    const subjectAt = r.read.header.subjectAt;
    const bodyStart = Math.min(text.length, Math.max(r.read.header.headerEnd, subjectAt?.end ?? 0));
    const subject =
      subjectAt && r.read.header.subjectKind === 'v/v' ? text.slice(subjectAt.start, subjectAt.end).replace(/\n/g, ' ') : null;
    return input.services.classify({ subject, body: text.slice(bodyStart) }).map((c) => {
      const shift = c.source === 'subject' ? subjectAt!.start : bodyStart;
      const start = c.reference.start + shift;
      const issuer = c.reference.issuer ?? (c.reference.code ? null : governingIssuer(text.slice(0, start)));
      return {
        ...c,
        reference: { ...c.reference, issuer, start, end: c.reference.end + shift },
        evidence: { ...c.evidence, start: c.evidence.start + shift, end: c.evidence.end + shift },
      };
    });
  });
  const references = resolveReferences(
    resolved.map((r, i) => ({ context: { scope: r.node.scope, province: r.province, unknownScope }, references: classified[i]!.map((c) => c.reference) })),
  );
  // The same document twice in one file (a re-scanned copy) is one node: the first copy, with the other's pages as sources.
  const inCorpus = new Map<string, number>();
  resolved.forEach((r, i) => {
    const first = inCorpus.get(r.node.id);
    if (first === undefined) {
      inCorpus.set(r.node.id, i);
      return;
    }
    const kept = resolved[first]!.node;
    kept.sources.push(...r.node.sources);
    kept.diagnostics.push({
      severity: 'warning',
      code: 'document-duplicate',
      message: `The file holds this document (${r.node.code ?? r.node.id}) more than once; the copies are merged.`,
      span: r.node.sources[0],
    });
  });
  const isFirstCopy = (r: Resolved, i: number) => inCorpus.get(r.node.id) === i;
  const instruments = new Map<string, DocumentNode>();
  const relations = new Map<string, RelationEdge>();
  const evidenceSeen = new Map<string, Set<string>>();
  const addRelation = (edge: RelationEdge) => {
    const key = `${edge.type}|${edge.sourceId}|${edge.targetId}`;
    const existing = relations.get(key);
    const seen = evidenceSeen.get(key) ?? new Set<string>();
    evidenceSeen.set(key, seen);
    const fresh = edge.evidence.filter((e) => {
      const at = `${e.span?.start}:${e.span?.end}`;
      if (seen.has(at)) return false;
      seen.add(at);
      return true;
    });
    if (!existing) relations.set(key, { ...edge, evidence: fresh.slice(0, MAX_EVIDENCE_PER_RELATION) });
    else {
      existing.confidence = Math.max(existing.confidence, edge.confidence);
      for (const e of fresh) if (existing.evidence.length < MAX_EVIDENCE_PER_RELATION) existing.evidence.push(e);
    }
  };

  resolved.forEach((r, docIndex) => {
    const text = r.read.segment.text;
    const citedDates: Array<{ label: string; date: string }> = [];
    references[docIndex]!.forEach((ref, k) => {
      if (ref.id === r.node.id) return;
      const c = classified[docIndex]![k]!;
      if (ref.issuedOn) citedDates.push({ label: ref.reference.code ?? ref.reference.text, date: ref.issuedOn });
      const mention = evidenceOf(text, ref.reference.start, ref.reference.end);
      if (!inCorpus.has(ref.id)) {
        const existing = instruments.get(ref.id);
        if (!existing) instruments.set(ref.id, instrumentNode(ref, r, mention.span!));
        else {
          existing.sources.push(mention.span!);
          // A later mention may name the issuer or the date the first one left out.
          if (ref.reference.issuer && ref.issuer) existing.issuerId ??= orgs.add(ref.issuer);
          existing.issuedOn ??= ref.issuedOn;
        }
      }
      const sentence = evidenceOf(text, c.evidence.start, c.evidence.end);
      for (const relation of c.relations) {
        addRelation({ type: relation.type, sourceId: r.node.id, targetId: ref.id, evidence: [sentence], confidence: relation.confidence });
      }
      if (!c.relations.some((x) => x.type === RelationType.CITES)) {
        addRelation({ type: RelationType.CITES, sourceId: r.node.id, targetId: ref.id, evidence: [sentence], confidence: 1 });
      }
      const targetIndex = inCorpus.get(ref.id);
      // A document that cites a document following it in the same file forwards it.
      if (targetIndex !== undefined && targetIndex > docIndex) {
        addRelation({ type: RelationType.ATTACHES, sourceId: r.node.id, targetId: ref.id, evidence: [sentence], confidence: 0.85 });
      }
    });
    if (r.node.issuedOn === null) {
      r.node.issuedOnBounds = dateBounds({ year: r.node.year, citations: citedDates, text: text.text });
    }
  });

  function instrumentNode(ref: ReturnType<typeof resolveReferences>[number][number], citing: Resolved, span: SourceSpan): DocumentNode {
    const issuerId = ref.issuer ? orgs.add(ref.issuer) : null;
    const local = ref.scope !== NATIONAL_SCOPE && ref.scope !== unknownScope;
    return documentNode({
      id: ref.id,
      scope: ref.scope,
      code: ref.reference.code,
      number: ref.reference.number,
      symbol: ref.reference.symbol,
      year: ref.year,
      type: ref.type,
      system: ref.issuer?.system ?? null,
      issuedOn: ref.issuedOn,
      issuerId,
      provinceId: local ? citing.node.provinceId : null,
      inCorpus: false,
      sources: [span],
    });
  }

  const documents = [...resolved.filter(isFirstCopy).map((r) => r.node), ...instruments.values()];
  return {
    file: { name: input.fileName, hash: sourceHash, length: input.source.length },
    documents,
    organizations: orgs.all(),
    persons: persons.all(),
    provinces: [...provinces.values()],
    relations: [...relations.values()],
    signatures: resolved.filter(isFirstCopy).map((r) => ({ documentId: r.node.id, buckets: input.reuseBuckets(comparableText(r.node) ?? '') })),
    diagnostics: fileDiagnostics,
  };
}

/**
 * Body of a document: after the header fields and addressees, before the
 * distribution list or signature block (whichever comes first after it).
 */
function bodyRange(read: ReadDocument, length: number): TextRange {
  const start = Math.min(length, Math.max(read.header.headerEnd, read.header.subjectAt?.end ?? 0, read.recipients?.end ?? 0));
  const ends = [read.distribution?.start, read.signature?.start].filter((e): e is number => e !== undefined && e > start);
  return { start, end: ends.length > 0 ? Math.min(...ends) : length };
}
