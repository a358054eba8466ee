import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../auth/viewer.js';
import { batchLoad } from '../../batch.js';
import type { Context } from '../../context.js';
import { PollingArea } from '../polling-areas/polling-area.entity.js';
import { BallotBoxVisit } from './visit.entity.js';
import { BallotBoxVisitFilter, RequestBallotBoxVisitInput } from './visit.inputs.js';

@Resolver(() => BallotBoxVisit)
export class BallotBoxVisitResolver {
  @Query(() => [BallotBoxVisit], { description: 'Auxiliary ballot-box visits the caller may read (like their areas), newest first.' })
  ballotBoxVisits(@Arg('filter', () => BallotBoxVisitFilter, { nullable: true }) filter: BallotBoxVisitFilter | null, @Ctx() ctx: Context) {
    return ctx.services.visits.list(requireViewer(ctx.viewer), filter ?? {});
  }

  @Mutation(() => BallotBoxVisit, {
    description: 'Ask for the auxiliary box for voters who cannot come (a ward officer for its ward, the operator), from the day before.',
  })
  requestBallotBoxVisit(@Arg('input', () => RequestBallotBoxVisitInput) input: RequestBallotBoxVisitInput, @Ctx() ctx: Context) {
    return ctx.services.visits.request(requireViewer(ctx.viewer), input);
  }

  @Mutation(() => BallotBoxVisit, { description: 'Give the visit a time (or a new one), while the area is voting.' })
  scheduleBallotBoxVisit(@Arg('id', () => ID) id: string, @Arg('at', () => Date) at: Date, @Ctx() ctx: Context) {
    return ctx.services.visits.schedule(requireViewer(ctx.viewer), id, at);
  }

  @Mutation(() => BallotBoxVisit, { description: 'The box came back: the ballots collected (0 ≤ n ≤ voters), while the area is voting.' })
  recordBallotBoxVisit(@Arg('id', () => ID) id: string, @Arg('ballotsCollected', () => Int) ballotsCollected: number, @Ctx() ctx: Context) {
    return ctx.services.visits.record(requireViewer(ctx.viewer), id, ballotsCollected);
  }

  @Mutation(() => BallotBoxVisit, { description: 'Call the visit off, with the reason, while the area is voting.' })
  cancelBallotBoxVisit(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context) {
    return ctx.services.visits.cancel(requireViewer(ctx.viewer), id, reason);
  }

  @FieldResolver(() => PollingArea, { description: 'The polling area whose auxiliary box goes.' })
  pollingArea(@Root() v: BallotBoxVisit, @Ctx() ctx: Context) {
    return batchLoad(ctx, 'pollingArea', (ids) => ctx.services.areas.byIds(ids), v.pollingAreaId);
  }
}
