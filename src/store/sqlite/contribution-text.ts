import type { DocumentNode } from '../../domain/graph';
import { TEXT_FIELDS, type Contribution } from '../shared/merge-nodes';

/**
 * A document's text and what travels with it: `mergeDocuments` takes all
 * four from the first contribution that has a text.
 */
export type TextFields = Pick<DocumentNode, (typeof TEXT_FIELDS)[number]>;

/**
 * Set in a document contribution's JSON that leaves its text fields out:
 * they are the documents row's. An in-corpus document is almost always
 * described with its text by one file only, and writing that text (with its
 * map and field evidence) a second time into the contribution was a third
 * of a 100,000-document store and of every batch's commit.
 *
 * Invariant, kept by the writer within each transaction: the text fields of
 * a contribution so marked equal its document's row. Every in-corpus
 * contribution with a text is written marked (`leavesTextToRow`); when the
 * row is merged, each marked contribution whose text the merged row does not
 * carry (a second copy that ranks lower, or the row's text replaced by
 * another file's) is written out in full (`contributionsToWriteOut`).
 * Reference-only contributions (no text) are never marked, so the undated
 * merge can move them to another document.
 */
const TEXT_IN_ROW = 'textInRow';

export function leavesTextToRow(doc: DocumentNode): boolean {
  return doc.inCorpus && doc.text !== null && doc.text !== undefined;
}

/** The contribution's JSON, with the text fields left to the row when `leaveText`. */
export function contributionData(doc: DocumentNode, leaveText: boolean): string {
  if (!leaveText) return JSON.stringify(doc);
  const rest: Partial<DocumentNode> & { [TEXT_IN_ROW]?: true } = { ...doc };
  for (const key of TEXT_FIELDS) delete rest[key];
  rest[TEXT_IN_ROW] = true;
  return JSON.stringify(rest);
}

/** A stored contribution, its text fields filled in from `rowText` when it left them to the row. */
export interface StoredContribution extends Contribution<DocumentNode> {
  textInRow: boolean;
}

export function parseContribution(fileName: string, data: string, rowText: () => TextFields): StoredContribution {
  const parsed = JSON.parse(data) as DocumentNode & { [TEXT_IN_ROW]?: true };
  if (parsed[TEXT_IN_ROW] !== true) return { fileName, node: parsed, textInRow: false };
  delete parsed[TEXT_IN_ROW];
  return { fileName, node: { ...parsed, ...rowText() }, textInRow: true };
}

export function textFieldsOf(doc: TextFields): TextFields {
  return Object.fromEntries(TEXT_FIELDS.map((key) => [key, doc[key]])) as unknown as TextFields;
}

export function sameTextFields(a: TextFields, b: TextFields): boolean {
  return TEXT_FIELDS.every((key) => a[key] === b[key] || JSON.stringify(a[key]) === JSON.stringify(b[key]));
}

/** The marked contributions whose text differs from the row's next text: they must be written out in full first. */
export function contributionsToWriteOut(marked: readonly Contribution<DocumentNode>[], next: TextFields): Contribution<DocumentNode>[] {
  return marked.filter((c) => !sameTextFields(c.node, next));
}
