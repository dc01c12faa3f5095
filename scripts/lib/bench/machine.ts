import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { findRepositoryRoot } from '../corpus/text-model';

/** What a reader needs to judge a figure: the machine, when, how, and how busy it was. */
export interface MachineInfo {
  nproc: number;
  cpuModel: string;
  /** `free -h` as printed. */
  memory: string;
  node: string;
}

export function machineInfo(): MachineInfo {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  let memory = 'unknown';
  try {
    memory = execFileSync('free', ['-h'], { encoding: 'utf8' }).trim();
  } catch {
    // free(1) is missing on some systems; the figures still stand without it.
  }
  let nproc = cpus().length;
  try {
    nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
  } catch {
    // keep os.cpus()
  }
  return { nproc, cpuModel: model.trim(), memory, node: process.version };
}

/** 1-, 5- and 15-minute load averages, printed as `uptime` does. */
export function loadNow(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
}

export function benchmarksFile(): string {
  return join(findRepositoryRoot(__dirname) ?? findRepositoryRoot(process.cwd()) ?? '.', 'docs', 'benchmarks.md');
}

export interface BenchSection {
  title: string;
  command: string;
  loadBefore: string;
  loadAfter: string;
  /** Markdown: tables and notes. */
  body: string;
}

/** Appends a dated section to docs/benchmarks.md (created with a preamble when absent); `--no-append` only prints. */
export function appendBenchSection(section: BenchSection, machine: MachineInfo = machineInfo()): string {
  if (flag('no-append')) return '(not appended: --no-append)';
  const file = benchmarksFile();
  if (!existsSync(file)) {
    writeFileSync(
      file,
      '# Benchmarks\n\nSections are appended by `npm run bench` (scripts/bench*.ts), newest last. ' +
        'Each states the machine, the date, the command and the load average around the run: ' +
        'figures taken on a shared machine are only comparable with ratios measured in the same run.\n',
    );
  }
  const text = [
    '',
    `## ${section.title} — ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
    '',
    `- command: \`${section.command}\``,
    `- machine: ${machine.nproc} cores (\`nproc\`), ${machine.cpuModel}, Node ${machine.node}`,
    `- load average (1, 5, 15 min): ${section.loadBefore} before, ${section.loadAfter} after`,
    '- memory (`free -h`):',
    '',
    '```',
    machine.memory,
    '```',
    '',
    section.body.trim(),
    '',
  ].join('\n');
  appendFileSync(file, text);
  return file;
}

/** A markdown table; numbers are printed as given. */
export function markdownTable(header: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>): string => `| ${cells.map(String).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Nearest-rank percentile of samples (any order). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export function flag(name: string): boolean {
  return process.argv.includes(`--${name}`);
}

/** All values of a repeatable option (`--docs 10000 --docs 100000`). */
export function options(name: string): string[] {
  const out: string[] = [];
  process.argv.forEach((a, i) => {
    if (a === `--${name}` && process.argv[i + 1] !== undefined) out.push(process.argv[i + 1]!);
  });
  return out;
}
