/** OUT: relations whose source is the document; IN: relations whose target is the document. */
export enum Direction {
  OUT = 'OUT',
  IN = 'IN',
}

/** UPSTREAM follows source→target (what a document rests on); DOWNSTREAM the reverse. */
export enum ChainDirection {
  UPSTREAM = 'UPSTREAM',
  DOWNSTREAM = 'DOWNSTREAM',
}
