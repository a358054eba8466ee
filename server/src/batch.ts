import DataLoader from 'dataloader';
import type { Context } from './context.js';

/** Per context (one HTTP request, or one socket) and kind: the loader that batches that kind's lookups. */
const loaders = new WeakMap<Context, Map<string, DataLoader<number, unknown>>>();

/**
 * Load one row of a kind by id, batched with the other lookups of the same kind made in the same tick:
 * a list's field (every area's checklist, every area's latest report) is one query, not one per row.
 * Nothing is cached between ticks, so a socket's long-lived context never serves an old row.
 */
export function batchLoad<V>(ctx: Context, kind: string, loadMany: (ids: readonly number[]) => Promise<V[]>, id: number): Promise<V> {
  let byKind = loaders.get(ctx);
  if (!byKind) {
    byKind = new Map();
    loaders.set(ctx, byKind);
  }
  let loader = byKind.get(kind) as DataLoader<number, V> | undefined;
  if (!loader) {
    loader = new DataLoader<number, V>(loadMany, { cache: false });
    byKind.set(kind, loader as DataLoader<number, unknown>);
  }
  return loader.load(id);
}

/** Rows found by id, in the order asked (null where none): what a DataLoader batch function returns. */
export function inOrder<V extends { id: number }>(ids: readonly number[], rows: V[]): (V | null)[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Rows grouped by a key, one (possibly empty) list per id asked, in order. */
export function groupedBy<V>(ids: readonly number[], rows: V[], key: (row: V) => number): V[][] {
  const groups = new Map<number, V[]>(ids.map((id) => [id, []]));
  for (const r of rows) groups.get(key(r))?.push(r);
  return ids.map((id) => groups.get(id)!);
}
