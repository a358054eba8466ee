import { describe, expect, it } from 'vitest';
import { IncidentNote } from '../modules/incidents/incident-note.entity.js';
import { Incident } from '../modules/incidents/incident.entity.js';
import { PollingArea } from '../modules/polling-areas/polling-area.entity.js';
import { TurnoutReport } from '../modules/turnout/turnout-report.entity.js';
import { EventType } from './event.entity.js';
import { passes, type NewEvent } from './topics.js';

// These lines are checked by `tsc` (the server's typecheck covers test files): each @ts-expect-error
// must meet an error, so a topic map that stopped catching a wrong payload fails the build.
describe('the topic map', () => {
  it('types each emit by its event type', () => {
    const area = new PollingArea();
    const ok: NewEvent[] = [
      { type: EventType.TURNOUT_REPORTED, wardId: 1, data: { turnoutReport: new TurnoutReport(), pollingArea: area } },
      { type: EventType.INCIDENT_NOTE_ADDED, wardId: 1, data: { incident: new Incident(), note: new IncidentNote() } },
    ];
    // @ts-expect-error a turnout report must carry the area it was filed for
    const missing: NewEvent = { type: EventType.TURNOUT_REPORTED, wardId: 1, data: { turnoutReport: new TurnoutReport() } };
    // @ts-expect-error a status change carries the area, not an incident
    const wrong: NewEvent = { type: EventType.POLLING_AREA_STATUS_CHANGED, wardId: 1, data: { incident: new Incident() } };
    // @ts-expect-error a checkpoint missed is named
    const late: NewEvent = { type: EventType.POLLING_AREA_LATE, wardId: 1, data: { pollingArea: area, checkpoint: 1230 } };
    expect([...ok, missing, wrong, late].map((e) => e.type)).toHaveLength(5);
  });
});

describe("what a subscriber's filter leaves out", () => {
  const e = (type: EventType, wardId: number | null, wardIds?: number[]) => ({ type, wardId, wardIds });
  it('keeps everything without a filter', () => {
    for (const x of [e(EventType.TURNOUT_REPORTED, 1), e(EventType.SITUATION_REPORT_COMPILED, 1), e(EventType.INCIDENT_REPORTED, null)])
      expect(passes({}, x)).toBe(true);
  });
  it("narrows to one ward, by the event's ward or its wards", () => {
    expect(passes({ wardId: 2 }, e(EventType.INCIDENT_REPORTED, 2))).toBe(true);
    expect(passes({ wardId: 2 }, e(EventType.TASK_DISPATCHED, 1, [1, 2]))).toBe(true);
    expect(passes({ wardId: 2 }, e(EventType.INCIDENT_REPORTED, 1))).toBe(false);
  });
  it("leaves out the figures, and the wards' reports but not a district's", () => {
    const wall = { figures: false, wardReports: false };
    expect(passes(wall, e(EventType.TURNOUT_REPORTED, 1))).toBe(false);
    expect(passes(wall, e(EventType.CHECKLIST_ITEM_SET, 1))).toBe(false);
    expect(passes(wall, e(EventType.SITUATION_REPORT_COMPILED, 1))).toBe(false);
    expect(passes(wall, e(EventType.SITUATION_REPORT_SENT, 1))).toBe(false);
    expect(passes(wall, e(EventType.SITUATION_REPORT_COMPILED, null))).toBe(true);
    expect(passes(wall, e(EventType.INCIDENT_REPORTED, 1))).toBe(true);
    expect(passes({ figures: false }, e(EventType.SITUATION_REPORT_COMPILED, 1))).toBe(true);
  });
});
