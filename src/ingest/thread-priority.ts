import { setPriority } from 'node:os';

/**
 * Niceness of extraction workers (`ExtractPool`), unless the ingest asks for
 * another. The writing thread sets the pace of a large ingest, and the
 * workers can wait: on two cores, with the three threads at one priority,
 * the writer's event loop was busy nearly all the time while its thread
 * was on a core 0.63–0.66 of it, and the two cores were 1.74–1.76 busy.
 * At 10 the scheduler weighs the writer about nine times a worker, and the
 * workers take what it leaves: the writer on a core 0.72–0.74 of the time,
 * the cores 1.88–1.95 busy (the 100k corpus's files phase, three runs
 * each; docs/benchmarks.md, session 15). 19 did no better than 10.
 */
export const EXTRACTION_WORKER_NICENESS = 10;

/**
 * Lowers the calling thread's scheduling priority to `niceness` (0–19) and
 * says whether it did. Only on Linux, where each thread has its own
 * niceness and `setpriority` of process 0 names the calling thread; on other
 * systems the same call lowers the whole process, so it is not made. A
 * system that refuses it (a sandbox) leaves the thread as it was.
 */
export function lowerThreadPriority(niceness: number, platform: NodeJS.Platform = process.platform): boolean {
  if (platform !== 'linux' || !(niceness > 0)) return false;
  try {
    setPriority(0, Math.min(19, Math.floor(niceness)));
    return true;
  } catch {
    return false;
  }
}
