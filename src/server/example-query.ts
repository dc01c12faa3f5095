/** Preloaded in GraphiQL: a first question that works on the seed corpus. */
export const EXAMPLE_QUERY = `# Which documents implement or cite Kết luận 07-KL/TW, and how fast did each province answer?
query FirstLook {
  documents(filter: { code: "07-KL/TW" }, first: 1) {
    edges {
      node {
        id
        code
        type
        issuedOn
        issuer { name }
        cited: relations(direction: IN, types: [IMPLEMENTS, CITES]) {
          type
          source { code type issuedOn province { name } subject }
        }
      }
    }
  }
  stats { documents inCorpus relationsByType { type count } }
}
`;
