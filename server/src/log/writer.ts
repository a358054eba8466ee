import type { EntityManager } from 'typeorm';
import { Event } from './event.entity.js';
import type { NewEvent } from './topics.js';

/**
 * A change made in the statement that appends the events, saving the append a round trip of its own:
 * common table expressions (`name AS (...)`, comma-separated, without `WITH`) over parameters `$1`…`$n`.
 * PostgreSQL runs every data-modifying one exactly once, whether the statement reads it or not.
 */
export interface FoldedChange {
  ctes: string;
  params: unknown[];
}

const APPEND_PARAMS = 10;

/**
 * Insert the events, in one statement, their parameters numbered from `$first` (after a folded
 * change's). No log-wide lock: transactions commit (and flush) concurrently, and readers stop at the
 * watermark (watermark.ts) so out-of-order commits are never seen out of order. No NOTIFY either: a
 * notifying transaction takes an instance-wide lock at commit, which capped notifying writers near
 * 500-600/s; each replica announces its commits itself (realtime/wakeup.ts).
 */
function appendCte(first: number): string {
  const [at, actorId, actor, types, wards, wardSets, agencies, data, districts, provinces] = Array.from({ length: APPEND_PARAMS }, (_, i) => `$${first + i}`);
  return `appended AS (
    INSERT INTO events (type, at, "actorId", actor, "wardId", "wardIds", "districtId", "provinceId", agencies, data)
    SELECT u.type, ${at}::timestamptz, ${actorId}::int, ${actor}::text, u.ward, ARRAY(SELECT jsonb_array_elements_text(u.wards)::int), u.district,
           u.province, ARRAY(SELECT jsonb_array_elements_text(u.ag)), u.data
      FROM unnest(${types}::text[], ${wards}::int[], ${wardSets}::jsonb[], ${districts}::int[], ${provinces}::int[], ${agencies}::jsonb[], ${data}::jsonb[])
           WITH ORDINALITY AS u(type, ward, wards, district, province, ag, data, ord)
     ORDER BY u.ord
    RETURNING seq, type, at, "actorId", actor, "wardId", "wardIds", "districtId", "provinceId", agencies, data)`;
}

/** The append's text per first parameter: only a handful of writes fold a change into theirs. */
const appendCtes = new Map<number, string>();

function appendSql(change: FoldedChange | null): string {
  const first = (change?.params.length ?? 0) + 1;
  let append = appendCtes.get(first);
  if (append === undefined) appendCtes.set(first, (append = appendCte(first)));
  return `WITH ${change ? `${change.ctes}, ` : ''}${append} SELECT * FROM appended ORDER BY seq`;
}

/**
 * The one writer of the event log. Called last in a transaction, after every change it describes (or
 * with the last of them, `change`, in the same statement), so a transaction that changes a record
 * another one changed (and so waited for its commit) draws the higher seq.
 */
export async function appendEvents(
  manager: EntityManager,
  events: NewEvent[],
  meta: { at: Date; actorId: number | null; actor: string | null },
  change: FoldedChange | null = null,
): Promise<Event[]> {
  if (events.length === 0) {
    if (change) await manager.query(`WITH ${change.ctes} SELECT 1`, change.params);
    return [];
  }
  const rows: Event[] = await manager.query(appendSql(change), [
    ...(change?.params ?? []),
    meta.at,
    meta.actorId,
    meta.actor,
    events.map((e) => e.type),
    events.map((e) => e.wardId),
    events.map((e) => JSON.stringify(e.wardIds && e.wardIds.length > 1 ? e.wardIds : [])),
    events.map((e) => JSON.stringify(e.agencies ?? [])),
    events.map((e) => toJson(e.data)),
    events.map((e) => (e.wardId === null ? (e.districtId ?? null) : null)),
    // Only the narrowest place is kept: a district's event is placed by its district, not its province.
    events.map((e) => (e.wardId === null && e.districtId == null ? (e.provinceId ?? null) : null)),
  ]);
  return rows.map((row) => Object.assign(new Event(), { ...row, at: new Date(row.at) }));
}

/** The payload as JSON text, without TypeORM relation objects. */
function toJson(data: NewEvent['data']): string {
  return JSON.stringify(data, (key, value) => (key.endsWith('Ref') ? undefined : value));
}
