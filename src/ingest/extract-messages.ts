import { DirectiveGraphError, InvalidArgumentError, RejectedInputError, type RejectionReason } from '../domain/errors';
import type { FileGraph } from '../domain/graph';

/** One file for a worker: its bytes (transferred, not copied) and the name recorded in spans. */
export interface ExtractRequest {
  seq: number;
  bytes: Uint8Array;
  fileName: string;
  maxBytes?: number;
}

export type ExtractReply = { seq: number; graph: FileGraph; error?: undefined } | { seq: number; error: WorkerError; graph?: undefined };

/** An error as data: the class is named so that the main thread can throw the same one. */
export interface WorkerError {
  name: string;
  message: string;
  reason?: RejectionReason;
}

export function toWorkerError(error: unknown): WorkerError {
  if (error instanceof RejectedInputError) return { name: 'RejectedInputError', message: error.message, reason: error.reason };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

/** The error a worker reported, as the class the in-process pipeline would have thrown. */
export function fromWorkerError(error: WorkerError): Error {
  switch (error.name) {
    case 'RejectedInputError':
      return new RejectedInputError(error.reason ?? 'unknown-encoding', error.message);
    case 'InvalidArgumentError':
      return new InvalidArgumentError(error.message);
    case 'DirectiveGraphError':
      return new DirectiveGraphError(error.message);
    default: {
      const plain = new Error(error.message);
      plain.name = error.name;
      return plain;
    }
  }
}
