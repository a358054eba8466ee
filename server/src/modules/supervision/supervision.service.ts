import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { requireRole, requireViewer, type Viewer } from '../../auth/viewer.js';
import type { Database, Tx } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { EventType } from '../../log/event.entity.js';
import { assertMayRead, assertWriteWard, mayFileFinding, readFilter } from '../../scope/scope.js';
import { LIMITS, parseId, requiredText } from '../../validation.js';
import type { Incident, IncidentCategory, Severity } from '../incidents/incident.entity.js';
import type { IncidentService } from '../incidents/incident.service.js';
import { PollingArea } from '../polling-areas/polling-area.entity.js';
import { withClientRequest } from '../requests/client-requests.js';
import { Ward } from '../units/units.entity.js';
import { Role, User } from '../users/user.entity.js';
import { FINDING_LIFECYCLE } from './finding-rules.js';
import { Finding, FindingStatus as S } from './finding.entity.js';
import type { FindingFilter, ReportFindingInput } from './finding.inputs.js';
import { SupervisionTeam } from './team.entity.js';

/** An incident's title from a finding: its first line, cut to what a title may hold. */
const titleOf = (text: string) => {
  const line = text.split('\n')[0].trim();
  return line.length <= LIMITS.title ? line : `${line.slice(0, LIMITS.title - 1)}…`;
};

/** The standing committee's supervision teams (SPEC 8.1) and what they find. */
export class SupervisionService {
  constructor(
    private readonly db: Database,
    private readonly incidents: IncidentService,
  ) {}

  /** Every team: who follows which ward is district-wide knowledge. */
  async teams(viewer: Viewer): Promise<SupervisionTeam[]> {
    requireViewer(viewer);
    return this.db.read((m) => m.find(SupervisionTeam, { order: { code: 'ASC' } }));
  }

