import { describe, expect, it } from 'vitest';
import { IncidentNote } from '../modules/incidents/incident-note.entity.js';
import { Incident } from '../modules/incidents/incident.entity.js';
import { PollingArea } from '../modules/polling-areas/polling-area.entity.js';
import { TurnoutReport } from '../modules/turnout/turnout-report.entity.js';
import { EventType } from './event.entity.js';
import type { NewEvent } from './topics.js';

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
