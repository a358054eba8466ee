import { In } from 'typeorm';
import { LoginThrottle } from '../../auth/login-throttle.js';
import { hashPassword, verifyPassword } from '../../auth/passwords.js';
import type { Tokens } from '../../auth/tokens.js';
import { requireRole, type Viewer } from '../../auth/viewer.js';
import type { Database } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { LIMITS, isWellFormedText, parseId } from '../../validation.js';
import { AgencyCode } from '../agencies/agency.entity.js';
import { AgencyService } from '../agencies/agency.service.js';
import { SupervisionTeam } from '../supervision/team.entity.js';
import { Ward } from '../units/units.entity.js';
import { withClientRequest } from '../requests/client-requests.js';
import { UnitLevel } from '../units/enums.js';
import type { UnitDirectory, UnitRef } from '../units/unit-directory.js';
import { Role, User } from './user.entity.js';
import { announceViewerChange, ViewerCache } from './viewer-cache.js';

/** The unit an account works in: a ward officer's ward; else its own, or the whole deployment. */
export function unitOf(user: Pick<User, 'role' | 'wardId' | 'unitLevel' | 'unitId'>): UnitRef {
  if (user.role === Role.WARD_OFFICER && user.wardId !== null) return { level: UnitLevel.WARD, id: user.wardId };
  if (user.unitLevel === null || user.unitLevel === UnitLevel.NATION) return { level: UnitLevel.NATION, id: null };
  return { level: user.unitLevel, id: user.unitId };
}

export interface NewUser {
  username: string;
  password: string;
  role: Role;
  displayName?: string;
  wardCode?: string;
  agency?: AgencyCode;
  observerWardCodes?: string[];
  /** A supervisor's team, by code (doan-01). */
  teamCode?: string;
  /** The unit it works in, by code (`nation`, `ha-noi`, `ha-noi/hai-ba-trung`); none: the whole deployment. */
  unitCode?: string;
  demo?: boolean;
}

export class UserService {
  constructor(
    private readonly db: Database,
    private readonly agencies: AgencyService,
    private readonly tokens: Tokens,
    private readonly allowDemo: boolean,
    private readonly directory: UnitDirectory,
    private readonly throttle = new LoginThrottle(),
  ) {}

