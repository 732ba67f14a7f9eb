import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Decimal from 'decimal.js';
import { DataSource } from 'typeorm';
import { Role } from '../access/role';
import type { Viewer } from '../access/viewer';
import { todayIsoDate } from '../common/school-year';
import { currentScopeDistrict } from '../database/database-scope';
import { daysBetween } from '../domain/dates';
import { RenewalStatus } from '../domain/evaluation.models';
import { toGraphQLRenewalStatus } from '../domain/renewal-status';
import { RenewalScanService } from '../renewal-standing/renewal-scan.service';
import { districtScanOptions } from '../renewal-standing/renewal-standing';
import { RenewalStandingStore } from '../renewal-standing/renewal-standing-store';
import { NotificationKind, reminderThreshold } from './notification-kinds';
import { NotificationService, NotifyInput } from './notifications.service';

export type ScheduledJob = 'DEADLINE_REMINDERS' | 'WEEKLY_DIGEST';

/** The district's work as the scheduler does it: every educator, like HR sees them. */
function schedulerViewer(districtId: string): Viewer {
  return {
    accountId: '00000000-0000-0000-0000-000000000000',
    sessionId: '',
    email: '',
    role: Role.HR_ADMIN,
    displayName: 'PD Ledger scheduler',
    districtId,
    educatorId: null,
    schoolIds: [],
  };
}

const SHORT_STATUSES = new Set([RenewalStatus.ON_TRACK, RenewalStatus.AT_RISK, RenewalStatus.BEHIND]);
const AT_RISK_STATUSES = [RenewalStatus.AT_RISK, RenewalStatus.BEHIND];

/** "12.5" / "12": amounts as the converter writes them, without trailing zeros. */
function amount(value: Decimal.Value): string {
  return new Decimal(value).toFixed();
}

/**
 * What the scheduled jobs make, for one district at a time (each call runs in that district's
 * database scope, `runInDistrict`): deadline reminders and the weekly digest, and with the daily
 * reminders the day's stored renewal standings (`refreshStandings`). Every notification has an
 * event key, so running a day twice (two replicas, a retry after a failure) makes nothing new.
 * Each run is recorded in `notification_job_run` for HR.
 */
@Injectable()
export class ScheduledNotificationsService {
  private readonly logger = new Logger(ScheduledNotificationsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scans: RenewalScanService,
    private readonly standings: RenewalStandingStore,
    private readonly notifications: NotificationService,
  ) {}

  /**
   * Runs one job for the district of the current scope; returns the notifications made. Rethrows
   * failures of the job (after recording them), so that pg-boss retries it.
   *
   * The daily run also brings the district's stored standings up to date for the day, after the
   * reminders and whatever became of them (`finally`). The reminders come first because they are
   * what the job is for: people act on them, and only this job makes them. The standings are a
   * head start: any request that reads them refreshes whatever is stale itself
   * (`RenewalStandingStore.refresh`), so a failed refresh costs only the first visitor's wait.
   * Hence a refresh failure is logged and leaves the run SUCCEEDED: failing the run would show HR a
   * reminder failure that did not happen and make pg-boss retry the whole run, reminder scan
   * included, for work the first request does anyway. A reminder failure still refreshes, then
   * fails the run as before; its retry finds nothing stale to refresh.
   */
  async run(job: ScheduledJob, districtId: string, asOf: string): Promise<number> {
    if (currentScopeDistrict() !== districtId) throw new Error(`A ${job} run must be scoped to district ${districtId}`);
    try {
      return await this.recordedRun(job, districtId, asOf);
    } finally {
      if (job === 'DEADLINE_REMINDERS') await this.refreshStandings(districtId, asOf);
    }
  }

  private async recordedRun(job: ScheduledJob, districtId: string, asOf: string): Promise<number> {
    const [run]: Array<{ id: string }> = await this.dataSource.query(
      `INSERT INTO notification_job_run (district_id, job, as_of, status) VALUES ($1, $2, $3, 'RUNNING') RETURNING id`,
      [districtId, job, asOf],
    );
    try {
      const created =
        job === 'DEADLINE_REMINDERS' ? await this.deadlineReminders(districtId, asOf) : await this.weeklyDigest(districtId, asOf);
      await this.dataSource.query(
        `UPDATE notification_job_run SET status = 'SUCCEEDED', finished_at = now(), notifications_created = $3 WHERE district_id = $1 AND id = $2`,
        [districtId, run!.id, created],
      );
      return created;
    } catch (error) {
      await this.dataSource.query(
        `UPDATE notification_job_run SET status = 'FAILED', finished_at = now(), error = left($3, 2000) WHERE district_id = $1 AND id = $2`,
        [districtId, run!.id, (error as Error).message ?? String(error)],
      );
      throw error;
    }
  }

