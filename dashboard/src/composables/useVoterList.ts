import { defineStore } from 'pinia';
import { VoterListChangesDocument, type VoterListChangeKind, type VoterListChangesQuery } from '@election-ops/schema';
import { request } from '../api/request';
import { enqueue } from '../live/outbox';

export type VoterListChange = VoterListChangesQuery['voterListChanges'][number];

/**
 * The voter list's movement (SPEC 8.5): the ward desk's changes go through the outbox (queued offline,
 * sent once, pending until confirmed; the area's new figure comes back with the answer and its event),
 * and an area's changes are read for the area view.
 */
export const useVoterList = defineStore('voterList', () => ({
  /** Add voters to an area's list or strike them off, through the outbox. */
  enqueueChange: (pollingAreaId: string, kind: VoterListChangeKind, count: number, note: string | null) =>
    enqueue({ kind: 'recordVoterListChange', variables: { input: { pollingAreaId, kind, count, note } } }),
  /** An area's changes, newest first. */
  async ofArea(pollingAreaId: string): Promise<VoterListChange[]> {
    return (await request(VoterListChangesDocument, { filter: { pollingAreaId } })).voterListChanges;
  },
}));
