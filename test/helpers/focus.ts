// Visible focus as a keyboard user meets it (WCAG 2.4.7, 2.4.11): Tab through the page from the
// top and read each focused element's computed outline — at least 2 px, and at least 3:1 against
// the colour around it.
import type { Page } from 'playwright-core';

interface FocusRing {
  element: string;
  style: string;
  width: number;
  ratio: number;
}

/** Tabs through the page from the top (up to `maxTabs`) and names every element whose focus is hard to see. */
export async function invisibleFocus(page: Page, maxTabs = 40): Promise<string[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.getSelection()?.removeAllRanges();
  });
  const problems: string[] = [];
  const seen = new Set<string>();
  let previous = '';
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate((): FocusRing | null => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const rgb = (css: string): [number, number, number, number] => {
        const v = (css.match(/[\d.]+/g) ?? ['0', '0', '0']).map(Number);
        return [v[0]!, v[1]!, v[2]!, v[3] ?? 1];
      };
      const luminance = ([r, g, b]: number[]) => {
        const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
        return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
      };
      const style = getComputedStyle(el);
      // An outline drawn outside the element lies on its parent's background, one inside on its own.
      let node: Element | null = parseFloat(style.outlineOffset) < 0 ? el : el.parentElement;
      let background: number[] = [255, 255, 255];
      for (; node; node = node.parentElement) {
        const bg = rgb(getComputedStyle(node).backgroundColor);
        if (bg[3] > 0.5) {
          background = bg;
          break;
        }
      }
      const [a, b] = [luminance(rgb(style.outlineColor)), luminance(background)].sort((x, y) => y - x) as [number, number];
      const text = (el.innerText || el.getAttribute('aria-label') || el.getAttribute('placeholder') || '').trim().slice(0, 30);
      const index = Array.prototype.indexOf.call(document.querySelectorAll('*'), el);
      return {
        element: `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} "${text}" #${index}`,
        style: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
        ratio: (a + 0.05) / (b + 0.05),
      };
    });
    // A date field takes one Tab per part (day, month, year): the same element again is not the way round yet.
    if (ring?.element === previous) continue;
    if (!ring || seen.has(ring.element)) break;
    seen.add(ring.element);
    previous = ring.element;
    if (ring.style === 'none' || ring.width < 2 || ring.ratio < 3) {
      problems.push(`${ring.element}: outline ${ring.style} ${ring.width}px, contrast ${ring.ratio.toFixed(2)}:1`);
    }
  }
  if (seen.size === 0) problems.push('Tab reached no element');
  return problems;
}
