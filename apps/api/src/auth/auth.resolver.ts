import { type GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Mutation, Query, Resolver } from 'type-graphql';
import { selectionOf } from '../common/selection.js';
import { type Context } from '../context.js';
import { type CookieOptions } from '../http/cookies.js';
import { Public } from './authorization.js';
import { SESSION_COOKIE } from './session.service.js';
import { User } from './user.entity.js';
import { type Viewer } from './viewer.js';

/** `User` fields the Viewer answers as they are (`roles()` is the same method on both). */
const FROM_SESSION = new Set(['id', 'email', 'name', 'roles', '__typename']);

const cookieOptions = (context: Context): CookieOptions => ({
  httpOnly: true,
  sameSite: 'lax',
  secure: context.env.FORMASI_COOKIE_SECURE,
  path: '/',
});

@Resolver(() => User)
export class AuthResolver {
  @Public()
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null. Public.' })
  me(@Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<User | null> | Viewer | null {
    if (!context.user) return null;
    // The session's statement already read who the user is and their roles: the app shell asks no more.
    if ([...selectionOf(info).keys()].every((field) => FROM_SESSION.has(field))) return context.user;
    return context.services.auth.account(context.user.id);
  }

  @Public()
  @Mutation(() => User, { description: 'Signs in and sets an httpOnly session cookie. Public.' })
  async login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() context: Context,
  ): Promise<User> {
    const service = context.services.auth;
    const { user, token } = await service.login(
      email,
      password,
      context.http.header('user-agent') ?? null,
      new Date(),
    );
    context.http.setCookie(SESSION_COOKIE, token, {
      ...cookieOptions(context),
      maxAgeMs: context.env.FORMASI_SESSION_TTL_HOURS * 3_600_000,
    });
    return user;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the current session. Public (a no-op without one).' })
  async logout(@Ctx() context: Context): Promise<boolean> {
    const token = context.http.cookie(SESSION_COOKIE);
    if (typeof token === 'string') {
      await context.services.auth.logout(token);
    }
    context.http.clearCookie(SESSION_COOKIE, cookieOptions(context));
    return true;
  }
}
