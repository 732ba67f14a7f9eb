import { randomUUID } from 'node:crypto';
import { createDistrict, DistrictFixture, TEST_PASSWORD } from '../testing/district-factory';
import { errorCode, GraphQLClient } from '../testing/graphql-client';
import { startTestApp, TestApp } from '../testing/test-app';

const SUBMIT = `mutation($input: SubmitPdRecordInput!) {
  submitPdRecord(input: $input) { id title amount unit hourEquivalents status completedOn categories evidenceUrl source catalogItem { name issuer { name } } }
}`;

const YEAR = 2023;

describe('PD records, totals and staff reports', () => {
  let testApp: TestApp;
  let district: DistrictFixture;
  let teacher: GraphQLClient;
  let principal: GraphQLClient;
  let hr: GraphQLClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    district = await createDistrict(testApp.dataSource, { schoolYear: YEAR });
    teacher = new GraphQLClient(testApp.baseUrl);
    principal = new GraphQLClient(testApp.baseUrl);
    hr = new GraphQLClient(testApp.baseUrl);
    await teacher.signIn(district.accounts.teacherA.email, TEST_PASSWORD);
    await principal.signIn(district.accounts.principalA.email, TEST_PASSWORD);
    await hr.signIn(district.accounts.hr.email, TEST_PASSWORD);
  });

  afterAll(() => testApp.close());

  async function recordCount(): Promise<number> {
    const [{ count }] = (await testApp.dataSource.query(`SELECT count(*)::int AS count FROM pd_record WHERE district_id = $1`, [
      district.districtId,
    ])) as Array<{ count: number }>;
    return count;
  }

  it('computes totals in hour equivalents, exactly, counting approved and verified records only', async () => {
    const response = await teacher.request<{ me: { educator: { pdTotals: unknown } } }>(
      `{ me { educator { pdTotals(schoolYear: ${YEAR}) { hourEquivalents recordCount byUnit { unit amount recordCount } } } } }`,
    );
    expect(response.data?.me.educator.pdTotals).toEqual({
      hourEquivalents: '33',
      recordCount: 3,
      byUnit: [
        { unit: 'CLOCK_HOUR', amount: '3', recordCount: 1 },
        { unit: 'MICRO_CREDENTIAL', amount: '1', recordCount: 1 },
        { unit: 'SEMESTER_CREDIT', amount: '1', recordCount: 1 },
      ],
    });
  });

  it('lists a school year month by month, July to June, zero months included', async () => {
    const response = await principal.request<{
      pdHoursByMonth: Array<{ month: string; hourEquivalents: string; recordCount: number }>;
    }>(`{ pdHoursByMonth(schoolYear: ${YEAR}) { month hourEquivalents recordCount } }`);
    const months = response.data!.pdHoursByMonth;
    expect(months.map((m) => m.month)).toEqual([
      '2023-07',
      '2023-08',
      '2023-09',
      '2023-10',
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
    ]);
    expect(months.find((m) => m.month === '2023-09')).toEqual({ month: '2023-09', hourEquivalents: '3', recordCount: 1 });
    expect(months.find((m) => m.month === '2024-01')?.hourEquivalents).toBe('15');
    expect(months.find((m) => m.month === '2024-03')?.hourEquivalents).toBe('15');
    expect(months.find((m) => m.month === '2023-10')?.hourEquivalents).toBe('0'); // school B's CEU is not in school A
  });

  it('summarises schools for HR', async () => {
    const response = await hr.request<{ schools: Array<{ id: string; staffCount: number; pdSummary: unknown }> }>(
      `{ schools { id staffCount pdSummary(schoolYear: ${YEAR}) { hourEquivalents recordCount educatorsWithPd } } }`,
    );
    const schoolB = response.data!.schools.find((s) => s.id === district.schoolB)!;
    expect(schoolB).toEqual({
      id: district.schoolB,
      staffCount: 1,
      pdSummary: { hourEquivalents: '5', recordCount: 1, educatorsWithPd: 1 },
    });
  });

  it('searches, sorts and pages staff on the server', async () => {
    type Page = {
      staff: {
        totalCount: number;
        rows: Array<{ educator: { firstName: string }; hourEquivalents: string; lastPdOn: string | null }>;
      };
    };
    const byHours = await hr.request<Page>(
      `{ staff(sortBy: PD_HOURS, sortDirection: DESC, schoolYear: ${YEAR}) { totalCount rows { educator { firstName } hourEquivalents lastPdOn } } }`,
    );
    expect(byHours.data!.staff.rows.map((r) => [r.educator.firstName, r.hourEquivalents, r.lastPdOn])).toEqual([
      ['Ada', '33', '2024-03-05'],
      ['Ben', '5', '2023-10-01'],
      ['Cy', '0', null],
    ]);
    const page2 = await hr.request<Page>(`{ staff(offset: 1, limit: 1) { totalCount rows { educator { firstName } } } }`);
    expect(page2.data!.staff.totalCount).toBe(3);
    expect(page2.data!.staff.rows.map((r) => r.educator.firstName)).toEqual(['Ben']);
    const search = await hr.request<Page>(`{ staff(search: "BEN.") { totalCount rows { educator { firstName } } } }`);
    expect(search.data!.staff.rows.map((r) => r.educator.firstName)).toEqual(['Ben']);
    const wildcard = await hr.request<Page>(`{ staff(search: "%") { totalCount } }`);
    expect(wildcard.data!.staff.totalCount).toBe(0);
  });

  it('lets a teacher submit a record, audited, as SUBMITTED', async () => {
    const before = await recordCount();
    const response = await teacher.request<{ submitPdRecord: Record<string, unknown> }>(SUBMIT, {
      input: {
        title: '  Checking for Understanding  ',
        activityType: 'MICRO_CREDENTIAL',
        amount: '1.00',
        unit: 'MICRO_CREDENTIAL',
        completedOn: '2024-05-01',
        categories: ['Assessment'],
        evidenceUrl: 'https://badges.example.org/x',
        catalogItemId: district.catalogItemId,
      },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.submitPdRecord).toMatchObject({
      title: 'Checking for Understanding',
      amount: '1',
      unit: 'MICRO_CREDENTIAL',
      hourEquivalents: '15',
      status: 'SUBMITTED',
      source: 'SELF_REPORTED',
      catalogItem: { name: 'Checking for Understanding' },
    });
    expect(await recordCount()).toBe(before + 1);
    const audit: unknown[] = await testApp.dataSource.query(
      `SELECT 1 FROM audit_event WHERE entity_id = $1 AND action = 'PD_RECORD_SUBMITTED'`,
      [response.data!.submitPdRecord['id']],
    );
    expect(audit).toHaveLength(1);
    const mine = await teacher.request<{ myPdRecords: Array<{ id: string }> }>(`{ myPdRecords { id } }`);
    expect(mine.data!.myPdRecords[0].id).toBe(response.data!.submitPdRecord['id']);
  });

  describe('bad input changes nothing', () => {
    const good = { title: 'Workshop', activityType: 'WORKSHOP', amount: '2', unit: 'CLOCK_HOUR', completedOn: '2024-01-10' };

    it.each<[string, Record<string, unknown>, string]>([
      ['negative amount', { amount: '-2' }, 'amount'],
      ['too many decimals', { amount: '2.123' }, 'amount'],
      ['impossible date', { completedOn: '2023-02-30' }, 'completedOn'],
      ['not a date', { completedOn: 'last Tuesday' }, 'completedOn'],
      ['future date', { completedOn: '2999-01-01' }, 'completedOn'],
      ['over-long title', { title: 'x'.repeat(201) }, 'title'],
      ['bad URL', { evidenceUrl: 'ftp://example.org/file' }, 'evidenceUrl'],
      ['malformed catalog id', { catalogItemId: 'not-a-uuid' }, 'catalogItemId'],
    ])('%s -> BAD_USER_INPUT naming %s', async (_label, change, field) => {
      const before = await recordCount();
      const response = await teacher.request(SUBMIT, { input: { ...good, ...change } });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].message).toContain(field);
      expect(response.data).toBeNull();
      expect(await recordCount()).toBe(before);
    });

    it('rejects a wrong enum value through GraphQL validation', async () => {
      const response = await teacher.request(SUBMIT, { input: { ...good, unit: 'FURLONG' } });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
    });

    it.each<[string, string, Record<string, unknown>]>([
      ['malformed educator id', `query($id: ID!) { educator(id: $id) { id } }`, { id: "1' OR '1'='1" }],
      ['malformed school id', `query($id: ID) { staff(schoolId: $id) { totalCount } }`, { id: 'abc' }],
      ['limit too large', `{ staff(limit: 1000) { totalCount } }`, {}],
      ['negative offset', `{ staff(offset: -1) { totalCount } }`, {}],
      ['school year out of range', `{ pdHoursByMonth(schoolYear: 3000) { month } }`, {}],
      ['over-long search', `query($s: String) { staff(search: $s) { totalCount } }`, { s: 'x'.repeat(101) }],
    ])('%s -> BAD_USER_INPUT', async (_label, query, variables) => {
      const response = await hr.request(query, variables);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.data).toBeNull();
    });

    it('answers NOT_FOUND for an unknown school id', async () => {
      expect(errorCode(await hr.request(`query($id: ID) { staff(schoolId: $id) { totalCount } }`, { id: randomUUID() }))).toBe(
        'NOT_FOUND',
      );
    });
  });
  it("reads each catalog item's issuer in the catalog item's own statement", async () => {
    const query = jest.spyOn(testApp.apiDataSource, 'query');
    try {
      // Another educator's list (HR's view): the catalog loader's own statement, not the teacher's list.
      const response = await hr.request<{
        educator: {
          pdRecords: Array<{
            id: string;
            catalogItem: { id: string; issuer: { id: string; name: string; url: string | null } } | null;
          }>;
        };
      }>(`query($id: ID!) { educator(id: $id) { pdRecords { id catalogItem { id issuer { id name url } } } } }`, {
        id: district.educators.teacherA,
      });
      expect(response.errors).toBeUndefined();
      const withItem = response.data!.educator.pdRecords.filter((record) => record.catalogItem !== null);
      expect(withItem.length).toBeGreaterThan(0);
      const [issuer]: Array<{ id: string; name: string; url: string | null }> = await testApp.dataSource.query(
        `SELECT i.id, i.name, i.url FROM catalog_item c JOIN issuer i ON i.district_id = c.district_id AND i.id = c.issuer_id
          WHERE c.district_id = $1 AND c.id = $2`,
        [district.districtId, district.catalogItemId],
      );
      for (const record of withItem) expect(record.catalogItem!.issuer).toEqual(issuer);
      const issuerStatements = query.mock.calls.filter(([sql]) => /FROM issuer WHERE/.test(String(sql)));
      expect(issuerStatements).toHaveLength(0);
    } finally {
      query.mockRestore();
    }
  });
  it("sends the teacher's records with their evidence files and likely duplicates and catalog items in one statement, equal to the separate reads", async () => {
    const [a0, a1] = district.records.teacherA;
    await testApp.dataSource.query(
      `INSERT INTO pd_record (district_id, educator_id, title, activity_type, amount, unit, completed_on, categories, status, source)
       SELECT district_id, educator_id, ' number  TALKS', activity_type, amount, unit, completed_on, '{}', 'SUBMITTED', 'SELF_REPORTED'
         FROM pd_record WHERE district_id = $1 AND id = $2`,
      [district.districtId, a0],
    );
    const files: Array<{ id: string }> = await testApp.dataSource.query(
      `INSERT INTO evidence_file (district_id, educator_id, kind, original_name, content_type, size_bytes, sha256, content, created_at)
       VALUES ($1, $2, 'UPLOAD', 'b.pdf', 'application/pdf', 3, repeat('b', 64), '\\x010203', now() + interval '1.234567 second'),
              ($1, $2, 'UPLOAD', 'a.pdf', 'application/pdf', 2, repeat('a', 64), '\\x0102', now())
       RETURNING id`,
      [district.districtId, district.educators.teacherA],
    );
    await testApp.dataSource.query(
      `INSERT INTO pd_record_evidence (district_id, pd_record_id, evidence_file_id) VALUES ($1, $2, $3), ($1, $2, $4), ($1, $5, $3)`,
      [district.districtId, a1, files[0]!.id, files[1]!.id, a0],
    );
    const fields = `id title status possibleDuplicates { id educatorId title status completedOn amount unit matchedBy counted }
      evidenceFiles { id kind contentType originalName sizeBytes sha256 url createdAt } catalogItem { id name kind competencyArea stack statedHours issuer { id name url } }`;
    const query = jest.spyOn(testApp.apiDataSource, 'query');
    let mine: Array<{ id: string; possibleDuplicates: unknown[]; evidenceFiles: unknown[] }>;
    try {
      const response = await teacher.request<{ myPdRecords: typeof mine }>(`{ myPdRecords { ${fields} } }`);
      expect(response.errors).toBeUndefined();
      mine = response.data!.myPdRecords;
      const related = query.mock.calls.filter(([sql]) => /pd_record_evidence|SAME_ACHIEVEMENT/.test(String(sql)));
      expect(related).toHaveLength(1);
      expect(
        query.mock.calls.filter(([sql]) => /FROM catalog_item c LEFT JOIN issuer|FROM issuer WHERE/.test(String(sql))),
      ).toHaveLength(0);
    } finally {
      query.mockRestore();
    }
    const separate = await hr.request<{ educator: { pdRecords: typeof mine } }>(
      `query($id: ID!) { educator(id: $id) { pdRecords { ${fields} } } }`,
      { id: district.educators.teacherA },
    );
    expect(separate.errors).toBeUndefined();
    expect(mine).toEqual(separate.data!.educator.pdRecords);
    expect(mine.find((record) => record.id === a1)!.evidenceFiles).toHaveLength(2);
    expect(mine.find((record) => record.id === a0)!.possibleDuplicates).toHaveLength(1);
  });
});
