import type { Viewer } from '../../auth/viewer.js';
import { DomainError } from '../../errors.js';
import { readFilter, readsNone } from '../../scope/scope.js';
import type { Services } from '../../services.js';
import { checkpointsOf } from '../election/election-time.js';
import type { Checkpoint } from '../election/election.entity.js';
import { PollingArea } from '../polling-areas/polling-area.entity.js';
import { Ward } from '../units/units.entity.js';
import { keysetPages, localTime, type CsvColumn, type CsvExport } from './csv.js';

interface AreaRow {
  id: number;
  wardId: number;
  number: number;
  code: string;
  name: string;
  /** The list as drawn up, before the day's changes. */
  seeded: number;
  wardCode: string;
  wardName: string;
}

/** The figure an area had at one checkpoint: its latest report at or before it (none: not reported yet). */
interface TurnoutRow {
  area: AreaRow;
  checkpoint: Checkpoint & { local: string };
  /** Its registered voters at the checkpoint: the list as drawn up and the changes recorded by then. */
  registered: number;
  voted: number | null;
  reportedAt: Date | null;
  flags: string[];
  late: boolean;
}

const percent = (voted: number, registered: number) => (registered === 0 ? 0 : Math.round((voted / registered) * 10_000) / 100);

const COLUMNS: CsvColumn<TurnoutRow>[] = [
  { header: 'Mã phường', value: (r) => r.area.wardCode },
  { header: 'Phường', value: (r) => r.area.wardName },
  { header: 'Mã KVBP', value: (r) => r.area.code },
  { header: 'Số KVBP', value: (r) => r.area.number },
  { header: 'Tên KVBP', value: (r) => r.area.name },
  { header: 'Mốc báo cáo', value: (r) => r.checkpoint.label },
  { header: 'Thời điểm mốc', value: (r) => r.checkpoint.local },
  { header: 'Số cử tri', value: (r) => r.registered },
  { header: 'Số cử tri đã bỏ phiếu', value: (r) => r.voted },
  { header: 'Tỷ lệ (%)', value: (r) => (r.voted === null ? null : percent(r.voted, r.registered)) },
  { header: 'Thời điểm báo cáo', value: (r) => r.reportedAt },
  { header: 'Báo cáo trễ', value: (r) => r.late },
  { header: 'Cờ cảnh báo', value: (r) => r.flags.join('|') },
];

/**
 * Turnout per polling area and checkpoint passed (by the election clock), the areas ordered by ward
 * and number. A page is a set of areas (keyset on the unique ward and number) with their figures at
 * every checkpoint. No snapshot is held across pages: a checkpoint that has passed is fixed by the
 * reports' times (a report filed now is at now, after it), so every page reads the same history.
 *
 * A liaison reads no area's details (scope.ts): its request is refused, as the `pollingAreas` query
 * refuses it, rather than answered with an empty file that would read as "nothing reported".
 */
export async function turnoutExport(services: Services, viewer: Viewer, pageRows: number): Promise<CsvExport<TurnoutRow>> {
  if (readsNone(viewer, 'pollingArea')) throw new DomainError('forbidden', 'a liaison reads no polling area details');
  const election = await services.elections.current();
  const now = services.clock.now().getTime();
  // Formatted once: every area repeats them.
  const checkpoints = checkpointsOf(election)
    .filter((c) => c.at.getTime() <= now)
    .map((c) => ({ ...c, local: localTime(c.at) }));
  const areasPerPage = Math.max(1, Math.floor(pageRows / Math.max(1, checkpoints.length)));
  const scope = readFilter(viewer, 'pollingArea', 'pa');

  const readAreas = (after: AreaRow | null) =>
    services.db.read(async (m) => {
      const qb = m
        .createQueryBuilder(PollingArea, 'pa')
        .innerJoin(Ward, 'w', 'w.id = pa.wardId')
        .select(['pa.id AS id', 'pa.wardId AS "wardId"', 'pa.number AS number', 'pa.code AS code', 'pa.name AS name', 'pa.seededVoters AS seeded'])
        .addSelect(['w.code AS "wardCode"', 'w.name AS "wardName"'])
        .where(scope.sql, scope.params)
        .orderBy('pa.wardId', 'ASC')
        .addOrderBy('pa.number', 'ASC')
        .limit(areasPerPage);
      if (after) qb.andWhere('(pa.wardId, pa.number) > (:afterWard, :afterNumber)', { afterWard: after.wardId, afterNumber: after.number });
      const areas = await qb.getRawMany<AreaRow>();
      if (areas.length === 0 || checkpoints.length === 0) return areas.map((area) => ({ area, figures: [] as Figure[] }));
      // The same choice as the API's series: per area, the latest report at or before the instant (ties: the later id).
      const figures: Figure[] = await m.query(
        `SELECT a.id AS "areaId", c.i::int AS i, r.voted, r.at, r.flags,
                EXISTS (SELECT 1 FROM late_marks l WHERE l."pollingAreaId" = a.id AND l.checkpoint = c.label) AS late,
                (SELECT coalesce(sum(CASE WHEN v.kind LIKE 'REMOVED%' THEN -v.count ELSE v.count END), 0)::int
                   FROM voter_list_changes v WHERE v."pollingAreaId" = a.id AND v.at <= c.at) AS "listDelta"
           FROM unnest($1::int[]) AS a(id)
           CROSS JOIN unnest($2::text[], $3::timestamptz[]) WITH ORDINALITY AS c(label, at, i)
           LEFT JOIN LATERAL (
             SELECT r.voted, r.at, r.flags FROM turnout_reports r
              WHERE r."pollingAreaId" = a.id AND r.at <= c.at
              ORDER BY r.at DESC, r.id DESC LIMIT 1) r ON true`,
        [areas.map((a) => a.id), checkpoints.map((c) => c.label), checkpoints.map((c) => c.at)],
      );
      const byArea = new Map<number, Figure[]>(areas.map((a) => [a.id, []]));
      for (const f of figures) byArea.get(f.areaId)!.push(f);
      return areas.map((area) => ({ area, figures: byArea.get(area.id)! }));
    });

  async function* pages(): AsyncGenerator<TurnoutRow[]> {
    for await (const page of keysetPages(readAreas, (p) => p.area, areasPerPage)) {
      yield page.flatMap(({ area, figures }) => {
        const byCheckpoint = new Map(figures.map((f) => [f.i, f]));
        return checkpoints.map((checkpoint, k) => {
          const f = byCheckpoint.get(k + 1);
          const reported = f?.at != null;
          return {
            area,
            checkpoint,
            late: f?.late ?? false,
            registered: area.seeded + (f?.listDelta ?? 0),
            voted: reported ? f!.voted : null,
            reportedAt: reported ? new Date(f!.at!) : null,
            flags: reported ? (f!.flags ?? []) : [],
          };
        });
      });
    }
  }
  return { filename: `turnout-${election.date}.csv`, columns: COLUMNS, pages: pages() };
}

interface Figure {
  areaId: number;
  i: number;
  voted: number | null;
  at: Date | string | null;
  flags: string[] | null;
  late: boolean;
  listDelta: number;
}
