import 'fake-indexeddb/auto';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SituationReportFieldsFragment } from '@election-ops/schema';
import type { followEvents } from '../live/connection';
import { toLiveEvent } from '../live/events';

// The live client stood in for (its events are handed on by the test); fetch answers the operations by name.
const follows: Parameters<typeof followEvents>[0][] = [];
vi.mock('../live/connection', () => ({
  followEvents: (opts: Parameters<typeof followEvents>[0]) => (follows.push(opts), () => undefined),
}));
const { useDistrict } = await import('../stores/district');
const { useReports } = await import('./useReports');

const snapshot = {
  seq: 10,
  election: {
    name: 'x',
    date: '2021-05-23',
    pollsOpenAt: '2021-05-23T00:00:00Z',
    pollsCloseAt: '2021-05-23T14:00:00Z',
    now: '2021-05-23T05:31:00Z',
    drill: { active: false, speed: 1 },
    checkpoints: [
      { label: '10:00', at: '2021-05-23T03:00:00Z', lateAt: '2021-05-23T03:15:00Z' },
      { label: '12:30', at: '2021-05-23T05:30:00Z', lateAt: '2021-05-23T05:45:00Z' },
    ],
  },
  wards: [{ id: '7', code: 'dong-tam', name: 'Đồng Tâm', readiness: null, turnout: null }],
  pollingAreas: [],
  incidents: [],
  tasks: [],
  turnout: null,
  lateAreas: [],
};
const report = (id: string, checkpoint: string, over: Partial<SituationReportFieldsFragment> = {}): SituationReportFieldsFragment => ({
  id,
  checkpoint,
  checkpointAt: checkpoint === '10:00' ? '2021-05-23T03:00:00Z' : '2021-05-23T05:30:00Z',
  compiledAt: '2021-05-23T05:30:01Z',
  level: 'WARD',
  ward: { id: '7', code: 'dong-tam', name: 'Đồng Tâm' },
  status: 'DRAFT',
  note: null,
  sentAt: null,
  sentBy: null,
  figures: { checkpoint, turnout: { percent: 12.5 } },
  ...over,
});

