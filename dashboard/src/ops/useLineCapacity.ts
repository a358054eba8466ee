import { onUnmounted, ref, watch, type Ref } from 'vue';

/** The ops room's list line, in em: `.ops .list .line` (styles.css) is this high. */
export const LINE_EM = 1.35;

/**
 * How many text lines of `lineEm` (in the element's own font size) fit in the element's height,
 * followed as it resizes, and from whenever the element appears (it may be rendered after the view
 * is mounted). A list that knows this shows what fits and counts the rest, instead of being cut off
 * at the bottom of its panel. `Infinity` until measured (and where nothing is laid out).
 */
export function useLineCapacity(el: Ref<HTMLElement | undefined>, lineEm: number): Ref<number> {
  const lines = ref(Infinity);
  let observer: ResizeObserver | undefined;
  const measure = () => {
    const box = el.value;
    if (!box || !box.clientHeight) return;
    const font = parseFloat(getComputedStyle(box).fontSize) || 16;
    const fit = Math.floor((box.clientHeight + 0.5) / (font * lineEm));
    if (fit !== lines.value) lines.value = fit;
  };
  watch(
    el,
    (box) => {
      observer?.disconnect();
      if (!box) return;
      measure();
      if (typeof ResizeObserver === 'undefined') return;
      observer ??= new ResizeObserver(measure);
      observer.observe(box);
    },
    { flush: 'post', immediate: true },
  );
  onUnmounted(() => observer?.disconnect());
  return lines;
}
