import { areaScopeOfUnit } from '../units/area-scope.js';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../auth/viewer.js';
import { batchLoad } from '../../batch.js';
import type { Context } from '../../context.js';
import { PollingArea } from '../polling-areas/polling-area.entity.js';
import { District, Province, Ward } from '../units/units.entity.js';
import { ChecklistEntry, ChecklistItem } from './checklist.entity.js';
import { Readiness } from './readiness.types.js';

@Resolver(() => PollingArea)
export class PollingAreaReadinessResolver {
  @FieldResolver(() => [ChecklistEntry], { description: 'Every checklist item and whether it is done.' })
  checklist(@Root() area: PollingArea, @Ctx() ctx: Context) {
    return batchLoad(ctx, 'checklist', (ids) => ctx.services.readiness.checklists(ids), area.id);
  }

  @FieldResolver(() => Readiness, { description: 'Readiness of this area.' })
  readiness(@Root() area: PollingArea, @Ctx() ctx: Context) {
    return ctx.services.readiness.summary({ pollingAreaId: area.id });
  }

  @Mutation(() => PollingArea, { description: 'Tick or untick a checklist item of a polling area.' })
  setChecklistItem(
    @Arg('pollingAreaId', () => ID) pollingAreaId: string,
    @Arg('item', () => ChecklistItem) item: ChecklistItem,
    @Arg('done', () => Boolean) done: boolean,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Arg('clientRequestId', () => String, { nullable: true, description: 'Makes the write idempotent: a resend returns the first result.' })
    clientRequestId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.readiness.setItem(requireViewer(ctx.viewer), pollingAreaId, item, done, note, clientRequestId);
  }
}

@Resolver(() => Ward)
export class WardReadinessResolver {
  @FieldResolver(() => Readiness, { description: 'Readiness summed over its polling areas.' })
  readiness(@Root() ward: Ward, @Ctx() ctx: Context) {
    return ctx.services.readiness.summary({ wardId: ward.id });
  }
}

@Resolver()
export class ReadinessQueryResolver {
  @Query(() => Readiness, { description: "Readiness of the caller's unit (a ward officer's: its district), with the countdown to opening." })
  readiness(@Ctx() ctx: Context) {
    return ctx.services.readiness.summary(areaScopeOfUnit(requireViewer(ctx.viewer).home));
  }
}

@Resolver(() => District)
export class DistrictReadinessResolver {
  @FieldResolver(() => Readiness, { description: 'Readiness summed over its wards.' })
  readiness(@Root() district: District, @Ctx() ctx: Context) {
    return ctx.services.readiness.summary({ districtId: district.id });
  }
}

@Resolver(() => Province)
export class ProvinceReadinessResolver {
  @FieldResolver(() => Readiness, { description: 'Readiness summed over its districts.' })
  readiness(@Root() province: Province, @Ctx() ctx: Context) {
    return ctx.services.readiness.summary({ provinceId: province.id });
  }
}
