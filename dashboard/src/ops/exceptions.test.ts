import { describe, expect, it } from 'vitest';
import type { PollingAreaStatus } from '@election-ops/schema';
import { DISTRICT_GROUP, findExceptions, fitExceptions, groupExceptions, noCounts, type ExceptionGroup } from './exceptions';

const wards = [
  { id: 'w1', name: 'Bạch Đằng' },
  { id: 'w2', name: 'Phố Huế' },
  { id: 'w3', name: 'Đồng Tâm' },
];
const area = (id: string, wardId: string, number: number, status: PollingAreaStatus, extra: Record<string, unknown> = {}) => ({
  id,
  code: `${wardId}-${String(number).padStart(2, '0')}`,
  number,
  name: `Trường THCS số ${number}`,
  status,
  statusReason: null,
  wardId: { id: wardId },
  ...extra,
});
const late = (a: ReturnType<typeof area>, checkpoint = '10:00') => ({ areaId: a.id, code: a.code, name: a.name, wardId: a.wardId.id, checkpoint });

describe('the areas that need someone now', () => {
  const suspended = area('s', 'w2', 4, 'SUSPENDED', { statusReason: 'Mất điện', statusChangedAt: '2021-05-23T10:04:00Z' });
  const preparing = area('p', 'w1', 2, 'PREPARING');
  const ready = area('r', 'w1', 3, 'READY');
  const voting = area('v', 'w3', 1, 'VOTING');
  const lateVoting = area('l', 'w3', 5, 'VOTING');

  it('lists suspended areas with their reason and since when, late areas with their checkpoint, and only those', () => {
    const found = findExceptions({ areas: [suspended, voting, lateVoting], late: [late(lateVoting)], opened: true });
    expect(found).toEqual([
      expect.objectContaining({ kind: 'suspended', areaId: 's', number: 4, name: 'Trường THCS số 4', reason: 'Mất điện', since: '2021-05-23T10:04:00Z' }),
      expect.objectContaining({ kind: 'late', areaId: 'l', number: 5, checkpoint: '10:00' }),
    ]);
  });

  it('counts an area not opened only once the polls should be open by the election clock', () => {
    expect(findExceptions({ areas: [preparing, ready, voting], late: [], opened: false })).toEqual([]);
    const found = findExceptions({ areas: [preparing, ready, voting], late: [], opened: true });
    expect(found.map((e) => [e.areaId, e.kind])).toEqual([
      ['p', 'notOpened'],
      ['r', 'notOpened'],
    ]);
  });

  it('lists an area once, under its most pressing kind', () => {
    const found = findExceptions({ areas: [suspended, preparing], late: [late(suspended), late(preparing)], opened: true });
    expect(found.map((e) => [e.areaId, e.kind])).toEqual([
      ['s', 'suspended'],
      ['p', 'notOpened'],
    ]);
  });

  it("adds the teams' open issues (at an area, the newest told; or for a whole ward) and the figures to check, each place once", () => {
    const finding = (at: string, text: string, pollingArea: { id: string; code: string; number: number; name: string } | null, wardId = 'w3') => ({
      at,
      text,
      team: { name: 'Đoàn giám sát số 4' },
      ward: { id: wardId, name: 'Đồng Tâm' },
      pollingArea,
    });
    const place = { id: 'v', code: voting.code, number: 1, name: voting.name };
    const found = findExceptions({
      areas: [suspended, voting, lateVoting],
      late: [],
      opened: true,
      findings: [
        finding('2021-05-23T03:00:00Z', 'Chưa niêm yết danh sách', place),
        finding('2021-05-23T03:30:00Z', 'Hòm phiếu phụ chưa niêm phong', place),
        finding('2021-05-23T03:10:00Z', 'Thiếu loa', null),
      ],
      flagged: [
        { areaId: 'l', wardId: 'w3', voted: 990, at: '2021-05-23T03:00:00Z', flags: ['EARLY_NEAR_FULL'] },
        { areaId: 's', wardId: 'w2', voted: 10, at: '2021-05-23T03:00:00Z', flags: ['FLATLINE'] },
      ],
    });
    expect(found.map((e) => [e.areaId, e.kind, e.text ?? e.flags])).toEqual([
      ['s', 'suspended', undefined],
      ['v', 'finding', 'Hòm phiếu phụ chưa niêm phong'],
      ['ward:w3', 'finding', 'Thiếu loa'],
      ['l', 'flagged', ['EARLY_NEAR_FULL']],
    ]);
    expect(found.find((e) => e.areaId === 'ward:w3')).toMatchObject({ wholeWard: true, name: 'Đồng Tâm', number: null, team: 'Đoàn giám sát số 4' });
    const [, dongTam] = groupExceptions(found, wards);
    expect(dongTam.counts).toMatchObject({ finding: 2, flagged: 1 });
    expect(dongTam.entries.map((e) => e.kind)).toEqual(['finding', 'finding', 'flagged']);
  });

  it('groups by ward with its name: a ward with a suspended area first, then the busiest, most pressing first within', () => {
    const groups = groupExceptions(findExceptions({ areas: [preparing, ready, suspended, lateVoting], late: [late(lateVoting)], opened: true }), wards);
    expect(groups.map((g) => [g.wardName, g.entries.map((e) => e.number)])).toEqual([
      ['Phố Huế', [4]],
      ['Bạch Đằng', [2, 3]],
      ['Đồng Tâm', [5]],
    ]);
    expect(groups[1].counts).toEqual({ suspended: 0, notOpened: 2, incident: 0, task: 0, finding: 0, visit: 0, complaint: 0, late: 0, flagged: 0 });
  });
});

