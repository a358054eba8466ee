import { describe, expect, it } from 'vitest';
import type { EventType } from '@election-ops/schema';
import { toLiveEvent, type RawEvent } from './events';

const raw = (type: string, fields: Partial<RawEvent> = {}): RawEvent => ({
  seq: 8,
  type: type as EventType,
  at: '2021-05-23T03:00:00Z',
  actor: null,
  wardId: '7',
  checklistItem: null,
  checklistDone: null,
  checkpoint: null,
  incident: null,
  task: null,
  turnoutReport: null,
  pollingArea: null,
  finding: null,
  complaint: null,
  ballotBoxVisit: null,
  situationReport: null,
  voterListChange: null,
  relocation: null,
  ...fields,
});
const area = {
  id: '3',
  code: 'dong-tam-03',
  number: 3,
  name: 'Khu vực 3',
  address: '',
  status: 'VOTING',
  statusReason: null,
  statusChangedAt: '',
  registeredVoters: 900,
  seededVoters: 900,
  transientVoters: 0,
  votersRemoved: 0,
  relocatedAt: null,
  wardId: { id: '7' },
  latestTurnout: null,
} as const;

describe('an event as it arrives from the socket', () => {
  it('is narrowed by its type when it carries what its topic promises', () => {
    const e = toLiveEvent(raw('POLLING_AREA_LATE', { pollingArea: area, checkpoint: '10:00' }));
    expect(e.type).toBe('POLLING_AREA_LATE');
    // Narrowed on `type`, the topic's fields are there without a check (this compiles).
    if (e.type === 'POLLING_AREA_LATE') expect([e.pollingArea.code, e.checkpoint]).toEqual(['dong-tam-03', '10:00']);
  });

  it('is unreadable, keeping only its seq, when its type is unknown or a promised field is missing', () => {
    expect(toLiveEvent(raw('BALLOTS_RECOUNTED', { pollingArea: area }))).toEqual({ type: null, seq: 8, at: '2021-05-23T03:00:00Z' });
    expect(toLiveEvent(raw('POLLING_AREA_LATE', { pollingArea: area })).type).toBeNull(); // no checkpoint
    expect(toLiveEvent(raw('CHECKLIST_ITEM_SET', { pollingArea: area, checklistItem: 'BALLOTS' })).type).toBeNull(); // no checklistDone
    expect(toLiveEvent(raw('SITUATION_REPORT_COMPILED')).type).toBeNull(); // no situationReport
    // `false` is a value: an untick is readable.
    expect(toLiveEvent(raw('CHECKLIST_ITEM_SET', { pollingArea: area, checklistItem: 'BALLOTS', checklistDone: false })).type).toBe('CHECKLIST_ITEM_SET');
  });
});
