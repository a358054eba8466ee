import type { VoterListChangeKind } from '@election-ops/schema';
import type vi from '../i18n/vi';
import type { Covers } from './statuses';

/**
 * The voter list's movement (SPEC 8.5) as the screens show it: the kinds of change in the order the
 * ward desk offers them (transient voters, by far the commonest on the day, first), which way each
 * moves the list, and an area's figure split into what it was drawn up with and what the day added.
 */
export const VOTER_LIST_KINDS = [
  'ADDED_TRANSIENT',
  'ADDED_OTHER',
  'REMOVED_MOVED',
  'REMOVED_DECEASED',
  'REMOVED_INELIGIBLE',
] as const satisfies readonly VoterListChangeKind[];

/** The most one change may move a list (the server's limit: a whole area's worth). */
export const MAX_VOTER_LIST_CHANGE = 4_000;

export const isRemoval = (kind: VoterListChangeKind) => kind.startsWith('REMOVED_');
/** The change's effect on the registered voters: + for added, − for struck off. */
export const deltaOf = (kind: VoterListChangeKind, count: number) => (isRemoval(kind) ? -count : count);
export const voterListKindLabel = (k: VoterListChangeKind) => `enum.VoterListChangeKind.${k}` as const;

/** What an area's list holds, as its fields say. */
export interface ListFigures {
  registeredVoters: number;
  seededVoters: number;
  transientVoters: number;
  votersRemoved: number;
}

/** The day's movement of one list (or several added up): transient voters, others added, struck off. */
export function movementOf(areas: readonly ListFigures[]): { transient: number; addedOther: number; removed: number } {
  let transient = 0;
  let addedOther = 0;
  let removed = 0;
  for (const a of areas) {
    transient += a.transientVoters;
    removed += a.votersRemoved;
    addedOther += a.registeredVoters - a.seededVoters - a.transientVoters + a.votersRemoved;
  }
  return { transient, addedOther, removed };
}

/**
 * Why a change cannot be sent, before it is: a count that is not 1 to 4,000, or a removal that would
 * leave fewer voters than have voted (the server's CONFLICT). null when it may be sent.
 */
export function checkListChange(kind: VoterListChangeKind, count: number | null, list: { registered: number; voted: number }): 'count' | 'belowTurnout' | null {
  if (count === null || !Number.isInteger(count) || count < 1 || count > MAX_VOTER_LIST_CHANGE) return 'count';
  if (isRemoval(kind) && list.registered - count < list.voted) return 'belowTurnout';
  return null;
}

type Messages = typeof vi;
const listCoversItsEnum: [
  Covers<VoterListChangeKind, typeof VOTER_LIST_KINDS>,
  Covers<VoterListChangeKind, (keyof Messages['enum']['VoterListChangeKind'])[]>,
] = [true, true];
void listCoversItsEnum;