describe('the situation reports a screen follows', () => {
  let asked: { name: string; variables: Record<string, unknown> }[];
  let stored: SituationReportFieldsFragment[];
  let refuseSend: boolean;
  let districts: string[];
  beforeEach(() => {
    districts = ['5'];
    localStorage.setItem('election-ops.session', JSON.stringify({ token: 't1', user: { id: '1', role: 'WARD_OFFICER', wardId: '7' }, expiresAt: '' }));
    setActivePinia(createPinia());
    follows.length = 0;
    asked = [];
    stored = [report('21', '10:00')];
    refuseSend = false;
    vi.stubGlobal('fetch', async (_url: string, init: { body: string }) => {
      const body = JSON.parse(init.body);
      const name = /^\s*(?:query|mutation) (\w+)/.exec(body.query)![1];
      asked.push({ name, variables: body.variables });
      const answer = (data: unknown) => new Response(JSON.stringify({ data }));
      switch (name) {
        case 'Snapshot':
          return answer({ snapshot });
        case 'UnitSnapshot':
          return answer({ snapshot: { ...snapshot, turnout: { registered: 0, voted: 0, percent: 0, byCheckpoint: [] } } });
        case 'UnitDistricts':
          return answer({ provinces: [{ id: '1', districts: districts.map((id) => ({ id })) }] });
        case 'SituationReports':
          return answer({
            situationReports: stored.filter(
              (r) =>
                (!body.variables.checkpoint || r.checkpoint === body.variables.checkpoint) &&
                (!body.variables.levels || body.variables.levels.includes(r.level)),
            ),
          });
        case 'SendSituationReport': {
          const sent: SituationReportFieldsFragment = {
            ...stored.find((r) => r.id === body.variables.id)!,
            status: 'SENT',
            note: body.variables.note,
            sentAt: '2021-05-23T05:40:00Z',
            sentBy: 'Cán bộ Đồng Tâm',
          };
          if (refuseSend) {
            stored = stored.map((r) => (r.id === sent.id ? { ...sent, sentBy: 'Trực ban quận' } : r));
            return new Response(JSON.stringify({ errors: [{ message: 'sent', extensions: { code: 'CONFLICT', reason: 'reportAlreadySent' } }] }));
          }
          return answer({ sendSituationReport: sent });
        }
        default:
          return answer({ turnout: null, readiness: null });
      }
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  async function started() {
    const district = useDistrict();
    const reports = useReports();
    reports.follow();
    const starting = district.start();
    follows[0].onConnected!();
    await starting;
    await vi.waitFor(() => expect(reports.listed).toBe(true));
    return { district, reports };
  }

  it('loads them beside the snapshot, then the figures of one compiled meanwhile, which its event does not carry', async () => {
    const { reports } = await started();
    expect(reports.groups.map((g) => g.reports.map((r) => [r.id, r.figures?.turnout.percent]))).toEqual([[['21', 12.5]]]);
    expect(reports.next?.label).toBe('12:30');

    stored.push(report('22', '12:30', { figures: { checkpoint: '12:30', turnout: { percent: 30.25 } } }));
    const { figures: _carried, ...heading } = stored[1];
    follows[0].onEvent(toLiveEvent({ ...event(11), type: 'SITUATION_REPORT_COMPILED', situationReport: heading }));
    await vi.waitFor(() => expect(reports.get('22')).toBeDefined());
    await vi.waitFor(() => expect(reports.get('22')?.figures?.turnout.percent).toBe(30.25));
    expect(asked.filter((a) => a.name === 'SituationReports').map((a) => a.variables)).toEqual([{}, { checkpoint: '12:30' }]);
    expect(reports.groups.map((g) => g.checkpoint)).toEqual(['12:30', '10:00']);
    expect(reports.next).toBeNull();
  });

  it("sends its ward's draft with a note and shows it sent at once; a draft of another ward, or a sent one, is not offered", async () => {
    const { reports } = await started();
    const draft = reports.get('21')!;
    expect(reports.maySend(draft)).toBe(true);
    expect(reports.maySend({ ...draft, ward: { id: '8', code: 'x', name: 'x' } })).toBe(false);
    expect(reports.maySend({ ...draft, ward: null })).toBe(false);
    expect(reports.drafts).toBe(1);
    await reports.send('21', '  Đã gọi xác minh  ');
    expect(reports.drafts).toBe(0);
    expect(reports.get('21')).toMatchObject({ status: 'SENT', note: 'Đã gọi xác minh', sentBy: 'Cán bộ Đồng Tâm', figures: { turnout: { percent: 12.5 } } });
    expect(reports.maySend(reports.get('21')!)).toBe(false);
  });

  it('reads a report again when the server says it was sent meanwhile, to show who sent it', async () => {
    const { reports } = await started();
    refuseSend = true;
    await expect(reports.send('21', '')).rejects.toMatchObject({ code: 'CONFLICT', reason: 'reportAlreadySent' });
    expect(asked.find((a) => a.name === 'SendSituationReport')!.variables).toEqual({ id: '21', note: null });
    await vi.waitFor(() => expect(reports.get('21')).toMatchObject({ status: 'SENT', sentBy: 'Trực ban quận' }));
  });
  it("lists a national observer's reports of districts and above when its unit holds several districts, and never loads every ward's", async () => {
    localStorage.setItem(
      'election-ops.session',
      JSON.stringify({
        token: 't1',
        user: { id: '9', role: 'OBSERVER', unit: { level: 'NATION', id: null, code: 'nation', name: 'Toàn quốc' } },
        expiresAt: '',
      }),
    );
    setActivePinia(createPinia());
    districts = ['5', '6'];
    const wide = { level: 'DISTRICT' as const, ward: null };
    stored = [report('21', '10:00'), report('31', '10:00', wide)];
    const { reports } = await started();
    expect(reports.list.map((r) => r.id)).toEqual(['31']);
    // A ward's report compiled meanwhile is not listed, and its figures are not asked for.
    const { figures: _f, ...ward } = report('22', '12:30');
    follows[0].onEvent(toLiveEvent({ ...event(11), type: 'SITUATION_REPORT_COMPILED', situationReport: ward }));
    const { figures: _g, ...district } = report('32', '12:30', wide);
    stored.push(report('32', '12:30', wide));
    follows[0].onEvent(toLiveEvent({ ...event(12), type: 'SITUATION_REPORT_COMPILED', situationReport: district }));
    await vi.waitFor(() => expect(reports.get('32')?.figures).toBeTruthy());
    expect(reports.list.map((r) => r.id).sort()).toEqual(['31', '32']);
    const levels = ['NATION', 'PROVINCE', 'DISTRICT'];
    expect(asked.filter((a) => a.name === 'SituationReports').map((a) => a.variables)).toEqual([{ levels }, { checkpoint: '12:30', levels }]);
  });

  it('lists the wards too for an observer above a single district, as on the district screens', async () => {
    localStorage.setItem(
      'election-ops.session',
      JSON.stringify({ token: 't1', user: { id: '9', role: 'OBSERVER', unit: { level: 'PROVINCE', id: '1', code: 'ha-noi', name: 'Hà Nội' } }, expiresAt: '' }),
    );
    setActivePinia(createPinia());
    stored = [report('21', '10:00'), report('31', '10:00', { level: 'DISTRICT', ward: null })];
    const { reports } = await started();
    expect(reports.list.map((r) => r.id).sort()).toEqual(['21', '31']);
    expect(asked.filter((a) => a.name === 'SituationReports').map((a) => a.variables)).toEqual([{}]);
  });
});

function event(seq: number) {
  return {
    seq,
    at: '2021-05-23T05:30:01Z',
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
    voterListChange: null,
    relocation: null,
    situationReport: null,
  };
}
