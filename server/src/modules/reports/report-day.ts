import type { VisitReason } from '../visits/visit.entity.js';
import type { ComplaintKind } from '../complaints/complaint.entity.js';
import type { EntityManager } from 'typeorm';
import { EventType } from '../../log/event.entity.js';
import type { Election } from '../election/election.entity.js';
import { checkpointsOf } from '../election/election-time.js';
import { IncidentStatus, type IncidentCategory, type Severity } from '../incidents/incident.entity.js';
import { CHECKLIST_ITEMS } from '../readiness/checklist.entity.js';
import { reportWindowStart } from '../turnout/lateness.service.js';
import type { TurnoutFlag } from '../turnout/turnout-flags.js';
import { PollingAreaStatus } from '../units/enums.js';

/** The instant a report is compiled as of, and the one before it. */
export interface ReportMoment {
  checkpoint: string;
  at: Date;
  previous: { checkpoint: string; at: Date } | null;
  /** A turnout report from here to `at` counts for this checkpoint (the window late marks use). */
  windowFrom: Date;
  /** Regular opening: readiness is reported before it, areas not opened after it. */
  opensAt: Date;
}

/** Every checkpoint of the election as a report's moment, in order. */
export function momentsOf(election: Election): ReportMoment[] {
  const checkpoints = checkpointsOf(election);
  return checkpoints.map((c, i) => ({
    checkpoint: c.label,
    at: c.at,
    previous: i === 0 ? null : { checkpoint: checkpoints[i - 1].label, at: checkpoints[i - 1].at },
    windowFrom: reportWindowStart(election, c),
    opensAt: election.pollsOpenAt,
  }));
}

/** One polling area as it stood at the moment. */
export interface DayArea {
  id: number;
  wardId: number;
  code: string;
  number: number;
  name: string;
  registered: number;
  voted: number;
  /** Voted at the previous checkpoint (0 for the first). */
  votedBefore: number;
  /** Its latest report by the moment. */
  reportedAt: Date | null;
  status: PollingAreaStatus;
  /** The reason and time of the move into that status (null when the log has none). */
  reason: string | null;
  since: Date | null;
  /** Checklist items done; only read for a moment before opening. */
  checklistDone: number;
}

/** A move of an area to a new site by the moment (from the log). */
export interface DayRelocation {
  pollingAreaId: number;
  wardId: number;
  fromName: string;
  fromAddress: string;
  toName: string;
  toAddress: string;
  reason: string;
  at: Date;
}

/** The voter list's changes by the moment, per area (counts, each kind apart where the report tells it). */
export interface DayVoterList {
  wardId: number;
  transient: number;
  addedOther: number;
  removed: number;
}

/** Everything a report counts, for every ward at once (rows later than the moment left out). */
export interface Day {
  moment: ReportMoment;
  /** The district's name (a report is a district's or one of its wards'); '' for a day above the district. */
  district: string;
  /** The province's name; '' for the nation's day (of more than one province). */
  province: string;
  /** Every district of the deployment: the day is cut by district (`districtSlices`) before a district's report. */
  districts: { id: number; code: string; name: string; provinceId: number }[];
  /** Every province of the deployment: the day is cut by province (`provinceSlices`) before a province's report. */
  provinces: { id: number; code: string; name: string }[];
  wards: { id: number; code: string; name: string; districtId: number }[];
  areas: DayArea[];
  /** `wardIds`: every ward it affects (an incident over several counts in each one's report, once in the district's). */
  incidents: {
    wardId: number;
    wardIds: number[];
    category: IncidentCategory;
    severity: Severity;
    reportedAt: Date;
    status: IncidentStatus;
    affectsVoting: boolean;
  }[];
  tasks: {
    wardId: number;
    wardIds: number[];
    agencyId: number;
    createdAt: Date;
    ackDueAt: Date;
    acknowledgedAt: Date | null;
    declinedAt: Date | null;
    cancelledAt: Date | null;
  }[];
  agencies: { id: number; code: string; name: string }[];
  findings: { wardId: number; at: Date; addressedAt: Date | null }[];
  /** Complaints received by the moment; a district-wide one has no ward (the district's report alone counts it). */
  complaints: {
    wardId: number | null;
    districtId: number | null;
    kind: ComplaintKind;
    receivedAt: Date;
    dueAt: Date;
    answeredAt: Date | null;
    transferredAt: Date | null;
  }[];
  /** Auxiliary ballot-box visits asked for by the moment. */
  visits: { wardId: number; reason: VisitReason; voters: number; visitedAt: Date | null; cancelledAt: Date | null; ballotsCollected: number | null }[];
  flagged: { wardId: number; flags: TurnoutFlag[]; verified: boolean }[];
  latePrevious: { pollingAreaId: number; wardId: number }[];
  relocations: DayRelocation[];
  voterList: DayVoterList[];
}

