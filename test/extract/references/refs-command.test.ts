import { PassThrough, Readable } from 'node:stream';
import { runRefs } from '../../../src/extract/references/refs-command';
import { refsForLine } from '../../../src/extract/references/refs-for-line';

async function run(input: Buffer | string): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await runRefs(Readable.from([typeof input === 'string' ? Buffer.from(input, 'utf8') : input]), out);
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

describe('refs command', () => {
  it('prints exactly the cli.md example', async () => {
    const line = 'Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ';
    expect(await run(`${line}\n`)).toBe(
      '[{"type":"CHI_THI","number":"16","year":2020,"symbol":"CT-TTg","code":"16/CT-TTg","date":"2020-03-31","issuer":"Thủ tướng Chính phủ"}]\n',
    );
    expect(JSON.stringify(refsForLine(line))).toBe(
      '[{"type":"CHI_THI","number":"16","year":2020,"symbol":"CT-TTg","code":"16/CT-TTg","date":"2020-03-31","issuer":"Thủ tướng Chính phủ"}]',
    );
  });

  it('prints one line per input line, in order, [] for lines without references', async () => {
    const out = await run('Kết luận số 07-KL/TW, ngày 11/6/2021 của Bộ Chính trị\n\nChỉ thị này phổ biến đến chi bộ.\r\nNghị quyết 128/NQ-CP');
    const lines = out.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
    expect(JSON.parse(lines[0])).toEqual([
      { type: 'KET_LUAN', number: '07', year: 2021, symbol: 'KL/TW', code: '07-KL/TW', date: '2021-06-11', issuer: 'Bộ Chính trị' },
    ]);
    expect(lines[1]).toBe('[]');
    expect(lines[2]).toBe('[]');
    expect(JSON.parse(lines[3])).toEqual([
      { type: 'NGHI_QUYET', number: '128', year: null, symbol: 'NQ-CP', code: '128/NQ-CP', date: null, issuer: null },
    ]);
  });

  it('survives binary garbage and invalid UTF-8: one [] per line', async () => {
    const garbage = Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x0a, 0xc3, 0x28, 0x80, 0x0a, 0xed, 0xa0, 0x80, 0x0a]);
    expect(await run(garbage)).toBe('[]\n[]\n[]\n');
  });

  it('prints nothing for empty input', async () => {
    expect(await run('')).toBe('');
  });
});
