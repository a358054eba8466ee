/**
 * Whether a token should be renewed now: once less than half of its lifetime remains (a 24 h token
 * at 12 h), which leaves hours of retries for a screen on a bad network. A token whose age this
 * device does not know (saved before renewal existed) is renewed at once.
 */
export function renewalDue(t: { expiresAt: number; obtainedAt: number | null; now: number }): boolean {
  if (!Number.isFinite(t.expiresAt)) return false;
  if (t.obtainedAt === null) return true;
  const lifetime = t.expiresAt - t.obtainedAt;
  return t.expiresAt - t.now < lifetime / 2;
}
