import type Database from 'better-sqlite3';
import { assertWellFormedId } from '../../domain/identity';
import type { TextMap } from '../../domain/text-map';
import type { ReuseDocumentView } from '../port';
import { parseOrNull } from './document-row';
import { statement } from './statement-cache';

interface ReuseRow {
  id: string;
  in_corpus: number;
  issued_on: string | null;
  issued_on_bounds: string | null;
  sources: string;
  text: string | null;
  text_map: string | null;
  body: string | null;
}

const SELECT_REUSE =
  'SELECT id, in_corpus, issued_on, issued_on_bounds, sources, text, text_map, body FROM documents WHERE id IN (SELECT value FROM json_each(?))';

/**
 * A stored document as text reuse reads it. The text map only places the
 * evidence of a passage found, which most documents compared never have:
 * its JSON is parsed on first access, document by document.
 */
class StoredReuseView implements ReuseDocumentView {
  readonly id: string;
  readonly inCorpus: boolean;
  readonly issuedOn: string | null;
  readonly issuedOnBounds: ReuseDocumentView['issuedOnBounds'];
  readonly sources: ReuseDocumentView['sources'];
  readonly text: string | null;
  readonly body: ReuseDocumentView['body'];
  private mapJson: string | null;
  private map: TextMap | null | undefined;

  constructor(row: ReuseRow) {
    this.id = row.id;
    this.inCorpus = row.in_corpus === 1;
    this.issuedOn = row.issued_on;
    this.issuedOnBounds = parseOrNull(row.issued_on_bounds);
    this.sources = JSON.parse(row.sources) as ReuseDocumentView['sources'];
    this.text = row.text;
    this.body = parseOrNull(row.body);
    this.mapJson = row.text_map;
  }

  get textMap(): TextMap | null {
    if (this.map !== undefined) return this.map;
    const map = parseOrNull<TextMap>(this.mapJson);
    this.map = map;
    this.mapJson = null;
    return map;
  }
}

/**
 * `GraphStore.reuseDocuments`: the columns text reuse compares, in one read.
 * Whole documents (`getDocuments`) build a row of 18 columns and parse seven
 * JSON columns more for each (a thousand random documents of the 100k store,
 * these fields read: 72–91 ms this way against 120–154 ms).
 */
export function reuseDocuments(db: Database.Database, ids: readonly string[]): (ReuseDocumentView | null)[] {
  ids.forEach((id) => assertWellFormedId(id, 'doc'));
  if (ids.length === 0) return [];
  const rows = statement(db, SELECT_REUSE).all(JSON.stringify([...new Set(ids)])) as ReuseRow[];
  const byId = new Map(rows.map((row) => [row.id, new StoredReuseView(row)]));
  return ids.map((id) => byId.get(id) ?? null);
}
