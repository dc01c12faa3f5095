import { DirectiveGraphError, InvalidArgumentError, RejectedInputError, StoreUnavailableError, type RejectionReason } from '../domain/errors';

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

/** The error a worker reported, as the class the same work in-process would have thrown. */
export function fromWorkerError(error: WorkerError): Error {
  switch (error.name) {
    case 'RejectedInputError':
      return new RejectedInputError(error.reason ?? 'unknown-encoding', error.message);
    case 'InvalidArgumentError':
      return new InvalidArgumentError(error.message);
    case 'StoreUnavailableError':
      return new StoreUnavailableError(error.message);
    case 'DirectiveGraphError':
      return new DirectiveGraphError(error.message);
    default: {
      const plain = new Error(error.message);
      plain.name = error.name;
      return plain;
    }
  }
}
