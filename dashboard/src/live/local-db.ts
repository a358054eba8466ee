import { openDB, type IDBPDatabase } from 'idb';

/**
 * The one IndexedDB database of the dashboard: `outbox` (writes not yet confirmed, live/outbox.ts) and
 * `offline` (the last state of the district a user saw, stores/offline-copy.ts, keyed by user id).
 * Version 2 added `offline`; a version-1 database keeps its outbox.
 */
let dbPromise: Promise<IDBPDatabase> | null = null;
export function localDb(): Promise<IDBPDatabase> {
  return (dbPromise ??= openDB('election-ops', 2, {
    upgrade(db) {
      if (!db.objectStoreNames.contains('outbox')) db.createObjectStore('outbox', { keyPath: 'id' });
      if (!db.objectStoreNames.contains('offline')) db.createObjectStore('offline');
    },
  }));
}
