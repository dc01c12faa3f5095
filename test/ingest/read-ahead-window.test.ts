import { ReadAheadWindow } from '../../src/ingest/read-ahead-window';

describe('ReadAheadWindow', () => {
  it('holds the initial count until a size is known, never more than the maximum', () => {
    expect(new ReadAheadWindow(64, 2112, 64 * 2 ** 20).size).toBe(64);
    expect(new ReadAheadWindow(64, 10, 64 * 2 ** 20).size).toBe(10);
  });

  it('keeps thousands of small letters in flight, up to the maximum', () => {
    const window = new ReadAheadWindow(64, 2112, 64 * 2 ** 20);
    for (let i = 0; i < 10; i++) window.record(4_600);
    expect(window.size).toBe(2112);
  });

  it('keeps only as many large files as the byte budget holds at their mean size, and at least one', () => {
    const window = new ReadAheadWindow(64, 2112, 64 * 2 ** 20);
    window.record(20 * 2 ** 20);
    window.record(12 * 2 ** 20);
    // Mean 16 MiB: four fit in 64 MiB.
    expect(window.size).toBe(4);
    window.record(200 * 2 ** 20);
    expect(window.size).toBe(1);
  });

  it('does not count files that could not be read', () => {
    const window = new ReadAheadWindow(64, 2112, 64 * 2 ** 20);
    window.record(0);
    expect(window.size).toBe(64);
  });
});
