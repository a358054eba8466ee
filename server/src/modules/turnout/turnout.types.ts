import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Ward } from '../units/units.entity.js';
import type { TurnoutScope } from './turnout.service.js';

@ObjectType({ description: "Turnout of a set of polling areas: the sum of each area's latest report." })
export class Turnout {
  @Field(() => Int, { description: 'Registered voters.' })
  registered: number;

  @Field(() => Int, { description: 'Voters who have voted, by the latest reports.' })
  voted: number;

  @Field(() => Float, { description: 'voted / registered × 100, two decimals.' })
  percent: number;

  @Field(() => Int, { description: 'Polling areas that have reported at least once.' })
  areasReported: number;

  @Field(() => Int, { description: 'Polling areas counted.' })
  areasTotal: number;

  @Field(() => Date, { nullable: true, description: 'Time of the most recent report.' })
  lastReportAt: Date | null;
}

@ObjectType({ description: 'Turnout of one ward.' })
export class WardTurnout extends Turnout {
  @Field(() => ID, { description: 'The ward.' })
  wardId: number;

  @Field(() => Ward, { description: 'The ward.' })
  ward: Ward;
}

@ObjectType({ description: 'Turnout at one moment of the day.' })
export class TurnoutPoint {
  @Field(() => Date, { description: 'The moment.' })
  at: Date;

  @Field(() => String, { nullable: true, description: 'Checkpoint label when this point is a checkpoint (`10:00`, ..., `final`).' })
  checkpoint: string | null;

  @Field(() => Int, { description: 'Voters who had voted by then.' })
  voted: number;

  @Field(() => Float, { description: 'Percent of registered voters.' })
  percent: number;
}

/** District turnout with its wards and its curve over the day; `byWard` and `series` are field resolvers (turnout.resolver.ts). */
@ObjectType({ description: 'District turnout with its wards and its curve over the day.' })
export class TurnoutSummary extends Turnout {
  /** The areas summed, so `byWard` and `series` compute only when selected. */
  scope: TurnoutScope;
}

@InputType({ description: 'A cumulative turnout figure for one polling area.' })
export class ReportTurnoutInput {
  @Field(() => ID, { description: 'The polling area.' })
  pollingAreaId: string;

  @Field(() => Int, { description: 'Voters who have voted so far (cumulative, 0 to registered).' })
  voted: number;

  @Field(() => String, { nullable: true, description: 'Required (operator only) when the figure is below the previous report.' })
  correctionReason?: string | null;

  @Field(() => String, { nullable: true, description: 'Makes a retried report idempotent for this user.' })
  clientRequestId?: string | null;
}
