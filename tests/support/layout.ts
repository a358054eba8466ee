import type { Page } from 'playwright-core';

/**
 * What runs past the right edge of the viewport: the page's own horizontal scroll, and every visible
 * element holding text whose box ends beyond the window (a phone would cut it off).
 */
export async function overflowRight(page: Page): Promise<{ scroll: number; elements: string[] }> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const elements: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      if (el.tagName === 'OPTION' || el.tagName === 'SCRIPT' || el.tagName === 'STYLE') continue;
      const hasText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      if (!hasText && !['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON'].includes(el.tagName)) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right > width + 0.5) elements.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 40)}" right=${Math.round(box.right)}`);
    }
    return { scroll: document.documentElement.scrollWidth - width, elements };
  });
}

/** The three screens every view is looked at on: a phone, an office monitor, a 4K wall. */
export const VIEWPORTS = [
  { width: 360, height: 640 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
] as const;
