import { EventEmitter } from 'node:events';
import { closeOnSignals } from '../../../src/store/neo4j/open-neo4j-store';

/** A stand-in for `process`: records the re-raised signal instead of ending the test run. */
class FakeProcess extends EventEmitter {
  readonly pid = 4242;
  killed: Array<[number, string]> = [];
  kill(pid: number, signal?: string | number): true {
    this.killed.push([pid, String(signal)]);
    return true;
  }
}

describe('closeOnSignals', () => {
  test('SIGTERM closes the store once, then re-raises the signal', async () => {
    const proc = new FakeProcess();
    let closes = 0;
    closeOnSignals({ close: async () => void closes++ }, ['SIGTERM', 'SIGINT'], proc as never);
    proc.emit('SIGTERM');
    proc.emit('SIGINT'); // handlers are gone after the first signal
    await new Promise((resolve) => setImmediate(resolve));
    expect(closes).toBe(1);
    expect(proc.killed).toEqual([[4242, 'SIGTERM']]);
    expect(proc.listenerCount('SIGTERM') + proc.listenerCount('SIGINT')).toBe(0);
  });

  test('the returned function removes the handlers', () => {
    const proc = new FakeProcess();
    const dispose = closeOnSignals({ close: async () => undefined }, ['SIGTERM'], proc as never);
    expect(proc.listenerCount('SIGTERM')).toBe(1);
    dispose();
    expect(proc.listenerCount('SIGTERM')).toBe(0);
  });
});
