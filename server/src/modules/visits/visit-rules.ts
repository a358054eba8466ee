import { Lifecycle } from '../../lifecycle.js';
import { VisitStatus as S } from './visit.entity.js';

/** Asked for, given a time (again, if it moves), visited; or cancelled with a reason before it goes. */
export const VISIT_LIFECYCLE = new Lifecycle<S>('ballot-box visit', {
  [S.REQUESTED]: [S.SCHEDULED, S.CANCELLED],
  [S.SCHEDULED]: [S.SCHEDULED, S.VISITED, S.CANCELLED],
  [S.VISITED]: [],
  [S.CANCELLED]: [],
});

/** Still to do: on the ops room until the box has gone or the visit is called off. */
export const PENDING: readonly S[] = [S.REQUESTED, S.SCHEDULED];

/** A scheduled visit not recorded this long after its time is overdue: the walls show it (the dashboard's `VISIT_OVERDUE_MS`). */
export const VISIT_OVERDUE_MS = 60 * 60_000;
