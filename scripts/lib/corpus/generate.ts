import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash } from '../../../src/shared/content-hash';
import type { DocKind, DocRef, DocumentRecord, PlannedDoc, PlantedRelation, PlantedType } from './corpus-model';
import { codeOf, districtsOf, PROVINCES, type ProvinceInfo } from './issuers';
import { JsonlWriter } from './jsonl-writer';
import { Prng, stableHash } from './prng';
import { renderDocument, type DocumentLinks } from './render-document';
import { loadSeedTexts, TextModel } from './text-model';

export interface GenerateOptions {
  docs: number;
  out: string;
  seed: number;
  onProgress?: (documents: number) => void;
}

export interface GenerateSummary {
  /** In-corpus documents written (telegrams known only from references are not counted). */
  documents: number;
  files: number;
  bytes: number;
  relations: Record<PlantedType, number>;
  filesDir: string;
  groundTruth: string;
  documentsFile: string;
  anchor: DocRef;
}

export const MIN_DOCS = 1_000;
export const MAX_DOCS = 1_000_000;
const FILES_PER_FOLDER = 1000;
/** How many recent documents stay citable: memory stays flat, and citations land within days. */
const RECENT_CENTRAL = 12;
const RECENT_PER_PROVINCE = 8;
const FIRST_DAY = Date.UTC(2021, 3, 27);

const SUBJECTS = [
  'tiếp tục tăng cường công tác phòng, chống dịch Covid-19',
  'triển khai các biện pháp cấp bách phòng, chống dịch Covid-19',
  'thực hiện giãn cách xã hội trên địa bàn',
  'quản lý người về từ các địa phương có dịch',
  'đẩy nhanh tiến độ tiêm vắc xin phòng Covid-19',
  'bảo đảm lưu thông hàng hóa, sản xuất kinh doanh trong điều kiện có dịch',
  'tăng cường xét nghiệm, truy vết, cách ly',
  'bảo đảm an sinh xã hội cho người dân bị ảnh hưởng bởi dịch bệnh',
  'tổ chức chốt kiểm soát, phân luồng giao thông',
  'đẩy mạnh công tác tuyên truyền phòng, chống dịch',
  'tổ chức dạy học an toàn trong điều kiện dịch Covid-19',
  'bảo đảm an ninh trật tự trong thời gian giãn cách',
];

/** Days the corpus spans: a dense season for small corpora, about a year per 100,000 documents. */
function spanDays(docs: number): number {
  return Math.round(Math.max(60, Math.min(docs / 40, 365 * Math.ceil(docs / 100_000))));
}

function isoDay(day: number): string {
  return new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);
}

function refOf(doc: PlannedDoc): DocRef {
  return { code: doc.code, province: doc.province, year: doc.year, date: doc.date, kind: doc.kind };
}

function weighted<T>(rand: Prng, options: Array<[T, number]>): T {
  const total = options.reduce((s, [, w]) => s + w, 0);
  let r = rand.next() * total;
  for (const [value, w] of options) {
    r -= w;
    if (r < 0) return value;
  }
  return options[options.length - 1]![0];
}

/**
 * Streams a synthetic national corpus to `<out>/files/…`, with
 * `<out>/documents.jsonl` and `<out>/ground-truth.jsonl`. Deterministic
 * for a seed; memory bounded by the recent-document pools, not by `docs`.
 */
export function generateCorpus(options: GenerateOptions): GenerateSummary {
  if (!Number.isInteger(options.docs) || options.docs < MIN_DOCS || options.docs > MAX_DOCS) {
    throw new RangeError(`--docs must be an integer from ${MIN_DOCS} to ${MAX_DOCS}, got ${options.docs}`);
  }
  const generator = new CorpusGenerator(options);
  return generator.run();
}

class CorpusGenerator {
  private readonly rand: Prng;
  private readonly model = new TextModel(loadSeedTexts());
  private readonly span: number;
  private readonly filesDir: string;
  private readonly truth: JsonlWriter;
  private readonly docsOut: JsonlWriter;
  private readonly counters = new Map<string, number>();
  private readonly central: PlannedDoc[] = [];
  private readonly provincial = new Map<string, PlannedDoc[]>();
  private readonly pendingAnchor = new Set(PROVINCES.map((p) => p.name));
  private readonly telegramDays = new Set<string>();
  private readonly counts: Record<PlantedType, number> = { IMPLEMENTS: 0, CITES: 0, ATTACHES: 0, REPEATS: 0 };
  private anchor: PlannedDoc | null = null;
  private written = 0;
  private files = 0;
  private bytes = 0;

