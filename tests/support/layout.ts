import type { Browser, Page } from 'playwright-core';

/**
 * What runs past the right edge of the viewport — a phone would cut it off: the document wider than
 * the window, and every visible element holding text of its own (or a form control) whose box ends
 * beyond it. Inside a container that scrolls sideways on purpose nothing counts.
 */
export function pastTheEdge(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push(`document ${document.documentElement.scrollWidth} > ${width}`);
    const scrollsSideways = (el: Element | null): boolean => {
      for (let e = el; e && e !== document.body; e = e.parentElement) {
        const s = getComputedStyle(e);
        if ((s.overflowX === 'auto' || s.overflowX === 'scroll') && e.scrollWidth > e.clientWidth) return true;
      }
      return false;
    };
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      if (el.tagName === 'OPTION' || el.tagName === 'SCRIPT' || el.tagName === 'STYLE') continue;
      const text = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      if (!text && !['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON'].includes(el.tagName)) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right > width + 0.5 && !scrollsSideways(el.parentElement)) {
        out.push(
          `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}" right ${Math.round(r.right)}`,
        );
      }
    }
    return out;
  });
}

/** The three screens every view is looked at on: a phone, an office monitor, a 4K wall. */
export const VIEWPORTS = [
  { width: 360, height: 640 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
] as const;

/**
 * Sign in through the login form in a context of its own (Vietnamese, Hà Nội time) and wait for the
 * screen to go live. `next` opens a screen other than the role's own; `dialogs` collects any browser
 * dialog, which no screen may use (each is dismissed); `serviceWorkers: 'block'` keeps the app's service
 * worker out, so that `page.route` sees every request (Playwright cannot route what a worker handles).
 */
export async function signIn(
  browser: Browser,
  url: string,
  username: string,
  viewport: { width: number; height: number },
  opts: { next?: string; dialogs?: string[]; serviceWorkers?: 'allow' | 'block' } = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', serviceWorkers: opts.serviceWorkers });
  const page = await context.newPage();
  if (opts.dialogs) {
    const dialogs = opts.dialogs;
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  }
  await page.goto(`${url}/login${opts.next ? `?next=${encodeURIComponent(opts.next)}` : ''}`);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', 'demo');
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-state=live]');
  return page;
}
