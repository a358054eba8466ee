import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Unit } from './unit.types.js';

@ObjectType({ description: "One unit's figures on a wall: a tile of the province map, the nation's, a district's." })
export class UnitTile {
  @Field(() => Unit, { description: 'The unit.' })
  unit: Unit;

  @Field(() => Int, { description: 'Registered voters of its polling areas.' })
  registered: number;

  @Field(() => Int, { description: "Voted, by each area's latest report." })
  voted: number;

  @Field(() => Float, { description: 'voted / registered × 100, two decimals.' })
  percent: number;

  @Field(() => Int, { description: 'Polling areas that have reported turnout.' })
  areasReported: number;

  @Field(() => Int, { description: 'Its polling areas.' })
  areasTotal: number;

  @Field(() => Int, { description: 'Checklist items ticked over its areas.' })
  readinessDone: number;

  @Field(() => Int, { description: 'Checklist items required over its areas.' })
  readinessRequired: number;

  @Field(() => Int, { description: 'Incidents not resolved.' })
  openIncidents: number;

  // What needs someone now, counted per kind (an area both suspended and late counts in both), and
  // each place once in `needingAttention`, as the district wall's "Cần xử lý ngay" counts them.

  @Field(() => Int, { description: 'Polling areas SUSPENDED: voting interrupted.' })
  suspendedAreas: number;

  @Field(() => Int, { description: 'Polling areas not opened (PREPARING or READY): a problem once the polls should be open.' })
  areasNotOpened: number;

  @Field(() => Int, {
    description: 'Polling areas late for the latest checkpoint whose grace period has passed (marked late, no report since its window opened).',
  })
  lateAreas: number;

  @Field(() => Int, { description: 'Polling areas with a flagged turnout figure not yet verified.' })
  flaggedAreas: number;

  @Field(() => Int, { description: 'Places (an area, or a ward as a whole) with an open ISSUE finding of a supervision team.' })
  openFindings: number;

  @Field(() => Int, { description: "Tasks still OPEN past their acknowledgement deadline, by their incident's ward." })
  overdueTasks: number;

  @Field(() => Int, {
    description:
      "Complaints past their deadline without an answer: its wards', and the district's own (of no ward) in the tile of their district or province and in the unit's total, not in a ward's tile.",
  })
  overdueComplaints: number;

  @Field(() => Int, { description: 'Auxiliary ballot-box visits scheduled more than an hour ago and not recorded.' })
  overdueVisits: number;

  @Field(() => Int, {
    description:
      'What needs someone now, each once under its most pressing kind, as the district wall counts it: a polling area suspended, ' +
      'not opened once the polls should be open, with an open finding, late or flagged (one however many of these it is); ' +
      'a ward with an open finding as a whole; each open incident, overdue task, overdue complaint and overdue visit.',
  })
  needingAttention: number;
}

@ObjectType({ description: "A home unit's totals and its units' tiles, as of a position in the log." })
export class UnitTotals {
  @Field(() => Unit, { description: "The unit the screen follows: the caller's home unit." })
  unit: Unit;

  @Field(() => Int, { description: 'Every event up to this seq is in these figures.' })
  seq: number;

  @Field(() => Date, { description: 'When they were computed (election clock).' })
  at: Date;

  @Field(() => UnitTile, { description: 'The unit as a whole.' })
  total: UnitTile;

  @Field(() => [UnitTile], { description: 'Each unit in it that the caller may see: provinces, districts or wards.' })
  children: UnitTile[];
}
