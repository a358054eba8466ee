import 'fake-indexeddb/auto';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isReactive, watch } from 'vue';
import type { followEvents } from '../live/connection';

// The live client stood in for: what the store asks of it is recorded; fetch answers the two queries.
const follows: Parameters<typeof followEvents>[0][] = [];
const stops: ReturnType<typeof vi.fn>[] = [];
vi.mock('../live/connection', () => ({
  followEvents: (opts: Parameters<typeof followEvents>[0]) => {
    follows.push(opts);
    const stop = vi.fn();
    stops.push(stop);
    return stop;
  },
}));
const { useDistrict } = await import('./district');
const { useAreas } = await import('../composables/useAreas');
const { useSession } = await import('./session');
const { readOfflineCopy } = await import('./offline-copy');

const turnout = {
  registered: 100,
  voted: 40,
  percent: 40,
  areasReported: 1,
  areasTotal: 2,
  byWard: [],
  series: [{ at: '2021-05-23T01:00:00Z', checkpoint: null, voted: 40, percent: 40 }],
};
const snapshot = {
  seq: 42,
  election: {
    name: 'x',
    date: '2021-05-23',
    pollsOpenAt: '2021-05-23T00:00:00Z',
    pollsCloseAt: '2021-05-23T12:00:00Z',
    now: '2021-05-23T01:00:00Z',
    drill: { active: false, speed: 1 },
    checkpoints: [],
  },
  wards: [],
  pollingAreas: [],
  incidents: [],
  tasks: [],
  turnout: { ...turnout, voted: 41, percent: 41 },
  lateAreas: [],
};