describe('complaints overdue for an answer', () => {
  const complaint = (id: string, ward: { id: string } | null, pollingArea: { id: string; number: number; name: string } | null = null) => ({
    id,
    code: `DT-000${id}`,
    kind: 'DENUNCIATION' as const,
    subject: 'VOTING' as const,
    dueAt: '2021-05-23T14:00:00Z',
    ward,
    pollingArea,
  });

  it("lists each one, under its ward or the district's group, beside what is wrong at its area", () => {
    const suspended = area('s', 'w2', 4, 'SUSPENDED');
    const found = findExceptions({
      areas: [suspended],
      late: [],
      opened: true,
      complaints: [complaint('1', { id: 'w2' }, { id: 's', number: 4, name: suspended.name }), complaint('2', { id: 'w2' }), complaint('3', null)],
    });
    expect(found.map((e) => [e.kind, e.code, e.wardId, e.number])).toEqual([
      ['suspended', 'w2-04', 'w2', 4],
      ['complaint', 'DT-0001', 'w2', 4],
      ['complaint', 'DT-0002', 'w2', null],
      ['complaint', 'DT-0003', DISTRICT_GROUP, null],
    ]);
    const groups = groupExceptions(found, wards);
    expect(groups.map((g) => [g.wardId, g.counts.suspended, g.counts.complaint])).toEqual([
      ['w2', 1, 2],
      [DISTRICT_GROUP, 0, 1],
    ]);
  });
});

describe('auxiliary boxes overdue', () => {
  it('lists each one under its area’s ward, above the complaints and the late areas', () => {
    const late = area('l', 'w1', 2, 'VOTING');
    const visit = {
      id: '9',
      code: 'HPP-0009',
      voters: 2,
      reason: 'ILL_ELDERLY' as const,
      scheduledFor: '2021-05-23T02:30:00Z',
      pollingArea: { id: 'l', number: 2, name: late.name, ward: { id: 'w1' } },
    };
    const found = findExceptions({
      areas: [late],
      late: [{ areaId: 'l', code: late.code, name: late.name, wardId: 'w1', checkpoint: '10:00' }],
      opened: true,
      visits: [visit],
    });
    const [g] = groupExceptions(found, wards);
    expect(g.entries.map((e) => [e.kind, e.code, e.number])).toEqual([
      ['visit', 'HPP-0009', 2],
      ['late', late.code, 2],
    ]);
    expect(g.counts.visit).toBe(1);
    expect(g.entries[0].visit).toEqual({ scheduledFor: visit.scheduledFor, voters: 2, reason: 'ILL_ELDERLY' });
  });
});

