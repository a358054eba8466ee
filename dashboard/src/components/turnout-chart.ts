/** The turnout curve's geometry in pixels: what TurnoutChart.vue draws as SVG. */

export interface TurnoutChartInput {
  series: { at: string; percent: number }[];
  checkpoints: { label: string; at: string }[];
  reference: { at: string; percent: number }[];
  openAt: string;
  closeAt: string;
}

export interface TurnoutChartLayout {
  plot: { left: number; top: number; right: number; bottom: number };
  /** The curve as an SVG `points` list, and its points. */
  line: string;
  points: { x: number; y: number; at: string }[];
  reference: { x: number; y: number; at: string }[];
  /** A dashed vertical line per checkpoint; the final one unlabelled. */
  checkpoints: { x: number; label: string }[];
  yTicks: { y: number; percent: number }[];
  /** Whole hours of Vietnam time, every one, two or three hours as the width allows. */
  xTicks: { x: number; at: number }[];
}

/** Margins and the least gap between hour labels, in units of the label font size (12 px: 48, 16, 16, 28; 56). */
const PAD_EM = { left: 4, right: 4 / 3, top: 4 / 3, bottom: 7 / 3 };
const MIN_TICK_GAP_EM = 14 / 3;
const HOUR = 3_600_000;
// Vietnam keeps UTC+7 all year (no daylight saving), so whole local hours are whole UTC hours + 7.
const VIETNAM_OFFSET = 7 * HOUR;

/** `fontPx`: the labels' font size; margins and label spacing grow with it, so large labels never clip. */
export function turnoutChartLayout(input: TurnoutChartInput, width: number, height: number, fontPx = 12): TurnoutChartLayout {
  const PAD = { left: PAD_EM.left * fontPx, right: PAD_EM.right * fontPx, top: PAD_EM.top * fontPx, bottom: PAD_EM.bottom * fontPx };
  const MIN_TICK_GAP_PX = MIN_TICK_GAP_EM * fontPx;
  const plot = { left: PAD.left, top: PAD.top, right: Math.max(PAD.left, width - PAD.right), bottom: Math.max(PAD.top, height - PAD.bottom) };
  // The day from opening to 45 minutes after closing, as the counting runs on.
  const from = Date.parse(input.openAt);
  const to = Date.parse(input.closeAt) + 45 * 60_000;
  const x = (t: number) => round(plot.left + ((Math.min(to, Math.max(from, t)) - from) / (to - from)) * (plot.right - plot.left));
  const y = (percent: number) => round(plot.bottom - (Math.min(100, Math.max(0, percent)) / 100) * (plot.bottom - plot.top));

  const points = input.series.map((p) => ({ x: x(Date.parse(p.at)), y: y(p.percent), at: p.at }));
  const hourPx = ((plot.right - plot.left) / (to - from)) * HOUR;
  const step = ([1, 2, 3, 6].find((h) => h * hourPx >= MIN_TICK_GAP_PX) ?? 6) * HOUR;
  const xTicks: { x: number; at: number }[] = [];
  for (let t = Math.ceil((from + VIETNAM_OFFSET) / step) * step - VIETNAM_OFFSET; t <= to; t += step) xTicks.push({ x: x(t), at: t });
  return {
    plot,
    line: points.map((p) => `${p.x},${p.y}`).join(' '),
    points,
    reference: input.reference.map((r) => ({ x: x(Date.parse(r.at)), y: y(r.percent), at: r.at })),
    checkpoints: labelled(
      input.checkpoints.map((c) => ({ x: x(Date.parse(c.at)), label: c.label === 'final' ? '' : c.label })),
      MIN_TICK_GAP_PX * 0.8,
    ),
    yTicks: [0, 20, 40, 60, 80, 100].map((percent) => ({ y: y(percent), percent })),
    xTicks,
  };
}

const round = (v: number) => Math.round(v * 10) / 10;

/** A checkpoint's label is left out where it would run into the one before it (a narrow chart). */
function labelled(checkpoints: { x: number; label: string }[], gap: number): { x: number; label: string }[] {
  let last = -Infinity;
  return checkpoints.map((c) => {
    if (!c.label) return c;
    if (c.x - last < gap) return { ...c, label: '' };
    last = c.x;
    return c;
  });
}