  /**
   * Evaluates every active educator of the district whose stored standing for `asOf` is missing
   * or stale, as an HR request would (`RenewalStandingStore.refresh`); a second run the same day
   * finds nothing stale. Only for today: homes read today's standings, and the table holds one
   * row per educator, so storing another day's (a run that started before midnight, a late retry)
   * would replace today's rows and make the next visitor re-evaluate everyone. Never throws (see
   * `run`).
   */
  private async refreshStandings(districtId: string, asOf: string): Promise<void> {
    if (asOf !== todayIsoDate()) return;
    try {
      await this.standings.refresh(schedulerViewer(districtId), {}, asOf);
    } catch (error) {
      this.logger.warn(
        `Stored renewal standings of district ${districtId} for ${asOf} not refreshed (the first request of the day will): ${
          (error as Error).message ?? String(error)
        }`,
      );
    }
  }

  /**
   * One reminder per license, deadline and threshold (180, 90, 30 days) for each person whose
   * license is not complete (the converter's status, the same as "My renewal"): how much is still
   * missing, in the state's unit, and which required categories are open.
   */
  async deadlineReminders(districtId: string, asOf: string): Promise<number> {
    const viewer = schedulerViewer(districtId);
    let created = 0;
    for await (const batch of this.scans.scan({}, viewer, {}, districtScanOptions(asOf))) {
      const due = batch.flatMap((educator) =>
        educator.renewals
          .map((renewal) => ({ educator, renewal, daysLeft: daysBetween(asOf, renewal.evaluation.cycle.deadline) }))
          .filter(
            ({ renewal, daysLeft }) =>
              SHORT_STATUSES.has(toGraphQLRenewalStatus(renewal.evaluation.status)) && reminderThreshold(daysLeft) !== null,
          ),
      );
      if (due.length === 0) continue;
      const accounts: Array<{ id: string; educator_id: string }> = await this.dataSource.query(
        `SELECT id, educator_id FROM user_account WHERE district_id = $1 AND educator_id = ANY($2::uuid[]) AND NOT disabled`,
        [districtId, [...new Set(due.map(({ educator }) => educator.educator.id))]],
      );
      const inputs: NotifyInput[] = [];
      for (const { educator, renewal, daysLeft } of due) {
        const evaluation = renewal.evaluation;
        const unit = evaluation.unit.name;
        const threshold = reminderThreshold(daysLeft)!;
        const openCategories = evaluation.categories
          .filter((category) => !category.met)
          .map((category) => ({
            label: category.label,
            missing: amount(Decimal.max(new Decimal(category.required).minus(category.earned), 0)),
          }));
        const missing = amount(evaluation.remaining);
        const parts = [
          `Your ${evaluation.licenseType.name} license must be renewed by ${evaluation.cycle.deadline} (${daysLeft} days from ${asOf}).`,
          new Decimal(evaluation.remaining).gt(0)
            ? `You still need ${missing} ${unit}: ${amount(evaluation.earned)} of the ${amount(evaluation.required)} ${unit} required count so far.`
            : `Your ${amount(evaluation.required)} ${unit} are in, but required categories are still open.`,
        ];
        if (openCategories.length > 0) {
          parts.push(`Still open: ${openCategories.map((c) => `${c.label} (${c.missing} ${unit} more)`).join('; ')}.`);
        }
        parts.push('Approved or verified PD counts; submitted records count once approved.');
        for (const account of accounts.filter((a) => a.educator_id === educator.educator.id)) {
          inputs.push({
            districtId,
            accountId: account.id,
            kind: NotificationKind.DEADLINE_REMINDER,
            eventKey: `deadline:${renewal.license.id}:${evaluation.cycle.deadline}:${threshold}`,
            title: `${daysLeft} days to renew your ${evaluation.licenseType.name} license: ${missing} ${unit} missing`,
            body: parts.join(' '),
            link: `/renewal?why=${renewal.license.id}`,
            payload: {
              licenseId: renewal.license.id,
              deadline: evaluation.cycle.deadline,
              threshold,
              daysLeft,
              unit,
              remaining: evaluation.remaining,
              openCategories,
            },
          });
        }
      }
      created += await this.dataSource.transaction((manager) => this.notifications.notify(manager, inputs));
    }
    return created;
  }

