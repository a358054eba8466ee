import { mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { useElectionClock } from '../composables/useElectionClock';
import { i18n } from '../i18n';
import Countdown from './Countdown.vue';
import ElectionTime from './ElectionTime.vue';

// A screen as the views build it: it starts the election clock, its components show the time.
const start = Date.parse('2021-05-23T06:59:00+07:00');
const Screen = defineComponent({
  props: { speed: { type: Number, default: 1 } },
  setup(props) {
    useElectionClock(ref({ now: new Date(start).toISOString(), drill: { active: props.speed !== 1, speed: props.speed } }));
    let renders = 0;
    return () => {
      renders += 1;
      return h('div', { 'data-renders': renders }, [h(ElectionTime), h(Countdown, { to: '2021-05-23T07:00:00+07:00', before: 'ops.opensIn', after: 'ops.opened', class: 'countdown' })]);
    };
  },
});

describe('the election clock on a screen', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
    // The clock re-syncs with the server every 5 s; offline, it keeps counting on its own.
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('counts down to the opening, then says the polls are open, with the screen itself left alone', async () => {
    const w = mount(Screen, { global: { plugins: [i18n] } });
    expect(w.get('[data-test=clock]').text()).toBe('06:59:00');
    expect(w.get('.countdown').text()).toBe('Khai mạc sau 01:00');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(w.get('[data-test=clock]').text()).toBe('06:59:30');
    expect(w.get('.countdown').text()).toBe('Khai mạc sau 00:30');
    expect(w.get('.countdown').classes()).not.toContain('overdue');
    await vi.advanceTimersByTimeAsync(31_000);
    expect(w.get('.countdown').text()).toBe('Đã khai mạc');
    expect(w.get('.countdown').classes()).toContain('overdue');
    // 244 ticks of the clock, and the screen rendered once: only the time and the countdown follow it.
    expect(w.get('div').attributes('data-renders')).toBe('1');
  });

  it('runs at the drill speed', async () => {
    const w = mount(Screen, { props: { speed: 60 }, global: { plugins: [i18n] } });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(w.get('[data-test=clock]').text()).toBe('07:00:00');
    expect(w.get('.countdown').text()).toBe('Đã khai mạc');
  });
});