  constructor(private readonly options: GenerateOptions) {
    this.rand = new Prng(options.seed);
    this.span = spanDays(options.docs);
    this.filesDir = join(options.out, 'files');
    mkdirSync(this.filesDir, { recursive: true });
    this.truth = new JsonlWriter(join(options.out, 'ground-truth.jsonl'));
    this.docsOut = new JsonlWriter(join(options.out, 'documents.jsonl'));
  }

  run(): GenerateSummary {
    const total = this.options.docs;
    while (this.written < total) {
      const day = Math.floor((this.written * this.span) / total);
      if (this.anchor === null || this.rand.chance(0.02)) this.centralStep(day);
      else this.provincialStep(day, total - this.written);
      if (this.written % 1000 === 0) this.options.onProgress?.(this.written);
    }
    this.truth.close();
    this.docsOut.close();
    return {
      documents: this.written,
      files: this.files,
      bytes: this.bytes,
      relations: { ...this.counts },
      filesDir: this.filesDir,
      groundTruth: join(this.options.out, 'ground-truth.jsonl'),
      documentsFile: join(this.options.out, 'documents.jsonl'),
      anchor: refOf(this.anchor!),
    };
  }

  private centralStep(day: number): void {
    const rand = this.rand;
    const kind: DocKind = this.anchor === null ? 'ct-ttg' : weighted<DocKind>(rand, [['ct-ttg', 35], ['nq-cp', 35], ['kl-tw', 15], ['dien-ttbbt', 15]]);
    const date = isoDay(day);
    if (kind === 'dien-ttbbt') {
      // One telegram a day at most: unnumbered documents are told apart by date.
      if (this.telegramDays.has(date)) return;
      this.telegramDays.add(date);
      const doc = this.plan(kind, null, null, date);
      this.remember(doc);
      this.docsOut.write({ ...refOf(doc), file: '', inCorpus: false } satisfies DocumentRecord);
      return;
    }
    const doc = this.plan(kind, null, null, date);
    const cites = this.central.length > 0 && rand.chance(0.3) ? [rand.pick(this.central)] : [];
    const links: DocumentLinks = { implements: [], attaches: false, cites, copied: [] };
    const isAnchor = this.anchor === null;
    if (isAnchor) this.anchor = doc;
    this.emitFile([{ doc, links }], isAnchor);
  }

  private provincialStep(day: number, left: number): void {
    const rand = this.rand;
    const province = rand.pick(PROVINCES);
    const date = isoDay(day);
    const kind = weighted<DocKind>(rand, [['cv-tu', 30], ['cv-ubnd', 40], ['tb-bcd', 12], ['cv-hu', 9], ['cv-ubnd-huyen', 9]]);
    const district = kind === 'cv-hu' || kind === 'cv-ubnd-huyen' ? rand.pick(districtsOf(province)) : null;

    // A covering letter with the party letter it forwards, in one file (as seeds/000 holds).
    if (kind === 'cv-ubnd' && left >= 2 && rand.chance(0.12)) {
      const attachedDate = isoDay(Math.max(0, day - rand.int(0, 2)));
      const attached = this.plan('cv-tu', province, null, attachedDate);
      const attachedLinks = this.chooseLinks(attached, province);
      this.remember(attached);
      const cover = this.plan('cv-ubnd', province, null, date);
      const coverLinks: DocumentLinks = { implements: [attached], attaches: true, cites: [], copied: this.copyFrom(attached) };
      this.remember(cover);
      this.emitFile([{ doc: cover, links: coverLinks }, { doc: attached, links: attachedLinks }], false);
      return;
    }
    const doc = this.plan(kind, province, district, date);
    const links = this.chooseLinks(doc, province);
    if (kind === 'cv-tu' || kind === 'cv-ubnd' || kind === 'tb-bcd') this.remember(doc);
    this.emitFile([{ doc, links }], false);
  }