  /**
   * For HR and principals, once a week (`asOf` names the week): reviews waiting (PD records and
   * pre-approvals in their scope), staff newly at risk (AT_RISK or BEHIND now, not in the previous
   * digest to the same person) and, for HR, imports of the past week with problems. Nothing to
   * say: no digest.
   */
  async weeklyDigest(districtId: string, asOf: string): Promise<number> {
    const viewer = schedulerViewer(districtId);
    await this.standings.refresh(viewer, {}, asOf);
    const recipients: Array<{ id: string; role: Role; school_ids: string[] }> = await this.dataSource.query(
      `SELECT a.id, a.role,
              ARRAY(SELECT s.school_id::text FROM user_account_school s WHERE s.district_id = a.district_id AND s.user_account_id = a.id) AS school_ids
         FROM user_account a
        WHERE a.district_id = $1 AND NOT a.disabled AND a.role IN ('HR_ADMIN', 'PRINCIPAL')`,
      [districtId],
    );
    const inputs: NotifyInput[] = [];
    for (const recipient of recipients) {
      const hr = recipient.role === Role.HR_ADMIN;
      // HR: the district; principals: staff of their schools.
      const scope = hr
        ? 'cardinality($2::uuid[]) >= 0'
        : `EXISTS (SELECT 1 FROM educator_school es WHERE es.district_id = $1 AND es.educator_id = X.educator_id AND es.school_id = ANY($2::uuid[]))`;
      const scoped = (alias: string) => scope.replace('X.educator_id', `${alias}.educator_id`);
      const [waiting]: Array<{ records: number; pre_approvals: number }> = await this.dataSource.query(
        `SELECT (SELECT count(*)::int FROM pd_record r WHERE r.district_id = $1 AND r.status = 'SUBMITTED' AND ${scoped('r')}) AS records,
                (SELECT count(*)::int FROM pre_approval_request p WHERE p.district_id = $1 AND p.status = 'PENDING' AND ${scoped('p')}) AS pre_approvals`,
        [districtId, recipient.school_ids],
      );
      const atRisk: Array<{ educator_id: string; name: string; status: string }> = await this.dataSource.query(
        `SELECT s.educator_id, e.first_name || ' ' || e.last_name AS name, s.status
           FROM renewal_standing s JOIN educator e ON e.district_id = s.district_id AND e.id = s.educator_id AND e.active
          WHERE s.district_id = $1 AND s.as_of = $3::date AND s.status = ANY($4::text[]) AND ${scoped('s')}
          ORDER BY lower(e.last_name), lower(e.first_name), e.id`,
        [districtId, recipient.school_ids, asOf, AT_RISK_STATUSES],
      );
      const [previous]: Array<{ at_risk: string[] | null }> = await this.dataSource.query(
        `SELECT payload->'atRisk' AS at_risk FROM notification
          WHERE district_id = $1 AND account_id = $2 AND kind = 'WEEKLY_DIGEST' ORDER BY created_at DESC LIMIT 1`,
        [districtId, recipient.id],
      );
      const before = new Set(previous?.at_risk ?? []);
      const newlyAtRisk = atRisk.filter((row) => !before.has(row.educator_id));
      const imports: Array<{
        id: string;
        kind: string;
        status: string;
        error_count: number;
        warning_count: number;
        created_at: Date;
      }> = hr
        ? await this.dataSource.query(
            `SELECT id, kind, status, error_count, warning_count, created_at FROM import_run
              WHERE district_id = $1 AND created_at > $2::date - 7 AND (status = 'FAILED' OR error_count > 0 OR warning_count > 0)
              ORDER BY created_at DESC`,
            [districtId, asOf],
          )
        : [];
      if (waiting!.records + waiting!.pre_approvals + newlyAtRisk.length + imports.length === 0) continue;
      const lines = [
        `Waiting for review: ${waiting!.records} PD record(s) and ${waiting!.pre_approvals} pre-approval request(s).`,
        newlyAtRisk.length > 0
          ? `Newly at risk or behind (${newlyAtRisk.length}): ${newlyAtRisk
              .slice(0, 20)
              .map((row) => `${row.name} (${row.status === RenewalStatus.BEHIND ? 'behind' : 'at risk'})`)
              .join(', ')}${newlyAtRisk.length > 20 ? `, and ${newlyAtRisk.length - 20} more` : ''}.`
          : 'Nobody is newly at risk or behind.',
      ];
      if (hr) {
        lines.push(
          imports.length > 0
            ? `Imports with problems this week: ${imports
                .map(
                  (run) =>
                    `${run.kind.toLowerCase()} ${run.status.toLowerCase()} (${run.error_count} errors, ${run.warning_count} warnings)`,
                )
                .join('; ')}.`
            : 'No import had problems this week.',
        );
      }
      inputs.push({
        districtId,
        accountId: recipient.id,
        kind: NotificationKind.WEEKLY_DIGEST,
        eventKey: `weekly-digest:${asOf}`,
        title: `Week of ${asOf}: ${waiting!.records + waiting!.pre_approvals} waiting for review, ${newlyAtRisk.length} newly at risk`,
        body: lines.join('\n'),
        link: waiting!.records + waiting!.pre_approvals > 0 ? '/review' : '/staff',
        payload: {
          waitingRecords: waiting!.records,
          waitingPreApprovals: waiting!.pre_approvals,
          atRisk: atRisk.map((row) => row.educator_id),
          newlyAtRisk: newlyAtRisk.map((row) => row.educator_id),
          importsWithProblems: imports.map((run) => run.id),
        },
      });
    }
    return this.dataSource.transaction((manager) => this.notifications.notify(manager, inputs));
  }
}
