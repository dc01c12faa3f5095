/**
 * One file for an extraction worker: its bytes (transferred, not copied),
 * answered with its graph; or its path, which the worker reads itself (the
 * main thread is then free to write), answered with a `PreparedFile`.
 * Either way with the name recorded in spans.
 */
export type ExtractRequest =
  | { kind: 'bytes'; bytes: Uint8Array; fileName: string; maxBytes?: number }
  | { kind: 'path'; path: string; fileName: string; maxBytes: number };

/** What every extraction worker starts with. */
export interface ExtractWorkerInit {
  /** Scheduling niceness the worker gives its own thread (`lowerThreadPriority`); 0 keeps the caller's. */
  niceness: number;
}
