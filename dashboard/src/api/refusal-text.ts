import { areaStatusLabel } from '../domain/statuses';
import { deltaOf, voterListKindLabel } from '../domain/voter-list';
import { visitReasonLabel } from '../domain/visits';
import { formatNumber, formatSigned, formatTime, i18n } from '../i18n';
import type { OutboxEntry } from '../live/outbox';
import { errorText } from './error-text';
import { ApiError } from './request';

/**
 * A refused write in words a ward officer acts on: which write, why (errorText), and what to do next
 * (`ward.todo`). A correction the server would not take from this account (another ward's area, or
 * a report that is not the area's latest any more) says to call the district.
 */
export function refusalText(entry: OutboxEntry, error: ApiError): { what: string; why: string; todo: string } {
  const { t, te } = i18n.global;
  const correction = entry.kind === 'reportTurnout' && !!entry.variables.input.correctionReason;
  // A visit's refusals say what to do about the visit (a status moved is the visit's, not the area's).
  const visit = entry.kind.endsWith('BallotBoxVisit');
  let todo: string;
  if (correction && error.code === 'FORBIDDEN') todo = t('ward.todo.correctionRefused');
  else if (visit && error.reason && te(`ward.visits.todo.${error.reason}`)) todo = t(`ward.visits.todo.${error.reason}`);
  else if (error.reason && te(`ward.todo.${error.reason}`)) todo = t(`ward.todo.${error.reason}`);
  else if (te(`ward.todo.${error.code}`)) todo = t(`ward.todo.${error.code}`);
  else todo = t('ward.todo.other');
  return { what: writeLabel(entry), why: errorText(error), todo };
}

/**
 * A refusal of what was asked at once (not queued), in words: why, and what to do next, from `todo`
 * (`reports.todo`: sending a report; `reports.pdfTodo`: its PDF) by reason, else by code, else its
 * `other`. Not reached (NETWORK): said as not done, since nothing waits to be sent again.
 */
export function askedRefusalText(error: unknown, todo: 'reports.todo' | 'reports.pdfTodo'): { why: string; todo: string } {
  const { t, te } = i18n.global;
  const e = error instanceof ApiError ? error : null;
  const key = [e?.reason, e?.code].find((k) => k && te(`${todo}.${k}`));
  const why = e?.code === 'NETWORK' ? t(todo === 'reports.todo' ? 'reports.offline' : 'reports.pdfOffline') : errorText(error);
  return { why, todo: t(`${todo}.${key ?? 'other'}`) };
}

/** A queued or refused write, named for the officer ("Báo số 500", "Chuyển sang “Tạm dừng”"). */
export function writeLabel(entry: OutboxEntry): string {
  const { t } = i18n.global;
  switch (entry.kind) {
    case 'reportTurnout':
      return t(entry.variables.input.correctionReason ? 'ward.write.correctTurnout' : 'ward.write.reportTurnout', {
        voted: formatNumber(entry.variables.input.voted),
      });
    case 'setPollingAreaStatus':
      return t('ward.write.setPollingAreaStatus', { status: t(areaStatusLabel(entry.variables.status)) });
    case 'setChecklistItem':
      return t('ward.write.setChecklistItem', { item: t(`enum.ChecklistItem.${entry.variables.item}`) });
    case 'reportIncident':
      return t('ward.write.reportIncident', { title: entry.variables.input.title });
    case 'reportFinding':
      return t('ward.write.reportFinding', { text: shorten(entry.variables.input.text, 40) });
    case 'recordVoterListChange': {
      const { kind, count } = entry.variables.input;
      return t('ward.write.recordVoterListChange', { kind: t(voterListKindLabel(kind)), change: formatSigned(deltaOf(kind, count)) });
    }
    // By what it says, never by who filed it.
    case 'receiveComplaint':
      return t('ward.write.receiveComplaint', { summary: shorten(entry.variables.input.summary, 40) });
    case 'requestBallotBoxVisit':
      return t('ward.write.requestBallotBoxVisit', {
        voters: formatNumber(entry.variables.input.voters),
        reason: t(visitReasonLabel(entry.variables.input.reason)),
      });
    case 'scheduleBallotBoxVisit':
      return t('ward.write.scheduleBallotBoxVisit', { time: formatTime(entry.variables.at) });
    case 'recordBallotBoxVisit':
      return t('ward.write.recordBallotBoxVisit', { n: formatNumber(entry.variables.ballotsCollected) });
    case 'cancelBallotBoxVisit':
      return t('ward.write.cancelBallotBoxVisit', { reason: shorten(entry.variables.reason, 40) });
  }
}

/** The first `n` characters of a text's first line, with an ellipsis when cut. */
export function shorten(text: string, n: number): string {
  const line = text.trim().split('\n')[0];
  return line.length > n ? `${line.slice(0, n - 1)}…` : line;
}
