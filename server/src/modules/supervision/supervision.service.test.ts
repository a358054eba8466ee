import { expect, it } from 'vitest';
import { describeEachDatabase, type TestDb } from '../../test-support/databases.js';
import { expectCode, eventsAfter, lastSeq } from '../../test-support/expect.js';
import { makeUser, makeWard } from '../../test-support/fixtures.js';
import { IncidentCategory, IncidentStatus, Severity } from '../incidents/incident.entity.js';
import { Role } from '../users/user.entity.js';
import { FindingKind, FindingStatus } from './finding.entity.js';
import { SupervisionTeam } from './team.entity.js';

const SYSTEM = { id: null, username: null };

/** Two wards, a team following the first, and a member of it. */
async function world(t: TestDb) {
  const mine = await makeWard(t);
  const other = await makeWard(t);
  const team = await t.db.tx(SYSTEM, (tx) =>
    tx.manager.save(tx.manager.create(SupervisionTeam, { code: `doan-${mine.tag}`, name: `Đoàn ${mine.tag}`, wardIds: [mine.ward.id] })),
  );
  await t.db.tx(SYSTEM, (tx) =>
    tx.manager.save(tx.manager.create(SupervisionTeam, { code: `doan-${other.tag}`, name: `Đoàn ${other.tag}`, wardIds: [other.ward.id] })),
  );
  const supervisor = await makeUser(t, Role.SUPERVISOR, { teamCode: team.code });
  return { mine, other, team, supervisor };
}

