import { canReadEvent, type Viewer } from '../auth/viewer.js';
import type { Event } from '../log/event.entity.js';

/** Viewers with the same key read exactly the same events and the same fields of them. */
export function scopeKey(v: Viewer): string {
  return [v.role, v.wardId ?? '-', v.agencyCode ?? '-', v.observerWardIds?.slice().sort((a, b) => a - b).join(',') ?? '*'].join('|');
}

/** May this subscription (viewer + optional ward filter) receive this event? */
export function delivers(viewer: Viewer, wardFilter: number | null, event: Pick<Event, 'wardId' | 'agencies'>): boolean {
  if (wardFilter !== null && event.wardId !== wardFilter) return false;
  return canReadEvent(viewer, event);
}
