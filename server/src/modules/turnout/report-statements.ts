import type { EntityManager } from 'typeorm';
import type { Tx } from '../../db/database.js';
import { PollingArea } from '../polling-areas/polling-area.entity.js';
import type { Claim } from '../requests/client-requests.js';
import type { TurnoutFlag } from './turnout-flags.js';

/**
 * The statements of a turnout report, the write every polling area sends at each checkpoint and all
 * at once at the close: what it needs is read in one statement and written in one with the log's
 * append, so a report is START, these two and COMMIT. The rules stay in TurnoutService; these only read
 * and write.
 */

/** What a report's rules and flags read, with the area locked. */
export interface ReportReads {
  /** False when the clientRequestId was claimed already (then nothing is locked or read). */
  claimed: boolean;
  /** The area, locked for this transaction; null when there is none. */
  area: PollingArea | null;
  /**
   * The new report's id, drawn with the area locked (so one area's reports are numbered in the order
   * they are written): its event is complete before the write, which appends it in the same statement.
   */
  reportId: number | null;
  /** The area's earlier reports. */
  earlier: { voted: number; at: Date }[];
  /** The other areas of its ward that reported since `since`. */
  ward: { registered: number; voted: number }[];
}

const earlierOf = (area: string) =>
  `SELECT coalesce(json_agg(json_build_object('voted', r.voted, 'at', extract(epoch FROM r.at) * 1000)), '[]')
     FROM turnout_reports r WHERE r."pollingAreaId" = ${area}`;
const wardOf = (area: string, ward: string, since: string) =>
  `SELECT coalesce(json_agg(json_build_object('registered', o."registeredVoters", 'voted', o.voted)), '[]')
     FROM polling_areas o WHERE o."wardId" = ${ward} AND o.id <> ${area} AND o."latestReportAt" >= ${since}`;

/**
 * Claim the clientRequestId (first: a retry in flight waits here for the first attempt to end), lock
 * the area, and read its reports and its ward's figures, in one statement. The reads see the snapshot
 * the statement began with: if the area changed while this waited for its lock (a report committed
 * meanwhile; every report moves its area), its reports are read again after the lock.
 */
const CLAIM_LOCK_READ = `
  WITH claim AS (
    INSERT INTO client_requests ("userId", "clientRequestId", operation)
    SELECT $3::int, $4::text, $5::text WHERE $4::text IS NOT NULL
    ON CONFLICT DO NOTHING RETURNING 1),
  claimed AS (SELECT $4::text IS NULL OR EXISTS (SELECT 1 FROM claim) AS ok),
  area AS (
    SELECT pa.*, pa.xmin::text AS "lockedVersion" FROM polling_areas pa, claimed
     WHERE pa.id = $1 AND claimed.ok FOR UPDATE OF pa)
  SELECT claimed.ok AS claimed, area.*,
         (SELECT xmin::text FROM polling_areas WHERE id = $1) AS "readVersion",
         CASE WHEN area.id IS NOT NULL THEN nextval('turnout_reports_id_seq')::int END AS "reportId",
         CASE WHEN area.id IS NOT NULL THEN (${earlierOf('$1')}) END AS earlier,
         CASE WHEN area.id IS NOT NULL THEN (${wardOf('$1', 'area."wardId"', '$2::timestamptz')}) END AS ward
    FROM claimed LEFT JOIN area ON true`;

const READ_AGAIN = `SELECT (${earlierOf('$1')}) AS earlier, (${wardOf('$1', '$2', '$3::timestamptz')}) AS ward`;

export async function claimLockRead(m: EntityManager, areaId: number, since: Date, claim: Claim | null): Promise<ReportReads> {
  const [row] = await m.query(CLAIM_LOCK_READ, [areaId, since, claim?.userId ?? null, claim?.clientRequestId ?? null, claim?.operation ?? null]);
  if (!row.claimed) return { claimed: false, area: null, reportId: null, earlier: [], ward: [] };
  if (row.id == null) return { claimed: true, area: null, reportId: null, earlier: [], ward: [] };
  const area = toArea(m, row);
  const reportId: number = row.reportId;
  if (row.lockedVersion === row.readVersion) return { claimed: true, area, reportId, earlier: toEarlier(row.earlier), ward: row.ward };
  const [again] = await m.query(READ_AGAIN, [areaId, area.wardId, since]);
  return { claimed: true, area, reportId, earlier: toEarlier(again.earlier), ward: again.ward };
}

/** The row as the entity TypeORM would have loaded: its columns, nothing else. */
function toArea(m: EntityManager, row: Record<string, unknown>): PollingArea {
  const area = new PollingArea() as unknown as Record<string, unknown>;
  for (const c of m.connection.getMetadata(PollingArea).columns) area[c.propertyName] = row[c.databaseName];
  return area as unknown as PollingArea;
}

const toEarlier = (rows: { voted: number; at: number }[]) => rows.map((r) => ({ voted: r.voted, at: new Date(r.at) }));

/** The new report, the area's figure and the claim's result: the change the log's append is folded into. */
const WRITE = `
  report AS (
    INSERT INTO turnout_reports (id, "pollingAreaId", "wardId", voted, at, "correctionReason", "reportedById", flags, verified)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text[], false)),
  area AS (UPDATE polling_areas SET voted = $4, "latestReportAt" = $5 WHERE id = $2),
  request AS (UPDATE client_requests SET "resultId" = $1 WHERE "userId" = $9::int AND "clientRequestId" = $10::text)`;

/** Write the report with the events queued in `tx`, in one statement: the transaction's last. */
export async function writeReport(
  tx: Tx,
  r: {
    id: number;
    pollingAreaId: number;
    wardId: number;
    voted: number;
    at: Date;
    correctionReason: string | null;
    reportedById: number;
    flags: TurnoutFlag[];
  },
  claim: Claim | null,
): Promise<void> {
  const params = [
    r.id,
    r.pollingAreaId,
    r.wardId,
    r.voted,
    r.at,
    r.correctionReason,
    r.reportedById,
    r.flags,
    claim?.userId ?? null,
    claim?.clientRequestId ?? null,
  ];
  await tx.finish({ ctes: WRITE, params });
}
