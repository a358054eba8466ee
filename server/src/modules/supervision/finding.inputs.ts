import { Field, ID, InputType } from 'type-graphql';
import { FindingKind, FindingStatus } from './finding.entity.js';

@InputType({ description: 'A finding filed by a supervision team member.' })
export class ReportFindingInput {
  @Field(() => ID, { nullable: true, description: 'The polling area, when the finding is at one.' })
  pollingAreaId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The ward; may be left out when pollingAreaId is given.' })
  wardId?: string | null;

  @Field(() => FindingKind, { description: 'Issue, recommendation or good practice.' })
  kind: FindingKind;

  @Field(() => String, { description: 'What the team saw (1-2,000 characters).' })
  text: string;

  @Field(() => String, { nullable: true, description: 'Makes a retried report idempotent for this user.' })
  clientRequestId?: string | null;
}

@InputType({ description: 'Which findings to list.' })
export class FindingFilter {
  @Field(() => ID, { nullable: true, description: 'Only this team.' })
  teamId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this ward.' })
  wardId?: string | null;

  @Field(() => [FindingStatus], { nullable: true, description: 'Only these statuses.' })
  status?: FindingStatus[] | null;
}