  async teamsByIds(ids: readonly number[]): Promise<(SupervisionTeam | null)[]> {
    const rows = await this.db.read((m) => m.findBy(SupervisionTeam, { id: In([...ids]) }));
    const byId = new Map(rows.map((t) => [t.id, t]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The wards of several teams in one query, in the order asked. */
  async wardsOfTeams(teams: readonly SupervisionTeam[]): Promise<Ward[][]> {
    const ids = [...new Set(teams.flatMap((t) => t.wardIds))];
    const wards = await this.db.read((m) => m.findBy(Ward, { id: In(ids) }));
    const byId = new Map(wards.map((w) => [w.id, w]));
    return teams.map((t) => t.wardIds.map((id) => byId.get(id)).filter((w): w is Ward => w !== undefined));
  }

  /** Members' display names of several teams, in the order asked. */
  async membersOf(teamIds: readonly number[]): Promise<string[][]> {
    const users = await this.db.read((m) => m.find(User, { where: { teamId: In([...teamIds]), active: true }, order: { username: 'ASC' } }));
    return teamIds.map((id) => users.filter((u) => u.teamId === id).map((u) => u.displayName));
  }

  /** Findings the viewer may read, newest first. */
  async findings(viewer: Viewer, filter: FindingFilter = {}): Promise<Finding[]> {
    const v = requireViewer(viewer);
    const scope = readFilter(v, 'finding', 'f');
    const qb = this.db.dataSource.getRepository(Finding).createQueryBuilder('f').where(scope.sql, scope.params).orderBy('f.id', 'DESC');
    if (filter.teamId != null) qb.andWhere('f.teamId = :team', { team: parseId(filter.teamId) });
    if (filter.wardId != null) qb.andWhere('f.wardId = :ward', { ward: parseId(filter.wardId) });
    if (filter.status?.length) qb.andWhere('f.status IN (:...status)', { status: filter.status });
    return this.db.read(() => qb.getMany());
  }

  async finding(viewer: Viewer, id: string): Promise<Finding | null> {
    const v = requireViewer(viewer);
    const f = await this.db.read((m) => m.findOneBy(Finding, { id: parseId(id) }));
    if (f) assertMayRead(v, 'finding', f);
    return f;
  }

  /** A supervisor files a finding in one of its team's wards (the operator may file one anywhere). */
  async report(viewer: Viewer, input: ReportFindingInput): Promise<Finding> {
    requireRole(viewer, Role.SUPERVISOR, Role.DISTRICT_OPERATOR);
    const text = requiredText(input.text, LIMITS.text);
    return this.db.tx(viewer, (tx) =>
      withClientRequest(
        tx,
        input.clientRequestId,
        'reportFinding',
        (id) => tx.manager.findOneByOrFail(Finding, { id }),
        async () => {
          const { wardId, pollingAreaId } = await this.placeOf(tx, input);
          if (!mayFileFinding(viewer, wardId)) throw new DomainError('forbidden');
          const teamId = viewer.teamId ?? (await this.teamFollowing(tx, wardId));
          const author = (await tx.manager.findOneByOrFail(User, { id: viewer.id })).displayName;
          const finding = await tx.manager.save(
            tx.manager.create(Finding, {
              code: `new-${randomUUID()}`,
              teamId,
              wardId,
              pollingAreaId,
              kind: input.kind,
              status: S.OPEN,
              text,
              at: tx.now,
              authorId: viewer.id,
              author,
              addressedNote: null,
              addressedAt: null,
              incidentId: null,
            }),
          );
          finding.code = `GS-${String(finding.id).padStart(4, '0')}`;
          await tx.manager.update(Finding, { id: finding.id }, { code: finding.code });
          tx.emit({ type: EventType.FINDING_REPORTED, wardId, data: { finding: { ...finding } } });
          return finding;
        },
      ),
    );
  }

  /** The operator acts on a finding, with a note saying how. */
  async address(viewer: Viewer, id: string, note: string): Promise<Finding> {
    requireRole(viewer, Role.DISTRICT_OPERATOR);
    const text = requiredText(note, LIMITS.reason, 'reasonRequired');
    return this.db.tx(viewer, async (tx) => {
      const finding = await this.lock(tx, viewer, id);
      FINDING_LIFECYCLE.assert(finding.status, S.ADDRESSED);
      Object.assign(finding, { status: S.ADDRESSED, addressedNote: text, addressedAt: tx.now });
      await tx.manager.save(finding);
      tx.emit({ type: EventType.FINDING_ADDRESSED, wardId: finding.wardId, data: { finding: { ...finding } } });
      return finding;
    });
  }

  /** The operator turns a finding into an incident, which addresses it; both in one transaction. */
  async escalate(viewer: Viewer, id: string, category: IncidentCategory, severity: Severity): Promise<Incident> {
    requireRole(viewer, Role.DISTRICT_OPERATOR);
    return this.db.tx(viewer, async (tx) => {
      const finding = await this.lock(tx, viewer, id);
      FINDING_LIFECYCLE.assert(finding.status, S.ADDRESSED);
      const incident = await this.incidents.reportIn(tx, viewer, {
        wardId: String(finding.wardId),
        pollingAreaId: finding.pollingAreaId == null ? null : String(finding.pollingAreaId),
        category,
        severity,
        title: titleOf(finding.text),
        description: `${finding.code} (${finding.author}): ${finding.text}`,
      });
      Object.assign(finding, { status: S.ADDRESSED, addressedNote: incident.code, addressedAt: tx.now, incidentId: incident.id });
      await tx.manager.save(finding);
      tx.emit({ type: EventType.FINDING_ESCALATED, wardId: finding.wardId, data: { finding: { ...finding }, incident: { ...incident } } });
      return incident;
    });
  }

  private async lock(tx: Tx, viewer: Viewer, id: string): Promise<Finding> {
    const finding = await tx.manager.findOne(Finding, { where: { id: parseId(id) }, lock: { mode: 'pessimistic_write' } });
    if (!finding) throw new DomainError('notFound', `finding ${id}`);
    // Only the operator moves a finding: the operator of the finding's unit.
    assertWriteWard(viewer, finding.wardId);
    return finding;
  }

  /** The ward of a finding: from its polling area, or given; both must agree. */
  private async placeOf(tx: Tx, input: ReportFindingInput): Promise<{ wardId: number; pollingAreaId: number | null }> {
    if (input.pollingAreaId != null) {
      const area = await tx.manager.findOneBy(PollingArea, { id: parseId(input.pollingAreaId) });
      if (!area) throw new DomainError('notFound', `polling area ${input.pollingAreaId}`);
      if (input.wardId != null && parseId(input.wardId) !== area.wardId) throw new DomainError('placeMismatch');
      return { wardId: area.wardId, pollingAreaId: area.id };
    }
    if (input.wardId == null) throw new DomainError('placeRequired');
    const ward = await tx.manager.findOneBy(Ward, { id: parseId(input.wardId) });
    if (!ward) throw new DomainError('notFound', `ward ${input.wardId}`);
    return { wardId: ward.id, pollingAreaId: null };
  }

  /** The team that follows a ward: a finding the operator files is booked to it. */
  private async teamFollowing(tx: Tx, wardId: number): Promise<number> {
    const team = await tx.manager.createQueryBuilder(SupervisionTeam, 't').where(':ward = ANY(t.wardIds)', { ward: wardId }).orderBy('t.id').getOne();
    if (!team) throw new DomainError('notFound', `no supervision team follows ward ${wardId}`);
    return team.id;
  }
}
