import { Field, ID, InputType, Int } from 'type-graphql';
import { VisitReason, VisitStatus } from './visit.entity.js';

@InputType({ description: 'A request for the auxiliary ballot box, from the day before the election.' })
export class RequestBallotBoxVisitInput {
  @Field(() => ID, { description: 'The polling area whose auxiliary box goes.' })
  pollingAreaId: string;

  @Field(() => Int, { description: 'Voters at the address (1 to the area’s registered voters).' })
  voters: number;

  @Field(() => VisitReason, { description: 'Why they cannot come.' })
  reason: VisitReason;

  @Field(() => String, { description: 'Where the box goes (1-200 characters).' })
  address: string;

  @Field(() => String, { nullable: true, description: 'Anything the team should know (up to 1,000 characters).' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Makes a retried request idempotent for this user.' })
  clientRequestId?: string | null;
}

@InputType({ description: 'Which ballot-box visits to list.' })
export class BallotBoxVisitFilter {
  @Field(() => ID, { nullable: true, description: 'Only this ward.' })
  wardId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this polling area.' })
  pollingAreaId?: string | null;

  @Field(() => [VisitStatus], { nullable: true, description: 'Only these statuses.' })
  status?: VisitStatus[] | null;
}
