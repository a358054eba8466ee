import { mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { useElectionClock } from '../composables/useElectionClock';
import { formatDuration, i18n } from '../i18n';
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
      return h('div', { 'data-renders': renders }, [
        h(ElectionTime),
        h(Countdown, { to: '2021-05-23T07:00:00+07:00', before: 'ops.opensIn', after: 'ops.opened', class: 'countdown' }),
      ]);
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
    expect(w.get('.countdown').text()).toBe('Khai mạc sau 1 phút');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(w.get('[data-test=clock]').text()).toBe('06:59:30');
    expect(w.get('.countdown').text()).toBe('Khai mạc sau 30 giây');
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

describe("a countdown's text", () => {
  const TaskTimer = defineComponent({
    props: { at: { type: String, required: true } },
    setup(props) {
      useElectionClock(ref({ now: props.at, drill: { active: false, speed: 1 } }));
      return () => h(Countdown, { to: '2021-05-23T10:00:00+07:00', before: 'tasks.dueIn', after: 'tasks.overdue' });
    },
  });
  const text = (at: string) => mount(TaskTimer, { props: { at: `2021-05-23T${at}+07:00` }, global: { plugins: [i18n] } }).text();
  afterEach(() => {
    i18n.global.locale.value = 'vi';
  });

  it('reads as a duration, never as a clock time: time left with its seconds, overdue in whole minutes', () => {
    expect(text('09:58:35')).toBe('Còn 1 phút 25 giây');
    expect(text('09:59:20')).toBe('Còn 40 giây');
    expect(text('08:55:00')).toBe('Còn 1 giờ 5 phút');
    expect(text('10:03:40')).toBe('Quá hạn 3 phút');
    expect(text('10:00:20')).toBe('Quá hạn 20 giây');
    expect(text('11:30:00')).toBe('Quá hạn 1 giờ 30 phút');
    i18n.global.locale.value = 'en';
    expect(text('09:58:35')).toBe('1 min 25 s left');
    expect(text('10:03:40')).toBe('3 min overdue');
  });

  it('formats durations in the current language', () => {
    expect(formatDuration(85_000)).toBe('1 phút 25 giây');
    expect(formatDuration(-85_000, { seconds: false })).toBe('1 phút');
    expect(formatDuration(2 * 3_600_000)).toBe('2 giờ');
    // A complaint's deadline may be days away.
    expect(formatDuration((4 * 24 + 23) * 3_600_000 + 59 * 60_000)).toBe('4 ngày 23 giờ');
    expect(formatDuration(5 * 24 * 3_600_000, { seconds: false })).toBe('5 ngày');
    expect(formatDuration(0)).toBe('0 giây');
  });
});