/** Every ward of an incident or task (rows from before SPEC 8.6 name only their own). */
const WARDS = `CASE WHEN cardinality("wardIds") = 0 THEN ARRAY["wardId"] ELSE "wardIds" END`;

const date = (v: unknown): Date => (v instanceof Date ? v : new Date(String(v)));
const maybeDate = (v: unknown): Date | null => (v == null ? null : date(v));

/**
 * Read the day as of the moment, in a handful of set queries (one per kind of row, none per ward):
 * turnout from each area's latest report by then, statuses from the log's status events by then
 * (an area the log never moved keeps its seeded status), incidents' statuses from the last event
 * that carried each, tasks and findings from their timestamps, which are written once.
 */
export async function loadDay(m: EntityManager, moment: ReportMoment): Promise<Day> {
  const T = moment.at;
  const q = <R>(sql: string, params: unknown[] = []): Promise<R[]> => m.query(sql, params);
  const provinces = await q<Day['provinces'][number]>(`SELECT id, code, name FROM provinces ORDER BY id`);
  const districts = await q<Day['districts'][number]>(`SELECT id, code, name, "provinceId" FROM districts ORDER BY id`);
  const wards = await q<Day['wards'][number]>(`SELECT id, code, name, "districtId" FROM wards ORDER BY name, id`);
  // Registered as of the moment: the list as drawn up and the changes recorded by then.
  const areaRows = await q<{ id: number; wardId: number; code: string; number: number; name: string; registered: number; status: PollingAreaStatus }>(
    `SELECT pa.id, pa."wardId", pa.code, pa.number, pa.name, pa."seededVoters" + coalesce(c.delta, 0) AS registered, pa.status
       FROM polling_areas pa
       LEFT JOIN (SELECT "pollingAreaId", sum(CASE WHEN kind LIKE 'REMOVED%' THEN -count ELSE count END)::int AS delta
                    FROM voter_list_changes WHERE at <= $1 GROUP BY "pollingAreaId") c ON c."pollingAreaId" = pa.id
      ORDER BY pa."wardId", pa.number`,
    [T],
  );
  const voterList = await q<DayVoterList>(
    `SELECT "wardId", coalesce(sum(count) FILTER (WHERE kind = 'ADDED_TRANSIENT'), 0)::int AS transient,
            coalesce(sum(count) FILTER (WHERE kind = 'ADDED_OTHER'), 0)::int AS "addedOther",
            coalesce(sum(count) FILTER (WHERE kind LIKE 'REMOVED%'), 0)::int AS removed
       FROM voter_list_changes WHERE at <= $1 GROUP BY "wardId"`,
    [T],
  );
  // Every move of a site in the day: those by the moment are reported; the first one after it names the site the area was at then.
  const moves = (
    await q<{ id: number; wardId: number; relocation: Record<string, string>; at: Date }>(
      `SELECT (e.data->'pollingArea'->>'id')::int AS id, e."wardId", e.data->'relocation' AS relocation, e.at FROM events e WHERE e.type = $1 ORDER BY e.seq`,
      [EventType.POLLING_AREA_RELOCATED],
    )
  ).map(({ id, wardId, relocation: m, at }) => ({
    pollingAreaId: id,
    wardId,
    fromName: m.fromName,
    fromAddress: m.fromAddress,
    toName: m.toName,
    toAddress: m.toAddress,
    reason: m.reason,
    at: date(at),
  }));
  const relocations = moves.filter((r) => r.at <= T);
  const siteAtT = new Map<number, string>();
  for (const r of moves) if (r.at > T && !siteAtT.has(r.pollingAreaId)) siteAtT.set(r.pollingAreaId, r.fromName);
  for (const a of areaRows) a.name = siteAtT.get(a.id) ?? a.name;
  const votedAt = (at: Date) =>
    q<{ id: number; voted: number; at: Date }>(
      `SELECT DISTINCT ON (r."pollingAreaId") r."pollingAreaId" AS id, r.voted, r.at
         FROM turnout_reports r WHERE r.at <= $1 ORDER BY r."pollingAreaId", r.at DESC, r.id DESC`,
      [at],
    );
  const now = new Map((await votedAt(T)).map((r) => [r.id, r]));
  const before = new Map(moment.previous ? (await votedAt(moment.previous.at)).map((r) => [r.id, r.voted]) : []);
  // Per area: its latest status event by the moment or, failing that, its first one after (asOf false).
  const statusMoves = new Map(
    (
      await q<{ id: number; status: PollingAreaStatus; reason: string | null; at: Date; asOf: boolean }>(
        `SELECT DISTINCT ON ((e.data->'pollingArea'->>'id')::int) (e.data->'pollingArea'->>'id')::int AS id,
                e.data->'pollingArea'->>'status' AS status, e.data->'pollingArea'->>'statusReason' AS reason, e.at, e.at <= $1 AS "asOf"
           FROM events e WHERE e.type = $2
          ORDER BY (e.data->'pollingArea'->>'id')::int, (e.at <= $1) DESC, e.seq DESC`,
        [T, EventType.POLLING_AREA_STATUS_CHANGED],
      )
    ).map((r) => [r.id, r]),
  );
  const checklist = T < moment.opensAt ? await checklistDoneAt(m, T) : new Map<number, number>();
  const areas: DayArea[] = areaRows.map((a) => {
    const move = statusMoves.get(a.id);
    // Moved only after the moment: it was still where every area starts.
    const status = move ? (move.asOf ? move.status : PollingAreaStatus.PREPARING) : a.status;
    const latest = now.get(a.id);
    return {
      ...a,
      voted: latest?.voted ?? 0,
      votedBefore: before.get(a.id) ?? 0,
      reportedAt: maybeDate(latest?.at),
      status,
      reason: move?.asOf ? move.reason : null,
      since: move?.asOf ? date(move.at) : null,
      checklistDone: checklist.get(a.id) ?? 0,
    };
  });

  const incidentStatus = new Map(
    (
      await q<{ id: number; status: IncidentStatus }>(
        `SELECT DISTINCT ON ((e.data->'incident'->>'id')::int) (e.data->'incident'->>'id')::int AS id, e.data->'incident'->>'status' AS status
           FROM events e WHERE e.at <= $1 AND e.data->'incident' IS NOT NULL
          ORDER BY (e.data->'incident'->>'id')::int, e.seq DESC`,
        [T],
      )
    ).map((r) => [r.id, r.status]),
  );
  const incidents = (
    await q<Omit<Day['incidents'][number], 'status'> & { id: number }>(
      `SELECT id, "wardId", ${WARDS} AS "wardIds", category, severity, "reportedAt", "affectsVoting" FROM incidents WHERE "reportedAt" <= $1`,
      [T],
    )
  ).map((i) => ({ ...i, reportedAt: date(i.reportedAt), status: incidentStatus.get(i.id) ?? IncidentStatus.REPORTED }));

  const tasks = (
    await q<Day['tasks'][number]>(
      `SELECT "wardId", ${WARDS} AS "wardIds", "agencyId", "createdAt", "ackDueAt", "acknowledgedAt", "declinedAt", "cancelledAt" FROM tasks WHERE "createdAt" <= $1`,
      [T],
    )
  ).map((t) => ({
    ...t,
    createdAt: date(t.createdAt),
    ackDueAt: date(t.ackDueAt),
    // A timestamp after the moment had not happened yet.
    acknowledgedAt: until(t.acknowledgedAt, T),
    declinedAt: until(t.declinedAt, T),
    cancelledAt: until(t.cancelledAt, T),
  }));
  const agencies = await q<Day['agencies'][number]>(`SELECT id, code, name FROM agencies ORDER BY id`);
  const findings = (await q<Day['findings'][number]>(`SELECT "wardId", at, "addressedAt" FROM findings WHERE at <= $1`, [T])).map((f) => ({
    wardId: f.wardId,
    at: date(f.at),
    addressedAt: until(f.addressedAt, T),
  }));
  const complaints = (
    await q<Day['complaints'][number]>(
      `SELECT "wardId", "districtId", kind, "receivedAt", "dueAt", "answeredAt", "transferredAt" FROM complaints WHERE "receivedAt" <= $1`,
      [T],
    )
  ).map((c) => ({
    ...c,
    receivedAt: date(c.receivedAt),
    dueAt: date(c.dueAt),
    answeredAt: until(c.answeredAt, T),
    transferredAt: until(c.transferredAt, T),
  }));
  const visits = (
    await q<Day['visits'][number]>(
      `SELECT "wardId", reason, voters, "visitedAt", "cancelledAt", "ballotsCollected" FROM ballot_box_visits WHERE "requestedAt" <= $1`,
      [T],
    )
  ).map((v) => ({ ...v, visitedAt: until(v.visitedAt, T), cancelledAt: until(v.cancelledAt, T) }));
  const flagged = await q<Day['flagged'][number]>(
    `SELECT "wardId", flags, (verified AND "verifiedAt" <= $1) AS verified FROM turnout_reports WHERE at <= $1 AND cardinality(flags) > 0`,
    [T],
  );
  const latePrevious = moment.previous
    ? await q<Day['latePrevious'][number]>(`SELECT "pollingAreaId", "wardId" FROM late_marks WHERE checkpoint = $1 AND at <= $2`, [
        moment.previous.checkpoint,
        T,
      ])
    : [];
  return {
    moment,
    district: districts.length === 1 ? districts[0].name : '',
    province: provinces.length === 1 ? provinces[0].name : '',
    districts,
    provinces,
    wards,
    areas,
    incidents,
    tasks,
    agencies,
    findings,
    complaints,
    visits,
    flagged,
    latePrevious,
    relocations,
    voterList,
  };
}

