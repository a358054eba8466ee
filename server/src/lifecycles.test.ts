import { describe, expect, it } from 'vitest';
import type { Lifecycle } from './lifecycle.js';
import { IncidentStatus as I } from './modules/incidents/incident.entity.js';
import { INCIDENT_LIFECYCLE, incidentAfterTask } from './modules/incidents/incident-rules.js';
import { AREA_LIFECYCLE } from './modules/polling-areas/status-rules.js';
import { TASK_LIFECYCLE } from './modules/tasks/task-rules.js';
import { TaskStatus as T } from './modules/tasks/task.entity.js';
import { PollingAreaStatus as A } from './modules/units/enums.js';
import { VISIT_LIFECYCLE } from './modules/visits/visit-rules.js';
import { VisitStatus as B } from './modules/visits/visit.entity.js';
import { COMPLAINT_LIFECYCLE } from './modules/complaints/complaint-rules.js';
import { ComplaintStatus as C } from './modules/complaints/complaint.entity.js';
import { REPORT_LIFECYCLE } from './modules/reports/report-rules.js';
import { SituationReportStatus as R } from './modules/reports/situation-report.entity.js';

/**
 * Every lifecycle, written out as the legal moves a reader would check against SPEC section 3; every
 * other pair of statuses must be refused with CONFLICT.
 */
const TABLES: [Lifecycle<string>, string[], [string, string][]][] = [
  [
    AREA_LIFECYCLE,
    Object.values(A),
    [
      [A.PREPARING, A.READY],
      [A.READY, A.PREPARING],
      [A.READY, A.VOTING],
      [A.VOTING, A.SUSPENDED],
      [A.VOTING, A.CLOSED],
      [A.SUSPENDED, A.VOTING],
      [A.SUSPENDED, A.CLOSED],
      [A.CLOSED, A.COUNTED],
      [A.CLOSED, A.VOTING], // the operator's, with a reason, before 21:00 (polling-area.service)
    ],
  ],
  [
    INCIDENT_LIFECYCLE,
    Object.values(I),
    [
      [I.REPORTED, I.ACKNOWLEDGED],
      [I.REPORTED, I.IN_PROGRESS],
      [I.REPORTED, I.RESOLVED],
      [I.ACKNOWLEDGED, I.IN_PROGRESS],
      [I.ACKNOWLEDGED, I.RESOLVED],
      [I.IN_PROGRESS, I.RESOLVED],
      [I.RESOLVED, I.REPORTED],
    ],
  ],
  [
    TASK_LIFECYCLE,
    Object.values(T),
    [
      [T.OPEN, T.ACKNOWLEDGED],
      [T.OPEN, T.DECLINED],
      [T.OPEN, T.CANCELLED],
      [T.ACKNOWLEDGED, T.IN_PROGRESS],
      [T.ACKNOWLEDGED, T.DONE],
      [T.ACKNOWLEDGED, T.DECLINED],
      [T.IN_PROGRESS, T.DONE],
      [T.IN_PROGRESS, T.DECLINED],
    ],
  ],
  [REPORT_LIFECYCLE, Object.values(R), [[R.DRAFT, R.SENT]]],
  [
    COMPLAINT_LIFECYCLE,
    Object.values(C),
    [
      [C.RECEIVED, C.ASSIGNED],
      [C.RECEIVED, C.TRANSFERRED],
      [C.ASSIGNED, C.ASSIGNED], // a new handler
      [C.ASSIGNED, C.ANSWERED],
      [C.ASSIGNED, C.TRANSFERRED],
      [C.ANSWERED, C.CLOSED],
    ],
  ],
  [
    VISIT_LIFECYCLE,
    Object.values(B),
    [
      [B.REQUESTED, B.SCHEDULED],
      [B.REQUESTED, B.CANCELLED],
      [B.SCHEDULED, B.SCHEDULED], // a new time
      [B.SCHEDULED, B.VISITED],
      [B.SCHEDULED, B.CANCELLED],
    ],
  ],
];

for (const [lifecycle, statuses, legal] of TABLES) {
  describe(`${lifecycle.name} lifecycle`, () => {
    it('has a row for every status of its enum', () => expect(Object.keys(lifecycle.moves).sort()).toEqual([...statuses].sort()));
    for (const from of statuses) {
      for (const to of statuses) {
        const allowed = legal.some(([a, b]) => a === from && b === to);
        it(`${from} → ${to}: ${allowed ? 'allowed' : 'refused'}`, () => {
          expect(lifecycle.can(from, to)).toBe(allowed);
          if (allowed) lifecycle.assert(from, to);
          else expect(() => lifecycle.assert(from, to)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'CONFLICT' }) }));
        });
      }
    }
  });
}

it('ends where nothing moves on', () => {
  expect(AREA_LIFECYCLE.ends).toEqual([A.COUNTED]);
  expect(TASK_LIFECYCLE.ends.sort()).toEqual([T.CANCELLED, T.DECLINED, T.DONE].sort());
  expect(INCIDENT_LIFECYCLE.ends).toEqual([]);
  expect(REPORT_LIFECYCLE.ends).toEqual([R.SENT]);
});

it('puts an incident in progress when a task of it is started, and only then', () => {
  for (const incident of Object.values(I)) {
    for (const task of Object.values(T)) {
      const expected = task === T.IN_PROGRESS && (incident === I.REPORTED || incident === I.ACKNOWLEDGED) ? I.IN_PROGRESS : null;
      expect(incidentAfterTask(incident, task), `${incident} after a task ${task}`).toBe(expected);
    }
  }
});
