import { Field, ID, InputType } from 'type-graphql';
import { ComplaintChannel, ComplaintKind, ComplaintStatus, ComplaintSubject } from './complaint.entity.js';

@InputType({ description: 'Who filed it, as given.' })
export class ComplainantInput {
  @Field(() => String, { description: 'Name (1-200 characters).' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Address, phone or e-mail (up to 1,000 characters).' })
  contact?: string | null;
}

@InputType({ description: 'A complaint, denunciation or petition received.' })
export class ReceiveComplaintInput {
  @Field(() => ComplaintKind, { description: 'Complaint, denunciation or petition.' })
  kind: ComplaintKind;

  @Field(() => ComplaintSubject, { description: 'What it is about: sets the deadline.' })
  subject: ComplaintSubject;

  @Field(() => ComplaintChannel, { description: 'How it was received.' })
  channel: ComplaintChannel;

  @Field(() => String, { description: 'What it says (1-2,000 characters).' })
  summary: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The ward it concerns (a ward officer: its own). Neither this nor pollingAreaId: the district as a whole (operator).',
  })
  wardId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The polling area it concerns, if one.' })
  pollingAreaId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The district it concerns as a whole, with neither wardId nor pollingAreaId: by default the operator's own.",
  })
  districtId?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was received; now if left out. Not in the future.' })
  receivedAt?: Date | null;

  @Field(() => ComplainantInput, { description: 'Who filed it. Read back by the district operator only.' })
  complainant: ComplainantInput;

  @Field(() => String, { nullable: true, description: 'Makes a retried intake idempotent for this user.' })
  clientRequestId?: string | null;
}

@InputType({ description: 'Which complaints to list.' })
export class ComplaintFilter {
  @Field(() => ID, { nullable: true, description: 'Only this ward.' })
  wardId?: string | null;

  @Field(() => [ComplaintStatus], { nullable: true, description: 'Only these statuses.' })
  status?: ComplaintStatus[] | null;

  @Field(() => [ComplaintKind], { nullable: true, description: 'Only these kinds.' })
  kind?: ComplaintKind[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those past due and not answered (true), or the others (false).' })
  overdue?: boolean | null;
}