  private readonly names = new Map<number, { name: string | null; until: number }>();
  /** Viewers read recently; boot.ts has them forgotten when another replica announces a change. */
  readonly viewers = new ViewerCache();

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
    return { ...(await this.tokens.sign({ userId: user.id, sessionVersion: user.sessionVersion })), user };
  }

  /** A fresh token for a signed-in viewer, so an open screen never reaches its token's expiry. */
  async renew(viewer: Viewer): Promise<{ token: string; expiresAt: Date; user: User }> {
    const user = await this.db.read((m) => m.findOneByOrFail(User, { id: viewer.id }));
    return { ...(await this.tokens.sign({ userId: user.id, sessionVersion: user.sessionVersion })), user };
  }

  /** End every session of a user (a lost phone): its tokens stop working and its sockets are closed. */
  async revokeSessions(viewer: Viewer, userId: string, clientRequestId?: string | null): Promise<User> {
    requireRole(viewer, Role.DISTRICT_OPERATOR);
    const id = parseId(userId);
    return this.db
      .tx(viewer, (tx) =>
        withClientRequest(
          tx,
          clientRequestId,
          'revokeSessions',
          (uid) => tx.manager.findOneByOrFail(User, { id: uid }),
          async () => {
            const user = await tx.manager.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
            if (!user) throw new DomainError('notFound', `user ${userId}`);
            if (!(await this.worksWithin(viewer, user))) throw new DomainError('forbidden');
            user.sessionVersion += 1;
            await tx.manager.update(User, { id }, { sessionVersion: user.sessionVersion });
            await announceViewerChange(tx, id);
            return user;
          },
        ),
      )
      .finally(() => this.viewers.forget(id));
  }

  /** Each user's current session version, or null where the account can no longer sign in (deactivated, demo refused). */
  async sessionVersions(userIds: readonly number[]): Promise<Map<number, number | null>> {
    const rows: { id: number; sessionVersion: number; usable: boolean }[] = await this.db.read((m) =>
      m.query(`SELECT id, "sessionVersion", (active AND (NOT demo OR $2)) AS usable FROM users WHERE id = ANY($1::int[])`, [
        [...new Set(userIds)],
        this.allowDemo,
      ]),
    );
    const versions = new Map<number, number | null>(userIds.map((id) => [id, null]));
    for (const r of rows) versions.set(r.id, r.usable ? r.sessionVersion : null);
    return versions;
  }

  /** Accounts, for the operator's sessions panel. */
  async list(viewer: Viewer): Promise<User[]> {
    requireRole(viewer, Role.DISTRICT_OPERATOR);
    const users = await this.db.read((m) => m.find(User, { where: { active: true }, order: { role: 'ASC', username: 'ASC' } }));
    const within = await Promise.all(users.map((u) => this.worksWithin(viewer, u)));
    return users.filter((_, i) => within[i]);
  }

  /** Does the account work inside the viewer's unit? An operator manages the accounts of its unit only. */
  private async worksWithin(viewer: Viewer, user: User): Promise<boolean> {
    const mine = viewer.unit.wards;
    if (mine === null) return true;
    const theirs = (await this.directory.span(unitOf(user))).wards;
    return theirs === null ? this.directory.holdsEverything(viewer.unit) : [...theirs].every((w) => mine.has(w));
  }

  /** A user's display name for timelines (kept a minute: every event of a burst names its actor). */
  async displayNameOf(id: number): Promise<string | null> {
    return (await this.displayNamesOf([id]))[0];
  }

  /**
   * The viewer behind a token's user id, so a deactivated account or revoked sessions stop at once
   * (viewer-cache.ts: kept two seconds, dropped on every replica when its sessions are revoked);
   * `sessionVersion` is the token's (omitted by trusted callers such as tests and tools).
   */
  viewer(userId: number, sessionVersion?: number): Promise<Viewer | null> {
    return this.viewers.get(userId, sessionVersion, () => this.readViewer(userId));
  }

  /** The account and its team's wards in one plain query: TypeORM's query builder was most of the cost of this read. */
  private async readViewer(userId: number): Promise<Viewer | null> {
    const [user]: (Pick<User, 'id' | 'username' | 'role' | 'wardId' | 'agencyId' | 'observerWardIds' | 'teamId' | 'unitLevel' | 'unitId' | 'sessionVersion'> & {
      usable: boolean;
      teamWardIds: number[] | null;
    })[] = await this.db.read((m) =>
      m.query(
        `SELECT u.id, u.username, u.role, u."wardId", u."agencyId", u."observerWardIds", u."teamId", u."unitLevel", u."unitId",
                u."sessionVersion", (u.active AND (NOT u.demo OR $2)) AS usable, t."wardIds" AS "teamWardIds"
           FROM users u LEFT JOIN supervision_teams t ON t.id = u."teamId"
          WHERE u.id = $1`,
        [userId, this.allowDemo],
      ),
    );
    if (!user?.usable) return null;
    const agency = user.agencyId ? await this.agencies.byId(user.agencyId) : null;
    const unit = await this.directory.span(unitOf(user));
    return {
      id: user.id,
      username: user.username,
      role: user.role,
      wardId: user.wardId,
      agencyId: user.agencyId,
      agencyCode: agency?.code ?? null,
      observerWardIds: user.observerWardIds,
      sessionVersion: user.sessionVersion,
      teamId: user.teamId,
      teamWardIds: user.teamId == null ? null : (user.teamWardIds ?? []),
      unit,
      home: user.role === Role.WARD_OFFICER && user.wardId !== null ? await this.wardDistrict(user.wardId) : unit,
    };
  }

  /** The district a ward officer reads the totals of. */
  private async wardDistrict(wardId: number) {
    const district = await this.directory.districtOf(wardId);
    return this.directory.span(district === null ? { level: UnitLevel.WARD, id: wardId } : { level: UnitLevel.DISTRICT, id: district });
  }

  /** Display names of several accounts in one query (the cache first), in the order asked. */
  async displayNamesOf(ids: readonly number[]): Promise<(string | null)[]> {
    const now = Date.now();
    const missing = [...new Set(ids.filter((id) => !((this.names.get(id)?.until ?? 0) > now)))];
    if (missing.length) {
      const rows = await this.db.read((m) => m.find(User, { where: { id: In(missing) }, select: { id: true, displayName: true } }));
      if (this.names.size > 10_000) this.names.clear();
      const found = new Map(rows.map((u) => [u.id, u.displayName]));
      for (const id of missing) this.names.set(id, { name: found.get(id) ?? null, until: now + 60_000 });
    }
    return ids.map((id) => this.names.get(id)?.name ?? null);
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
    if (input.role === Role.SUPERVISOR && !input.teamCode) throw new DomainError('textRequired', 'a supervisor needs a team');
    const team = input.role === Role.SUPERVISOR ? await this.db.read((m) => m.findOneBy(SupervisionTeam, { code: input.teamCode! })) : null;
    if (input.role === Role.SUPERVISOR && !team) throw new DomainError('notFound', `team ${input.teamCode}`);
    const unit = input.unitCode ? await this.directory.resolve(input.unitCode) : null;
    const wardId = input.role === Role.WARD_OFFICER ? await wardByCode(input.wardCode!) : null;
    const observerWardIds = input.role === Role.OBSERVER && input.observerWardCodes?.length ? await Promise.all(input.observerWardCodes.map(wardByCode)) : null;
    // What the role adds must lie inside the unit: a ward officer's ward, an observer's wards, a team's wards.
    if (unit) {
      const span = await this.directory.span(unit);
      const outside = [wardId, ...(observerWardIds ?? []), ...(team?.wardIds ?? [])].filter(
        (w): w is number => w !== null && span.wards !== null && !span.wards.has(w),
      );
      if (outside.length) throw new DomainError('unitMismatch', `wards ${outside.join(',')} outside ${input.unitCode}`);
    }
    const user = Object.assign(new User(), {
      username: input.username,
      displayName: input.displayName ?? input.username,
      role: input.role,
      passwordHash: await hashPassword(input.password),
      wardId,
      agencyId: input.role === Role.LIAISON ? (await this.agencies.byCode(input.agency!)).id : null,
      observerWardIds,
      teamId: team?.id ?? null,
      unitLevel: unit?.level ?? null,
      unitId: unit?.id ?? null,
      demo: input.demo ?? false,
      active: true,
    });
    return this.db.tx({ id: null, username: null }, (tx) => tx.manager.save(user));
  }
}
