import { readFileSync } from 'node:fs';

/** A V8 `.cpuprofile` (from `node --cpu-prof`) reduced to the functions that take the time. */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileLine {
  name: string;
  /** Milliseconds spent in the function itself. */
  selfMs: number;
  /** Milliseconds with the function on the stack (callees included, recursion counted once). */
  totalMs: number;
}

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^.*\/(src|scripts|node_modules)\//, '$1/');
  return `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
}

export function summariseCpuProfile(path: string, top = 15): { self: ProfileLine[]; total: ProfileLine[]; totalMs: number } {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    all += ms;
    const node = byId.get(id)!;
    const name = label(node);
    self.set(name, (self.get(name) ?? 0) + ms);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const l = label(byId.get(cur)!);
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + ms);
    }
  });
  const lines = (m: Map<string, number>, key: 'selfMs' | 'totalMs'): ProfileLine[] =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, selfMs: key === 'selfMs' ? ms : self.get(name) ?? 0, totalMs: key === 'totalMs' ? ms : total.get(name) ?? 0 }));
  return { self: lines(self, 'selfMs'), total: lines(total, 'totalMs'), totalMs: all };
}

export function formatProfile(summary: ReturnType<typeof summariseCpuProfile>): string {
  const row = (l: ProfileLine): string => `| ${l.name.replace(/\|/g, '\\|')} | ${l.selfMs.toFixed(0)} | ${l.totalMs.toFixed(0)} |`;
  return [
    `Sampled ${(summary.totalMs / 1000).toFixed(1)} s of CPU.`,
    '',
    'Top by self time:',
    '',
    '| function | self ms | total ms |',
    '|---|---:|---:|',
    ...summary.self.map(row),
    '',
    'Top by total (inclusive) time:',
    '',
    '| function | self ms | total ms |',
    '|---|---:|---:|',
    ...summary.total.map(row),
  ].join('\n');
}
