import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test-support/databases.js';
import { makeWard } from '../../test-support/fixtures.js';
import { IncidentCategory, Severity } from '../incidents/incident.entity.js';
import { UnitLevel } from './enums.js';

describeEachDatabase('unit totals', (get) => {
  it("sums a unit's areas into a tile per unit in it, with its open incidents, and the unit's own total", async () => {
    const t = get();
    const w = await makeWard(t, { areas: 3, voters: 1000 });
    const area = w.areas[0];
    await t.db.tx({ id: null, username: null }, (tx) =>
      tx.manager.query(`UPDATE polling_areas SET voted = 400, "latestReportAt" = now(), "checklistDone" = 16 WHERE id = $1`, [area.id]),
    );
    await t.services.incidents.report(w.officer, { pollingAreaId: String(area.id), category: IncidentCategory.FIRE, severity: Severity.HIGH, title: 'Cháy' });
    const district = await t.services.directory.span({ level: UnitLevel.DISTRICT, id: w.ward.districtId });
    const totals = await t.services.unitTotals.compute(district, 7);
    expect(totals.seq).toBe(7);
    expect([totals.unit.level, totals.unit.code]).toEqual([UnitLevel.DISTRICT, `p-${w.tag}/d-${w.tag}`]);
    expect(totals.children.map((c) => [c.unit.level, c.unit.code])).toEqual([[UnitLevel.WARD, w.ward.code]]);
    const expected = {
      registered: 3000,
      voted: 400,
      percent: 13.33,
      areasReported: 1,
      areasTotal: 3,
      readinessDone: 16,
      readinessRequired: 48,
      openIncidents: 1,
    };
    expect(totals.children[0]).toMatchObject(expected);
    expect(totals.total).toMatchObject(expected);
    // The province's tile is its district; a ward has no tiles but its own total.
    const province = await t.services.directory.span({ level: UnitLevel.PROVINCE, id: district.provinceId! });
    const byProvince = await t.services.unitTotals.compute(province, 7);
    expect(byProvince.children.map((c) => [c.unit.level, c.unit.name])).toEqual([[UnitLevel.DISTRICT, `Quận ${w.tag}`]]);
    expect(byProvince.total).toMatchObject(expected);
    const ward = await t.services.unitTotals.compute(await t.services.directory.span({ level: UnitLevel.WARD, id: w.ward.id }), 7);
    expect(ward.children).toEqual([]);
    expect(ward.total).toMatchObject(expected);
  });
});
