import { DirectiveGraphError, RejectedInputError } from '../domain/errors';
import { extractFile } from '../extract/pipeline';
import { toContractJson, type ContractJson } from '../extract/to-contract-json';
import { expandPaths } from '../ingest/expand-paths';
import { displayName } from '../ingest/ingest-paths';
import { readSourceFile } from '../ingest/read-source-file';
import type { CommandIo } from './ingest-command';

/**
 * `directive-graph extract <file>...`: parses without storing and prints one
 * JSON object `{ documents, relations }` for all files together. A file that
 * is not readable text is named on stderr with the reason; the others are
 * still printed. Returns the exit status: 0 when every file was extracted or
 * cleanly rejected, 1 when a path is missing or extraction failed.
 */
export async function runExtractCommand(paths: readonly string[], io: CommandIo, cwd = process.cwd()): Promise<number> {
  if (paths.length === 0) {
    io.stderr.write('Usage: directive-graph extract <file>...\n');
    return 1;
  }
  const { files, missing } = await expandPaths(paths, cwd);
  let status = 0;
  for (const m of missing) {
    io.stderr.write(`${m.path}: ${m.message}\n`);
    status = 1;
  }
  const out: ContractJson = { documents: [], relations: [] };
  for (const path of files) {
    const fileName = displayName(path, cwd);
    try {
      const bytes = await readSourceFile(path);
      const json = toContractJson(extractFile(bytes, { fileName }), { includeText: true });
      out.documents.push(...json.documents);
      out.relations.push(...json.relations);
    } catch (error) {
      if (error instanceof RejectedInputError) {
        io.stderr.write(`${fileName}: rejected (${error.reason}): ${error.message}\n`);
      } else {
        const name = error instanceof DirectiveGraphError ? error.name : 'Error';
        io.stderr.write(`${fileName}: extraction failed: ${name}: ${(error as Error).message}\n`);
        status = 1;
      }
    }
  }
  io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return status;
}
