import { Arg, ID, Int, Resolver, Root, Subscription } from 'type-graphql';
import { Event } from '../../log/event.entity.js';
import { UnitTotals } from '../units/unit-totals.types.js';

@Resolver(() => Event)
export class EventSubscriptionResolver {
  /** The live hub (src/realtime) serves this field over graphql-ws; the resolver only maps the event to itself. */
  @Subscription(() => Event, {
    description:
      "Every event the caller may read: first those after `after` (replay, in order), then live ones, with no gap and no duplicate. Without `after` it starts live. `wardId` narrows to one ward; `figures: false` leaves out the per-area figures (a province or national wall follows them through `unitTotals`) and, for a caller whose unit holds several districts, the wards' situation reports (it lists those of districts and above).",
    subscribe: () => {
      throw new Error('events is served by the live hub over graphql-ws');
    },
  })
  events(
    @Root() event: Event,
    @Arg('after', () => Int, { nullable: true, description: 'Replay events with a higher seq first.' }) _after: number | null,
    @Arg('wardId', () => ID, { nullable: true, description: 'Only this ward.' }) _wardId: string | null,
    @Arg('figures', () => Boolean, {
      nullable: true,
      defaultValue: true,
      description:
        "With false, no TURNOUT_REPORTED, TURNOUT_VERIFIED, CHECKLIST_ITEM_SET or VOTER_LIST_CHANGED, and above several districts no ward's SITUATION_REPORT_COMPILED or SITUATION_REPORT_SENT (replay and live).",
    })
    _figures: boolean | null,
  ): Event {
    return event;
  }

  /** The totals feed (src/realtime/unit-totals.ts) serves this field over graphql-ws. */
  @Subscription(() => UnitTotals, {
    description:
      "The totals of the caller's home unit and of each unit in it (a nation's provinces, a province's districts, a district's wards): at once, then at most once a second while anything in it changed. Computed once per unit for every screen that follows it.",
    subscribe: () => {
      throw new Error('unitTotals is served by the totals feed over graphql-ws');
    },
  })
  unitTotals(@Root() totals: UnitTotals): UnitTotals {
    return totals;
  }
}
