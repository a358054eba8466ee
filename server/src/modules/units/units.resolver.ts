import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../auth/viewer.js';
import { assertMayRead, mayRead } from '../../scope/scope.js';
import type { Context } from '../../context.js';
import { parseId } from '../../validation.js';
import { PollingArea } from '../polling-areas/polling-area.entity.js';
import { District, Province, Ward } from './units.entity.js';

@Resolver(() => Ward)
export class WardResolver {
  @Query(() => [Ward], { description: 'The wards of the district (a ward-scoped observer gets its wards).' })
  wards(@Ctx() ctx: Context) {
    return ctx.services.units.wards(requireViewer(ctx.viewer));
  }

  @Query(() => Ward, { nullable: true, description: 'One ward.' })
  ward(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.units.ward(requireViewer(ctx.viewer), id);
  }

  @FieldResolver(() => Int, { description: 'Registered voters of all its polling areas.' })
  registeredVoters(@Root() ward: Ward, @Ctx() ctx: Context) {
    return ctx.services.units.registeredVoters(ward.id);
  }

  @FieldResolver(() => [PollingArea], { description: 'Its polling areas (only for those who may read the ward in full).' })
  pollingAreas(@Root() ward: Ward, @Ctx() ctx: Context) {
    assertMayRead(requireViewer(ctx.viewer), 'pollingArea', { wardId: ward.id });
    return ctx.services.areas.list(ctx.viewer!, String(ward.id));
  }

  @FieldResolver(() => District, { description: 'The district it belongs to.' })
  district(@Root() ward: Ward, @Ctx() ctx: Context) {
    return ctx.services.units.district(ward.districtId);
  }
}

@Resolver(() => District)
export class DistrictResolver {
  @FieldResolver(() => Province, { description: 'The province it belongs to.' })
  province(@Root() district: District, @Ctx() ctx: Context) {
    return ctx.services.units.province(district.provinceId);
  }

  @Query(() => District, { nullable: true, description: "One district, with its totals: null outside the caller's unit." })
  district(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.units.readableDistrict(requireViewer(ctx.viewer), parseId(id));
  }

  @FieldResolver(() => [Ward], { description: 'Its wards that the caller may see.' })
  async wards(@Root() district: District, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx.viewer);
    return (await ctx.services.units.wardsOf(district.id)).filter((w) => mayRead(viewer, 'ward', w));
  }
}

@Resolver(() => Province)
export class ProvinceResolver {
  @Query(() => [Province], {
    description: "The administrative tree from the top, as far as the caller's unit reaches: provinces, their districts, their wards.",
  })
  async provinces(@Ctx() ctx: Context) {
    const viewer = requireViewer(ctx.viewer);
    return (await ctx.services.units.provinces()).filter((p) => mayRead(viewer, 'province', p));
  }

  @Query(() => Province, { nullable: true, description: "One province, with its totals: null outside the caller's unit." })
  province(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx.viewer);
    const provinceId = parseId(id);
    return mayRead(viewer, 'province', { id: provinceId }) ? ctx.services.units.province(provinceId) : null;
  }

  @FieldResolver(() => [District], { description: 'Its districts that the caller may see.' })
  async districts(@Root() province: Province, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx.viewer);
    return (await ctx.services.units.districtsOf(province.id)).filter((d) => mayRead(viewer, 'district', d));
  }
}
