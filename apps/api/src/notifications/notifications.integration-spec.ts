import type { AddressInfo } from 'node:net';
import Decimal from 'decimal.js';
import { SMTPServer } from 'smtp-server';
import { ConfigService } from '@nestjs/config';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { schoolYearOf, todayIsoDate } from '../common/school-year';
import { runInDistrict } from '../database/database-scope';
import { DatabaseEndpoint } from '../database/database-endpoint';
import { addDays } from '../domain/dates';
import { STANDING_ENGINE } from '../domain/standing-engine';
import { RenewalStandingStore } from '../renewal-standing/renewal-standing-store';
import { createDistrict, DistrictFixture, TEST_PASSWORD } from '../testing/district-factory';
import { GraphQLClient } from '../testing/graphql-client';
import { startTestApp, TestApp } from '../testing/test-app';
import { EmailDeliveryService } from './email-delivery.service';
import { JobQueue } from './job-queue';
import { NotificationJobs, weekStart } from './notification-jobs';
import { NotificationService } from './notifications.service';
import { ScheduledNotificationsService } from './scheduled-notifications.service';

const schoolYear = schoolYearOf(todayIsoDate()) - 1;

interface ReceivedMail {
  to: string[];
  headers: Record<string, string>;
  subject: string;
  text: string;
}

/** Quoted-printable soft breaks and escapes, as nodemailer writes text bodies. */
function decodeQuotedPrintable(body: string): string {
  return body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** RFC 2047 encoded words (nodemailer encodes headers with quotes or long lines). */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(decodeQuotedPrintable(text.replace(/_/g, ' ')), 'latin1').toString('utf8'),
    );
}

function parseMail(to: string[], raw: string): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = decodeHeader(line.slice(colon + 1).trim());
  }
  const body = raw.slice(split + 4);
  const text = /quoted-printable/i.test(headers['content-transfer-encoding'] ?? '') ? decodeQuotedPrintable(body) : body;
  return { to, headers, subject: headers['subject'] ?? '', text };
}

/** A real SMTP server in the test process; `refuse` makes it answer 451 to the next n messages for an address. */
async function startSmtp(): Promise<{ url: string; mails: ReceivedMail[]; refuse: Map<string, number>; close(): Promise<void> }> {
  const mails: ReceivedMail[] = [];
  const refuse = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const left = refuse.get(address.address) ?? 0;
      if (left > 0) {
        refuse.set(address.address, left - 1);
        const error = new Error('Mailbox busy, try again later') as Error & { responseCode: number };
        error.responseCode = 451;
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push(
          parseMail(
            session.envelope.rcptTo.map((r) => r.address),
            Buffer.concat(chunks).toString('utf8'),
          ),
        );
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    refuse,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false> | T | null | undefined | false,
  ms = 25_000,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function signedIn(testApp: TestApp, email: string): Promise<GraphQLClient> {
  const client = new GraphQLClient(testApp.baseUrl);
  const response = await client.signIn(email, TEST_PASSWORD);
  expect(response.errors).toBeUndefined();
  return client;
}

interface Renewal {
  licenseId: string;
  deadline: string;
  remaining: string;
  unitName: string;
  status: string;
}

async function teacherARenewal(client: GraphQLClient, district: DistrictFixture, asOf?: string): Promise<Renewal> {
  const response = await client.request<{ educator: { renewals: Renewal[] } }>(
    `query($id: ID!, $asOf: String) { educator(id: $id) { renewals(asOf: $asOf) { licenseId deadline remaining unitName status } } }`,
    { id: district.educators.teacherA, asOf: asOf ?? null },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.educator.renewals[0]!;
}

describe('notifications without SMTP (the embedded demo)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    // Before the app with SMTP: @nestjs/config copies validated values into process.env, where a
    // later app in the same process would find them for keys it leaves unset.
    testApp = await startTestApp();
  }, 60_000);

  afterAll(() => testApp?.close());

  it('holds emails in the outbox HR reads; decisions notify the teacher in the app', async () => {
    const district = await createDistrict(testApp.dataSource, { schoolYear });
    const hr = await signedIn(testApp, district.accounts.hr.email);
    const changes = await hr.request(
      `mutation($id: ID!) { requestChanges(id: $id, feedback: "Please attach the agenda") { id } }`,
      {
        id: district.records.teacherA[3],
      },
    );
    expect(changes.errors).toBeUndefined();
    const outbox = await hr.request<{
      emailOutbox: { totalCount: number; rows: Array<{ to: string; subject: string; body: string; status: string }> };
    }>(`{ emailOutbox { totalCount rows { to subject body status } } }`);
    expect(outbox.data!.emailOutbox.rows).toEqual([
      expect.objectContaining({
        to: district.accounts.teacherA.email,
        subject: 'PD Ledger: Your PD record "Pending workshop" was returned for changes',
        status: 'HELD',
        body: expect.stringContaining("Reviewer's note: Please attach the agenda"),
      }),
    ]);
    const status = await hr.request<{
      notificationJobStatus: { mailConfigured: boolean; schedulerRunning: boolean; emailsHeld: number };
    }>(`{ notificationJobStatus { mailConfigured schedulerRunning emailsHeld } }`);
    expect(status.data!.notificationJobStatus).toEqual({ mailConfigured: false, schedulerRunning: false, emailsHeld: 1 });
    const teacher = await signedIn(testApp, district.accounts.teacherA.email);
    const count = await teacher.request<{ unreadNotificationCount: number }>(`{ unreadNotificationCount }`);
    expect(count.data!.unreadNotificationCount).toBe(1);
  });
});

