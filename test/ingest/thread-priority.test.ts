import { getPriority } from 'node:os';
import { lowerThreadPriority } from '../../src/ingest/thread-priority';

describe('lowerThreadPriority', () => {
  it('does nothing where lowering the calling thread would lower the whole process', () => {
    const before = getPriority(0);
    for (const platform of ['darwin', 'win32', 'freebsd'] as const) expect(lowerThreadPriority(10, platform)).toBe(false);
    expect(getPriority(0)).toBe(before);
  });

  it('does nothing when asked for niceness 0 or less', () => {
    const before = getPriority(0);
    expect(lowerThreadPriority(0, 'linux')).toBe(false);
    expect(lowerThreadPriority(-5, 'linux')).toBe(false);
    expect(getPriority(0)).toBe(before);
  });
});
