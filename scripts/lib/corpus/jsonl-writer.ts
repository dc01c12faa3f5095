import { closeSync, openSync, writeSync } from 'node:fs';

/** Appends JSON lines through a small buffer: constant memory however many lines. */
export class JsonlWriter {
  private readonly fd: number;
  private buffer: string[] = [];
  private size = 0;
  count = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  write(value: unknown): void {
    const line = `${JSON.stringify(value)}\n`;
    this.buffer.push(line);
    this.size += line.length;
    this.count += 1;
    if (this.size > 1 << 16) this.flush();
  }

  flush(): void {
    if (this.buffer.length === 0) return;
    writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
