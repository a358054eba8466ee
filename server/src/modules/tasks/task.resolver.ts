import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../auth/viewer.js';
import { batchLoad, inOrder } from '../../batch.js';
import type { Context } from '../../context.js';
import { Agency, AgencyCode } from '../agencies/agency.entity.js';
import { Incident } from '../incidents/incident.entity.js';
import { DispatchTaskInput } from '../incidents/incident.inputs.js';
import { Task, TaskStatus } from './task.entity.js';
import { isOverdue } from './task-rules.js';

@InputType({ description: 'Which tasks to list.' })
export class TaskFilter {
  @Field(() => AgencyCode, { nullable: true, description: 'Only this agency (a liaison always gets only its own).' })
  agency?: AgencyCode | null;

  @Field(() => [TaskStatus], { nullable: true, description: 'Only these statuses.' })
  status?: TaskStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only overdue (true) or only not overdue (false).' })
  overdue?: boolean | null;
}

@Resolver(() => Task)
export class TaskResolver {
  @Query(() => [Task], { description: 'Tasks the caller may read.' })
  tasks(@Arg('filter', () => TaskFilter, { nullable: true }) filter: TaskFilter | null, @Ctx() ctx: Context) {
    return ctx.services.tasks.list(requireViewer(ctx.viewer), filter ?? {});
  }

  @Query(() => Task, { nullable: true, description: 'One task.' })
  task(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.tasks.get(requireViewer(ctx.viewer), id);
  }

  @Mutation(() => Task, { description: 'The operator dispatches an agency to an incident.' })
  dispatchTask(@Arg('input', () => DispatchTaskInput) input: DispatchTaskInput, @Ctx() ctx: Context) {
    return ctx.services.tasks.dispatch(requireViewer(ctx.viewer), input);
  }

  @Mutation(() => Task, { description: 'The agency acknowledges its task.' })
  acknowledgeTask(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.tasks.acknowledge(requireViewer(ctx.viewer), id);
  }

  @Mutation(() => Task, { description: 'The agency starts work.' })
  startTask(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.tasks.start(requireViewer(ctx.viewer), id);
  }

  @Mutation(() => Task, { description: 'The agency reports the task done.' })
  completeTask(@Arg('id', () => ID) id: string, @Arg('note', () => String, { nullable: true }) note: string | null, @Ctx() ctx: Context) {
    return ctx.services.tasks.complete(requireViewer(ctx.viewer), id, note);
  }

  @Mutation(() => Task, { description: 'The agency declines, with a reason; the operator decides what next.' })
  declineTask(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context) {
    return ctx.services.tasks.decline(requireViewer(ctx.viewer), id, reason);
  }

  @FieldResolver(() => Agency, { description: 'The agency it is for.' })
  agency(@Root() task: Task, @Ctx() ctx: Context) {
    return ctx.services.agencies.byId(task.agencyId);
  }

  @FieldResolver(() => Incident, { description: 'The incident it is for.' })
  incident(@Root() task: Task, @Ctx() ctx: Context) {
    return batchLoad(ctx, 'incident', async (ids) => inOrder(ids, await ctx.services.incidents.byIds(ids)), task.incidentId);
  }

  @FieldResolver(() => Boolean, { description: 'Not acknowledged and past ackDueAt (election clock).' })
  overdue(@Root() task: Task, @Ctx() ctx: Context) {
    return isOverdue(task, ctx.services.clock.now());
  }
}
