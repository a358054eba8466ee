import type { Minute } from './curve.js';
import { clock, minuteNow, type DrillTime, type RunStats } from './runner.js';

const WIDTH = 30;

/**
 * A one-line progress bar over the drill's day (05:00 to its last action), redrawn in place on a
 * terminal; without one (CI, a test) a plain line every tenth of the way.
 */
export function showProgress(time: DrillTime, from: Minute, to: Minute, total: number, stats: RunStats, out = process.stderr): () => void {
  const tty = out.isTTY === true;
  let lastTenth = -1;
  const draw = () => {
    const now = Math.min(minuteNow(time), to);
    const share = Math.max(0, Math.min(1, (now - from) / (to - from)));
    const line = `DIỄN TẬP / DRILL ${clock(now)} ${'█'.repeat(Math.round(share * WIDTH)).padEnd(WIDTH, '░')} ${String(Math.round(share * 100)).padStart(3)}%  thao tác / actions ${stats.done + stats.failed}/${total}  lỗi / failed ${stats.failed}`;
    if (tty) out.write(`\r${line}`);
    else if (Math.floor(share * 10) > lastTenth) {
      lastTenth = Math.floor(share * 10);
      out.write(`${line}\n`);
    }
  };
  draw();
  const timer = setInterval(draw, tty ? 250 : 1_000);
  return () => {
    clearInterval(timer);
    draw();
    if (tty) out.write('\n');
  };
}
