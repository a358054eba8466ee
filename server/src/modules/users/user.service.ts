import { LoginThrottle } from '../../auth/login-throttle.js';
import { hashPassword, verifyPassword } from '../../auth/passwords.js';
import type { Tokens } from '../../auth/tokens.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Database } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { LIMITS, isWellFormedText } from '../../validation.js';
import { AgencyCode } from '../agencies/agency.entity.js';
import { AgencyService } from '../agencies/agency.service.js';
import { Ward } from '../units/units.entity.js';
import { Role, User } from './user.entity.js';

export interface NewUser {
  username: string;
  password: string;
  role: Role;
  displayName?: string;
  wardCode?: string;
  agency?: AgencyCode;
  observerWardCodes?: string[];
  demo?: boolean;
}

export class UserService {
  constructor(
    private readonly db: Database,
    private readonly agencies: AgencyService,
    private readonly tokens: Tokens,
    private readonly allowDemo: boolean,
    private readonly throttle = new LoginThrottle(),
  ) {}

  /** Sign in; failed attempts are limited per username and per address (`address` from the request). */
  async login(username: string, password: string, address: string | null = null): Promise<{ token: string; expiresAt: Date; user: User }> {
    await this.throttle.check(username, address);
    // A name the database could not even hold (NUL, broken Unicode, absurd length) is simply unknown.
    const plausible = isWellFormedText(username) && username.length <= LIMITS.username && password.length <= LIMITS.password;
    const user = plausible ? await this.db.read((m) => m.findOneBy(User, { username })) : null;
    // Verify even for unknown users so timing does not tell which usernames exist.
    const ok = await verifyPassword(plausible ? password : '', user?.passwordHash ?? '00:00');
    if (!user || !ok || !user.active || (user.demo && !this.allowDemo)) {
      await this.throttle.failed(username, address);
      throw new DomainError('badCredentials');
    }
    await this.throttle.succeeded(username);
    return { ...(await this.tokens.sign({ userId: user.id })), user };
  }

  /** The viewer behind a token's user id, re-read so a deactivated account stops at once. */
  async viewer(userId: number): Promise<Viewer | null> {
    const user = await this.db.read((m) => m.findOneBy(User, { id: userId }));
    if (!user || !user.active || (user.demo && !this.allowDemo)) return null;
    const agency = user.agencyId ? await this.agencies.byId(user.agencyId) : null;
    return {
      id: user.id, username: user.username, role: user.role, wardId: user.wardId, agencyId: user.agencyId,
      agencyCode: agency?.code ?? null, observerWardIds: user.observerWardIds,
    };
  }

  async byId(id: number): Promise<User | null> {
    return this.db.read((m) => m.findOneBy(User, { id }));
  }

  /** Create an account (the user-management command and the demo seed). */
  async create(input: NewUser): Promise<User> {
    if (input.password.length < 4) throw new DomainError('textRequired', 'password of at least 4 characters');
    const wardByCode = async (code: string) => {
      const ward = await this.db.read((m) => m.findOneBy(Ward, { code }));
      if (!ward) throw new DomainError('notFound', `ward ${code}`);
      return ward.id;
    };
    if (input.role === Role.WARD_OFFICER && !input.wardCode) throw new DomainError('textRequired', 'a ward officer needs a ward');
    if (input.role === Role.LIAISON && !input.agency) throw new DomainError('textRequired', 'a liaison needs an agency');
    const user = Object.assign(new User(), {
      username: input.username,
      displayName: input.displayName ?? input.username,
      role: input.role,
      passwordHash: await hashPassword(input.password),
      wardId: input.role === Role.WARD_OFFICER ? await wardByCode(input.wardCode!) : null,
      agencyId: input.role === Role.LIAISON ? (await this.agencies.byCode(input.agency!)).id : null,
      observerWardIds: input.role === Role.OBSERVER && input.observerWardCodes?.length ? await Promise.all(input.observerWardCodes.map(wardByCode)) : null,
      demo: input.demo ?? false,
      active: true,
    });
    return this.db.tx({ id: null, username: null }, (tx) => tx.manager.save(user));
  }
}
