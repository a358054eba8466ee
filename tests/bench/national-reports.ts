/**
 * A checkpoint's situation reports at national scale: the leader compiles every scope's report (on the
 * generated country 10,614 wards, 705 districts, 63 provinces and the nation: 11,383) in one
 * transaction. A server is started on the national database just past 10:00 of its election day; the
 * run reports how long until every 10:00 report is in, the server's peak RSS, and the bytes the log
 * keeps per report event.
 *
 *   pnpm bench -- --only national-reports [--national-url postgres://…]
 *
 * With --national-url the database's 10:00 reports and their events are deleted first: give it a
 * benchmark's database, not one in use.
 */
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { startServer } from '../support/server.js';
import { nationalDatabase } from './lib/national-db.js';

const SCOPES_SQL = `
  WITH held AS (SELECT DISTINCT w."districtId" AS id, d."provinceId" FROM polling_areas pa JOIN wards w ON w.id = pa."wardId" JOIN districts d ON d.id = w."districtId")
  SELECT (SELECT count(*) FROM wards) + (SELECT count(*) FROM districts)
       + (SELECT count(*) FROM (SELECT "provinceId" FROM held GROUP BY 1 HAVING count(*) > 1) p)
       + (CASE WHEN (SELECT count(DISTINCT "provinceId") FROM held) > 1 THEN 1 ELSE 0 END) AS n`;

async function peakRssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)![1]) / 1024);
}

export async function nationalReports(o: { url?: string }): Promise<{ rows: Record<string, unknown>[]; notes: string[] }> {
  const db = o.url ? { url: o.url, drop: async () => undefined } : await nationalDatabase();
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    await client.query(`DELETE FROM situation_reports WHERE checkpoint = '10:00'`);
    await client.query(`DELETE FROM events WHERE type LIKE 'SITUATION_REPORT_%' AND data->'situationReport'->>'checkpoint' = '10:00'`);
    const [{ n: scopes }] = (await client.query(SCOPES_SQL)).rows as { n: string }[];
    const [{ day }] = (await client.query(`SELECT to_char("pollsOpenAt" AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS day FROM elections LIMIT 1`))
      .rows as { day: string }[];
    // 10:00 has just passed when the server starts: its leader compiles the checkpoint at once.
    const server = await startServer({
      DATABASE_URL: db.url,
      SEED: 'none',
      ELECTION_DATE: day,
      CLOCK_START: `${day}T10:00:01+07:00`,
      SCHEDULER_INTERVAL_MS: '200',
    });
    const started = Date.now();
    let count = 0;
    try {
      while (count < Number(scopes) && Date.now() - started < 600_000) {
        await new Promise((ok) => setTimeout(ok, 100));
        count = Number((await client.query(`SELECT count(*) AS n FROM situation_reports WHERE checkpoint = '10:00'`)).rows[0].n);
      }
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      const rss = await peakRssMb(server.process.pid!);
      const [{ bytes }] = (
        await client.query(
          `SELECT avg(pg_column_size(data))::int AS bytes FROM events WHERE type = 'SITUATION_REPORT_COMPILED' AND data->'situationReport'->>'checkpoint' = '10:00'`,
        )
      ).rows as { bytes: number }[];
      return {
        rows: [{ scopes: Number(scopes), compiled: count, secondsAfterListening: seconds, serverPeakRssMb: rss, bytesPerEventInLog: bytes }],
        notes: [
          'secondsAfterListening: from the server listening (election clock 10:00:01) to the last of the 10:00 reports committed; one transaction, so all of them land together',
          'serverPeakRssMb: VmHWM of the server process (boot and the compile); bytesPerEventInLog: pg_column_size of a SITUATION_REPORT_COMPILED event (its heading, without the figures)',
        ],
      };
    } finally {
      await server.stop();
    }
  } finally {
    await client.end();
    await db.drop();
  }
}
