import { splitBlocks, type Block } from './segment/blocks';
import type { SegmentedDocument } from './segment/segment';
import { parseHeader, type RawHeader } from './header/header';
import { readRecipients, type ListRead } from './parties/recipients';
import { readDistribution } from './parties/distribution';
import { readSignature, type SignatureRead } from './parties/signature-block';

/** What the header and parties stages read from one segmented document, before resolution. */
export interface ReadDocument {
  segment: SegmentedDocument;
  blocks: Block[];
  header: RawHeader;
  recipients: ListRead | null;
  distribution: ListRead | null;
  signature: SignatureRead | null;
}

export function readDocument(segmentDoc: SegmentedDocument): ReadDocument {
  const blocks = splitBlocks(segmentDoc.text);
  const header = parseHeader(blocks);
  return {
    segment: segmentDoc,
    blocks,
    header,
    recipients: readRecipients(blocks),
    distribution: readDistribution(blocks),
    signature: readSignature(blocks),
  };
}
