import fc from 'fast-check';

/** The ids a run knows (so some inputs hit real rows in every state), filled in once the server is up. */
export interface Pools {
  incidents: string[];
  tasks: string[];
  areas: string[];
  wards: string[];
  findings: string[];
  turnoutReports: string[];
  situationReports: string[];
  complaints: string[];
  visits: string[];
}

/** A turnout figure relative to the area's state at send time: its last report or its registered voters, ± delta. */
export class Relative {
  constructor(
    readonly base: 'previous' | 'registered',
    readonly delta: number,
  ) {}
}

/** Anything JSON can carry: wrong types for every variable. */
const junk = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 31, -(2 ** 31) - 1, 1e308, '', ' ', '0', 'null', 'true', '[]', '{}'),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Strings people (and attackers) type: markup, odd Unicode, NUL, lone surrogates, empty, just under and over each limit. */
export const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({
    unit: fc.oneof(
      fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
      fc.constant('\u0000'),
      fc.constant('a'),
    ),
    maxLength: 8,
  }),
  fc.constantFrom('<script>alert(1)</script>', '"; DROP TABLE events; --', '\u202Eđảo\u202C', '👩‍👩‍👧‍👦', 'Mất điện tổ 5'),
  fc.constantFrom(199, 200, 201, 999, 1000, 1001, 1999, 2000, 2001, 5000).map((n) => 'đ'.repeat(n)),
);

/** Ids that exist, ids that do not, and things that are not ids at all. */
export const id = (pool: string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...pool) },
    fc.integer({ min: -5, max: 1_000_000 }).map(String),
    fc.integer({ min: 1, max: 2_000 }),
    fc.constantFrom('0', '-1', '1e3', ' 1', '１', '0x10', '999999999', '99999999999999999999', 'abc', '1; DROP TABLE users'),
  );

export const enumOf = (...values: string[]) =>
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...values) }, fc.constantFrom('VOLCANO', '', 'reported', `${values[0]} `, 'null'));

export const bool = fc.oneof({ weight: 3, arbitrary: fc.boolean() }, fc.constantFrom('true', 0, 1));

/** Turnout numbers: around the area's last report and its registered voters (backwards, equal, above), and extremes. */
export const voted = fc.oneof(
  { weight: 2, arbitrary: fc.integer({ min: -3, max: 3 }).map((d) => new Relative('previous', d)) },
  fc.integer({ min: -2, max: 2 }).map((d) => new Relative('registered', d)),
  fc.constantFrom(-1, 0, 2 ** 31 - 1, 1.5, '12'),
);

/** Instants: around the election clock's now (past, just ahead, far ahead), and things that are not dates. */
export const instant = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.integer({ min: -200 * 24 * 60, max: 24 * 60 }).map((m) => new Date(Date.parse('2021-05-23T08:00:00+07:00') + m * 60_000).toISOString()),
  },
  fc.constantFrom('2021-05-23', 'yesterday', '', '2021-02-30T00:00:00Z', '9999-12-31T23:59:59Z', '0000-01-01T00:00:00Z'),
);

/** A variable's value: mostly plausible, sometimes junk of any type, sometimes missing altogether. */
export const field = <T>(plausible: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 6, arbitrary: plausible as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: junk }, { weight: 1, arbitrary: fc.constant(undefined) });

/** An input object: its fields as above, or the whole object wrong. */
export const input = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc.oneof({ weight: 8, arbitrary: fc.record(Object.fromEntries(Object.entries(fields).map(([k, a]) => [k, field(a)]))) }, { weight: 1, arbitrary: junk });
