import { describe, expect, it } from 'vitest';
import { turnoutChartLayout } from './turnout-chart';

// 07:00 to 19:00 Vietnam time (UTC+7); the axis runs to 19:45.
const day = {
  openAt: '2021-05-23T00:00:00Z',
  closeAt: '2021-05-23T12:00:00Z',
  series: [
    { at: '2021-05-23T00:00:00Z', percent: 0 },
    { at: '2021-05-23T05:30:00Z', percent: 73.74 },
  ],
  checkpoints: [
    { label: '10:00', at: '2021-05-23T03:00:00Z' },
    { label: 'final', at: '2021-05-23T12:00:00Z' },
  ],
  reference: [{ at: '2021-05-23T05:30:00Z', percent: 73.74 }],
};

describe('the turnout curve', () => {
  const layout = turnoutChartLayout(day, 48 + 765 + 16, 16 + 200 + 28); // 765 px for 12¾ hours: 60 px an hour

  it('places opening at the left of the plot, 100% at its top and the points on the curve', () => {
    expect(layout.plot).toEqual({ left: 48, top: 16, right: 813, bottom: 216 });
    expect(layout.points.map((p) => [p.x, p.y])).toEqual([
      [48, 216],
      [378, 68.5],
    ]);
    expect(layout.line).toBe('48,216 378,68.5');
    expect(layout.reference).toEqual([{ x: 378, y: 68.5, at: '2021-05-23T05:30:00Z' }]);
    expect(layout.yTicks.map((t) => t.y)).toEqual([216, 176, 136, 96, 56, 16]);
  });

  it('marks each checkpoint, the final one without a label', () => {
    expect(layout.checkpoints).toEqual([
      { x: 228, label: '10:00' },
      { x: 768, label: '' },
    ]);
  });

  it('ticks whole Vietnam hours, further apart when the plot is narrow', () => {
    expect(layout.xTicks.map((t) => new Date(t.at).getUTCHours() + 7)).toEqual([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    const narrow = turnoutChartLayout(day, 48 + 255 + 16, 244); // 20 px an hour
    expect(narrow.xTicks.map((t) => new Date(t.at).getUTCHours() + 7)).toEqual([9, 12, 15, 18]);
  });
});
