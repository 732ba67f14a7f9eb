import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import { insertSalarySchedulePreset } from '../seed/demo-salary-schedules';
import { createDistrict, DistrictFixture, TEST_PASSWORD } from '../testing/district-factory';
import { errorCode, GraphQLClient } from '../testing/graphql-client';
import { startTestApp, TestApp } from '../testing/test-app';

const YEAR = 2025;
const AS_OF = '2026-06-30';

interface Download {
  status: number;
  contentType: string | null;
  disposition: string | null;
  body: Buffer;
}

async function download(client: GraphQLClient, path: string): Promise<Download> {
  // As a browser follows the dashboard's link (see export-intent.integration-spec.ts).
  const response = await fetch(`${client.baseUrl}${path}`, {
    headers: { ...(client.cookie ? { cookie: client.cookie } : {}), 'sec-fetch-site': 'same-origin' },
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

function csvRows(body: Buffer): Array<Record<string, string>> {
  return parse(body, { columns: true, bom: true, skip_empty_lines: true }) as Array<Record<string, string>>;
}

async function xlsxRows(body: Buffer): Promise<{ header: unknown[]; rows: unknown[][]; sheetNames: string[]; frozen: unknown }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const values: unknown[][] = [];
  sheet.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
  return {
    header: values[0]!,
    rows: values.slice(1),
    sheetNames: workbook.worksheets.map((w) => w.name),
    frozen: sheet.views[0],
  };
}

function pdfText(pdf: Buffer): string {
  const directory = mkdtempSync(join(tmpdir(), 'pd-ledger-report-'));
  try {
    const file = join(directory, 'report.pdf');
    writeFileSync(file, pdf);
    return execFileSync('/usr/bin/pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

const RENEWALS = `query($id: ID!, $asOf: String) { educator(id: $id) { id renewals(asOf: $asOf) { licenseId required earned remaining status deadline
  categories { id required earned } explanation { kind recordId credited counted } } lane(asOf: $asOf) { qualifiesOn nextLane salary { annualDifferenceCents } } } }`;

describe('Reports: relicensure, state upload, lane change and transcripts, end to end', () => {
  let testApp: TestApp;
  let district: DistrictFixture;
  const clients: Record<string, GraphQLClient> = {};

  async function signedIn(email: string): Promise<GraphQLClient> {
    const client = new GraphQLClient(testApp.baseUrl);
    const response = await client.signIn(email, TEST_PASSWORD);
    expect(response.errors).toBeUndefined();
    return client;
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    district = await createDistrict(testApp.dataSource, { schoolYear: YEAR });
    const db = testApp.dataSource;
    await db.transaction((manager) => insertSalarySchedulePreset(manager, district.districtId, 'maplewood-traditional'));
    // Teacher B (BA, step 6) earns 15 approved graduate credits: the next lane, now. Teacher A
    // (MA+15) has 30 more submitted, in two contract years (at most 18 count per year): the next lane once they are approved.
    await db.query(
      `INSERT INTO pd_record (district_id, educator_id, title, activity_type, amount, unit, completed_on, categories, status, source, level)
       VALUES ($1, $2, 'Graduate courses', 'COURSE', 15, 'SEMESTER_CREDIT', '2026-01-15', '{}', 'APPROVED', 'SELF_REPORTED', 'GRADUATE'),
              ($1, $3, 'Pending graduate courses', 'COURSE', 15, 'SEMESTER_CREDIT', '2024-10-15', '{}', 'SUBMITTED', 'SELF_REPORTED', 'GRADUATE'),
              ($1, $3, 'Pending graduate seminar', 'COURSE', 15, 'SEMESTER_CREDIT', '2026-02-15', '{}', 'SUBMITTED', 'SELF_REPORTED', 'GRADUATE')`,
      [district.districtId, district.educators.teacherB, district.educators.teacherA],
    );
    // Teacher B and the colleague get licenses too, and the colleague's name is a formula.
    await db.query(
      `INSERT INTO license (district_id, educator_id, state_code, license_type, number, issued_on, cycle_start, cycle_end)
       VALUES ($1, $2, 'PA', 'Instructional I', '=HYPERLINK("http://evil.example")', '2019-06-01', '2021-07-01', '2026-06-30'),
              ($1, $3, 'PA', 'Instructional II', '777', '2016-06-01', '2022-07-01', '2027-06-30')`,
      [district.districtId, district.educators.teacherB, district.educators.colleagueA],
    );
    await db.query(`UPDATE educator SET first_name = '=1+2', last_name = '@SUM(A1)' || last_name WHERE id = $1`, [
      district.educators.colleagueA,
    ]);
    for (const key of ['hr', 'principalA', 'principalB', 'teacherA', 'teacherB'] as const)
      clients[key] = await signedIn(district.accounts[key].email);
  });

  afterAll(() => testApp.close());

  /** The converter's figures for one educator, as their own "My renewal" shows them. */
  async function renewalsOf(educatorId: string) {
    const response = await clients['hr']!.request<{
      educator: {
        renewals: Array<{
          licenseId: string;
          required: string;
          earned: string;
          remaining: string;
          status: string;
          deadline: string;
          categories: unknown[];
          explanation: Array<{ kind: string; recordId: string | null; credited: string; counted: boolean }>;
        }>;
        lane: { qualifiesOn: string | null; nextLane: string | null; salary: { annualDifferenceCents: string } | null } | null;
      };
    }>(RENEWALS, { id: educatorId, asOf: AS_OF });
    expect(response.errors).toBeUndefined();
    return response.data!.educator;
  }

  it("relicensureReport: one row per educator and license, with the figures of each teacher's own renewal", async () => {
    const response = await clients['hr']!.request<{
      relicensureReport: { totalCount: number; rows: Array<Record<string, unknown> & { educatorId: string; licenseId: string }> };
    }>(
      `query($f: RelicensureReportFilter) { relicensureReport(filter: $f, limit: 100) { asOf totalCount rows { educatorId licenseId firstName lastName schools
        licenseType licenseNumber deadline daysLeft required earned remaining status lastPdOn unitName categories { id required earned met } } } }`,
      { f: { asOf: AS_OF } },
    );
    expect(response.errors).toBeUndefined();
    const { rows, totalCount } = response.data!.relicensureReport;
    expect(totalCount).toBe(3);
    expect(rows.map((r) => r.educatorId).sort()).toEqual(Object.values(district.educators).sort());
    for (const row of rows) {
      const own = (await renewalsOf(row.educatorId)).renewals.find((r) => r.licenseId === row.licenseId)!;
      expect({
        required: row.required,
        earned: row.earned,
        remaining: row.remaining,
        status: row.status,
        deadline: row.deadline,
      }).toEqual({
        required: own.required,
        earned: own.earned,
        remaining: own.remaining,
        status: own.status,
        deadline: own.deadline,
      });
    }
    // Worked by hand (PA Act 48): 3 clock hours + 1 semester credit (30) + a 15-hour micro-credential.
    expect(rows.find((r) => r.educatorId === district.educators.teacherA)).toMatchObject({
      earned: '48',
      required: '180',
      unitName: 'Act 48 hours',
    });
  });

  it('relicensureReport sorts, filters and pages; bad filters name the field and value', async () => {
    const query = `query($f: RelicensureReportFilter, $s: RelicensureSortField, $d: SortDirection, $o: Int, $l: Int) {
      relicensureReport(filter: $f, sortBy: $s, sortDirection: $d, offset: $o, limit: $l) { totalCount rows { educatorId deadline remaining status } } }`;
    const hr = clients['hr']!;
    const byDeadline = await hr.request<{ relicensureReport: { rows: Array<{ deadline: string; educatorId: string }> } }>(query, {
      f: { asOf: AS_OF },
      s: 'DEADLINE',
      d: 'DESC',
    });
    const deadlines = byDeadline.data!.relicensureReport.rows.map((r) => r.deadline);
    expect(deadlines).toEqual([...deadlines].sort().reverse());
    const paged = await hr.request<{ relicensureReport: { totalCount: number; rows: Array<{ educatorId: string }> } }>(query, {
      f: { asOf: AS_OF },
      s: 'DEADLINE',
      d: 'DESC',
      o: 1,
      l: 1,
    });
    expect(paged.data!.relicensureReport).toEqual({
      totalCount: 3,
      rows: [byDeadline.data!.relicensureReport.rows[1]].map((r) => expect.objectContaining({ educatorId: r!.educatorId })),
    });
    const lapsedOrBehind = await hr.request<{ relicensureReport: { rows: Array<{ status: string }> } }>(query, {
      f: { asOf: AS_OF, statuses: ['LAPSED', 'BEHIND'] },
    });
    expect(lapsedOrBehind.data!.relicensureReport.rows.every((r) => ['LAPSED', 'BEHIND'].includes(r.status))).toBe(true);
    const dueSoon = await hr.request<{ relicensureReport: { rows: Array<{ educatorId: string }> } }>(query, {
      f: { asOf: AS_OF, deadlineWithinDays: 30 },
    });
    expect(dueSoon.data!.relicensureReport.rows.map((r) => r.educatorId)).toEqual([district.educators.teacherB]);
    const typeI = await hr.request<{ relicensureReport: { rows: Array<{ educatorId: string }> } }>(query, {
      f: { asOf: AS_OF, licenseType: 'instructional_i' },
    });
    expect(typeI.data!.relicensureReport.rows.map((r) => r.educatorId)).toEqual([district.educators.teacherB]);

    const bad = await hr.request(query, { f: { deadlineWithinDays: -4 } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.message).toContain('deadlineWithinDays');
    expect(bad.errors![0]!.message).toContain('-4');
    const badDate = await hr.request(query, { f: { asOf: '2026-02-30' } });
    expect(badDate.errors![0]!.message).toMatch(/asOf.*2026-02-30/);
    const otherSchool = await clients['principalA']!.request(query, { f: { schoolId: district.schoolB } });
    expect(errorCode(otherSchool)).toBe('NOT_FOUND');
  });

  it('relicensureSummary counts each status per school and in total', async () => {
    const response = await clients['hr']!.request<{
      relicensureSummary: {
        bySchool: Array<{ schoolId: string; counts: Record<string, number> }>;
        totals: Record<string, number>;
      };
    }>(
      `query($f: RelicensureReportFilter) { relicensureSummary(filter: $f) { asOf bySchool { schoolId schoolName counts { complete onTrack atRisk behind lapsed total educators } }
        totals { complete onTrack atRisk behind lapsed total educators } } }`,
      { f: { asOf: AS_OF } },
    );
    expect(response.errors).toBeUndefined();
    const { bySchool, totals } = response.data!.relicensureSummary;
    expect(totals.total).toBe(3);
    expect(totals.educators).toBe(3);
    expect(totals.complete + totals.onTrack + totals.atRisk + totals.behind + totals.lapsed).toBe(3);
    expect(bySchool.map((s) => s.schoolId).sort()).toEqual([district.schoolA, district.schoolB].sort());
    expect(bySchool.find((s) => s.schoolId === district.schoolA)!.counts.total).toBe(2);
    const principal = await clients['principalB']!.request<{
      relicensureSummary: { bySchool: Array<{ schoolId: string }>; totals: { total: number } };
    }>(`{ relicensureSummary { bySchool { schoolId } totals { total } } }`);
    expect(principal.data!.relicensureSummary).toEqual({ bySchool: [{ schoolId: district.schoolB }], totals: { total: 1 } });
  });

  it("streams the relicensure CSV with the converter's figures, neutralised formulas, a dated file name and an audit event", async () => {
    const file = await download(clients['hr']!, `/api/reports/relicensure/csv?asOf=${AS_OF}`);
    expect(file.status).toBe(200);
    expect(file.contentType).toMatch(/^text\/csv/);
    expect(file.disposition).toMatch(/attachment; filename="relicensure-test-district-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.csv"/);
    const rows = csvRows(file.body);
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      const own = (await renewalsOf(row['Educator ID']!)).renewals[0]!;
      expect([row['Required'], row['Earned'], row['Remaining'], row['Status'], row['Deadline']]).toEqual([
        own.required,
        own.earned,
        own.remaining,
        own.status.toLowerCase(),
        own.deadline,
      ]);
    }
    const colleague = rows.find((r) => r['Educator ID'] === district.educators.colleagueA)!;
    expect(colleague['First name']).toBe("'=1+2");
    expect(colleague['Last name']!.startsWith("'@SUM(A1)")).toBe(true);
    const teacherB = rows.find((r) => r['Educator ID'] === district.educators.teacherB)!;
    expect(teacherB['License number']).toBe(`'=HYPERLINK("http://evil.example")`);

    const audit: Array<{
      actor_account_id: string;
      details: { report: string; format: string; rowCount: number; filters: { asOf: string }; completed: boolean };
    }> = await testApp.dataSource.query(
      `SELECT actor_account_id, details FROM audit_event WHERE district_id = $1 AND action = 'REPORT_EXPORTED' ORDER BY occurred_at DESC LIMIT 1`,
      [district.districtId],
    );
    expect(audit[0]).toMatchObject({
      actor_account_id: district.accounts.hr.id,
      details: { report: 'relicensure', format: 'csv', rowCount: 3, completed: true, filters: { asOf: AS_OF } },
    });
  });

  it("a principal's export holds only their schools; teachers and anonymous callers are refused; filters are checked", async () => {
    const principal = csvRows((await download(clients['principalA']!, `/api/reports/relicensure/csv?asOf=${AS_OF}`)).body);
    expect(principal.map((r) => r['Educator ID']).sort()).toEqual(
      [district.educators.teacherA, district.educators.colleagueA].sort(),
    );
    expect((await download(clients['teacherA']!, '/api/reports/relicensure/csv')).status).toBe(403);
    expect((await download(new GraphQLClient(testApp.baseUrl), '/api/reports/relicensure/csv')).status).toBe(401);
    expect((await download(clients['principalA']!, '/api/reports/state-hour-upload/csv')).status).toBe(403);
    expect((await download(clients['principalA']!, '/api/reports/lane-change/csv')).status).toBe(403);
    expect((await download(clients['principalA']!, `/api/reports/relicensure/csv?school=${district.schoolB}`)).status).toBe(404);

    const bad = await download(clients['hr']!, '/api/reports/relicensure/csv?status=late');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body.toString())).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'status',
      message: expect.stringContaining('"late"'),
    });
    const unknown = JSON.parse((await download(clients['hr']!, '/api/reports/relicensure/csv?sort=name')).body.toString());
    expect(unknown).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sort' });
    const days = JSON.parse(
      (await download(clients['hr']!, '/api/reports/relicensure/xlsx?deadlineWithinDays=soon')).body.toString(),
    );
    expect(days).toMatchObject({ field: 'deadlineWithinDays', message: expect.stringContaining('"soon"') });
    expect((await download(clients['hr']!, '/api/reports/relicensure/docx')).status).toBe(404);
  });

  it('exports the relicensure XLSX with typed cells, a frozen header and the same figures', async () => {
    const file = await download(
      clients['hr']!,
      `/api/reports/relicensure/xlsx?asOf=${AS_OF}&status=on_track,at_risk,behind,lapsed,complete`,
    );
    expect(file.status).toBe(200);
    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const { header, rows, sheetNames, frozen } = await xlsxRows(file.body);
    expect(sheetNames).toEqual(['Relicensure', 'About']);
    expect(frozen).toMatchObject({ state: 'frozen', ySplit: 1 });
    const col = (name: string) => header.indexOf(name);
    const teacherA = rows.find((r) => r[col('Educator ID')] === district.educators.teacherA)!;
    expect(teacherA[col('Earned')]).toBe(48);
    expect(teacherA[col('Required')]).toBe(180);
    expect(teacherA[col('Deadline')]).toBeInstanceOf(Date);
    const colleague = rows.find((r) => r[col('Educator ID')] === district.educators.colleagueA)!;
    expect(colleague[col('First name')]).toBe("'=1+2");
  });

  it('the relicensure PDF opens and holds the totals per school', async () => {
    const file = await download(clients['hr']!, `/api/reports/relicensure/pdf?asOf=${AS_OF}`);
    expect(file.status).toBe(200);
    expect(file.body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(file.body);
    expect(text).toContain('Relicensure report');
    expect(text).toContain('Totals by school');
    const schoolNames: Array<{ id: string; name: string }> = await testApp.dataSource.query(
      `SELECT id, name FROM school WHERE district_id = $1 ORDER BY name`,
      [district.districtId],
    );
    const schoolA = schoolNames.find((s) => s.id === district.schoolA)!.name;
    const schoolB = schoolNames.find((s) => s.id === district.schoolB)!.name;
    // Two licenses in school A (teacher A, the colleague), one in school B; three in all.
    expect(text).toMatch(new RegExp(`${schoolA} subtotal: 2 licenses`));
    expect(text).toMatch(new RegExp(`${schoolB} subtotal: 1 license\\b`));
    expect(text).toMatch(/All schools\s+3\s+1\s+0\s+1\s+1\s+0\s+540 Act 48 hours\s+498 Act 48 hours/);
    expect(text).toContain('Alpha');
  });

  it("state hour upload: one row per credited record, summing exactly to each license's earned", async () => {
    const file = await download(clients['hr']!, `/api/reports/state-hour-upload/csv?asOf=${AS_OF}`);
    expect(file.status).toBe(200);
    expect(file.body.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    const rows = csvRows(file.body);
    const teacherA = await renewalsOf(district.educators.teacherA);
    const credited = teacherA.renewals[0]!.explanation.filter(
      (l) => l.kind === 'record' && l.counted && !new Decimal(l.credited).isZero(),
    );
    const mine = rows.filter((r) => r['State educator ID'] === '1000001');
    expect(mine).toHaveLength(credited.length);
    expect(mine.reduce((sum, r) => sum.plus(r['Amount']!), new Decimal(0)).toFixed()).toBe(teacherA.renewals[0]!.earned);
    const badge = mine.find((r) => r['Activity title'] === 'Checking for Understanding')!;
    expect(badge).toMatchObject({ Evidence: 'https://badges.example.org/a/1', Unit: 'Act 48 hours', Amount: '15' });
    expect(badge['Provider']).toMatch(/^Issuer /);

    const xlsx = await xlsxRows((await download(clients['hr']!, `/api/reports/state-hour-upload/xlsx?asOf=${AS_OF}`)).body);
    expect(xlsx.rows).toHaveLength(rows.length);
  });

  it("lane-change report: who qualifies now and with pending work, with the converter's salaries and the total cost", async () => {
    const response = await clients['hr']!.request<{
      laneChangeReport: {
        rows: Array<{ educatorId: string; qualifies: string; differenceCents: string; currentLane: string; nextLane: string }>;
        totals: Record<string, string | number>;
      };
    }>(
      `query($f: LaneChangeReportFilter) { laneChangeReport(filter: $f) { asOf scheduleName rows { educatorId qualifies currentLane nextLane currentSalaryCents nextSalaryCents differenceCents effectiveDate }
        totals { countNow countWithPending costNowCents costWithPendingCents totalCostCents } } }`,
      { f: { asOf: AS_OF } },
    );
    expect(response.errors).toBeUndefined();
    const report = response.data!.laneChangeReport;
    const teacherB = await renewalsOf(district.educators.teacherB);
    expect(teacherB.lane?.qualifiesOn).not.toBeNull();
    const rowB = report.rows.find((r) => r.educatorId === district.educators.teacherB)!;
    expect(rowB).toMatchObject({
      qualifies: 'NOW',
      currentLane: 'BA',
      nextLane: teacherB.lane!.nextLane,
      differenceCents: teacherB.lane!.salary!.annualDifferenceCents,
    });
    const teacherA = await renewalsOf(district.educators.teacherA);
    expect(teacherA.lane?.qualifiesOn).toBeNull();
    expect(report.rows.find((r) => r.educatorId === district.educators.teacherA)).toMatchObject({ qualifies: 'WITH_PENDING' });
    const sum = (kind: string) =>
      report.rows.filter((r) => r.qualifies === kind).reduce((total, r) => total + Number(r.differenceCents), 0);
    expect(report.totals).toMatchObject({
      countNow: 1,
      countWithPending: 1,
      costNowCents: String(sum('NOW')),
      costWithPendingCents: String(sum('WITH_PENDING')),
    });
    expect(Number(report.totals['totalCostCents'])).toBe(sum('NOW') + sum('WITH_PENDING'));

    const csv = csvRows((await download(clients['hr']!, `/api/reports/lane-change/csv?asOf=${AS_OF}`)).body);
    expect(csv.map((r) => [r['Educator ID'], r['Qualifies']]).sort()).toEqual(
      [
        [district.educators.teacherB, 'now'],
        [district.educators.teacherA, 'with_pending'],
      ].sort(),
    );
    const xlsx = await xlsxRows((await download(clients['hr']!, `/api/reports/lane-change/xlsx?asOf=${AS_OF}`)).body);
    expect(xlsx.rows).toHaveLength(2);
    const pdf = pdfText((await download(clients['hr']!, `/api/reports/lane-change/pdf?asOf=${AS_OF}`)).body);
    const usd = (cents: number) => `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
    expect(pdf).toContain(`Total cost to the district for the next contract year: ${usd(sum('NOW'))}`);
    expect(pdf).toContain(`Including pending approvals: ${usd(sum('NOW') + sum('WITH_PENDING'))}`);
    expect(errorCode(await clients['principalA']!.request(`{ laneChangeReport { asOf } }`))).toBe('FORBIDDEN');
  });

  it('transcripts: a teacher for themselves, HR and principals for people they may see, nobody else', async () => {
    const own = await download(clients['teacherA']!, `/api/reports/transcripts/${district.educators.teacherA}?asOf=${AS_OF}`);
    expect(own.status).toBe(200);
    expect(own.contentType).toBe('application/pdf');
    expect(own.disposition).toContain('pd-transcript-alpha');
    const text = pdfText(own.body);
    expect(text).toContain('Professional development transcript');
    expect(text).toContain('Number Talks');
    expect(text).toContain('Checking for Understanding');
    expect(text).toMatch(/132 more Act 48 hours/);
    expect((await download(clients['hr']!, `/api/reports/transcripts/${district.educators.teacherA}`)).status).toBe(200);
    expect((await download(clients['principalA']!, `/api/reports/transcripts/${district.educators.teacherA}`)).status).toBe(200);
    expect((await download(clients['principalB']!, `/api/reports/transcripts/${district.educators.teacherA}`)).status).toBe(404);
    expect((await download(clients['teacherB']!, `/api/reports/transcripts/${district.educators.teacherA}`)).status).toBe(404);
    expect((await download(clients['teacherA']!, `/api/reports/transcripts/${randomUUID()}`)).status).toBe(404);
    const bad = await download(clients['teacherA']!, `/api/reports/transcripts/not-an-id`);
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body.toString())).toMatchObject({ field: 'educatorId' });
  });
  describe('what Submit PD records beyond the amount', () => {
    const SUBMIT = `mutation($input: SubmitPdRecordInput!) { submitPdRecord(input: $input) { id startedOn provider level } }`;
    const APPROVE = `mutation($id: ID!) { approvePdRecord(id: $id) { id status } }`;
    const LANE = `query($id: ID!, $asOf: String) { educator(id: $id) { lane(asOf: $asOf) { creditsEarned explanation { recordId credited } } } }`;

    async function submitAndApprove(client: GraphQLClient, input: Record<string, unknown>) {
      const submitted = await client.request<{
        submitPdRecord: { id: string; startedOn: string | null; provider: string | null; level: string | null };
      }>(SUBMIT, { input });
      expect(submitted.errors).toBeUndefined();
      const approved = await clients['hr']!.request(APPROVE, { id: submitted.data!.submitPdRecord.id });
      expect(approved.errors).toBeUndefined();
      return submitted.data!.submitPdRecord;
    }

    async function laneOf(educatorId: string) {
      const response = await clients['hr']!.request<{
        educator: { lane: { creditsEarned: string; explanation: Array<{ recordId: string | null; credited: string }> } };
      }>(LANE, { id: educatorId, asOf: AS_OF });
      expect(response.errors).toBeUndefined();
      return response.data!.educator.lane;
    }

    it('provider and start date reach the record and the state hour upload', async () => {
      const record = await submitAndApprove(clients['teacherA']!, {
        title: 'Co-teaching institute',
        activityType: 'WORKSHOP',
        amount: '6',
        unit: 'CLOCK_HOUR',
        startedOn: '2026-03-09',
        completedOn: '2026-03-10',
        provider: 'Berks County Intermediate Unit',
        categories: ['Special Education'],
      });
      expect(record).toMatchObject({ startedOn: '2026-03-09', provider: 'Berks County Intermediate Unit', level: null });
      const rows = csvRows((await download(clients['hr']!, `/api/reports/state-hour-upload/csv?asOf=${AS_OF}`)).body);
      expect(rows.find((row) => row['Activity title'] === 'Co-teaching institute')).toMatchObject({
        Provider: 'Berks County Intermediate Unit',
        'Start date': '2026-03-09',
        'Completion date': '2026-03-10',
        Amount: '6',
        // The name the record was given, not the converter's id (students_with_disabilities).
        Category: 'Special Education',
      });
    });

    it('evidence files are absolute signed links a state reviewer opens without signing in, until they expire', async () => {
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
      const form = new FormData();
      form.append('files', new Blob([pdf], { type: 'application/pdf' }), 'certificate.pdf');
      const uploaded = await fetch(`${testApp.baseUrl}/api/evidence`, {
        method: 'POST',
        body: form,
        headers: { cookie: clients['teacherA']!.cookie!, 'x-pd-ledger-upload': '1' },
      });
      expect(uploaded.status).toBe(201);
      const { files } = (await uploaded.json()) as { files: Array<{ id: string }> };
      await submitAndApprove(clients['teacherA']!, {
        title: 'Trauma-informed classrooms',
        activityType: 'WORKSHOP',
        amount: '5',
        unit: 'CLOCK_HOUR',
        completedOn: '2026-04-02',
        categories: ['English Learners'],
        evidenceFileIds: [files[0]!.id],
      });
      const rows = csvRows((await download(clients['hr']!, `/api/reports/state-hour-upload/csv?asOf=${AS_OF}`)).body);
      const row = rows.find((r) => r['Activity title'] === 'Trauma-informed classrooms')!;
      expect(row['Category']).toBe('English Learners');
      const link = new URL(row['Evidence']!);
      expect(`${link.protocol}//${link.host}`).toMatch(/^https?:\/\/[^/]+$/);
      expect(link.pathname).toBe(`/api/evidence/shared/${district.districtId}/${files[0]!.id}`);
      const expires = Number(link.searchParams.get('expires'));
      const days = (expires * 1000 - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(29);
      expect(days).toBeLessThanOrEqual(30);

      // No cookie: the signed link alone opens the file.
      const opened = await fetch(`${testApp.baseUrl}${link.pathname}${link.search}`);
      expect(opened.status).toBe(200);
      expect(Buffer.from(await opened.arrayBuffer()).equals(pdf)).toBe(true);
      expect(opened.headers.get('content-disposition')).toContain('attachment');
      // A changed signature, a later expiry or another file is refused.
      const forged = new URL(link);
      forged.searchParams.set('signature', 'A'.repeat(43));
      expect((await fetch(`${testApp.baseUrl}${forged.pathname}${forged.search}`)).status).toBe(403);
      const extended = new URL(link);
      extended.searchParams.set('expires', String(expires + 86_400));
      expect((await fetch(`${testApp.baseUrl}${extended.pathname}${extended.search}`)).status).toBe(403);
      const otherFile = `/api/evidence/shared/${district.districtId}/${randomUUID()}${link.search}`;
      expect((await fetch(`${testApp.baseUrl}${otherFile}`)).status).toBe(403);
      // The session route still needs a session.
      expect((await fetch(`${testApp.baseUrl}/api/evidence/${files[0]!.id}`)).status).not.toBe(200);
    });

    it('a course counts as graduate lane credit only when its level says graduate', async () => {
      const before = new Decimal((await laneOf(district.educators.teacherB)).creditsEarned);
      const unknown = await submitAndApprove(clients['teacherB']!, {
        title: 'Course of unknown level',
        activityType: 'COURSE',
        amount: '1',
        unit: 'SEMESTER_CREDIT',
        completedOn: '2026-03-01',
      });
      const graduate = await submitAndApprove(clients['teacherB']!, {
        title: 'Graduate course with its level',
        activityType: 'COURSE',
        amount: '2',
        unit: 'SEMESTER_CREDIT',
        completedOn: '2026-03-02',
        level: 'GRADUATE',
      });
      expect(graduate.level).toBe('GRADUATE');
      const lane = await laneOf(district.educators.teacherB);
      expect(lane.explanation.find((line) => line.recordId === unknown.id)?.credited).toBe('0');
      expect(lane.explanation.find((line) => line.recordId === graduate.id)?.credited).toBe('2');
      expect(new Decimal(lane.creditsEarned).minus(before).toFixed()).toBe('2');
    });
  });
});
