import { randomUUID } from 'node:crypto';
import { Role } from '../access/role';
import type { Viewer } from '../access/viewer';
import { renewalStanding } from './renewal-standing';
import { createDistrict, DistrictFixture } from '../testing/district-factory';
import { startTestApp, TestApp } from '../testing/test-app';
import { inDistrict } from '../testing/in-district';
import { RenewalScanService } from './renewal-scan.service';
import { RenewalStandingStore } from './renewal-standing-store';

const YEAR = 2025;
const AS_OF = '2026-06-30';

describe('RenewalStandingStore: stored standings agree with a fresh converter run', () => {
  let testApp: TestApp;
  let district: DistrictFixture;
  let other: DistrictFixture;
  let store: RenewalStandingStore;
  let scans: RenewalScanService;

  const viewerOf = (fixture: DistrictFixture, role: Role, schoolIds: string[] = []): Viewer => ({
    accountId: randomUUID(),
    sessionId: randomUUID(),
    email: 'store@test.example.org',
    role,
    displayName: 'Store',
    districtId: fixture.districtId,
    educatorId: null,
    schoolIds,
  });
  const hr = () => viewerOf(district, Role.HR_ADMIN);

  /** The stored rows of the district for `asOf`, by educator, in the shape renewalStanding() has. */
  async function stored(fixture: DistrictFixture, asOf = AS_OF): Promise<Map<string, unknown>> {
    const rows: Array<Record<string, string | null>> = await testApp.dataSource.query(
      `SELECT educator_id, status, license_id, license_type_name, unit_name, deadline, required, earned, remaining
         FROM renewal_standing WHERE district_id = $1 AND as_of = $2`,
      [fixture.districtId, asOf],
    );
    return new Map(
      rows.map((row) => [
        row['educator_id']!,
        row['status'] === null
          ? null
          : {
              status: row['status'],
              licenseId: row['license_id'],
              licenseTypeName: row['license_type_name'],
              unitName: row['unit_name'],
              deadline: row['deadline'],
              required: row['required'],
              earned: row['earned'],
              remaining: row['remaining'],
            },
      ]),
    );
  }

  /** What a scan says now, without the days left (the store derives those from the deadline). */
  async function fresh(fixture: DistrictFixture, asOf = AS_OF): Promise<Map<string, unknown>> {
    const scanned = await scans.collect({}, viewerOf(fixture, Role.HR_ADMIN), {}, { asOf });
    return new Map(
      scanned.map((educator) => {
        const standing = renewalStanding(educator);
        if (!standing) return [educator.educator.id, null];
        const { daysLeft: _daysLeft, ...rest } = standing;
        return [educator.educator.id, rest];
      }),
    );
  }

  async function expectInAgreement(fixture: DistrictFixture = district, asOf = AS_OF): Promise<void> {
    expect(await stored(fixture, asOf)).toEqual(await fresh(fixture, asOf));
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    district = await createDistrict(testApp.dataSource, { schoolYear: YEAR });
    other = await createDistrict(testApp.dataSource, { schoolYear: YEAR });
    store = inDistrict(testApp.app.get(RenewalStandingStore));
    scans = inDistrict(testApp.app.get(RenewalScanService));
    // A second licensed teacher whose cycle ends within the year, short of hours.
    await testApp.dataSource.query(
      `INSERT INTO license (district_id, educator_id, state_code, license_type, number, issued_on, cycle_start, cycle_end)
       VALUES ($1, $2, 'PA', 'Instructional I', '654321', '2018-06-01', '2021-09-01', '2026-09-30')`,
      [district.districtId, district.educators.teacherB],
    );
  });

  afterAll(() => testApp.close());

  it('evaluates everyone once, then nobody until something changes', async () => {
    expect(await store.refresh(hr(), {}, AS_OF)).toBe(3);
    await expectInAgreement();
    expect(await store.refresh(hr(), {}, AS_OF)).toBe(0);
    // The other district was not touched.
    expect((await stored(other)).size).toBe(0);
  });

  it('re-evaluates exactly the educator whose PD records change, in the writing transaction', async () => {
    await store.refresh(hr(), {}, AS_OF);
    const before = (await stored(district)).get(district.educators.teacherA) as { earned: string };
    await testApp.dataSource.query(`UPDATE pd_record SET status = 'APPROVED' WHERE id = $1`, [district.records.teacherA[3]]);
    expect(await store.refresh(hr(), {}, AS_OF)).toBe(1);
    await expectInAgreement();
    const after = (await stored(district)).get(district.educators.teacherA) as { earned: string };
    expect(Number(after.earned)).toBeGreaterThan(Number(before.earned));

    await testApp.dataSource.query(`DELETE FROM pd_record WHERE id = $1`, [district.records.teacherB[0]]);
    expect(await store.refresh(hr(), {}, AS_OF)).toBe(1);
    await expectInAgreement();
  });

  it('re-evaluates an educator whose license changes, and nobody for a rolled-back change', async () => {
    await store.refresh(hr(), {}, AS_OF);
    await testApp.dataSource.query(`UPDATE license SET cycle_end = '2027-06-30' WHERE educator_id = $1`, [
      district.educators.teacherB,
    ]);
    expect(await store.refresh(hr(), {}, AS_OF)).toBe(1);
    await expectInAgreement();

    // The version is bumped in the writing transaction: a change rolled back leaves nothing stale.
    await expect(
      testApp.dataSource.transaction(async (manager) => {
        await manager.query(`UPDATE license SET cycle_end = '2026-07-31' WHERE educator_id = $1`, [district.educators.teacherB]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await store.refresh(hr(), {}, AS_OF)).toBe(0);
  });

  it('re-evaluates the whole district when its rules or catalog change, and on another day', async () => {
    await store.refresh(hr(), {}, AS_OF);
    const requiredOf = async () =>
      Number(((await stored(district)).get(district.educators.teacherA) as { required: string }).required);
    const requiredBefore = await requiredOf();
    await testApp.dataSource.query(
      `INSERT INTO district_rule_override (district_id, preset_id, kind, amount, label, basis, effective_from)
       VALUES ($1, 'pa', 'EXTRA_REQUIRED', 10, 'Board policy 1', 'Ten more hours per cycle.', '2000-01-01')`,
      [district.districtId],
    );
    expect(await store.refresh(hr(), {}, AS_OF)).toBe(3);
    await expectInAgreement();
    expect(await requiredOf()).toBe(requiredBefore + 10);

    await testApp.dataSource.query(`UPDATE catalog_item SET stated_hours = 20 WHERE id = $1`, [district.catalogItemId]);
    expect(await store.refresh(hr(), {}, AS_OF)).toBe(3);
    await expectInAgreement();
    expect(await store.refresh(viewerOf(other, Role.HR_ADMIN), {}, AS_OF)).toBe(3);

    expect(await store.refresh(hr(), {}, '2026-07-01')).toBe(3);
    await expectInAgreement(district, '2026-07-01');
  });

  it('does not trust a row computed from inputs older than the current version', async () => {
    await store.refresh(hr(), {}, AS_OF);
    // As if the row had been computed while a change to teacher A was committing.
    await testApp.dataSource.query(
      `UPDATE renewal_standing SET inputs_version = inputs_version - 1, earned = '999' WHERE district_id = $1 AND educator_id = $2`,
      [district.districtId, district.educators.teacherA],
    );
    expect(await store.refresh(hr(), {}, AS_OF)).toBe(1);
    await expectInAgreement();
  });

  it("counts and lists from the stored rows, within the viewer's scope", async () => {
    await store.refresh(hr(), {}, AS_OF);
    const expected = await fresh(district);
    const { district: totals, bySchool } = await store.counts(hr(), AS_OF, [district.schoolA, district.schoolB]);
    expect(totals.total).toBe(3);
    expect(totals.noLicense).toBe([...expected.values()].filter((s) => s === null).length);
    expect(bySchool.get(district.schoolA)!.total).toBe(2);
    expect(bySchool.get(district.schoolB)!.total).toBe(1);

    const expiring = await store.expiring(hr(), AS_OF, [90, 180, 365], 10);
    const teacherB = expected.get(district.educators.teacherB) as { status: string; deadline: string };
    // Teacher B's cycle (moved above to end 2027-06-30) is short of hours.
    expect(['ON_TRACK', 'AT_RISK', 'BEHIND']).toContain(teacherB.status);
    expect(expiring.licenses.map((row) => row.educator.id)).toEqual([district.educators.teacherB]);
    expect(expiring.licenses[0]!.renewal).toMatchObject({ ...teacherB, daysLeft: 365 });
    expect(expiring.within).toEqual([0, 0, 1]);
    expect(expiring.licenses[0]!.schoolNames).toEqual([expect.stringMatching(/^School B /)]);
    expect((await store.expiring(hr(), AS_OF, [90, 180, 364], 10)).licenses).toEqual([]);

    // A principal of school B counts only school B's staff.
    const principal = viewerOf(district, Role.PRINCIPAL, [district.schoolB]);
    const scoped = await store.counts(principal, AS_OF, [district.schoolB]);
    expect(scoped.district.total).toBe(1);
  });

  it('fails a refresh whose write fails, and the next refresh stores them', async () => {
    const nextDay = '2026-07-01';
    const target = testApp.app.get(RenewalStandingStore) as unknown as { writeStandings(...args: unknown[]): Promise<unknown> };
    const write = jest.spyOn(target, 'writeStandings').mockRejectedValueOnce(new Error('disk full'));
    // One educator a batch: the first batch's write fails while the second is being read.
    const scanService = testApp.app.get(RenewalScanService);
    const realScan = scanService.scan.bind(scanService);
    const scan = jest
      .spyOn(scanService, 'scan')
      .mockImplementation((request, viewer, scope, options) => realScan(request, viewer, scope, { ...options, batchSize: 1 }));
    try {
      await expect(store.refresh(hr(), {}, nextDay)).rejects.toThrow('disk full');
      expect((await stored(district, nextDay)).size).toBe(0);
    } finally {
      write.mockRestore();
      scan.mockRestore();
    }
    expect(await store.refresh(hr(), {}, nextDay)).toBe(3);
    await expectInAgreement(district, nextDay);
  });
});
