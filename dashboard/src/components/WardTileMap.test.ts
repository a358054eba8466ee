import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import WardTileMap, { type WardTile } from './WardTileMap.vue';
import { NEUTRAL_TILE, tileColour } from './ward-layout';

const wards: WardTile[] = [
  { id: '1', code: 'dong-tam', name: 'Đồng Tâm', turnout: 73.74, readiness: 100, openIncidents: 0 },
  { id: '2', code: 'pho-hue', name: 'Phố Huế', turnout: 12.5, readiness: 50, openIncidents: 3 },
];

describe('the ward tile map', () => {
  it('places each ward on its tile and shows the chosen measure in Vietnamese number format', () => {
    const w = mount(WardTileMap, { props: { wards, measure: 'turnout' }, global: { plugins: [i18n] } });
    const dongTam = w.get('[data-ward="dong-tam"]');
    expect(dongTam.text()).toContain('73,7%');
    expect(dongTam.attributes('style')).toContain('grid-row: 4');
    expect(w.text()).toContain('Tỷ lệ đi bầu');
  });

  it('colours wards with open incidents differently from quiet ones', () => {
    const w = mount(WardTileMap, { props: { wards, measure: 'incidents' }, global: { plugins: [i18n] } });
    expect(w.get('[data-ward="pho-hue"]').text()).toContain('3');
    expect(w.get('[data-ward="pho-hue"]').attributes('style')).not.toEqual(w.get('[data-ward="dong-tam"]').attributes('style'));
  });

  it('is neutral where nothing is due and never red for a low figure; red only counts areas that need someone', () => {
    const before: WardTile[] = wards.map((w) => ({ ...w, turnout: 0, readiness: 0, openIncidents: 0 }));
    for (const measure of ['turnout', 'readiness', 'counted', 'incidents'] as const) {
      const w = mount(WardTileMap, { props: { wards: before, measure }, global: { plugins: [i18n] } });
      expect(w.findAll('.tile').map((t) => t.attributes('style'))).toEqual(before.map(() => expect.stringContaining(NEUTRAL_TILE)));
    }
    for (const value of [0.01, 0.2, 0.5, 1]) {
      const [r, , b] = tileColour('turnout', value).match(/\d+/g)!.map(Number);
      expect(b).toBeGreaterThan(r); // low turnout is a paler blue, never red
    }
    expect(tileColour('incidents', 1)).not.toEqual(tileColour('incidents', 1, true));
    const w = mount(WardTileMap, { props: { wards: [{ ...wards[0], exceptions: 3 }, wards[1]], measure: 'turnout' }, global: { plugins: [i18n] } });
    expect(w.get('[data-ward="dong-tam"] [data-test=tile-exceptions]').text()).toBe('3');
    expect(w.find('[data-ward="pho-hue"] [data-test=tile-exceptions]').exists()).toBe(false);
  });
});
