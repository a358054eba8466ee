import type { ServerResponse } from 'node:http';
import { stringify } from 'csv-stringify/sync';

/** A cell as an export gives it; `writeCsv` turns it into text. */
export type CsvValue = string | number | boolean | Date | null | undefined;

/** One column: its header (Vietnamese, README "Exports" gives the English) and how a row fills it. */
export interface CsvColumn<R> {
  header: string;
  value: (row: R) => CsvValue;
}

/** A CSV export: its file name, columns, and its rows read page by page (each page one read of the database). */
export interface CsvExport<R> {
  filename: string;
  columns: CsvColumn<R>[];
  pages: AsyncIterable<R[]>;
}

/** How an export ended: every row written, or the client went away first. */
export interface CsvOutcome {
  rows: number;
  pages: number;
  complete: boolean;
}

const VN_OFFSET_MS = 7 * 3600_000;

/** An instant as Asia/Ho_Chi_Minh local time, `YYYY-MM-DD HH:MM:SS`: the form Excel reads as a date-time. */
export function localTime(at: Date | string | null | undefined): string {
  if (at == null) return '';
  const iso = new Date((typeof at === 'string' ? Date.parse(at) : at.getTime()) + VN_OFFSET_MS).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/** Whole seconds from one instant to another (empty when either is missing). */
export function secondsBetween(from: Date | string | null | undefined, to: Date | string | null | undefined): number | null {
  if (from == null || to == null) return null;
  return Math.round((new Date(to).getTime() - new Date(from).getTime()) / 1000);
}

function cell(value: CsvValue): string | number {
  if (value == null) return '';
  if (value instanceof Date) return localTime(value);
  if (typeof value === 'boolean') return value ? 'có' : 'không';
  return value;
}

/**
 * RFC 4180 as Excel reads it: CRLF after every record, a field quoted when it holds a comma, a quote,
 * CR or LF, quotes doubled; UTF-8 with a BOM so Excel opens Vietnamese as Vietnamese. Text typed by
 * users that starts like a formula (`=`, `+`, `-`, `@`, a tab) gets a leading `'` so a spreadsheet
 * shows it instead of running it (OWASP "CSV injection"); numbers are left alone.
 */
const OPTIONS = { record_delimiter: 'windows', escape_formulas: true, quote_record_delimiter: true } as const;

/**
 * Write an export to an HTTP response as it is read: one page at a time, waiting for the client to
 * drain the socket before asking the database for the next page, and stopping (the page source is
 * closed, no further read is made) as soon as the client disconnects. The first page is read before
 * anything is sent, so a failure there still reaches the client as an error status.
 */
export async function writeCsv<R>(res: ServerResponse, exp: CsvExport<R>): Promise<CsvOutcome> {
  const outcome: CsvOutcome = { rows: 0, pages: 0, complete: false };
  const pages = exp.pages[Symbol.asyncIterator]();
  let next = await pages.next();
  let gone = false;
  const onClose = () => (gone = !res.writableFinished);
  res.on('close', onClose);
  try {
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${exp.filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    let text = `\uFEFF${stringify([exp.columns.map((c) => c.header)], OPTIONS)}`;
    while (!next.done) {
      text += stringify(
        next.value.map((row) => exp.columns.map((c) => cell(c.value(row)))),
        OPTIONS,
      );
      if (!(await write(res, text, () => gone))) {
        await pages.return?.();
        return outcome;
      }
      outcome.pages += 1;
      outcome.rows += next.value.length;
      text = '';
      next = await pages.next();
    }
    if (text) await write(res, text, () => gone);
    res.end();
    outcome.complete = !gone;
    return outcome;
  } finally {
    res.off('close', onClose);
  }
}

/** Write a chunk; when the socket's buffer is full, wait until it drains or the client goes. False: the client is gone. */
async function write(res: ServerResponse, chunk: string, gone: () => boolean): Promise<boolean> {
  if (gone() || res.destroyed) return false;
  if (!res.write(chunk)) {
    await new Promise<void>((resume) => {
      const done = () => {
        res.off('drain', done);
        res.off('close', done);
        resume();
      };
      res.on('drain', done);
      res.on('close', done);
    });
  }
  return !gone() && !res.destroyed;
}

/**
 * Keyset paging: `read(after)` returns up to a page of rows ordered by key, all with keys above
 * `after` (null: from the start). Each call is its own read of the database, so writers get the
 * embedded database's lock between pages. Stops at the first short page.
 */
export async function* keysetPages<R, K>(read: (after: K | null) => Promise<R[]>, keyOf: (row: R) => K, size: number): AsyncGenerator<R[]> {
  let after: K | null = null;
  for (;;) {
    const page = await read(after);
    if (page.length > 0) yield page;
    if (page.length < size) return;
    after = keyOf(page[page.length - 1]);
  }
}
