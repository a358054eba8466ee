/** A list as a record by id: how the state keeps what events replace one at a time. */
export const byId = <T extends { id: string }>(list: readonly T[]): Record<string, T> => Object.fromEntries(list.map((x) => [x.id, x]));
