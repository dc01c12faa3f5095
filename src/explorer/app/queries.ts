/** The operations the explorer sends: only fields of the public schema. */

const DOC_SUMMARY = 'id code type subject issuedOn inCorpus province { id name } issuer { name }';

export const SEARCH_BY_CODE = `query ExplorerByCode($code: String!) {
  documents(filter: { code: $code }, first: 50) { totalCount edges { node { ${DOC_SUMMARY} } } }
}`;

export const SEARCH_TEXT = `query ExplorerSearch($text: String!) {
  search(text: $text, first: 30) { snippet score document { ${DOC_SUMMARY} } }
  resolveReference(text: $text) { ${DOC_SUMMARY} }
}`;

export const DOCUMENT = `query ExplorerDocument($id: ID!) {
  document(id: $id) {
    ${DOC_SUMMARY}
    number symbol urgency place signerTitle authority originality
    issuedOnBounds { earliest latest }
    signer { name }
    recipients { name }
    text
    copiedPassages { start end from { id code type } }
    topics { topic { id label } mentions }
    out: relations(direction: OUT) { type confidence evidence { text } target { ${DOC_SUMMARY} } }
    in: relations(direction: IN) { type confidence source { ${DOC_SUMMARY} } }
  }
}`;

export const CHAIN = `query ExplorerChain($id: ID!) {
  up: citationChain(id: $id, direction: UPSTREAM, maxDepth: 3) {
    documents { ${DOC_SUMMARY} } relations { type source { id } target { id } }
  }
  down: citationChain(id: $id, direction: DOWNSTREAM, maxDepth: 2) {
    documents { ${DOC_SUMMARY} } relations { type source { id } target { id } }
  }
}`;

export const INSTRUMENT = `query ExplorerInstrument($id: ID!) {
  document(id: $id) { ${DOC_SUMMARY} }
  provinceResponses(to: $id) {
    province { id name } firstIssuedOn lagDays
    documents { ${DOC_SUMMARY} originality }
  }
  reconstructedText(id: $id) { implementers { id } passages { text agreement witnesses { document { id code province { name } } } } }
}`;

export const HOME = `query ExplorerHome {
  stats { documents inCorpus mostCited { count document { ${DOC_SUMMARY} } } }
}`;

export const TOPIC_COUNTS = `query ExplorerTopics {
  topics { id label }
  byMonth: topicCounts(groupBy: [PROVINCE, TOPIC, MONTH]) { province { id name } topic { id } month documents }
}`;

export interface DocSummary {
  id: string;
  code: string | null;
  type: string;
  subject: string | null;
  issuedOn: string | null;
  inCorpus: boolean;
  province: { id: string; name: string } | null;
  issuer: { name: string } | null;
}
