/** Our own tile layout of Hai Bà Trưng's 18 wards (north at the top), so the ops room needs no map tiles. */
export const WARD_TILES: Record<string, [row: number, col: number]> = {
  'nguyen-du': [0, 0], 'pho-hue': [0, 1], 'pham-dinh-ho': [0, 2], 'bach-dang': [0, 3],
  'le-dai-hanh': [1, 0], 'dong-mac': [1, 1], 'dong-nhan': [1, 2], 'thanh-luong': [1, 3],
  'bach-khoa': [2, 0], 'cau-den': [2, 1], 'thanh-nhan': [2, 2], 'vinh-tuy': [2, 3],
  'dong-tam': [3, 0], 'bach-mai': [3, 1], 'quynh-loi': [3, 2], 'minh-khai': [3, 3],
  'truong-dinh': [4, 1], 'quynh-mai': [4, 2],
};

/** Tile colour for a value from 0 to 1 (red → amber → green), or by count for incidents (0 green, more is redder). */
export function tileColour(measure: 'turnout' | 'readiness' | 'incidents', value: number): string {
  if (measure === 'incidents') return value === 0 ? '#14532d' : value === 1 ? '#92400e' : value <= 3 ? '#9a3412' : '#991b1b';
  const v = Math.max(0, Math.min(1, value));
  const hue = Math.round(v * 130);
  return `hsl(${hue} 65% ${22 + v * 8}%)`;
}
