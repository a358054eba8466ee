import { Lifecycle } from '../../lifecycle.js';
import { FindingStatus as S } from './finding.entity.js';

/** A finding is acted on once: addressed with a note, or escalated into an incident (which addresses it). */
export const FINDING_LIFECYCLE = new Lifecycle<S>('finding', {
  [S.OPEN]: [S.ADDRESSED],
  [S.ADDRESSED]: [],
});
