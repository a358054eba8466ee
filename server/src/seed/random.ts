/** mulberry32: a small deterministic PRNG, so a seed always generates the same district (and the same drill). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Split `total` into `parts` integers in [min, max] around the mean, deterministically. */
export function splitTotal(total: number, parts: number, rand: () => number, fixed: Map<number, number> = new Map()): number[] {
  const freeTotal = total - [...fixed.values()].reduce((a, b) => a + b, 0);
  const free = Array.from({ length: parts }, (_, i) => i).filter((i) => !fixed.has(i));
  const weights = free.map(() => 0.75 + rand() * 0.5);
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = new Array<number>(parts).fill(0);
  let given = 0;
  free.forEach((i, k) => {
    out[i] = k === free.length - 1 ? freeTotal - given : Math.round((weights[k] / sum) * freeTotal);
    given += out[i];
  });
  for (const [i, v] of fixed) out[i] = v;
  return out;
}
