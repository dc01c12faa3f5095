/** One file for an extraction worker: its bytes (transferred, not copied) and the name recorded in spans. */
export interface ExtractRequest {
  bytes: Uint8Array;
  fileName: string;
  maxBytes?: number;
}