describe("the daily run brings the district's stored renewal standings up to date for the day", () => {
  const today = todayIsoDate();
  let testApp: TestApp;
  let scheduled: ScheduledNotificationsService;
  let store: RenewalStandingStore;

  beforeAll(async () => {
    // Before the app with the job queue (see above); here no queue runs anything by itself.
    testApp = await startTestApp();
    scheduled = testApp.app.get(ScheduledNotificationsService);
    store = testApp.app.get(RenewalStandingStore);
  }, 60_000);

  afterEach(() => jest.restoreAllMocks());

  afterAll(() => testApp?.close());

  const daily = (district: DistrictFixture, asOf = today) =>
    runInDistrict(district.districtId, () => scheduled.run('DEADLINE_REMINDERS', district.districtId, asOf));

  /**
   * A district with a reminder due today (teacher B's license, short of hours, ends in 80 days)
   * and an educator who has left (colleague A), who has no standing to keep.
   */
  async function districtWithReminderDue(): Promise<DistrictFixture> {
    const district = await createDistrict(testApp.dataSource, { schoolYear });
    await testApp.dataSource.query(
      `INSERT INTO license (district_id, educator_id, state_code, license_type, number, issued_on, cycle_start, cycle_end)
       VALUES ($1, $2, 'PA', 'Instructional I', '654321', '2018-06-01', $3, $4)`,
      [district.districtId, district.educators.teacherB, `${Number(today.slice(0, 4)) - 4}-07-01`, addDays(today, 80)],
    );
    await testApp.dataSource.query(`UPDATE educator SET active = false WHERE district_id = $1 AND id = $2`, [
      district.districtId,
      district.educators.colleagueA,
    ]);
    return district;
  }

  /** The district's stored standings: whose, for which day, when computed, and whether from the current versions. */
  async function standings(
    district: DistrictFixture,
  ): Promise<Array<{ educator_id: string; as_of: string; computed_at: string; current: boolean }>> {
    return testApp.dataSource.query(
      `SELECT s.educator_id, s.as_of::text AS as_of, s.computed_at::text AS computed_at,
              s.engine = $2 AND s.inputs_version = COALESCE(v.version, 0)
                AND s.rules_version = COALESCE((SELECT r.version FROM renewal_rules_version r WHERE r.district_id = s.district_id), 0)
                AS current
         FROM renewal_standing s
         LEFT JOIN renewal_input_version v ON v.district_id = s.district_id AND v.educator_id = s.educator_id
        WHERE s.district_id = $1
        ORDER BY s.educator_id`,
      [district.districtId, STANDING_ENGINE],
    );
  }

  const runStatuses = async (district: DistrictFixture) =>
    (
      (await testApp.dataSource.query(
        `SELECT status FROM notification_job_run WHERE district_id = $1 AND job = 'DEADLINE_REMINDERS' ORDER BY started_at`,
        [district.districtId],
      )) as Array<{ status: string }>
    ).map((row) => row.status);

  const remindersTo = async (district: DistrictFixture) =>
    (
      (await testApp.dataSource.query(
        `SELECT event_key FROM notification WHERE district_id = $1 AND account_id = $2 AND kind = 'DEADLINE_REMINDER'`,
        [district.districtId, district.accounts.teacherB.id],
      )) as Array<{ event_key: string }>
    ).map((row) => row.event_key);

  it("stores the day's standing of every active educator of the district, and nobody's elsewhere; a second run evaluates nobody", async () => {
    const district = await districtWithReminderDue();
    const other = await createDistrict(testApp.dataSource, { schoolYear });
    expect(await standings(district)).toEqual([]);

    expect(await daily(district)).toBe(1);
    expect(await remindersTo(district)).toEqual([expect.stringMatching(/:90$/)]);
    const rows = await standings(district);
    expect(rows.map((row) => row.educator_id)).toEqual([district.educators.teacherA, district.educators.teacherB].sort());
    expect(rows.every((row) => row.as_of === today && row.current)).toBe(true);
    expect(await standings(other)).toEqual([]);

    // The same day again (a second replica, a retry): nobody is evaluated, nothing is rewritten.
    const refresh = jest.spyOn(store, 'refresh');
    expect(await daily(district)).toBe(0);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(await refresh.mock.results[0]!.value).toBe(0);
    expect(await standings(district)).toEqual(rows);
    expect(await runStatuses(district)).toEqual(['SUCCEEDED', 'SUCCEEDED']);
  }, 60_000);

  it("keeps the day's reminders, and the run SUCCEEDED, when the refresh fails", async () => {
    const district = await districtWithReminderDue();
    jest.spyOn(store, 'refresh').mockRejectedValueOnce(new Error('standings unavailable'));
    expect(await daily(district)).toBe(1);
    expect(await remindersTo(district)).toHaveLength(1);
    expect(await runStatuses(district)).toEqual(['SUCCEEDED']);
    expect(await standings(district)).toEqual([]);
  }, 60_000);

  it('refreshes the standings when the reminders fail, and the run is FAILED for pg-boss to retry', async () => {
    const district = await districtWithReminderDue();
    jest.spyOn(scheduled, 'deadlineReminders').mockRejectedValueOnce(new Error('reminders unavailable'));
    await expect(daily(district)).rejects.toThrow('reminders unavailable');
    expect(await runStatuses(district)).toEqual(['FAILED']);
    const rows = await standings(district);
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.as_of === today && row.current)).toBe(true);
  }, 60_000);

  it("stores no other day's standings over today's (a run asked for before midnight, a late retry)", async () => {
    const district = await districtWithReminderDue();
    await daily(district);
    const rows = await standings(district);
    expect(rows).toHaveLength(2);
    await daily(district, addDays(today, -1));
    await daily(district, addDays(today, 1));
    expect(await standings(district)).toEqual(rows);
  }, 60_000);
});

