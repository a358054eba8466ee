import { reactive } from 'vue';

const KEY = 'election-ops.sound';

/**
 * The sound of new tasks: whether the user wants it (`on`, remembered on this device) and whether the
 * browser lets this page play it now (`blocked`: autoplay rules hold audio until the user taps the page).
 */
export const sound = reactive({
  on: typeof localStorage === 'undefined' || localStorage.getItem(KEY) !== 'off',
  blocked: false,
});

let ctx: AudioContext | null = null;
let listening = false;

/** One AudioContext for the page; a tap anywhere lets a blocked one play (autoplay rules). */
function context(): AudioContext | null {
  if (!ctx) {
    try {
      ctx = new AudioContext();
    } catch {
      sound.blocked = true; // no audio device or no Web Audio
      return null;
    }
    ctx.onstatechange = () => (sound.blocked = ctx?.state !== 'running');
  }
  sound.blocked = ctx.state !== 'running';
  if (sound.blocked && !listening) {
    listening = true;
    const unlock = () => {
      void ctx?.resume();
      if (ctx?.state === 'running') document.removeEventListener('pointerdown', unlock);
    };
    document.addEventListener('pointerdown', unlock);
  }
  return ctx;
}

/** Look whether sound would play now (sets `sound.blocked`), without playing any. */
export function checkSound(): void {
  context();
}

export function setSound(on: boolean): void {
  sound.on = on;
  localStorage.setItem(KEY, on ? 'on' : 'off');
  if (on) void testChime();
}

function play(c: AudioContext): void {
  [880, 1320].forEach((freq, i) => {
    const osc = c.createOscillator();
    const gain = c.createGain();
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0.2, c.currentTime + i * 0.18);
    gain.gain.exponentialRampToValueAtTime(0.001, c.currentTime + i * 0.18 + 0.3);
    osc.connect(gain).connect(c.destination);
    osc.start(c.currentTime + i * 0.18);
    osc.stop(c.currentTime + i * 0.18 + 0.3);
  });
}

/** A short two-tone chime through Web Audio (no file to load), if sound is on; silent while blocked. */
export function chime(): void {
  if (!sound.on) return;
  const c = context();
  if (c && c.state === 'running') play(c);
}

/** From a tap (a user gesture, so the browser allows it): unblock audio and play the chime once. */
export async function testChime(): Promise<void> {
  const c = context();
  if (!c) return;
  try {
    await c.resume();
  } catch {
    // still blocked: `sound.blocked` stays true and the switch says so
  }
  sound.blocked = c.state !== 'running';
  if (!sound.blocked) play(c);
}
