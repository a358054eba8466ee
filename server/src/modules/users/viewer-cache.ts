import type { Viewer } from '../../auth/viewer.js';
import type { Tx } from '../../db/database.js';

/** The channel a change to an account's sessions is announced on, its user id the payload (realtime/wakeup.ts listens). */
export const VIEWERS_CHANNEL = 'election_ops_viewers';

/**
 * How long a viewer read is used without reading it again. Changes made through the API
 * (`revokeSessions`) reach every replica's cache at once, by a NOTIFY sent on commit; this bounds
 * only edits made to the database by hand (deactivating an account: no command does it, or moving
 * it to another unit), which take effect within it — where an open socket is checked only every 10 s.
 */
const KEEP_MS = 2_000;

/** Beyond this many accounts remembered the memory starts over (a province's phones are ~10,000). */
const MAX_ENTRIES = 20_000;

/**
 * Viewers by user id, read at most once per `keepMs` per replica: re-reading the account on every
 * request was a round trip and a sixth of a closing-spike write's server CPU. An entry is dropped
 * when the account's sessions change anywhere (`forget`, from the announcement), and none is trusted
 * while this replica might miss an announcement (its LISTEN connection down).
 */
export class ViewerCache {
  private readonly entries = new Map<number, { until: number; viewer: Promise<Viewer | null> }>();
  private trusted: () => boolean = () => true;

  constructor(private readonly keepMs = KEEP_MS) {}

  /** Trust entries only while `listening` says announcements reach this replica (PostgreSQL: the LISTEN connection is up). */
  trustWhile(listening: () => boolean): void {
    this.trusted = listening;
  }

  /**
   * The viewer signed in with a token of `sessionVersion`, from memory or from `read`. A token older
   * than the account's version is refused; one newer than the entry means the entry is stale (it was
   * read before a change this replica has not heard of yet), so the account is read again.
   */
  async get(userId: number, sessionVersion: number | undefined, read: () => Promise<Viewer | null>): Promise<Viewer | null> {
    if (!this.trusted()) {
      this.entries.clear();
      return matching(await read(), sessionVersion);
    }
    const now = Date.now();
    let entry = this.entries.get(userId);
    if (!entry || entry.until <= now) entry = this.fill(userId, now, read);
    let viewer = await entry.viewer;
    if (viewer && sessionVersion !== undefined && sessionVersion > viewer.sessionVersion) viewer = await this.fill(userId, now, read).viewer;
    return matching(viewer, sessionVersion);
  }

  /** Drop what is remembered of one account (its sessions changed), or of every account (null: announcements may have been missed). */
  forget(userId: number | null): void {
    if (userId === null) this.entries.clear();
    else this.entries.delete(userId);
  }

  private fill(userId: number, now: number, read: () => Promise<Viewer | null>) {
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    // Stored before it resolves, so concurrent requests of one account share the read, and a `forget`
    // meanwhile drops it too.
    const entry = { until: now + this.keepMs, viewer: read() };
    this.entries.set(userId, entry);
    entry.viewer.catch(() => this.entries.get(userId) === entry && this.entries.delete(userId));
    return entry;
  }
}

const matching = (viewer: Viewer | null, sessionVersion: number | undefined) =>
  viewer && (sessionVersion === undefined || sessionVersion === viewer.sessionVersion) ? viewer : null;

/**
 * Tell every replica an account's sessions changed, from inside the transaction that changes them:
 * PostgreSQL delivers it on commit, and never for a rollback. (The log's writes never notify, for the
 * instance-wide lock a notifying commit takes; a revocation is rare enough not to mind it.)
 */
export async function announceViewerChange(tx: Tx, userId: number): Promise<void> {
  await tx.manager.query('SELECT pg_notify($1, $2)', [VIEWERS_CHANNEL, String(userId)]);
}
