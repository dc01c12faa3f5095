import { DirectiveGraphError } from '../domain/errors';
import { ingestPaths, type IngestOptions, type IngestProgress } from '../ingest/ingest-paths';
import { isCleanRejection, type IngestSummary } from '../ingest/ingest-summary';
import type { GraphStore } from '../store/port';

/** Where the command writes; `isTTY` chooses a progress bar over plain lines. */
export interface CommandIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  isTTY: boolean;
}

/** The part of cli-progress we use (the package ships no types). */
interface ProgressBar {
  start(total: number, value: number, payload?: Record<string, unknown>): void;
  update(value: number, payload?: Record<string, unknown>): void;
  setTotal(total: number): void;
  stop(): void;
}
interface CliProgressModule {
  SingleBar: new (options: Record<string, unknown>, preset?: unknown) => ProgressBar;
  Presets: Record<string, unknown>;
}

/**
 * `directive-graph ingest <path>...`: ingests, shows progress on stderr (a
 * bar on a terminal, one line per file otherwise), prints the summary on
 * stdout. Returns the exit status: 0 when every file was ingested, unchanged
 * or cleanly rejected (not text, empty, too large...), 1 when a path was
 * missing, a file failed to extract, or the store failed. `--workers N`
 * sets the threads for extraction and text reuse (0 or 1: none; default:
 * one per core).
 */
export async function runIngestCommand(
  args: readonly string[],
  store: GraphStore,
  io: CommandIo,
  options: Omit<IngestOptions, 'onProgress'> = {},
): Promise<number> {
  const parsed = parseIngestArgs(args);
  if (parsed === null || parsed.paths.length === 0) {
    io.stderr.write(USAGE);
    return 1;
  }
  const { paths, workers } = parsed;
  const progress = io.isTTY ? barReporter(io) : lineReporter(io);
  let summary: IngestSummary;
  try {
    summary = await ingestPaths(paths, store, { ...options, ...(workers === undefined ? {} : { workers }), onProgress: progress.report });
  } catch (error) {
    progress.stop();
    const name = error instanceof DirectiveGraphError ? `${error.name}: ` : '';
    io.stderr.write(`ingest failed: ${name}${(error as Error).message}\n`);
    return 1;
  }
  progress.stop();
  io.stdout.write(formatSummary(summary));
  return summary.rejected.every((r) => isCleanRejection(r.reason)) ? 0 : 1;
}

const USAGE = 'Usage: directive-graph ingest [--workers N] <file-or-folder>...\n';

/** Paths and the `--workers N` (or `--workers=N`) option, anywhere among them; null when the option is malformed. */
export function parseIngestArgs(args: readonly string[]): { paths: string[]; workers?: number } | null {
  const paths: string[] = [];
  let workers: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg !== '--workers' && !arg.startsWith('--workers=')) {
      paths.push(arg);
      continue;
    }
    const value = arg === '--workers' ? args[++i] : arg.slice('--workers='.length);
    if (value === undefined || !/^\d+$/.test(value)) return null;
    workers = Number(value);
  }
  return { paths, workers };
}

export function formatSummary(summary: IngestSummary): string {
  const lines = [
    `Files: ${summary.filesSeen} seen, ${summary.filesIngested} ingested, ${summary.filesUnchanged} unchanged, ${summary.filesRejected} rejected`,
    `Documents: ${summary.documents} in the corpus, ${summary.references} known only from references`,
    `Relations: ${
      summary.relationsByType.length === 0 ? 'none' : summary.relationsByType.map((r) => `${r.type} ${r.count}`).join(', ')
    }`,
  ];
  if (summary.mergedUndated > 0) lines.push(`Undated references merged into dated documents: ${summary.mergedUndated}`);
  lines.push(`Store: ${summary.store.documents} documents, ${summary.store.inCorpus} in the corpus`);
  if (summary.rejected.length > 0) {
    lines.push('Rejected:');
    for (const r of summary.rejected) lines.push(`  ${r.file}: ${r.reason} (${r.message})`);
  }
  if (summary.warnings.length > 0) {
    lines.push('Warnings:');
    for (const w of summary.warnings) lines.push(`  ${w}`);
  }
  return lines.join('\n') + '\n';
}

interface Reporter {
  report(progress: IngestProgress): void;
  stop(): void;
}

const PHASE_DONE: Readonly<Record<Exclude<IngestProgress['phase'], 'files'>, string>> = {
  postings: 'reuse postings indexed',
  merge: 'merged undated references',
  reuse: 'text reuse',
};

function lineReporter(io: CommandIo): Reporter {
  return {
    report(p) {
      if (p.phase === 'files') io.stderr.write(`[${p.done}/${p.total}] ${p.outcome ?? ''} ${p.file ?? ''}\n`);
      else if (p.done === p.total) io.stderr.write(`${PHASE_DONE[p.phase]}: done\n`);
    },
    stop() {},
  };
}

function barReporter(io: CommandIo): Reporter {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cliProgress = require('cli-progress') as CliProgressModule;
  const bar = new cliProgress.SingleBar(
    { stream: io.stderr, format: '{phase} [{bar}] {value}/{total} {file}', hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  let phase: string | null = null;
  return {
    report(p) {
      const payload = { phase: p.phase.padEnd(8), file: p.file ?? '' };
      if (p.phase !== phase) {
        if (phase !== null) bar.stop();
        phase = p.phase;
        bar.start(p.total, p.done, payload);
      } else {
        bar.update(p.done, payload);
      }
    },
    stop() {
      if (phase !== null) bar.stop();
      phase = null;
    },
  };
}
