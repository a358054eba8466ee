import type { EntityManager } from 'typeorm';
import { Event, type EventData, EventType } from './event.entity.js';

/** An event as a service states it; seq is given when it is written. */
export interface NewEvent {
  type: EventType;
  wardId: number | null;
  agencies?: string[];
  data: EventData;
}

/** Arbitrary constant naming the log's append lock. */
const APPEND_LOCK = 4_207_221;
export const EVENTS_CHANNEL = 'election_ops_events';

/**
 * Take the log's lock, number and insert the events, and notify — in one statement, so the lock is
 * held for one round trip and the commit. Rows are produced only after the lock row exists, so every
 * serial value is drawn under the lock.
 */
const APPEND_SQL = `
  WITH lock AS (SELECT pg_advisory_xact_lock($1)),
  ins AS (
    INSERT INTO events (type, at, "actorId", actor, "wardId", agencies, data)
    SELECT u.type, $2::timestamptz, $3::int, $4::text, u.ward, ARRAY(SELECT jsonb_array_elements_text(u.ag)), u.data
      FROM lock, unnest($5::text[], $6::int[], $7::jsonb[], $8::jsonb[]) WITH ORDINALITY AS u(type, ward, ag, data, ord)
     ORDER BY u.ord
    RETURNING seq, type, at, "actorId", actor, "wardId", agencies, data)
  SELECT ins.*, pg_notify($9, (SELECT max(seq) FROM ins)::text) AS notified FROM ins ORDER BY seq`;

/**
 * The one writer of the event log. Called last in a transaction: the transaction-scoped advisory lock
 * is held until commit, so seq values are handed out in commit order and a reader that has seen seq n
 * can never later find a committed n-1. The NOTIFY wakes other replicas (delivered at commit, dropped
 * on rollback); it carries no data the subscribers depend on.
 */
export async function appendEvents(
  manager: EntityManager,
  events: NewEvent[],
  meta: { at: Date; actorId: number | null; actor: string | null },
): Promise<Event[]> {
  if (events.length === 0) return [];
  const rows: Event[] = await manager.query(APPEND_SQL, [
    APPEND_LOCK,
    meta.at,
    meta.actorId,
    meta.actor,
    events.map((e) => e.type),
    events.map((e) => e.wardId),
    events.map((e) => JSON.stringify(e.agencies ?? [])),
    events.map((e) => JSON.stringify(toJson(e.data))),
    EVENTS_CHANNEL,
  ]);
  return rows.map(({ notified: _notified, ...row }: Event & { notified?: unknown }) =>
    Object.assign(new Event(), { ...row, at: new Date(row.at) }),
  );
}

/** Plain JSON copy of entity snapshots, without TypeORM relation objects. */
function toJson(data: EventData): EventData {
  return JSON.parse(JSON.stringify(data, (key, value) => (key.endsWith('Ref') ? undefined : value)));
}