describe('notifications with a real SMTP server and the job queue', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let testApp: TestApp;
  let jobs: NotificationJobs;

  beforeAll(async () => {
    smtp = await startSmtp();
    testApp = await startTestApp({
      JOBS_ENABLED: 'true',
      JOBS_POLL_SECONDS: '0.5',
      SMTP_URL: smtp.url,
      MAIL_FROM: 'PD Ledger <pd@district.example.org>',
      EMAIL_RETRY_LIMIT: '3',
      EMAIL_RETRY_DELAY_SECONDS: '1',
      PUBLIC_URL: 'https://pd.example.org',
    });
    jobs = testApp.app.get(NotificationJobs);
    // Not today's start-up run (a minute from now): it would refresh the stored standings of every
    // district in the database, other test files' included (they share it). These tests ask for
    // the days they need.
    await testApp.dataSource.query(`DELETE FROM pgboss.job WHERE name = 'notify-daily' AND state = 'created'`);
  }, 60_000);

  afterAll(async () => {
    await testApp?.close();
    await smtp?.close();
  });

  const mailsTo = (email: string) => smtp.mails.filter((mail) => mail.to.includes(email));

  it('reminds a teacher 90 days before the deadline of what is missing, in the state unit, by email and in the app; the unsubscribe link stops that email', async () => {
    const district = await createDistrict(testApp.dataSource, { schoolYear });
    const teacher = await signedIn(testApp, district.accounts.teacherA.email);
    const { deadline } = await teacherARenewal(teacher, district);
    const asOf = addDays(deadline, -80);
    const renewal = await teacherARenewal(teacher, district, asOf);
    expect(renewal.status).not.toBe('COMPLETE');
    const missing = new Decimal(renewal.remaining).toFixed();
    expect(new Decimal(missing).gt(0)).toBe(true);

    await jobs.triggerDaily(asOf);
    const [mail] = await waitFor('the reminder email', () =>
      mailsTo(district.accounts.teacherA.email).length > 0 ? mailsTo(district.accounts.teacherA.email) : null,
    );
    expect(mail!.subject).toBe(`PD Ledger: 80 days to renew your Instructional II license: ${missing} Act 48 hours missing`);
    expect(mail!.text).toContain(`You still need ${missing} Act 48 hours`);
    expect(mail!.text).toContain(`must be renewed by ${deadline} (80 days from ${asOf})`);
    expect(mail!.text).toContain(`https://pd.example.org/renewal?why=${renewal.licenseId}`);
    expect(mail!.headers['from']).toBe('PD Ledger <pd@district.example.org>');
    expect(mail!.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    const link = /^<(https:\/\/pd\.example\.org\/api\/notifications\/unsubscribe\?[^>]+)>$/.exec(
      mail!.headers['list-unsubscribe']!,
    )?.[1];
    expect(link).toBeDefined();
    expect(mail!.text).toContain(`Stop these emails: ${link}`);

    // In the app: unread in the header, then read.
    const page = await teacher.request<{
      notifications: { unreadCount: number; rows: Array<{ id: string; kind: string; body: string }> };
    }>(`{ notifications { unreadCount rows { id kind body } } }`);
    const reminder = page.data!.notifications.rows.find((row) => row.kind === 'DEADLINE_REMINDER')!;
    expect(reminder.body).toContain(`You still need ${missing} Act 48 hours`);
    expect(page.data!.notifications.unreadCount).toBe(1);
    const marked = await teacher.request<{ markNotificationsRead: number }>(
      `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`,
      { ids: [reminder.id] },
    );
    expect(marked.data!.markNotificationsRead).toBe(0);

    // The same day again (a second run, a retry) makes nothing new.
    await runInDistrict(district.districtId, () =>
      testApp.app.get(ScheduledNotificationsService).run('DEADLINE_REMINDERS', district.districtId, asOf),
    );
    const [{ n }] = await testApp.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE account_id = $1`, [
      district.accounts.teacherA.id,
    ]);
    expect(n).toBe(1);

    // The link, opened at the API (PUBLIC_URL names the public host): GET only asks, a forged
    // signature is refused, the mail client's one-click POST unsubscribes.
    const local = link!.replace('https://pd.example.org', testApp.baseUrl);
    const shown = await fetch(local);
    expect(shown.status).toBe(200);
    expect(await shown.text()).toContain('<form method="post"');
    const forged = local.replace('k=DEADLINE_REMINDER', 'k=RECORD_DECISION');
    const refused = await fetch(forged, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(refused.status).toBe(400);
    const otherAccount = local.replace(district.accounts.teacherA.id, district.accounts.teacherB.id);
    expect((await fetch(otherAccount, { method: 'POST' })).status).toBe(400);
    let preferences = await teacher.request<{ notificationPreferences: Array<{ kind: string; email: boolean }> }>(
      `{ notificationPreferences { kind email } }`,
    );
    expect(preferences.data!.notificationPreferences.every((p) => p.email)).toBe(true);
    const done = await fetch(local, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(done.status).toBe(200);
    preferences = await teacher.request(`{ notificationPreferences { kind email } }`);
    expect(preferences.data!.notificationPreferences).toEqual(
      expect.arrayContaining([
        { kind: 'DEADLINE_REMINDER', email: false },
        { kind: 'RECORD_DECISION', email: true },
      ]),
    );
    const audit = await testApp.dataSource.query(
      `SELECT details FROM audit_event WHERE district_id = $1 AND action = 'NOTIFICATION_PREFERENCE_CHANGED' AND entity_id = $2`,
      [district.districtId, district.accounts.teacherA.id],
    );
    expect(audit).toEqual([
      { details: expect.objectContaining({ kind: 'DEADLINE_REMINDER', after: { email: false }, via: 'unsubscribe-link' }) },
    ]);

    // The 30-day reminder: in the app, and no email (none is even written to the outbox).
    await jobs.triggerDaily(addDays(deadline, -25));
    const thirty = await waitFor('the 30-day reminder', async () => {
      const rows = await testApp.dataSource.query(
        `SELECT n.id, (SELECT count(*)::int FROM email_delivery d WHERE d.notification_id = n.id) AS emails
           FROM notification n WHERE n.account_id = $1 AND n.event_key LIKE '%:30'`,
        [district.accounts.teacherA.id],
      );
      return rows[0] as { id: string; emails: number } | undefined;
    });
    expect(thirty.emails).toBe(0);
    expect(mailsTo(district.accounts.teacherA.email)).toHaveLength(1);
  }, 60_000);

  it('sends each reminder once with two scheduler instances on one database', async () => {
    const district = await createDistrict(testApp.dataSource, { schoolYear });
    const teacher = await signedIn(testApp, district.accounts.teacherA.email);
    const { deadline } = await teacherARenewal(teacher, district);
    const asOf = addDays(deadline, -170);

    // A second instance: its own pg-boss (own connections, workers and cron watch) on the same database.
    const config = testApp.app.get(ConfigService);
    const secondQueue = new JobQueue(config, testApp.app.get(DatabaseEndpoint));
    const second = new NotificationJobs(
      config,
      testApp.app.get<DataSource>(getDataSourceToken()),
      secondQueue,
      testApp.app.get(ScheduledNotificationsService),
      testApp.app.get(EmailDeliveryService),
      testApp.app.get(NotificationService),
    );
    await second.start();
    try {
      const scheduled = testApp.app.get(ScheduledNotificationsService);
      // Both instances ask for the day, and two district runs race outside the queue as well.
      await Promise.all([
        jobs.triggerDaily(asOf),
        second.triggerDaily(asOf),
        runInDistrict(district.districtId, () => scheduled.run('DEADLINE_REMINDERS', district.districtId, asOf)),
        runInDistrict(district.districtId, () => scheduled.run('DEADLINE_REMINDERS', district.districtId, asOf)),
      ]);
      await waitFor('the reminder email', () => mailsTo(district.accounts.teacherA.email).length > 0);
      // Every run for the day is over (queued ones included), then the emails are counted.
      await waitFor('the day to be done', async () => {
        const [{ open }] = await testApp.dataSource.query(
          `SELECT count(*)::int AS open FROM pgboss.job
            WHERE state < 'completed' AND ((name IN ('notify-daily', 'notify-district') AND data->>'asOf' = $1)
               OR (name = 'email-send' AND data->>'districtId' = $2))`,
          [asOf, district.districtId],
        );
        return open === 0;
      });
      const runs = await testApp.dataSource.query(
        `SELECT status FROM notification_job_run WHERE district_id = $1 AND as_of = $2`,
        [district.districtId, asOf],
      );
      expect(runs.length).toBeGreaterThanOrEqual(3);
      expect(mailsTo(district.accounts.teacherA.email)).toHaveLength(1);
      expect(mailsTo(district.accounts.teacherA.email)[0]!.subject).toContain('170 days to renew');
      const [{ n }] = await testApp.dataSource.query(
        `SELECT count(*)::int AS n FROM notification WHERE account_id = $1 AND kind = 'DEADLINE_REMINDER'`,
        [district.accounts.teacherA.id],
      );
      expect(n).toBe(1);
    } finally {
      await secondQueue.stop();
    }
  }, 60_000);

  // Two waits of up to 25 s and 40 s: the test's own limit covers both on a busy machine.
  it('retries an email the SMTP server refuses, then sends it once; one refused every time ends FAILED, kept for HR', async () => {
    const district = await createDistrict(testApp.dataSource, { schoolYear });
    const hr = await signedIn(testApp, district.accounts.hr.email);
    smtp.refuse.set(district.accounts.teacherA.email, 2);
    const approved = await hr.request(`mutation($id: ID!) { approvePdRecord(id: $id) { id status } }`, {
      id: district.records.teacherA[3],
    });
    expect(approved.errors).toBeUndefined();
    const delivery = await waitFor('the decision email to be sent', async () => {
      const rows = await testApp.dataSource.query(
        `SELECT status, attempts, last_error, sent_at FROM email_delivery WHERE account_id = $1 AND status = 'SENT'`,
        [district.accounts.teacherA.id],
      );
      return rows[0] as { status: string; attempts: number; last_error: string | null } | undefined;
    });
    expect(delivery).toMatchObject({ status: 'SENT', attempts: 3, last_error: null });
    const mails = mailsTo(district.accounts.teacherA.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('PD Ledger: Your PD record "Pending workshop" was approved');

    // Refused on every attempt (the first and EMAIL_RETRY_LIMIT=3 retries): FAILED, on HR's pages.
    smtp.refuse.set(district.accounts.principalA.email, 100);
    await runInDistrict(district.districtId, () =>
      testApp.app.get(NotificationService).notifyPasswordResetByAdmin(district.accounts.principalA.id, district.accounts.hr.id),
    );
    const failed = await waitFor(
      'the email to fail for good',
      async () => {
        const rows = await testApp.dataSource.query(
          `SELECT status, attempts, last_error FROM email_delivery WHERE account_id = $1 AND status = 'FAILED'`,
          [district.accounts.principalA.id],
        );
        return rows[0] as { attempts: number; last_error: string } | undefined;
      },
      40_000,
    );
    expect(failed.attempts).toBe(4);
    expect(failed.last_error).toMatch(/451/);
    const status = await hr.request<{
      notificationJobStatus: { emailsFailed: number; emailsSent: number; mailConfigured: boolean };
    }>(`{ notificationJobStatus { emailsFailed emailsSent mailConfigured } }`);
    expect(status.data!.notificationJobStatus).toEqual({ emailsFailed: 1, emailsSent: 1, mailConfigured: true });
    const outbox = await hr.request<{ emailOutbox: { rows: Array<{ to: string; status: string; lastError: string | null }> } }>(
      `{ emailOutbox(status: FAILED) { rows { to status lastError } } }`,
    );
    expect(outbox.data!.emailOutbox.rows).toEqual([
      { to: district.accounts.principalA.email, status: 'FAILED', lastError: expect.stringMatching(/451/) },
    ]);
  }, 120_000);

  it('tells an account owner that an administrator reset their password, with no way to opt out', async () => {
    const district = await createDistrict(testApp.dataSource, { schoolYear });
    const teacher = await signedIn(testApp, district.accounts.teacherB.email);
    // Even with every optional email turned off.
    for (const kind of ['DEADLINE_REMINDER', 'RECORD_DECISION', 'PRE_APPROVAL_DECISION']) {
      await teacher.request(`mutation($kind: NotificationKind!) { setNotificationEmail(kind: $kind, email: false) { kind } }`, {
        kind,
      });
    }
    // The digest is not a teacher's to choose, and the security notice is nobody's to turn off.
    for (const kind of ['WEEKLY_DIGEST', 'PASSWORD_RESET_BY_ADMIN']) {
      const refused = await teacher.request(
        `mutation($kind: NotificationKind!) { setNotificationEmail(kind: $kind, email: false) { kind } }`,
        { kind },
      );
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
    }
    await runInDistrict(district.districtId, () =>
      testApp.app.get(NotificationService).notifyPasswordResetByAdmin(district.accounts.teacherB.id, district.accounts.hr.id),
    );
    const [mail] = await waitFor('the security notice', () =>
      mailsTo(district.accounts.teacherB.email).length ? mailsTo(district.accounts.teacherB.email) : null,
    );
    expect(mail!.subject).toBe('PD Ledger: Your PD Ledger password was reset by an administrator');
    expect(mail!.text).toMatch(/^HR \S+ reset the password of your PD Ledger account on \d{4}-\d\d-\d\d \d\d:\d\d UTC/m);
    expect(mail!.headers['list-unsubscribe']).toBeUndefined();
    const mine = await teacher.request<{ notifications: { rows: Array<{ kind: string }> } }>(
      `{ notifications { rows { kind } } }`,
    );
    expect(mine.data!.notifications.rows.map((row) => row.kind)).toEqual(['PASSWORD_RESET_BY_ADMIN']);
    // Only the account's own district may be named.
    const other = await createDistrict(testApp.dataSource, { schoolYear });
    await expect(
      runInDistrict(other.districtId, () =>
        testApp.app.get(NotificationService).notifyPasswordResetByAdmin(district.accounts.teacherB.id, other.accounts.hr.id),
      ),
    ).rejects.toThrow(/not found/i);
  }, 60_000);

  it('names staff in the digest only the first week they are at risk or behind', async () => {
    const district = await createDistrict(testApp.dataSource, { schoolYear });
    const teacher = await signedIn(testApp, district.accounts.teacherA.email);
    const { deadline } = await teacherARenewal(teacher, district);
    const firstMonday = weekStart(addDays(deadline, -80));
    const { status } = await teacherARenewal(teacher, district, firstMonday);
    expect(['AT_RISK', 'BEHIND']).toContain(status);
    const scheduled = testApp.app.get(ScheduledNotificationsService);
    const digestBody = async (monday: string) => {
      await runInDistrict(district.districtId, () => scheduled.run('WEEKLY_DIGEST', district.districtId, monday));
      const [row] = await testApp.dataSource.query(`SELECT body FROM notification WHERE account_id = $1 AND event_key = $2`, [
        district.accounts.hr.id,
        `weekly-digest:${monday}`,
      ]);
      return (row as { body: string }).body;
    };
    expect(await digestBody(firstMonday)).toMatch(
      new RegExp(`Newly at risk or behind \\(1\\): Ada Alpha\\S+ \\((at risk|behind)\\)`),
    );
    expect(await digestBody(addDays(firstMonday, 7))).toContain('Nobody is newly at risk or behind.');
  }, 60_000);

  it('sends HR and principals the weekly digest: reviews waiting in their scope', async () => {
    const district = await createDistrict(testApp.dataSource, { schoolYear });
    const monday = '2031-03-03';
    // This district's digest job, as the weekly fan-out runs it for every district (the fan-out
    // itself is shown by the reminders above; here the test database holds every other suite's
    // districts too, and their digests would queue ahead of this one).
    const scheduled = testApp.app.get(ScheduledNotificationsService);
    await runInDistrict(district.districtId, () => scheduled.run('WEEKLY_DIGEST', district.districtId, monday));
    const [digest] = await waitFor('the HR digest', () =>
      mailsTo(district.accounts.hr.email).length ? mailsTo(district.accounts.hr.email) : null,
    );
    expect(digest!.subject).toMatch(new RegExp(`^PD Ledger: Week of ${monday}: 1 waiting for review`));
    expect(digest!.text).toContain('Waiting for review: 1 PD record(s) and 0 pre-approval request(s).');
    expect(digest!.text).toContain('No import had problems this week.');
    const [principal] = await waitFor('the principal digest', () =>
      mailsTo(district.accounts.principalA.email).length ? mailsTo(district.accounts.principalA.email) : null,
    );
    expect(principal!.text).toContain('Waiting for review: 1 PD record(s)');
    expect(principal!.text).not.toContain('No import had problems');
    expect(mailsTo(district.accounts.teacherA.email)).toHaveLength(0);
  }, 60_000);
});
