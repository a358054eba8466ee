/** Our own tile layout of Hai Bà Trưng's 18 wards (north at the top), so the ops room needs no map tiles. */
export const WARD_TILES: Record<string, [row: number, col: number]> = {
  'nguyen-du': [0, 0],
  'pho-hue': [0, 1],
  'pham-dinh-ho': [0, 2],
  'bach-dang': [0, 3],
  'le-dai-hanh': [1, 0],
  'dong-mac': [1, 1],
  'dong-nhan': [1, 2],
  'thanh-luong': [1, 3],
  'bach-khoa': [2, 0],
  'cau-den': [2, 1],
  'thanh-nhan': [2, 2],
  'vinh-tuy': [2, 3],
  'dong-tam': [3, 0],
  'bach-mai': [3, 1],
  'quynh-loi': [3, 2],
  'minh-khai': [3, 3],
  'truong-dinh': [4, 1],
  'quynh-mai': [4, 2],
};

export type TileMeasure = 'turnout' | 'readiness' | 'counted' | 'incidents';

/** A tile with nothing to say: the same for every measure, so colour only ever means something. */
export const NEUTRAL_TILE = 'rgb(32, 44, 60)';
const NEUTRAL: Rgb = [32, 44, 60];
type Rgb = [number, number, number];
const FULL: Record<'turnout' | 'readiness' | 'counted', Rgb> = { turnout: [24, 104, 176], readiness: [21, 122, 72], counted: [21, 122, 72] };
const AMBER: Rgb = [146, 86, 14];
const RED: Rgb = [150, 32, 32];
const rgb = ([r, g, b]: Rgb) => `rgb(${r}, ${g}, ${b})`;

/**
 * Tile colour for a value from 0 to 1, or for incidents a count. Progress (turnout in blue; readiness
 * and counting in green) grows from the neutral tile and is never red: a low figure before anything is
 * due is not an alarm. Open incidents are amber, red when one stops voting or is critical (`severe`).
 */
export function tileColour(measure: TileMeasure, value: number, severe = false): string {
  if (measure === 'incidents') return value === 0 ? NEUTRAL_TILE : rgb(severe ? RED : AMBER);
  const v = Math.max(0, Math.min(1, value));
  if (v === 0) return NEUTRAL_TILE;
  const k = 0.25 + 0.75 * v;
  return rgb(NEUTRAL.map((n, i) => Math.round(n + (FULL[measure][i] - n) * k)) as Rgb);
}