describe('fitting the list to its panel', () => {
  // Ward A: one suspended area and 3 late ones; ward B: 2 not opened; ward C: 10 late.
  const entry = (kind: 'suspended' | 'notOpened' | 'late', wardId: string, number: number) => ({
    kind,
    areaId: `${wardId}${number}`,
    code: `${wardId}-${number}`,
    wardId,
    number,
    name: `KV ${number}`,
    status: null,
  });
  const group = (wardId: string, entries: ReturnType<typeof entry>[]): ExceptionGroup => ({
    wardId,
    wardName: wardId,
    entries,
    counts: {
      suspended: entries.filter((e) => e.kind === 'suspended').length,
      notOpened: entries.filter((e) => e.kind === 'notOpened').length,
      incident: 0,
      task: 0,
      finding: 0,
      visit: 0,
      complaint: 0,
      late: entries.filter((e) => e.kind === 'late').length,
      flagged: 0,
    },
  });
  const groups = [
    group('A', [entry('suspended', 'A', 1), entry('late', 'A', 2), entry('late', 'A', 3), entry('late', 'A', 4)]),
    group('B', [entry('notOpened', 'B', 1), entry('notOpened', 'B', 2)]),
    group(
      'C',
      Array.from({ length: 10 }, (_, i) => entry('late', 'C', i + 1)),
    ),
  ];
  const listed = (lines: number) => fitExceptions(groups, lines).groups.map((g) => g.listed.length);

  it('lists everything when it fits: a line per ward, two per area, three for a suspended one', () => {
    expect(listed(3 + 3 + 3 * 2 + 2 * 2 + 10 * 2)).toEqual([4, 2, 10]);
  });

  it('counts per ward when there are too many: suspended areas listed first, then whole kinds ward by ward', () => {
    expect(listed(3)).toEqual([0, 0, 0]); // only the headings, with their counts
    expect(listed(6)).toEqual([1, 0, 0]); // the suspended area
    expect(listed(10)).toEqual([1, 2, 0]); // then the areas not opened
    expect(listed(16)).toEqual([4, 2, 0]); // then A's late ones; C's ten would not fit
  });

  it('says how many wards are left out when even the headings do not fit', () => {
    const fitted = fitExceptions(groups, 2);
    expect(fitted.groups.map((g) => g.wardId)).toEqual(['A']);
    expect(fitted).toMatchObject({ hiddenWards: 2, hiddenAreas: 12 });
  });

  it("gives a unit wall's tile a line per kind it counts under its name, and keeps a tile whole or leaves it out", () => {
    const tile = (code: string, counts: Partial<ExceptionGroup['counts']>): ExceptionGroup => ({
      wardId: code,
      wardName: code,
      entries: [],
      countsOnly: true,
      counts: { ...noCounts(), ...counts },
    });
    const tiles = [tile('X', { incident: 2, late: 3 }), tile('Y', { task: 1 }), tile('Z', { flagged: 4 })];
    expect(fitExceptions(tiles, 7)).toMatchObject({ hiddenWards: 0, groups: [{ listed: [] }, { listed: [] }, { listed: [] }] });
    // X takes three lines and Y two; Z's two do not fit beside the last line, which counts it.
    expect(fitExceptions(tiles, 6)).toMatchObject({ hiddenWards: 1, hiddenAreas: 4 });
    expect(fitExceptions(tiles, 6).groups.map((g) => g.wardId)).toEqual(['X', 'Y']);
  });
});