describeEachDatabase('supervision', (get) => {
  it("files a finding in its team's ward, once per clientRequestId, with its event", async () => {
    const t = get();
    const { mine, team, supervisor } = await world(t);
    const before = await lastSeq(t);
    const input = { pollingAreaId: String(mine.areas[0].id), kind: FindingKind.ISSUE, text: 'Chưa niêm yết danh sách cử tri', clientRequestId: 'gs-1' };
    const first = await t.services.supervision.report(supervisor, input);
    const again = await t.services.supervision.report(supervisor, input);
    expect(again.id).toBe(first.id);
    expect(first).toMatchObject({ teamId: team.id, wardId: mine.ward.id, status: FindingStatus.OPEN, code: `GS-${String(first.id).padStart(4, '0')}` });
    const events = await eventsAfter(t, before);
    expect(events.map((e) => [e.type, e.wardId])).toEqual([['FINDING_REPORTED', mine.ward.id]]);
    expect(events[0].data.finding).toMatchObject({ id: first.id, text: input.text });
  });

  it('refuses a finding outside its wards, from other roles, and without text, writing nothing', async () => {
    const t = get();
    const { mine, other, supervisor } = await world(t);
    const before = await lastSeq(t);
    const at = (w: typeof mine) => ({ wardId: String(w.ward.id), kind: FindingKind.RECOMMENDATION, text: 'Nên bố trí thêm bàn viết phiếu' });
    await expectCode(t.services.supervision.report(supervisor, at(other)), 'FORBIDDEN');
    for (const who of [mine.officer, mine.observer, mine.power]) await expectCode(t.services.supervision.report(who, at(mine)), 'FORBIDDEN');
    await expectCode(t.services.supervision.report(supervisor, { ...at(mine), text: '   ' }), 'BAD_USER_INPUT');
    await expectCode(t.services.supervision.report(supervisor, { ...at(mine), pollingAreaId: String(other.areas[0].id) }), 'BAD_USER_INPUT');
    expect(await lastSeq(t)).toBe(before);
  });

  it("reads its team's wards in full and nothing of the others", async () => {
    const t = get();
    const { mine, other, supervisor } = await world(t);
    const ours = await t.services.incidents.report(mine.officer, {
      pollingAreaId: String(mine.areas[0].id),
      category: IncidentCategory.POWER_OUTAGE,
      severity: Severity.HIGH,
      title: 'Mất điện',
    });
    const theirs = await t.services.incidents.report(other.officer, {
      pollingAreaId: String(other.areas[0].id),
      category: IncidentCategory.POWER_OUTAGE,
      severity: Severity.HIGH,
      title: 'Mất điện',
    });
    await t.services.supervision.report(other.operator, { wardId: String(other.ward.id), kind: FindingKind.ISSUE, text: 'Ở phường khác' });
    const mineFound = await t.services.supervision.report(supervisor, {
      wardId: String(mine.ward.id),
      kind: FindingKind.GOOD_PRACTICE,
      text: 'Tổ bầu cử làm tốt',
    });
    expect((await t.services.incidents.list(supervisor)).map((i) => i.id)).toContain(ours.id);
    expect((await t.services.incidents.list(supervisor)).map((i) => i.id)).not.toContain(theirs.id);
    await expectCode(t.services.incidents.get(supervisor, String(theirs.id)), 'FORBIDDEN');
    expect((await t.services.areas.list(supervisor)).every((a) => a.wardId === mine.ward.id)).toBe(true);
    expect((await t.services.supervision.findings(supervisor)).map((f) => f.id)).toEqual([mineFound.id]);
    await expectCode(t.services.areas.list(supervisor, String(other.ward.id)), 'FORBIDDEN');
  });

  it('is addressed by the operator once, with a note', async () => {
    const t = get();
    const { mine, supervisor } = await world(t);
    const f = await t.services.supervision.report(supervisor, { wardId: String(mine.ward.id), kind: FindingKind.ISSUE, text: 'Thiếu thẻ cử tri' });
    await expectCode(t.services.supervision.address(supervisor, String(f.id), 'Đã bổ sung'), 'FORBIDDEN');
    await expectCode(t.services.supervision.address(mine.operator, String(f.id), ''), 'BAD_USER_INPUT');
    const done = await t.services.supervision.address(mine.operator, String(f.id), 'Đã bổ sung thẻ cử tri');
    expect(done).toMatchObject({ status: FindingStatus.ADDRESSED, addressedNote: 'Đã bổ sung thẻ cử tri' });
    await expectCode(t.services.supervision.address(mine.operator, String(f.id), 'Lần nữa'), 'CONFLICT');
  });

  it('is escalated into an incident dispatched like any other, in one transaction', async () => {
    const t = get();
    const { mine, supervisor } = await world(t);
    const f = await t.services.supervision.report(supervisor, {
      pollingAreaId: String(mine.areas[1].id),
      kind: FindingKind.ISSUE,
      text: 'Dây điện hở gần hòm phiếu\nCần xử lý ngay',
    });
    const before = await lastSeq(t);
    const incident = await t.services.supervision.escalate(mine.operator, String(f.id), IncidentCategory.POWER_OUTAGE, Severity.CRITICAL);
    expect(incident).toMatchObject({
      status: IncidentStatus.REPORTED,
      title: 'Dây điện hở gần hòm phiếu',
      pollingAreaId: mine.areas[1].id,
      wardId: mine.ward.id,
    });
    expect((await t.services.tasks.list(mine.operator, { incidentId: incident.id })).map((k) => k.agencyId).length).toBe(1);
    const types = (await eventsAfter(t, before)).map((e) => e.type);
    expect(types).toEqual(['INCIDENT_REPORTED', 'TASK_DISPATCHED', 'FINDING_ESCALATED']);
    const [after] = await t.services.supervision.findings(mine.operator, { wardId: String(mine.ward.id) });
    expect(after).toMatchObject({ id: f.id, status: FindingStatus.ADDRESSED, incidentId: incident.id, addressedNote: incident.code });
    const seq = await lastSeq(t);
    await expectCode(t.services.supervision.escalate(mine.operator, String(f.id), IncidentCategory.POWER_OUTAGE, Severity.CRITICAL), 'CONFLICT');
    expect(await lastSeq(t)).toBe(seq);
  });
});