  /** What a provincial or district document implements, attaches, cites and copies. */
  private chooseLinks(doc: PlannedDoc, province: ProvinceInfo): DocumentLinks {
    const rand = this.rand;
    const earlier = (d: PlannedDoc): boolean => d.date <= doc.date && d !== doc;
    const central = this.central.filter(earlier);
    const local = (this.provincial.get(province.name) ?? []).filter(earlier);
    const localOf = (...kinds: DocKind[]): PlannedDoc[] => local.filter((d) => kinds.includes(d.kind));

    let implementsDocs: PlannedDoc[] = [];
    if ((doc.kind === 'cv-tu' || doc.kind === 'cv-ubnd') && this.pendingAnchor.has(province.name) && this.anchor) {
      this.pendingAnchor.delete(province.name);
      implementsDocs = [this.anchor];
    } else {
      const pools: Array<[PlannedDoc[], number]> = (() => {
        switch (doc.kind) {
          case 'cv-tu':
            return [[central, 75], [[], 25]];
          case 'cv-ubnd':
            return [[localOf('cv-tu', 'tb-bcd'), 45], [central, 40], [[], 15]];
          case 'tb-bcd':
            return [[localOf('cv-ubnd'), 50], [central, 40], [[], 10]];
          default:
            return [[localOf(doc.kind === 'cv-hu' ? 'cv-tu' : 'cv-ubnd'), 80], [central, 20]];
        }
      })();
      const pool = weighted(rand, pools);
      if (pool.length > 0) implementsDocs = rand.sample(pool.slice(-4), rand.chance(0.25) ? 2 : 1);
    }
    const attaches = implementsDocs.length === 1 && implementsDocs[0]!.inCorpus && rand.chance(0.3);
    const copySource = implementsDocs.find((d) => d.inCorpus);
    const copied = copySource && rand.chance(0.55) ? this.copyFrom(copySource) : [];
    const others = [...central, ...local].filter((d) => !implementsDocs.includes(d));
    const cites = others.length > 0 && rand.chance(0.45) ? rand.sample(others, rand.int(1, 2)) : [];
    return { implements: implementsDocs, attaches, cites, copied };
  }

  /** One or two of the target's longer sections, as it wrote them. */
  private copyFrom(target: PlannedDoc): string[] {
    const long = target.sections.filter((s) => s.split(' ').length >= 40);
    return long.length > 0 ? this.rand.sample(long, this.rand.chance(0.3) ? 2 : 1) : [];
  }

  private plan(kind: DocKind, province: ProvinceInfo | null, district: string | null, date: string): PlannedDoc {
    const rand = this.rand;
    const year = Number(date.slice(0, 4));
    let number: number | null = null;
    let code: string | null = null;
    if (kind !== 'dien-ttbbt') {
      // One counter per issuer family, province and year: codes are unique within their scope and year.
      const key = `${kind}|${province?.name ?? 'national'}|${year}`;
      number = (this.counters.get(key) ?? stableHash(key) % 200) + rand.int(1, 3);
      this.counters.set(key, number);
      code = codeOf(kind, number, rand);
    }
    const sections = kind === 'dien-ttbbt' ? [] : Array.from({ length: rand.int(4, 7) }, () => this.model.paragraph(rand, rand.int(45, 120)));
    return {
      kind,
      code,
      number,
      province: province?.name ?? null,
      district,
      year,
      date,
      subject: rand.pick(SUBJECTS),
      sections,
      inCorpus: kind !== 'dien-ttbbt',
    };
  }

  private remember(doc: PlannedDoc): void {
    const pool = doc.province === null ? this.central : this.provincial.get(doc.province) ?? [];
    pool.push(doc);
    if (pool.length > (doc.province === null ? RECENT_CENTRAL : RECENT_PER_PROVINCE)) pool.shift();
    if (doc.province !== null) this.provincial.set(doc.province, pool);
  }

  private emitFile(parts: Array<{ doc: PlannedDoc; links: DocumentLinks }>, anchor: boolean): void {
    const rand = this.rand;
    const text = parts.map(({ doc, links }) => renderDocument(doc, links, rand)).join('\n\n');
    const folder = String(Math.floor(this.files / FILES_PER_FOLDER)).padStart(4, '0');
    const name = `${String(this.files).padStart(7, '0')}_${contentHash(text).slice(0, 16)}.txt`;
    const file = `files/${folder}/${name}`;
    if (this.files % FILES_PER_FOLDER === 0) mkdirSync(join(this.filesDir, folder), { recursive: true });
    const bytes = Buffer.from(text, 'utf8');
    writeFileSync(join(this.options.out, file), bytes);
    this.files += 1;
    this.bytes += bytes.length;
    for (const { doc, links } of parts) {
      this.written += 1;
      this.docsOut.write({ ...refOf(doc), file, inCorpus: true, ...(anchor ? { anchor: true } : {}) } satisfies DocumentRecord);
      const plant = (type: PlantedType, target: PlannedDoc, passages?: string[]): void => {
        this.counts[type] += 1;
        this.truth.write({ type, source: refOf(doc), target: refOf(target), ...(passages ? { passages } : {}), file } satisfies PlantedRelation);
      };
      for (const t of links.implements) {
        plant('IMPLEMENTS', t);
        if (links.attaches) plant('ATTACHES', t);
      }
      for (const t of links.cites) plant('CITES', t);
      const copySource = links.implements.find((d) => d.inCorpus);
      if (links.copied.length > 0 && copySource) plant('REPEATS', copySource, links.copied);
    }
    if (parts.length === 1 && parts[0]!.doc.province === null) this.remember(parts[0]!.doc);
  }
}
