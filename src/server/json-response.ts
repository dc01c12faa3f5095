import type { ServerResponse } from 'node:http';
import type { ErrorCode } from '../api/errors/error-code';

/** A GraphQL-shaped error answer for requests refused before they reach the GraphQL engine. */
export function sendError(response: ServerResponse, status: number, code: ErrorCode, message: string): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  if (response.headersSent) {
    response.end();
    return;
  }
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}
