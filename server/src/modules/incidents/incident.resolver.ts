import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../auth/viewer.js';
import { batchLoad } from '../../batch.js';
import type { Context } from '../../context.js';
import { PollingArea } from '../polling-areas/polling-area.entity.js';
import { Task } from '../tasks/task.entity.js';
import { Ward } from '../units/units.entity.js';
import { incidentWards } from './incident-rules.js';
import { IncidentNote } from './incident-note.entity.js';
import { Incident } from './incident.entity.js';
import { IncidentFilter, ReportIncidentInput } from './incident.inputs.js';

@Resolver(() => Incident)
export class IncidentResolver {
  @Query(() => [Incident], { description: 'Incidents the caller may read, newest first.' })
  incidents(@Arg('filter', () => IncidentFilter, { nullable: true }) filter: IncidentFilter | null, @Ctx() ctx: Context) {
    return ctx.services.incidents.list(requireViewer(ctx.viewer), filter ?? {});
  }

  @Query(() => Incident, { nullable: true, description: 'One incident.' })
  incident(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.incidents.get(requireViewer(ctx.viewer), id);
  }

  @Mutation(() => Incident, { description: 'Report an incident; the category decides which agencies get a task at once.' })
  reportIncident(@Arg('input', () => ReportIncidentInput) input: ReportIncidentInput, @Ctx() ctx: Context) {
    return ctx.services.incidents.report(requireViewer(ctx.viewer), input);
  }

  @Mutation(() => Incident, { description: 'The district acknowledges a reported incident.' })
  acknowledgeIncident(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.incidents.acknowledge(requireViewer(ctx.viewer), id);
  }

  @Mutation(() => Incident, { description: 'Mark an incident resolved.' })
  resolveIncident(@Arg('id', () => ID) id: string, @Arg('note', () => String, { nullable: true }) note: string | null, @Ctx() ctx: Context) {
    return ctx.services.incidents.resolve(requireViewer(ctx.viewer), id, note);
  }

  @Mutation(() => Incident, { description: 'Reopen a resolved incident, with a reason.' })
  reopenIncident(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context) {
    return ctx.services.incidents.reopen(requireViewer(ctx.viewer), id, reason);
  }

  @Mutation(() => Incident, { description: 'The operator marks an incident in progress (starting a task does the same).' })
  startIncident(
    @Arg('id', () => ID) id: string,
    @Arg('clientRequestId', () => String, { nullable: true, description: 'Makes the write idempotent: a resend returns the first result.' })
    clientRequestId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.incidents.start(requireViewer(ctx.viewer), id, clientRequestId);
  }

  @Mutation(() => Incident, { description: "Add a note to the timeline: the operator, the incident's ward officer, or a liaison with a task on it." })
  addIncidentNote(
    @Arg('id', () => ID) id: string,
    @Arg('text', () => String) text: string,
    @Arg('clientRequestId', () => String, { nullable: true, description: 'Makes the write idempotent: a resend returns the first result.' })
    clientRequestId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.incidents.addNote(requireViewer(ctx.viewer), id, text, clientRequestId);
  }

  @FieldResolver(() => [IncidentNote], { description: "Notes on it, oldest first, with their authors' display names." })
  notes(@Root() incident: Incident, @Ctx() ctx: Context) {
    return batchLoad(ctx, 'incidentNotes', (ids) => ctx.services.incidents.notesOfMany(ids), incident.id);
  }

  @FieldResolver(() => Ward, { description: 'Its ward.' })
  ward(@Root() incident: Incident, @Ctx() ctx: Context) {
    return batchLoad(ctx, 'ward', (ids) => ctx.services.units.wardsByIds(ids), incident.wardId);
  }

  @FieldResolver(() => PollingArea, { nullable: true, description: 'Its polling area, if any.' })
  pollingArea(@Root() incident: Incident, @Ctx() ctx: Context) {
    const id = incident.pollingAreaId;
    return id == null ? null : batchLoad(ctx, 'pollingArea', (ids) => ctx.services.areas.byIds(ids), id);
  }

  @FieldResolver(() => [Ward], { description: 'Every ward it affects, its own first (SPEC 8.6).' })
  wards(@Root() incident: Incident, @Ctx() ctx: Context) {
    return Promise.all(incidentWards(incident).map((id) => batchLoad(ctx, 'ward', (ids) => ctx.services.units.wardsByIds(ids), id)));
  }

  @FieldResolver(() => [PollingArea], { description: 'Every polling area it affects, across wards if need be; empty for a ward-wide incident.' })
  pollingAreas(@Root() incident: Incident, @Ctx() ctx: Context) {
    const ids = incident.pollingAreaIds?.length ? incident.pollingAreaIds : incident.pollingAreaId != null ? [incident.pollingAreaId] : [];
    return Promise.all(ids.map((id) => batchLoad(ctx, 'pollingArea', (many) => ctx.services.areas.byIds(many), id)));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who reported it (display name).' })
  reporter(@Root() incident: Incident, @Ctx() ctx: Context) {
    return batchLoad(ctx, 'displayName', (ids) => ctx.services.users.displayNamesOf(ids), incident.reportedById);
  }

  @FieldResolver(() => [Task], { description: "Its tasks the caller may read (a liaison sees only its own agency's)." })
  tasks(@Root() incident: Incident, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx.viewer);
    return batchLoad(ctx, 'incidentTasks', (ids) => ctx.services.tasks.ofIncidents(viewer, ids), incident.id);
  }
}
