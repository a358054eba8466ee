import type { ServerResponse } from 'node:http';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { keysetPages, localTime, writeCsv, type CsvColumn } from './csv.js';

/** A response whose socket is full until `drain()`, and whose client can go away (`close()`). */
class FakeResponse extends EventEmitter {
  chunks: string[] = [];
  headers: Record<string, string> = {};
  full = false;
  writableFinished = false;
  destroyed = false;
  setHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }
  write(chunk: string) {
    this.chunks.push(chunk);
    return !this.full;
  }
  end() {
    this.writableFinished = true;
    this.emit('close');
  }
  drain() {
    this.full = false;
    this.emit('drain');
  }
  close() {
    this.destroyed = true;
    this.emit('close');
  }
  get body() {
    return this.chunks.join('');
  }
}

const asResponse = (r: FakeResponse) => r as unknown as ServerResponse;
const tick = () => new Promise((r) => setImmediate(r));

/** Pages of numbers, recording how many were read and whether the source was closed. */
function source(pages: number[][]) {
  const state = { read: 0, closed: false };
  async function* gen() {
    try {
      for (const p of pages) {
        state.read += 1;
        yield p;
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, pages: gen() };
}

const NUMBER: CsvColumn<number>[] = [{ header: 'Số', value: (n) => n }];

describe('writeCsv', () => {
  it('writes a BOM, one header row and RFC 4180 records with CRLF; quotes only what needs it, defuses formulas', async () => {
    const res = new FakeResponse();
    type Row = { text: string | null; at: Date; yes: boolean; n: number };
    const columns: CsvColumn<Row>[] = [
      { header: 'Nội dung', value: (r) => r.text },
      { header: 'Thời điểm', value: (r) => r.at },
      { header: 'Có', value: (r) => r.yes },
      { header: 'Số', value: (r) => r.n },
    ];
    const at = new Date('2021-05-23T05:30:00Z');
    async function* pages() {
      yield [
        { text: 'Mất điện, "tủ" cháy\r\ndòng 2', at, yes: true, n: -5 },
        { text: '=1+1', at, yes: false, n: 0 },
        { text: null, at, yes: false, n: 1 },
      ];
    }
    const outcome = await writeCsv(asResponse(res), { filename: 'x.csv', columns, pages: pages() });
    expect(outcome).toEqual({ rows: 3, pages: 1, complete: true });
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="x.csv"');
    expect(res.body).toBe(
      '\uFEFFNội dung,Thời điểm,Có,Số\r\n' +
        '"Mất điện, ""tủ"" cháy\r\ndòng 2",2021-05-23 12:30:00,có,-5\r\n' +
        "'=1+1,2021-05-23 12:30:00,không,0\r\n" +
        ',2021-05-23 12:30:00,không,1\r\n',
    );
  });

  it('reads the next page only once the client has drained the last one', async () => {
    const res = new FakeResponse();
    res.full = true;
    const { state, pages } = source([[1], [2], [3]]);
    const done = writeCsv(asResponse(res), { filename: 'x.csv', columns: NUMBER, pages });
    await tick();
    expect(state.read).toBe(1);
    res.drain();
    res.full = true;
    await tick();
    expect(state.read).toBe(2);
    res.drain();
    expect(await done).toEqual({ rows: 3, pages: 3, complete: true });
    expect(res.body).toBe('\uFEFFSố\r\n1\r\n2\r\n3\r\n');
  });

  it('stops reading and closes the page source when the client goes away', async () => {
    const res = new FakeResponse();
    res.full = true;
    const { state, pages } = source([[1], [2], [3]]);
    const done = writeCsv(asResponse(res), { filename: 'x.csv', columns: NUMBER, pages });
    await tick();
    res.close();
    expect(await done).toEqual({ rows: 0, pages: 0, complete: false });
    expect(state).toEqual({ read: 1, closed: true });
  });

  it('sends nothing when the first page fails, so the caller can still answer with an error status', async () => {
    const res = new FakeResponse();
    const failing: AsyncIterable<number[]> = { [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('database unavailable')) }) };
    await expect(writeCsv(asResponse(res), { filename: 'x.csv', columns: NUMBER, pages: failing })).rejects.toThrow('database unavailable');
    expect(res.chunks).toEqual([]);
    expect(res.headers).toEqual({});
  });
});

describe('keysetPages', () => {
  it('asks for each page after the last key of the one before, and stops at a short page', async () => {
    const asked: (number | null)[] = [];
    const rows = [1, 2, 3, 4, 5, 6, 7];
    const read = async (after: number | null) => {
      asked.push(after);
      return rows.filter((r) => r > (after ?? 0)).slice(0, 3);
    };
    const got: number[][] = [];
    for await (const page of keysetPages(read, (r) => r, 3)) got.push(page);
    expect(got).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(asked).toEqual([null, 3, 6]);
  });
});

describe('localTime', () => {
  it('writes an instant as Asia/Ho_Chi_Minh local time to the second', () => {
    expect(localTime(new Date('2021-05-23T12:30:59.900Z'))).toBe('2021-05-23 19:30:59');
    expect(localTime('2021-05-22T17:00:00Z')).toBe('2021-05-23 00:00:00');
    expect(localTime(null)).toBe('');
  });
});
