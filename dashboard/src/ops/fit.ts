/**
 * What of a list fits `lines` lines at `perItem` lines an item, and how many are left to count: when
 * not all fit, one line is kept for "và n mục khác", so nothing is cut off at the bottom of a panel.
 */
export function fitLines<T>(list: readonly T[], lines: number, perItem: number): { shown: T[]; more: number } {
  const room = Math.floor(lines / perItem);
  if (list.length <= room) return { shown: [...list], more: 0 };
  const shown = list.slice(0, Math.max(0, Math.floor((lines - 1) / perItem)));
  return { shown, more: list.length - shown.length };
}
