import { DomainError } from '../../errors.js';
import { PollingAreaStatus as S } from '../units/enums.js';
import { VoterListChangeKind as K } from './voter-list-change.entity.js';

/** The most one change may move a list: a whole area's worth (an area holds 300-4,000 voters, Law 85/2015 art. 11). */
export const MAX_VOTER_LIST_CHANGE = 4_000;

/** Until voting has ended the list may change; after CLOSED its figure is the one the count is against. */
export const LIST_OPEN_STATUSES: readonly S[] = [S.PREPARING, S.READY, S.VOTING, S.SUSPENDED];

export const isRemoval = (kind: K): boolean => kind === K.REMOVED_MOVED || kind === K.REMOVED_DECEASED || kind === K.REMOVED_INELIGIBLE;

/** What an area's list holds: its registered voters and the parts the screens show apart. */
export interface ListFigures {
  registeredVoters: number;
  transientVoters: number;
  votersRemoved: number;
}

/**
 * The area's list after one change, or the refusal: a count that is not a whole number from 1 to
 * MAX_VOTER_LIST_CHANGE is BAD_USER_INPUT; a list closed with its voting, or a removal that would leave
 * fewer voters than the latest turnout report says have voted, is CONFLICT.
 */
export function applyChange(area: ListFigures & { status: S; voted: number }, kind: K, count: number): ListFigures {
  if (!Number.isInteger(count) || count < 1 || count > MAX_VOTER_LIST_CHANGE) throw new DomainError('voterListCount', `1-${MAX_VOTER_LIST_CHANGE}`);
  if (!LIST_OPEN_STATUSES.includes(area.status)) throw new DomainError('voterListClosed', area.status);
  if (isRemoval(kind)) {
    const left = area.registeredVoters - count;
    if (left < area.voted) throw new DomainError('voterListBelowTurnout', `${area.registeredVoters} − ${count} < ${area.voted}`);
    return { registeredVoters: left, transientVoters: area.transientVoters, votersRemoved: area.votersRemoved + count };
  }
  return {
    registeredVoters: area.registeredVoters + count,
    transientVoters: area.transientVoters + (kind === K.ADDED_TRANSIENT ? count : 0),
    votersRemoved: area.votersRemoved,
  };
}
