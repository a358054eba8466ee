import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../auth/viewer.js';
import { batchLoad } from '../../batch.js';
import type { Context } from '../../context.js';
import { PollingArea } from '../polling-areas/polling-area.entity.js';
import { Ward } from '../units/units.entity.js';
import { mayReadField } from '../../scope/scope.js';
import { isOverdue } from './complaint-rules.js';
import { Complainant, Complaint } from './complaint.entity.js';
import { ComplaintFilter, ReceiveComplaintInput } from './complaint.inputs.js';

@Resolver(() => Complaint)
export class ComplaintResolver {
  @Query(() => [Complaint], { description: 'Complaints, denunciations and petitions the caller may read, newest first.' })
  complaints(@Arg('filter', () => ComplaintFilter, { nullable: true }) filter: ComplaintFilter | null, @Ctx() ctx: Context) {
    return ctx.services.complaints.list(requireViewer(ctx.viewer), filter ?? {});
  }

  @Query(() => Complaint, { nullable: true, description: 'One complaint.' })
  complaint(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.complaints.one(requireViewer(ctx.viewer), id);
  }

  @Mutation(() => Complaint, { description: 'Register a complaint, denunciation or petition (operator; a ward officer for its ward).' })
  receiveComplaint(@Arg('input', () => ReceiveComplaintInput) input: ReceiveComplaintInput, @Ctx() ctx: Context) {
    return ctx.services.complaints.receive(requireViewer(ctx.viewer), input);
  }

  @Mutation(() => Complaint, { description: 'Hand it to someone to settle, or to someone else (operator).' })
  assignComplaint(@Arg('id', () => ID) id: string, @Arg('assignee', () => String) assignee: string, @Ctx() ctx: Context) {
    return ctx.services.complaints.assign(requireViewer(ctx.viewer), id, assignee);
  }

  @Mutation(() => Complaint, { description: 'Record the answer given (operator).' })
  answerComplaint(@Arg('id', () => ID) id: string, @Arg('answer', () => String) answer: string, @Ctx() ctx: Context) {
    return ctx.services.complaints.answer(requireViewer(ctx.viewer), id, answer);
  }

  @Mutation(() => Complaint, { description: 'Close it after its answer (operator).' })
  closeComplaint(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.complaints.close(requireViewer(ctx.viewer), id);
  }

  @Mutation(() => Complaint, { description: 'Send it on to the body that has the power to settle it (operator).' })
  transferComplaint(
    @Arg('id', () => ID) id: string,
    @Arg('to', () => String) to: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.complaints.transfer(requireViewer(ctx.viewer), id, to, note);
  }

  @FieldResolver(() => Boolean, { description: 'Past its deadline and not answered.' })
  overdue(@Root() c: Complaint, @Ctx() ctx: Context) {
    return isOverdue(c, ctx.services.clock.now());
  }

  @FieldResolver(() => Ward, { nullable: true, description: 'The ward it concerns; null for the district as a whole.' })
  ward(@Root() c: Complaint, @Ctx() ctx: Context) {
    return c.wardId == null ? null : batchLoad(ctx, 'ward', (ids) => ctx.services.units.wardsByIds(ids), c.wardId);
  }

  @FieldResolver(() => PollingArea, { nullable: true, description: 'The polling area it concerns, if one.' })
  pollingArea(@Root() c: Complaint, @Ctx() ctx: Context) {
    return c.pollingAreaId == null ? null : batchLoad(ctx, 'pollingArea', (ids) => ctx.services.areas.byIds(ids), c.pollingAreaId);
  }

  @FieldResolver(() => Complainant, { nullable: true, description: 'Who filed it: the district operator only; null for everyone else.' })
  complainant(@Root() c: Complaint, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx.viewer);
    if (!mayReadField(viewer, 'Complaint.complainant', c)) return null;
    return batchLoad(ctx, 'complainant', (ids) => ctx.services.complaints.complainantsOf(viewer, ids), c.id);
  }
}
