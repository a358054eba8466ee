import { Field, ID, InputType } from 'type-graphql';
import { AgencyCode } from '../agencies/agency.entity.js';
import { IncidentCategory, IncidentStatus, Severity } from './incident.entity.js';

@InputType({ description: 'An incident reported from a ward or polling area.' })
export class ReportIncidentInput {
  @Field(() => ID, { nullable: true, description: 'The ward; may be left out when pollingAreaId is given.' })
  wardId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The polling area, when the incident is at one.' })
  pollingAreaId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Every polling area it affects, across wards if need be (a feeder’s power cut; at most 100): the officer of each affected ward reads it.',
  })
  pollingAreaIds?: string[] | null;

  @Field(() => IncidentCategory, { description: 'Category: decides the default dispatch.' })
  category: IncidentCategory;

  @Field(() => Severity, { description: 'Severity: decides the acknowledgement deadline.' })
  severity: Severity;

  @Field(() => String, { description: 'Short title (1-200 characters).' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Details (up to 2,000 characters).' })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it stopped or hinders voting (default false).' })
  affectsVoting?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Makes a retried report idempotent for this user.' })
  clientRequestId?: string | null;
}

@InputType({ description: 'Which incidents to list.' })
export class IncidentFilter {
  @Field(() => ID, { nullable: true, description: 'Only this ward.' })
  wardId?: string | null;

  @Field(() => [IncidentStatus], { nullable: true, description: 'Only these statuses.' })
  status?: IncidentStatus[] | null;

  @Field(() => [IncidentCategory], { nullable: true, description: 'Only these categories.' })
  category?: IncidentCategory[] | null;

  @Field(() => [Severity], { nullable: true, description: 'Only these severities.' })
  severity?: Severity[] | null;
}

@InputType({ description: 'A task for an agency on an incident.' })
export class DispatchTaskInput {
  @Field(() => ID, { description: 'The incident.' })
  incidentId: string;

  @Field(() => AgencyCode, { description: 'The agency.' })
  agency: AgencyCode;

  @Field(() => String, { nullable: true, description: 'What the agency should do.' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Makes a retried dispatch idempotent for this user.' })
  clientRequestId?: string | null;
}