describe('the district store', () => {
  let asked: string[];
  let snapshotFails: boolean;
  let snapshotHeld: Promise<void>;
  beforeEach(() => {
    localStorage.setItem('election-ops.session', JSON.stringify({ token: 't1', user: { id: '1', role: 'OBSERVER' }, expiresAt: '' }));
    setActivePinia(createPinia());
    follows.length = 0;
    stops.length = 0;
    asked = [];
    snapshotFails = false;
    snapshotHeld = Promise.resolve();
    vi.stubGlobal('fetch', async (_url: string, init: { body: string }) => {
      const name = /^\s*query (\w+)/.exec(JSON.parse(init.body).query)![1];
      asked.push(name);
      if (name === 'Snapshot') await snapshotHeld;
      if (name === 'Snapshot' && snapshotFails) throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify({ data: name === 'Snapshot' ? { snapshot } : { turnout, readiness: null } }));
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it("shows the turnout figure first, then the snapshot, and subscribes after the snapshot's seq", async () => {
    let release!: () => void;
    snapshotHeld = new Promise((ok) => (release = ok));
    const district = useDistrict();
    const connecting = district.connect();
    expect(follows).toHaveLength(1); // the socket connects while the summary loads
    await vi.waitFor(() => expect(district.state.turnout?.percent).toBe(40));
    expect(asked).toEqual(['Turnout']); // the snapshot waits for the socket to be up
    follows[0].onConnected!();
    await vi.waitFor(() => expect(asked).toEqual(['Turnout', 'Snapshot']));
    expect(district.loaded).toBe(false);
    release();
    await connecting;
    expect(asked).toEqual(['Turnout', 'Snapshot']);
    expect(district.loaded).toBe(true);
    expect(district.state.turnout?.percent).toBe(41);
    expect(await follows[0].after()).toBe(42);
  });

  it('connects once per token, however many screens start it', async () => {
    const district = useDistrict();
    void district.connect();
    await district.start({ retainFinished: 30 });
    await district.start();
    expect(follows).toHaveLength(1);
    expect(asked.filter((n) => n === 'Snapshot')).toHaveLength(1);
    useSession().token = 't2';
    await district.start();
    expect(stops[0]).toHaveBeenCalled();
    expect(follows).toHaveLength(2);
  });

  it('stops the socket when the snapshot cannot be had, and tries again on the next start', async () => {
    const district = useDistrict();
    snapshotFails = true;
    await expect(district.start()).rejects.toThrow();
    expect(stops[0]).toHaveBeenCalled();
    snapshotFails = false;
    await district.start();
    expect(district.loaded).toBe(true);
    expect(follows).toHaveLength(2);
  });

  it('keeps an offline copy for the ward desk and shows it, marked, when the snapshot cannot be had', async () => {
    localStorage.setItem('election-ops.session', JSON.stringify({ token: 't1', user: { id: '7', role: 'WARD_OFFICER' }, expiresAt: '' }));
    setActivePinia(createPinia());
    const first = useDistrict();
    await first.start({ offlineCopy: true });
    expect(first.fromCopy).toBe(false);
    await vi.waitFor(async () => expect(await readOfflineCopy('7')).toMatchObject({ seq: 42 }), { timeout: 5_000 });
    // Read an hour later, the election clock has moved on by that hour.
    const later = await readOfflineCopy('7', Date.now() + 3_600_000);
    expect(Date.parse(later!.election!.now) - Date.parse(snapshot.election.now)).toBeGreaterThanOrEqual(3_600_000);

    // The next page, offline: the copy, from its seq on.
    setActivePinia(createPinia());
    snapshotFails = true;
    const next = useDistrict();
    await next.start({ offlineCopy: true });
    expect(next.loaded).toBe(true);
    expect(next.fromCopy).toBe(true);
    expect(next.state.election?.date).toBe('2021-05-23');
    expect(await follows.at(-1)!.after()).toBe(42);
    follows.at(-1)!.onConnected!();
    expect(next.fromCopy).toBe(false);

    // Another user of the same phone gets none of it; signing out forgets it.
    expect(await readOfflineCopy('8')).toBeNull();
    next.reset({ forget: true });
    await vi.waitFor(async () => expect(await readOfflineCopy('7')).toBeNull());
  });

  it('tracks the records one level deep: entries are replaced, never proxied', async () => {
    const district = useDistrict();
    await district.start();
    expect(isReactive(district.state.turnout)).toBe(false);
    expect(isReactive(district.state.election)).toBe(false);
    expect(isReactive(district.state.areas)).toBe(true);
    district.state.areas['3'] = { id: '3', code: 'dong-tam-03', checklist: [{ item: 'BALLOT_BOX', done: false }] } as never;
    expect(isReactive(district.state.areas['3'])).toBe(false);
    const before = district.state.areas['3'];
    useAreas().markChecklistItem('3', 'BALLOT_BOX', true);
    expect(district.state.areas['3']).not.toBe(before);
    expect(district.state.areas['3'].checklist).toEqual([{ item: 'BALLOT_BOX', done: true }]);
  });

  it('applies events that arrive close together in one go, in order, each once', async () => {
    const district = useDistrict();
    await district.start();
    const applied: number[] = [];
    district.onEvent((e) => applied.push(e.seq));
    const counts: number[] = [];
    watch(
      () => Object.keys(district.state.incidents).length,
      (n) => counts.push(n),
    );
    const reported = (seq: number, id: string) => ({ seq, type: 'INCIDENT_REPORTED', incident: { id, status: 'REPORTED' } }) as never;
    follows[0].onEvent(reported(43, 'i1'));
    await new Promise((ok) => setTimeout(ok, 10)); // the next message, in a task of its own
    follows[0].onEvent(reported(44, 'i2'));
    follows[0].onEvent(reported(43, 'i1')); // replayed after a reconnect
    follows[0].onEvent(reported(42, 'old')); // before the snapshot
    expect(district.state.seq).toBe(42);
    await vi.waitFor(() => expect(applied).toEqual([43, 44]));
    expect(district.state.seq).toBe(44);
    expect(Object.keys(district.state.incidents).sort()).toEqual(['i1', 'i2']);
    expect(counts).toEqual([2]); // the screens saw one change, not one per event
  });
});
