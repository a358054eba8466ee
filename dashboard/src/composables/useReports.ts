import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { SendSituationReportDocument, SituationReportsDocument, UnitDistrictsDocument, type UnitLevel } from '@election-ops/schema';
import { ApiError, fetchFile, request } from '../api/request';
import { useDistrict } from '../stores/district';
import { byCheckpoint, checkpointsWithoutFigures, nextCheckpoint, putLoadedReports, type SituationReport } from '../stores/reports-state';
import { useSession } from '../stores/session';

/** How soon figures that could not be loaded are asked for again. */
const FIGURES_RETRY_MS = 10_000;
/** The events of one checkpoint (the district's and every ward's) arrive together: one load for them all. */
const FIGURES_DELAY_MS = 300;
/** What a screen above the district lists when its unit holds several districts: not every ward's report (the nation has 10,614 a checkpoint). */
const ABOVE_WARDS: UnitLevel[] = ['NATION', 'PROVINCE', 'DISTRICT'];

/**
 * Situation reports (SPEC 8.2): the ones this user may read (the server scopes them: a ward officer's
 * ward, everything for the operator), loaded beside the snapshot once `follow` is called and kept by the
 * SITUATION_REPORT_* events (stores/reports-state.ts). An event carries no figures: those of a report
 * compiled meanwhile are loaded at once, and again until they come. Sending one and its PDF.
 */
export const useReports = defineStore('reports', () => {
  const district = useDistrict();
  const session = useSession();
  /**
   * The wards' reports are listed too: everyone's screen but a city's or the nation's, and theirs when
   * their unit holds a single district (whose wards, as on the district's own screens, are few).
   */
  const wardsToo = ref(true);
  const levels = () => (wardsToo.value ? {} : { levels: ABOVE_WARDS });
  const list = computed(() => Object.values(district.state.reports).filter((r) => wardsToo.value || r.level !== 'WARD'));
  let following = false;
  let figuresTimer: ReturnType<typeof setTimeout> | undefined;

  /** Load the figures of the reports known from their events only, a checkpoint at a time. */
  function loadFigures(delay: number): void {
    clearTimeout(figuresTimer);
    figuresTimer = setTimeout(async () => {
      const asked = district.generation;
      const answers = await Promise.allSettled(
        checkpointsWithoutFigures(list.value).map((checkpoint) => request(SituationReportsDocument, { checkpoint, ...levels() })),
      );
      if (district.generation !== asked) return;
      for (const a of answers) if (a.status === 'fulfilled') putLoadedReports(district.state, a.value.situationReports);
      if (answers.some((a) => a.status === 'rejected')) loadFigures(FIGURES_RETRY_MS);
    }, delay);
  }

  return {
    /** By checkpoint, the newest first; in each, the district's report, then the wards' in the district's order. */
    groups: computed(() => byCheckpoint(list.value, district.state.wards)),
    /** How many are drafts still to be sent. */
    drafts: computed(() => list.value.filter((r) => r.status === 'DRAFT').length),
    /** The whole list is on the screen (loaded now or in the offline copy): none means none yet. */
    listed: computed(() => district.state.reportsListed),
    /** The election's next checkpoint with no report yet (null after the final one). */
    next: computed(() => nextCheckpoint(district.state.election?.checkpoints ?? [], list.value)),
    /** The reports listed (a screen above several districts: not the wards'). */
    list,
    get: (id: string): SituationReport | undefined => district.state.reports[id],
    /** The signed-in user may send it: a draft, and the operator, or the officer of its ward. */
    maySend(r: SituationReport): boolean {
      const user = session.user;
      if (r.status !== 'DRAFT' || !user) return false;
      return user.role === 'DISTRICT_OPERATOR' || (user.role === 'WARD_OFFICER' && r.ward !== null && r.ward.id === user.wardId);
    },
    /** Load the reports beside the snapshot, and again after each new one; then the figures of each compiled meanwhile (idempotent). */
    follow(): void {
      if (following) return;
      following = true;
      district.alongside(async () => {
        let several = false;
        if (district.unitWall) {
          const { provinces } = await request(UnitDistrictsDocument, {});
          several = provinces.reduce((n, p) => n + p.districts.length, 0) > 1;
        }
        const { situationReports } = await request(SituationReportsDocument, several ? { levels: ABOVE_WARDS } : {});
        return (s) => {
          wardsToo.value = !several;
          putLoadedReports(s, situationReports);
          s.reportsListed = true;
        };
      });
      district.onEvent((e) => {
        if (e.type === 'SITUATION_REPORT_COMPILED' && !district.state.reports[e.situationReport.id]?.figures) loadFigures(FIGURES_DELAY_MS);
      });
    },
    /** Send a draft to the committee with the sender's note; shown sent at once. A refusal is thrown (an ApiError). */
    async send(id: string, note: string): Promise<void> {
      try {
        const { sendSituationReport } = await request(SendSituationReportDocument, { id, note: note.trim() || null });
        putLoadedReports(district.state, [sendSituationReport]);
      } catch (err) {
        // Sent meanwhile (from another desk, or by this one when the answer was lost): read it again, to show who sent it.
        const r = district.state.reports[id];
        if (r && err instanceof ApiError && err.reason === 'reportAlreadySent')
          void request(SituationReportsDocument, { checkpoint: r.checkpoint, wardId: r.ward?.id ?? null })
            .then((a) => putLoadedReports(district.state, a.situationReports))
            .catch(() => undefined);
        throw err;
      }
    },
    /** Save its PDF on this device (the server wants the token, so it is fetched, not linked). A refusal is thrown. */
    async download(id: string): Promise<void> {
      const { blob, name } = await fetchFile(`/reports/situation/${encodeURIComponent(id)}.pdf`);
      const url = URL.createObjectURL(blob);
      const link = Object.assign(document.createElement('a'), { href: url, download: name ?? `bao-cao-nhanh-${id}.pdf` });
      document.body.append(link);
      link.click();
      link.remove();
      // Revoked once the browser has taken it.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
  };
});
