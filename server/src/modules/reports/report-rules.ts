import type { Viewer } from '../../auth/viewer.js';
import { Lifecycle } from '../../lifecycle.js';
import { mayWriteWard } from '../../scope/scope.js';
import { Role } from '../users/user.entity.js';
import { SituationReportStatus as S } from './situation-report.entity.js';

/** A situation report is sent once: its figures and note are then what the committee received. */
export const REPORT_LIFECYCLE = new Lifecycle<S>('situation report', {
  [S.DRAFT]: [S.SENT],
  [S.SENT]: [],
});

/** The district's report is the operator's to send; a ward's, the operator's or its own ward officer's. */
export function maySendReport(v: Viewer, wardId: number | null): boolean {
  return wardId === null ? v.role === Role.DISTRICT_OPERATOR : mayWriteWard(v, wardId);
}
