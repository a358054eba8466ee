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
