import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../auth/viewer.js';
import { batchLoad } from '../../batch.js';
import type { Context } from '../../context.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { BallotBoxVisit } from '../visits/visit.entity.js';
import { IncidentNote } from '../incidents/incident-note.entity.js';
import { Incident } from '../incidents/incident.entity.js';
import { PollingArea, PollingAreaRelocation } from '../polling-areas/polling-area.entity.js';
import { ChecklistItem } from '../readiness/checklist.entity.js';
import { SituationReport } from '../reports/situation-report.entity.js';
import { Finding } from '../supervision/finding.entity.js';
import { Task } from '../tasks/task.entity.js';
import { TurnoutReport } from '../turnout/turnout-report.entity.js';
import { VoterListChange } from '../voter-list/voter-list-change.entity.js';
import { Event } from '../../log/event.entity.js';
import { revive } from '../../log/revive.js';

@Resolver(() => Event)
export class EventResolver {
  @Query(() => [Event], { description: "The log after a seq, in order, with the caller's scope: for audit and catch-up (limit ≤ 1000)." })
  events(
    @Arg('after', () => Int, { nullable: true }) after: number | null,
    @Arg('limit', () => Int, { nullable: true }) limit: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.events.list(requireViewer(ctx.viewer), after ?? 0, limit ?? 100);
  }

  @Query(() => [Event], { description: "An incident's timeline: every event of it and its tasks that the caller may read, in order." })
  async incidentTimeline(@Arg('incidentId', () => ID) incidentId: string, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx.viewer);
    const incident = await ctx.services.incidents.get(viewer, incidentId);
    if (!incident) return [];
    return ctx.services.events.forIncident(viewer, incident.id);
  }

  @FieldResolver(() => Incident, { nullable: true, description: 'The incident as it was after the change.' })
  incident(@Root() e: Event) {
    return revive(Incident, e.data.incident);
  }

  @FieldResolver(() => Task, { nullable: true, description: 'The task as it was after the change.' })
  task(@Root() e: Event) {
    return revive(Task, e.data.task);
  }

  @FieldResolver(() => TurnoutReport, { nullable: true, description: 'The turnout report filed.' })
  turnoutReport(@Root() e: Event) {
    return revive(TurnoutReport, e.data.turnoutReport);
  }

  @FieldResolver(() => PollingArea, { nullable: true, description: 'The polling area as it was after the change.' })
  pollingArea(@Root() e: Event) {
    return revive(PollingArea, e.data.pollingArea);
  }

  @FieldResolver(() => ChecklistItem, { nullable: true, description: 'The checklist item set, for CHECKLIST_ITEM_SET.' })
  checklistItem(@Root() e: Event) {
    return e.data.checklistItem ?? null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether the item was ticked (true) or unticked, for CHECKLIST_ITEM_SET.' })
  checklistDone(@Root() e: Event) {
    return e.data.checklistDone ?? null;
  }

  @FieldResolver(() => Finding, { nullable: true, description: 'The finding, for FINDING_*.' })
  finding(@Root() e: Event) {
    return revive(Finding, e.data.finding);
  }

  @FieldResolver(() => SituationReport, { nullable: true, description: 'The situation report, for SITUATION_REPORT_*.' })
  situationReport(@Root() e: Event) {
    return revive(SituationReport, e.data.situationReport);
  }

  @FieldResolver(() => Complaint, { nullable: true, description: 'The complaint, for COMPLAINT_* (its complainant only for the district operator).' })
  complaint(@Root() e: Event) {
    return revive(Complaint, e.data.complaint);
  }

  @FieldResolver(() => BallotBoxVisit, { nullable: true, description: 'The ballot-box visit, for BALLOT_BOX_VISIT_*.' })
  ballotBoxVisit(@Root() e: Event) {
    return revive(BallotBoxVisit, e.data.ballotBoxVisit);
  }

  @FieldResolver(() => VoterListChange, { nullable: true, description: 'The change to the area’s voter list, for VOTER_LIST_CHANGED.' })
  voterListChange(@Root() e: Event) {
    return revive(VoterListChange, e.data.voterListChange);
  }

  @FieldResolver(() => PollingAreaRelocation, { nullable: true, description: 'Where the area moved from and why, for POLLING_AREA_RELOCATED.' })
  relocation(@Root() e: Event) {
    return revive(PollingAreaRelocation, e.data.relocation);
  }

  @FieldResolver(() => IncidentNote, { nullable: true, description: 'The note added, for INCIDENT_NOTE_ADDED.' })
  note(@Root() e: Event) {
    return revive(IncidentNote, e.data.note);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Display name of who made the change (what screens show); null for the system.' })
  async actorName(@Root() e: Event, @Ctx() ctx: Context) {
    return e.actorId == null ? null : batchLoad(ctx, 'displayName', (ids) => ctx.services.users.displayNamesOf(ids), e.actorId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The checkpoint missed, for POLLING_AREA_LATE.' })
  checkpoint(@Root() e: Event) {
    return e.data.checkpoint ?? null;
  }
}
