import type { AreaDetailQuery } from '@election-ops/schema';

/** A polling area as the area view loads it: status history, turnout reports, checklist. */
export type AreaDetail = NonNullable<AreaDetailQuery['pollingArea']>;
