import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { User } from './user.entity.js';

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

  @Query(() => User, { nullable: true, description: 'The signed-in user, or null without a valid token.' })
  me(@Ctx() ctx: Context) {
    return ctx.viewer ? ctx.services.users.byId(ctx.viewer.id) : null;
  }
}
