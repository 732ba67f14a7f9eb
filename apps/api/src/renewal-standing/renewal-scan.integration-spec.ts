import { randomUUID } from 'node:crypto';
import { evaluateLane, evaluateRenewal, getRuleSetPreset, getSalarySchedulePreset } from '@pd-ledger/credit-rules';
import { Role } from '../access/role';
import type { Viewer } from '../access/viewer';
import { createDistrict, DistrictFixture, TEST_PASSWORD } from '../testing/district-factory';
import { GraphQLClient } from '../testing/graphql-client';
import { startTestApp, TestApp } from '../testing/test-app';
import { inDistrict } from '../testing/in-district';
import { CONVERTER_RECORD_COLUMNS, ConverterRecordRow, toConverterRecord } from '../domain/converter-records';
import { insertSalarySchedulePreset } from '../seed/demo-salary-schedules';
import { RenewalScanService, type ScannedEducator } from './renewal-scan.service';

const YEAR = 2025;
const AS_OF = '2026-06-30';

describe('RenewalScanService: many educators, the same figures as one', () => {
  let testApp: TestApp;
  let district: DistrictFixture;
  let scans: RenewalScanService;

  const viewer = (role: Role, schoolIds: string[] = []): Viewer => ({
    accountId: randomUUID(),
    sessionId: randomUUID(),
    email: 'scan@test.example.org',
    role,
    displayName: 'Scan',
    districtId: district.districtId,
    educatorId: null,
    schoolIds,
  });

  async function collect(
    v: Viewer,
    batchSize: number,
    lane = false,
    order: 'name' | 'id' = 'name',
    readAhead = 0,
  ): Promise<ScannedEducator[]> {
    const out: ScannedEducator[] = [];
    for await (const batch of scans.scan({}, v, {}, { asOf: AS_OF, batchSize, lane, order, readAhead })) {
      expect(batch.length).toBeLessThanOrEqual(batchSize);
      out.push(...batch);
    }
    return out;
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    district = await createDistrict(testApp.dataSource, { schoolYear: YEAR });
    await testApp.dataSource.transaction((manager) =>
      insertSalarySchedulePreset(manager, district.districtId, 'maplewood-traditional'),
    );
    scans = inDistrict(testApp.app.get(RenewalScanService));
  });

  afterAll(() => testApp.close());

  it('visits every current educator once, in name order, whatever the batch size', async () => {
    const hr = viewer(Role.HR_ADMIN);
    const one = await collect(hr, 1);
    const all = await collect(hr, 500);
    expect(one.map((e) => e.educator.id)).toEqual(all.map((e) => e.educator.id));
    expect(new Set(all.map((e) => e.educator.id))).toEqual(new Set(Object.values(district.educators)));
    const names = all.map((e) => `${e.educator.lastName.toLowerCase()} ${e.educator.firstName.toLowerCase()}`);
    expect(names).toEqual([...names].sort());
  });

  it('in id order, visits the same educators once each, in id order, with the same figures', async () => {
    const hr = viewer(Role.HR_ADMIN);
    const byName = await collect(hr, 500, true);
    for (const batchSize of [1, 2, 500]) {
      const byId = await collect(hr, batchSize, true, 'id', 1);
      const ids = byId.map((e) => e.educator.id);
      // PostgreSQL orders uuids by their bytes, which for the canonical text form is its order.
      expect(ids).toEqual([...ids].sort());
      expect(new Set(ids).size).toBe(ids.length);
      const sameOrder = [...byId].sort(
        (a, b) =>
          byName.findIndex((e) => e.educator.id === a.educator.id) - byName.findIndex((e) => e.educator.id === b.educator.id),
      );
      expect(sameOrder).toEqual(byName);
    }
  });

  it('in id order with given educators, visits exactly those it may see, once each, in id order', async () => {
    const hr = viewer(Role.HR_ADMIN);
    const everyone = (await collect(hr, 500)).map((e) => e.educator.id);
    // Unknown ids (or people of another district) around and between the real ones, given unsorted
    // and with a repeat: whole batches of them find nobody and the scan goes on to the next.
    const given = [randomUUID(), ...[...everyone].reverse(), randomUUID(), randomUUID(), everyone[0]!, randomUUID()];
    for (const batchSize of [1, 2, 500]) {
      for (const readAhead of [0, 1]) {
        const batches: string[][] = [];
        const options = { asOf: AS_OF, batchSize, order: 'id' as const, readAhead, records: 'renewal' as const };
        for await (const batch of scans.scan({}, hr, { educatorIds: given }, options)) {
          expect(batch.length).toBeGreaterThan(0);
          expect(batch.length).toBeLessThanOrEqual(batchSize);
          batches.push(batch.map((e) => e.educator.id));
        }
        expect(batches.flat()).toEqual([...everyone].sort());
      }
    }
    // A subset: only those.
    const some = everyone.slice(0, 2);
    const scanned: string[] = [];
    for await (const batch of scans.scan({}, hr, { educatorIds: some }, { asOf: AS_OF, batchSize: 1, order: 'id' })) {
      scanned.push(...batch.map((e) => e.educator.id));
    }
    expect(scanned).toEqual([...some].sort());
    // None: nothing, without asking.
    const none: ScannedEducator[][] = [];
    for await (const batch of scans.scan({}, hr, { educatorIds: [] }, { asOf: AS_OF, order: 'id' })) none.push(batch);
    expect(none).toEqual([]);
  });

  it('counts a record decided after `decidedBy` as still pending, and dates nothing otherwise', async () => {
    const hr = viewer(Role.HR_ADMIN);
    const now = await collect(hr, 500);
    const before: ScannedEducator[] = [];
    for await (const batch of scans.scan({}, hr, {}, { asOf: AS_OF, decidedBy: '2000-01-01' })) before.push(...batch);
    const teacherNow = now.find((e) => e.educator.id === district.educators.teacherA)!;
    const teacherBefore = before.find((e) => e.educator.id === district.educators.teacherA)!;
    expect(teacherNow.records.some((r) => r.status === 'approved' || r.status === 'verified')).toBe(true);
    // Every decision in the fixture was made after 2000: as of then, nothing counted yet.
    expect(teacherBefore.records.filter((r) => r.status === 'approved' || r.status === 'verified')).toEqual([]);
    expect(teacherBefore.renewals[0]!.evaluation.earned).toBe('0');
    expect(teacherBefore.records.map((r) => r.id)).toEqual(teacherNow.records.map((r) => r.id));
  });

  it('evaluates licenses and lanes exactly as direct converter calls on the stored records', async () => {
    const [teacher] = (await collect(viewer(Role.HR_ADMIN), 2, true)).filter(
      (e) => e.educator.id === district.educators.teacherA,
    );
    const rows: ConverterRecordRow[] = await testApp.dataSource.query(
      `SELECT ${CONVERTER_RECORD_COLUMNS} FROM pd_record r LEFT JOIN catalog_item c ON c.district_id = r.district_id AND c.id = r.catalog_item_id
        WHERE r.district_id = $1 AND r.educator_id = $2`,
      [district.districtId, district.educators.teacherA],
    );
    const records = rows.map(toConverterRecord);
    const direct = evaluateRenewal(
      {
        ruleSet: getRuleSetPreset('pa'),
        educatorId: district.educators.teacherA,
        license: {
          licenseType: 'instructional_ii',
          issuedOn: '2015-06-01',
          cycleStart: `${YEAR - 1}-07-01`,
          cycleEnd: `${YEAR + 4}-06-30`,
        },
        records,
        asOf: AS_OF,
      },
      { explain: false },
    );
    expect(teacher!.renewals).toHaveLength(1);
    const { evaluation } = teacher!.renewals[0]!;
    expect(evaluation).toEqual(direct);
    // Worked by hand (PA Act 48 FAQ), as in credit.integration-spec: 3 clock hours + 30 + 15.
    expect(evaluation.earned).toBe('48');
    expect(teacher!.schools.map((s) => s.id)).toEqual([district.schoolA]);
    const lane = evaluateLane({
      schedule: getSalarySchedulePreset('maplewood-traditional'),
      educator: { id: district.educators.teacherA, lane: 'MA+15', step: 9, hireDate: '2015-08-20', highestDegree: 'MA' },
      records,
      asOf: AS_OF,
    });
    expect(teacher!.lane).toEqual(lane);
    const counted = records
      .filter((r) => (r.status === 'approved' || r.status === 'verified') && r.completedOn <= AS_OF)
      .map((r) => r.completedOn)
      .sort();
    expect(teacher!.lastPdOn).toBe(counted[counted.length - 1] ?? null);
  });

  it('keeps a principal to their schools and skips deactivated staff', async () => {
    const principalA = await collect(viewer(Role.PRINCIPAL, [district.schoolA]), 500);
    expect(principalA.map((e) => e.educator.id).sort()).toEqual(
      [district.educators.teacherA, district.educators.colleagueA].sort(),
    );
    await testApp.dataSource.query(`UPDATE educator SET active = false WHERE district_id = $1 AND id = $2`, [
      district.districtId,
      district.educators.colleagueA,
    ]);
    const after = await collect(viewer(Role.PRINCIPAL, [district.schoolA]), 500);
    expect(after.map((e) => e.educator.id)).toEqual([district.educators.teacherA]);
    const withInactive: string[] = [];
    for await (const batch of scans.scan(
      {},
      viewer(Role.HR_ADMIN),
      { includeInactive: true, schoolIds: [district.schoolA] },
      { asOf: AS_OF },
    )) {
      withInactive.push(...batch.map((e) => e.educator.id));
    }
    expect(withInactive.sort()).toEqual([district.educators.teacherA, district.educators.colleagueA].sort());
  });

  it("applies the district's overrides exactly as the educator's own renewal does", async () => {
    const hrClient = new GraphQLClient(testApp.baseUrl);
    await hrClient.signIn(district.accounts.hr.email, TEST_PASSWORD);
    const added = await hrClient.request(
      `mutation($input: DistrictRuleOverrideInput!) { addDistrictRuleOverride(input: $input) { id } }`,
      {
        input: {
          presetId: 'pa',
          label: 'In-district PD',
          kind: 'EXTRA_REQUIRED',
          amount: '30',
          basis: 'Board policy 4120',
          effectiveFrom: `${YEAR - 1}-07-01`,
        },
      },
    );
    expect(added.errors).toBeUndefined();
    const own = await hrClient.request<{ educator: { renewals: Array<{ required: string; earned: string; status: string }> } }>(
      `query($id: ID!, $asOf: String) { educator(id: $id) { renewals(asOf: $asOf) { required earned status } } }`,
      { id: district.educators.teacherA, asOf: AS_OF },
    );
    const [teacher] = (await collect(viewer(Role.HR_ADMIN), 500)).filter((e) => e.educator.id === district.educators.teacherA);
    const { evaluation } = teacher!.renewals[0]!;
    // PA's 180 Act 48 hours plus the district's 30.
    expect(evaluation.required).toBe('210');
    expect(own.data!.educator.renewals[0]).toEqual({
      required: evaluation.required,
      earned: evaluation.earned,
      status: evaluation.status.toUpperCase(),
    });
  });

  it('reads records for renewal only with the same figures and the same converter fields as the full read', async () => {
    const hr = viewer(Role.HR_ADMIN);
    // A record with categories, a level, district-imported, against a catalog item with stated hours.
    await testApp.dataSource.transaction(async (manager) => {
      const [item] = (await manager.query(
        `INSERT INTO catalog_item (district_id, issuer_id, name, kind, stated_hours)
         SELECT district_id, issuer_id, 'Scan micro-credential', 'MICRO_CREDENTIAL', 12.50 FROM catalog_item WHERE id = $1 RETURNING id`,
        [district.catalogItemId],
      )) as Array<{ id: string }>;
      await manager.query(
        `INSERT INTO pd_record (district_id, educator_id, catalog_item_id, title, activity_type, amount, unit, completed_on,
                                categories, status, source, level)
         VALUES ($1, $2, $3, 'Scan badge', 'MICRO_CREDENTIAL', 1, 'MICRO_CREDENTIAL', '2025-03-01', '{Special Education,Literacy,"Math, \\"Advanced\\"",Literacy}',
                 'APPROVED', 'DISTRICT_IMPORT', 'GRADUATE')`,
        [district.districtId, district.educators.teacherA, item!.id],
      );
    });
    const fields = (r: ScannedEducator['records'][number]) => ({
      id: r.id,
      completedOn: r.completedOn,
      activityType: r.activityType,
      amount: r.amount,
      unit: r.unit,
      categories: r.categories,
      status: r.status,
      level: r.level,
      statedHours: r.statedHours,
      inDistrict: r.inDistrict,
    });
    for (const order of ['name', 'id'] as const) {
      const full = await collect(hr, 500, false, order);
      for (const batchSize of [1, 2, 500]) {
        const renewal: ScannedEducator[] = [];
        for await (const batch of scans.scan({}, hr, {}, { asOf: AS_OF, batchSize, order, readAhead: 1, records: 'renewal' }))
          renewal.push(...batch);
        expect(renewal.map((e) => e.educator.id)).toEqual(full.map((e) => e.educator.id));
        renewal.forEach((e, i) => {
          expect(e.renewals).toEqual(full[i]!.renewals);
          expect(e.lastPdOn).toBe(full[i]!.lastPdOn);
          expect(e.schools).toEqual(full[i]!.schools);
          // Evaluated, then not kept.
          expect(e.records).toEqual([]);
        });
      }
      // The renewal-only read itself: the same converter fields as the full read, per educator, no title.
      const ids = full.map((e) => e.educator.id);
      const read: Array<ScannedEducator['records']> = [];
      await (
        scans as unknown as {
          renewalRecords(
            v: Viewer,
            ids: readonly string[],
            idRange: boolean,
            each: (index: number, records: ScannedEducator['records']) => void,
          ): Promise<void>;
        }
      ).renewalRecords(hr, ids, order === 'id', (index, records) => {
        // Every educator once, in order.
        expect(index).toBe(read.length);
        read.push(records);
      });
      expect(read.map((records) => records.map(fields))).toEqual(full.map((e) => e.records.map(fields)));
      expect(read.flat().length).toBeGreaterThan(0);
      expect(read.flat().filter((r) => r.title !== undefined)).toEqual([]);
    }
    const teacher = (await collect(hr, 500)).find((e) => e.educator.id === district.educators.teacherA)!;
    const badge = teacher.records.find((r) => r.title === 'Scan badge')!;
    expect(badge).toMatchObject({
      categories: ['students_with_disabilities', 'literacy', 'math_advanced'],
      level: 'graduate',
      statedHours: '12.5',
      inDistrict: true,
    });
  });
});
