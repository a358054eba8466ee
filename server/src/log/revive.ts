/** Turn a JSON snapshot from the log back into an instance of its GraphQL type (ISO strings in *At and *For fields → Date). */
export function revive<T extends object>(cls: new () => T, snapshot: Record<string, unknown> | undefined): T | null {
  if (!snapshot) return null;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(snapshot)) {
    out[key] = typeof value === 'string' && /(At|For)$/.test(key) ? new Date(value) : value;
  }
  return Object.assign(new cls(), out);
}
