import { Arg, ID, Int, Resolver, Root, Subscription } from 'type-graphql';
import { Event } from '../../log/event.entity.js';

@Resolver(() => Event)
export class EventSubscriptionResolver {
  /** The live hub (src/realtime) serves this field over graphql-ws; the resolver only maps the event to itself. */
  @Subscription(() => Event, {
    description:
      'Every event the caller may read: first those after `after` (replay, in order), then live ones, with no gap and no duplicate. Without `after` it starts live. `wardId` narrows to one ward.',
    subscribe: () => {
      throw new Error('events is served by the live hub over graphql-ws');
    },
  })
  events(
    @Root() event: Event,
    @Arg('after', () => Int, { nullable: true, description: 'Replay events with a higher seq first.' }) _after: number | null,
    @Arg('wardId', () => ID, { nullable: true, description: 'Only this ward.' }) _wardId: string | null,
  ): Event {
    return event;
  }
}
