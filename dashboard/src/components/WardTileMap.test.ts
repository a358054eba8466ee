import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import WardTileMap, { type WardTile } from './WardTileMap.vue';

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
});