function until(v: unknown, T: Date): Date | null {
  const d = maybeDate(v);
  return d && d <= T ? d : null;
}

/**
 * Items done per area at T: each item's last CHECKLIST_ITEM_SET by then; an item the log never
 * touched keeps its row's value (seeded), one touched only later was not done yet.
 */
async function checklistDoneAt(m: EntityManager, T: Date): Promise<Map<number, number>> {
  const rows: { id: number; done: number }[] = await m.query(
    `WITH ev AS (
       SELECT DISTINCT ON ((e.data->'pollingArea'->>'id')::int, e.data->>'checklistItem')
              (e.data->'pollingArea'->>'id')::int AS area, e.data->>'checklistItem' AS item, (e.data->>'checklistDone')::boolean AS done
         FROM events e WHERE e.type = $2 AND e.at <= $1
        ORDER BY (e.data->'pollingArea'->>'id')::int, e.data->>'checklistItem', e.seq DESC)
     SELECT c."pollingAreaId" AS id,
            count(*) FILTER (WHERE coalesce(ev.done, CASE WHEN c."updatedAt" IS NULL OR c."updatedAt" <= $1 THEN c.done ELSE false END))::int AS done
       FROM checklist_entries c LEFT JOIN ev ON ev.area = c."pollingAreaId" AND ev.item = c.item
      WHERE c.item = ANY($3::text[])
      GROUP BY c."pollingAreaId"`,
    [T, EventType.CHECKLIST_ITEM_SET, CHECKLIST_ITEMS],
  );
  return new Map(rows.map((r) => [r.id, r.done]));
}
