import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../auth/viewer.js';
import type { Context } from '../../context.js';
import { Unit } from '../units/unit.types.js';
import { User } from './user.entity.js';
import { unitOf } from './user.service.js';

@ObjectType({ description: 'A signed token and the user it belongs to.' })
export class AuthPayload {
  @Field(() => String, { description: 'Bearer token: send as `Authorization: Bearer <token>` or in connectionParams.' })
  token: string;

  @Field(() => Date, { description: 'When the token expires.' })
  expiresAt: Date;

  @Field(() => User, { description: 'The signed-in user.' })
  user: User;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'Sign in with a username and password.' })
  login(@Arg('username', () => String) username: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context) {
    return ctx.services.users.login(username, password, ctx.address ?? null);
  }

  @Mutation(() => AuthPayload, {
    description: 'A fresh token for the signed-in caller: screens renew before expiry, so an open screen never signs out by itself.',
  })
  renewToken(@Ctx() ctx: Context) {
    return ctx.services.users.renew(requireViewer(ctx.viewer));
  }

  @Mutation(() => User, {
    description: 'The operator ends every session of a user (a lost phone): its tokens stop working and its open screens are signed out.',
  })
  revokeSessions(
    @Arg('userId', () => ID) userId: string,
    @Arg('clientRequestId', () => String, { nullable: true, description: 'Makes the write idempotent: a resend returns the first result.' })
    clientRequestId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.users.revokeSessions(requireViewer(ctx.viewer), userId, clientRequestId);
  }

  @Query(() => [User], { description: 'Active accounts (operator only).' })
  users(@Ctx() ctx: Context) {
    return ctx.services.users.list(requireViewer(ctx.viewer));
  }

  @Query(() => User, { nullable: true, description: 'The signed-in user, or null without a valid token.' })
  me(@Ctx() ctx: Context) {
    return ctx.viewer ? ctx.services.users.byId(ctx.viewer.id) : null;
  }
}

@Resolver(() => User)
export class UserUnitResolver {
  @FieldResolver(() => Unit, { description: 'The administrative unit it works in: what its screens draw and its scope.' })
  unit(@Root() user: User, @Ctx() ctx: Context) {
    return ctx.services.units.describe(unitOf(user));
  }
}
