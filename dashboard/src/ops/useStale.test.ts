import { mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick, ref } from 'vue';
import Countdown from '../components/Countdown.vue';
import { useElectionClock } from '../composables/useElectionClock';
import { i18n } from '../i18n';
import type { ConnectionState } from '../live/connection';
import { useStale } from './useStale';

// A wall screen as OpsView builds it: the clock, the stale state from the socket, a countdown that stops.
const link = ref<ConnectionState>('live');
const start = Date.parse('2021-05-23T10:00:00+07:00');
const Screen = defineComponent({
  setup() {
    useElectionClock(ref({ now: new Date(start).toISOString(), drill: { active: false, speed: 1 } }));
    const { stale, downSince } = useStale(link);
    return () =>
      h('div', { 'data-stale': String(stale.value), 'data-down-since': String(downSince.value) }, [
        h(Countdown, { to: '2021-05-23T10:02:00+07:00', before: 'tasks.dueIn', after: 'tasks.overdue', paused: stale.value }),
      ]);
  },
});

describe('a stale ops room', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    link.value = 'live';
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('is stale once the socket has been down for more than 5 s, its countdowns stopped, and fresh when it is back', async () => {
    const w = mount(Screen, { global: { plugins: [i18n] } });
    const root = () => w.get('div');
    expect(w.get('span').text()).toBe('Còn 2 phút');
    link.value = 'offline';
    await nextTick();
    expect(root().attributes('data-down-since')).toBe('0');
    await vi.advanceTimersByTimeAsync(4_000);
    expect(root().attributes('data-stale')).toBe('false'); // a blip is not stale
    link.value = 'connecting'; // still down: the 5 s count from the first drop
    await vi.advanceTimersByTimeAsync(1_100);
    expect(root().attributes('data-stale')).toBe('true');
    const stopped = w.get('span').text();
    expect(stopped).toBe('Còn 1 phút 55 giây');
    expect(w.get('span').classes()).toContain('paused');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(w.get('span').text()).toBe(stopped);

    link.value = 'live';
    await vi.advanceTimersByTimeAsync(250);
    expect(root().attributes('data-stale')).toBe('false');
    expect(w.get('span').text()).toBe('Còn 1 phút 25 giây');
    expect(w.get('span').classes()).not.toContain('paused');
  });

  it('is stale when the socket never comes up at all', async () => {
    link.value = 'connecting';
    const w = mount(Screen, { global: { plugins: [i18n] } });
    await vi.advanceTimersByTimeAsync(5_100);
    expect(w.get('div').attributes('data-stale')).toBe('true');
  });
});
