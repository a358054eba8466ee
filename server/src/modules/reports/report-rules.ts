import type { Viewer } from '../../auth/viewer.js';
import { Lifecycle } from '../../lifecycle.js';
import { mayWritePlace } from '../../scope/scope.js';
import { SituationReportStatus as S } from './situation-report.entity.js';

/** A situation report is sent once: its figures and note are then what the committee received. */
export const REPORT_LIFECYCLE = new Lifecycle<S>('situation report', {
  [S.DRAFT]: [S.SENT],
  [S.SENT]: [],
});

/** A ward's report is its operator's or its own ward officer's to send; a district's, a province's or the nation's, the operator's of that unit or above. */
export function maySendReport(v: Viewer, report: { wardId: number | null; districtId: number | null; provinceId: number | null }): boolean {
  return mayWritePlace(v, report);
}
