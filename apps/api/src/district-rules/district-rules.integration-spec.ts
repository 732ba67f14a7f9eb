import { randomUUID } from 'node:crypto';
import { addDays, addYears, evaluateRenewal, getRuleSetPreset } from '@pd-ledger/credit-rules';
import { createDistrict, DistrictFixture, TEST_PASSWORD } from '../testing/district-factory';
import { errorCode, GraphQLClient } from '../testing/graphql-client';
import { startTestApp, TestApp } from '../testing/test-app';
import { CONVERTER_RECORD_COLUMNS, ConverterRecordRow, toConverterRecord } from '../domain/converter-records';

// District rule choice and overrides, and portability, through the API. The factory's
// teacher A holds a PA Instructional II license, cycle 2024-07-01 .. 2029-06-30, with 48 Act 48
// hours earned (3-hour workshop, 1 semester credit = 30, a 15-hour micro-credential).

const YEAR = 2025;
const AS_OF = '2026-06-30';

const RENEWALS = `query($id: ID!, $asOf: String) { educator(id: $id) { renewals(asOf: $asOf) {
  licenseId ruleSetVersion cycleStart cycleEnd required earned status
  categories { id label required earned met citation { url text section } }
  adjustments { ruleId amount citation { text section } }
  districtRules { ruleId description citation { url text section } } } } }`;

const ADD = `mutation($input: DistrictRuleOverrideInput!) { addDistrictRuleOverride(input: $input) {
  id presetId presetName unitName kind amount category activityType label description basis policyUrl citation { url text section }
  effectiveFrom endsOn createdAt createdByName endedAt endedByName } }`;

const PORTABILITY = `query($id: ID!, $preset: String!, $type: String, $asOf: String) {
  portability(educatorId: $id, presetId: $preset, licenseType: $type, asOf: $asOf) {
    educatorId presetId jurisdiction name licenseType licenseTypeName licenseTypes { id name required cycleYears } unit unitName asOf
    windowStart windowEnd cycleYears windowBasis required earned remaining status closestPathway
    categories { id required earned met } pathways { id required earned met } uncertain { ruleId } notes { ruleId description }
    explanation { recordId title converted credited counted reason conversion conversionCitation { url } } } }`;

interface Renewal {
  licenseId: string;
  ruleSetVersion: string;
  cycleEnd: string;
  required: string;
  earned: string;
  status: string;
  categories: Array<{
    id: string;
    label: string;
    required: string;
    earned: string;
    met: boolean;
    citation: { url: string; text: string; section: string | null };
  }>;
  adjustments: Array<{ ruleId: string; amount: string }>;
  districtRules: Array<{ ruleId: string; description: string; citation: { url: string; text: string; section: string | null } }>;
}

const base = {
  presetId: 'pa',
  label: 'In-district PD',
  basis: 'Board policy 4120, adopted 2026-05-12',
  effectiveFrom: '2025-01-01',
};

describe('district rules: chosen states, overrides, portability', () => {
  let testApp: TestApp;
  let district: DistrictFixture;
  let hr: GraphQLClient;
  let teacher: GraphQLClient;
  let pastLicenseId: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    district = await createDistrict(testApp.dataSource, { schoolYear: YEAR });
    // A past PA cycle that ended before any override below takes effect.
    pastLicenseId = randomUUID();
    await testApp.dataSource.query(
      `INSERT INTO license (id, district_id, educator_id, state_code, license_type, number, issued_on, cycle_start, cycle_end)
       VALUES ($1, $2, $3, 'PA', 'Instructional II', '99999', '2014-06-01', '2019-07-01', '2024-06-30')`,
      [pastLicenseId, district.districtId, district.educators.teacherA],
    );
    hr = new GraphQLClient(testApp.baseUrl);
    teacher = new GraphQLClient(testApp.baseUrl);
    await hr.signIn(district.accounts.hr.email, TEST_PASSWORD);
    await teacher.signIn(district.accounts.teacherA.email, TEST_PASSWORD);
  });

  afterAll(() => testApp.close());

  async function renewals(client: GraphQLClient = hr): Promise<{ current: Renewal; past: Renewal }> {
    const response = await client.request<{ educator: { renewals: Renewal[] } }>(RENEWALS, {
      id: district.educators.teacherA,
      asOf: AS_OF,
    });
    expect(response.errors).toBeUndefined();
    const list = response.data!.educator.renewals;
    return { current: list.find((r) => r.licenseId !== pastLicenseId)!, past: list.find((r) => r.licenseId === pastLicenseId)! };
  }

  async function audit(
    action: string,
  ): Promise<Array<{ entity_id: string; actor_account_id: string; details: Record<string, unknown> }>> {
    return testApp.dataSource.query(
      `SELECT entity_id, actor_account_id, details FROM audit_event WHERE district_id = $1 AND action = $2 ORDER BY occurred_at`,
      [district.districtId, action],
    );
  }

  async function add(input: Record<string, unknown>): Promise<{ id: string; [key: string]: unknown }> {
    const response = await hr.request<{ addDistrictRuleOverride: { id: string } }>(ADD, { input });
    expect(response.errors).toBeUndefined();
    return response.data!.addDistrictRuleOverride;
  }

  it("defaults to the district's own state, and HR chooses the states (audited)", async () => {
    const before = await teacher.request<{
      districtRules: { states: Array<{ presetId: string; home: boolean; addedAt: string | null }> };
    }>(`{ districtRules { states { presetId home addedAt } overrides { id } } }`);
    expect(before.data!.districtRules.states).toEqual([{ presetId: 'pa', home: true, addedAt: null }]);
    const set = await hr.request<{
      setDistrictRuleStates: { states: Array<{ presetId: string; home: boolean; name: string; addedByName: string }> };
    }>(`mutation { setDistrictRuleStates(presetIds: ["pa", "TN"]) { states { presetId home name addedByName } } }`);
    expect(set.errors).toBeUndefined();
    expect(set.data!.setDistrictRuleStates.states.map((s) => [s.presetId, s.home, s.addedByName])).toEqual([
      ['pa', true, 'HR Admin'],
      ['tn', false, 'HR Admin'],
    ]);
    const events = await audit('DISTRICT_RULE_STATES_SET');
    expect(events).toHaveLength(1);
    expect(events[0]!.details).toEqual({ before: { presetIds: ['pa'] }, after: { presetIds: ['pa', 'tn'] } });
    expect(events[0]!.actor_account_id).toBe(district.accounts.hr.id);
  });

  it.each([
    [{ presetId: 'zz' }, 'presetId', '"zz"'],
    [{ presetId: 'ny' }, 'presetId', "is not one of the district's states"],
    [{ amount: '-30' }, 'amount', '"-30"'],
    [{ amount: 'thirty' }, 'amount', '"thirty"'],
    [{ amount: '1.23456' }, 'amount', 'at most 4 decimal places'],
    [{ amount: '0' }, 'amount', 'greater than 0'],
    [{ effectiveFrom: '2026-02-30' }, 'effectiveFrom', '"2026-02-30"'],
    [{ endsOn: '2024-12-31' }, 'endsOn', 'must be after effectiveFrom'],
    [{ label: '  ' }, 'label', 'must not be blank'],
    [{ basis: '' }, 'basis', 'must not be blank'],
    [{ policyUrl: 'ftp://policy' }, 'policyUrl', 'http:// or https://'],
    [{ kind: 'CATEGORY_MINIMUM' }, 'category', 'is required'],
    [{ kind: 'ACTIVITY_CAP' }, 'activityType', 'is required'],
    [{ category: 'Literacy' }, 'category', 'only applies to CATEGORY_MINIMUM'],
  ])('rejects override %j with BAD_USER_INPUT naming %s', async (change, field, text) => {
    const response = await hr.request(ADD, { input: { ...base, kind: 'EXTRA_REQUIRED', amount: '30', ...change } });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.message).toContain(`Invalid value for ${field}`);
    expect(response.errors![0]!.message).toContain(text);
    expect(response.data).toBeNull();
    const [{ n }] = await testApp.dataSource.query(
      `SELECT count(*)::int AS n FROM district_rule_override WHERE district_id = $1`,
      [district.districtId],
    );
    expect(n).toBe(0);
  });

  it('an extra requirement governs cycles ending on or after its effective date only, and is listed with who and when', async () => {
    const unchanged = await renewals();
    expect(unchanged.current.required).toBe('180');
    expect(unchanged.past.required).toBe('180');
    const override = await add({
      ...base,
      kind: 'EXTRA_REQUIRED',
      amount: '30',
      policyUrl: 'https://district.example.org/policy/4120',
    });
    expect(override).toMatchObject({
      presetId: 'pa',
      presetName: expect.stringContaining('Pennsylvania'),
      unitName: 'Act 48 hours',
      kind: 'EXTRA_REQUIRED',
      amount: '30',
      description: 'In-district PD: 30 more Act 48 hours required per cycle',
      createdByName: 'HR Admin',
      endsOn: null,
      citation: {
        url: 'https://district.example.org/policy/4120',
        text: 'Board policy 4120, adopted 2026-05-12',
        section: 'District policy',
      },
    });
    const after = await renewals(teacher);
    // The current cycle (ends 2029-06-30) is governed by the version in force at its end: 180 + 30.
    expect(after.current).toMatchObject({ required: '210', earned: unchanged.current.earned });
    expect(after.current.ruleSetVersion).toContain('+district-2025-01-01');
    expect(after.current.districtRules).toEqual([
      {
        ruleId: `district-${override.id}`,
        description: 'In-district PD: 30 more Act 48 hours required per cycle (district policy, from 2025-01-01)',
        citation: override['citation'],
      },
    ]);
    // The cycle that ended on 2024-06-30 is not rewritten.
    expect(after.past).toMatchObject({ required: '180', ruleSetVersion: unchanged.past.ruleSetVersion, districtRules: [] });
    // The what-if uses the same rule set.
    const whatIf = await teacher.request<{ renewalWhatIf: { baseline: { required: string; districtRules: unknown[] } } }>(
      `query($id: ID!) { renewalWhatIf(educatorId: $id, hypotheticals: [], asOf: "${AS_OF}") { baseline { required districtRules { ruleId } } } }`,
      { id: district.educators.teacherA },
    );
    expect(whatIf.data!.renewalWhatIf.baseline).toEqual({
      required: '210',
      districtRules: [{ ruleId: `district-${override.id}` }],
    });

    const events = await audit('DISTRICT_RULE_OVERRIDE_ADDED');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entity_id: override.id, actor_account_id: district.accounts.hr.id });
    expect(events[0]!.details).toMatchObject({
      before: null,
      after: { kind: 'EXTRA_REQUIRED', amount: '30', presetId: 'pa', effectiveFrom: '2025-01-01' },
    });

    // Ending it before the current cycle's end: that cycle is governed by the version after the end again.
    const ended = await hr.request<{ endDistrictRuleOverride: { endsOn: string; endedByName: string; endedAt: string } }>(
      `mutation($id: ID!) { endDistrictRuleOverride(id: $id, endsOn: "2029-01-01") { endsOn endedByName endedAt } }`,
      { id: override.id },
    );
    expect(ended.errors).toBeUndefined();
    expect(ended.data!.endDistrictRuleOverride).toMatchObject({ endsOn: '2029-01-01', endedByName: 'HR Admin' });
    expect((await renewals()).current.required).toBe('180');
    const endEvents = await audit('DISTRICT_RULE_OVERRIDE_ENDED');
    expect(endEvents.map((e) => e.details)).toEqual([{ before: { endsOn: null }, after: { endsOn: '2029-01-01' } }]);

    const badEnd = await hr.request(`mutation($id: ID!) { endDistrictRuleOverride(id: $id, endsOn: "2024-01-01") { id } }`, {
      id: override.id,
    });
    expect(errorCode(badEnd)).toBe('BAD_USER_INPUT');
    expect(badEnd.errors![0]!.message).toContain('endsOn');

    const removed = await hr.request<{ removeDistrictRuleOverride: boolean }>(
      `mutation($id: ID!) { removeDistrictRuleOverride(id: $id) }`,
      { id: override.id },
    );
    expect(removed.data!.removeDistrictRuleOverride).toBe(true);
    const removeEvents = await audit('DISTRICT_RULE_OVERRIDE_REMOVED');
    expect(removeEvents[0]!.details).toMatchObject({
      before: { id: override.id, amount: '30', endsOn: '2029-01-01' },
      after: null,
    });
    const gone = await hr.request(`mutation($id: ID!) { removeDistrictRuleOverride(id: $id) }`, { id: override.id });
    expect(errorCode(gone)).toBe('NOT_FOUND');
  });

  it('an override effective after the current cycle ends changes nothing yet', async () => {
    const override = await add({ ...base, kind: 'EXTRA_REQUIRED', amount: '30', effectiveFrom: '2029-07-01' });
    const { current } = await renewals();
    expect(current).toMatchObject({ required: '180', districtRules: [] });
    await hr.request(`mutation($id: ID!) { removeDistrictRuleOverride(id: $id) }`, { id: override.id });
  });

  it('adds a required category and an activity cap, each citing the district policy', async () => {
    const before = (await renewals()).current;
    const category = await add({
      ...base,
      kind: 'CATEGORY_MINIMUM',
      amount: '6',
      category: 'Literacy',
      label: 'Science of reading',
    });
    expect(category).toMatchObject({
      category: 'literacy',
      description: 'Science of reading: at least 6 Act 48 hours in literacy',
    });
    const cap = await add({ ...base, kind: 'ACTIVITY_CAP', amount: '1', activityType: 'WORKSHOP', label: 'Workshops' });
    const after = (await renewals()).current;
    const literacy = after.categories.find((c) => c.id === 'literacy')!;
    expect(literacy).toMatchObject({
      label: 'Science of reading',
      required: '6',
      earned: '0',
      met: false,
      citation: { text: base.basis, section: 'District policy' },
    });
    // The 3-hour workshop counts 1 hour under the cap: 48 - 2.
    expect(after.earned).toBe('46');
    expect(before.earned).toBe('48');
    expect(after.adjustments).toContainEqual({
      ruleId: `district-${cap.id}`,
      amount: '2',
      citation: { text: base.basis, section: 'District policy' },
    });
    expect(after.districtRules.map((r) => r.ruleId).sort()).toEqual([`district-${category.id}`, `district-${cap.id}`].sort());

    // The rules library lists them for everyone in the district, with who added them.
    const listed = await teacher.request<{
      districtRules: { overrides: Array<{ id: string; createdByName: string; effectiveFrom: string }> };
    }>(`{ districtRules { overrides { id createdByName effectiveFrom } } }`);
    expect(listed.data!.districtRules.overrides.map((o) => o.id).sort()).toEqual([category.id, cap.id].sort());
    expect(
      listed.data!.districtRules.overrides.every((o) => o.createdByName === 'HR Admin' && o.effectiveFrom === '2025-01-01'),
    ).toBe(true);

    // A state with overrides cannot be dropped from the district's states.
    const drop = await hr.request(`mutation { setDistrictRuleStates(presetIds: ["tn"]) { states { presetId } } }`);
    expect(errorCode(drop)).toBe('BAD_USER_INPUT');
    expect(drop.errors![0]!.message).toContain('Invalid value for presetIds: "pa"');
    for (const o of [category, cap]) await hr.request(`mutation($id: ID!) { removeDistrictRuleOverride(id: $id) }`, { id: o.id });
    expect((await renewals()).current.earned).toBe('48');
  });

  it('evaluates the record under another state exactly as a direct converter call on the same records', async () => {
    const response = await teacher.request<{
      portability: Record<string, unknown> & { explanation: Array<{ recordId: string | null; credited: string }> };
    }>(PORTABILITY, {
      id: district.educators.teacherA,
      preset: 'tn',
      asOf: AS_OF,
    });
    expect(response.errors).toBeUndefined();
    const result = response.data!.portability;
    const tn = getRuleSetPreset('tn');
    const version = [...tn.versions].reverse().find((v) => v.effectiveFrom <= AS_OF)!;
    const type = version.licenseTypes.find((t) => t.id === version.defaultLicenseType)!;
    const start = addDays(addYears(AS_OF, -type.cycleYears), 1);
    const rows: ConverterRecordRow[] = await testApp.dataSource.query(
      `SELECT ${CONVERTER_RECORD_COLUMNS} FROM pd_record r LEFT JOIN catalog_item c ON c.district_id = r.district_id AND c.id = r.catalog_item_id
        WHERE r.district_id = $1 AND r.educator_id = $2`,
      [district.districtId, district.educators.teacherA],
    );
    const direct = evaluateRenewal({
      ruleSet: tn,
      educatorId: district.educators.teacherA,
      license: { licenseType: type.id, cycleStart: start, cycleEnd: AS_OF },
      records: rows.map(toConverterRecord),
      asOf: AS_OF,
      carryIn: '0',
    });
    expect(result).toMatchObject({
      educatorId: district.educators.teacherA,
      presetId: 'tn',
      jurisdiction: 'TN',
      licenseType: type.id,
      unit: direct.unit.id,
      unitName: direct.unit.name,
      windowStart: start,
      windowEnd: AS_OF,
      cycleYears: type.cycleYears,
      required: direct.required,
      earned: direct.earned,
      remaining: direct.remaining,
      status: direct.status.toUpperCase(),
      closestPathway: direct.closestPathway,
    });
    expect(result['windowBasis']).toContain(`PD completed from ${start} to ${AS_OF} is counted`);
    expect(result.explanation.map((l) => [l.recordId, l.credited])).toEqual(
      direct.explanation.map((l) => [l.recordId, l.credited]),
    );
    expect(result['pathways']).toEqual(
      direct.pathways.map((p) => ({ id: p.id, required: p.required, earned: p.earned, met: p.met })),
    );
    expect(Number(direct.earned)).toBeGreaterThan(0);

    // District overrides belong to this district, not to the state: a PA override does not touch a TN evaluation... and a TN one neither.
    const tnOverride = await add({ ...base, presetId: 'tn', kind: 'EXTRA_REQUIRED', amount: '10' });
    const again = await teacher.request<{ portability: { required: string } }>(PORTABILITY, {
      id: district.educators.teacherA,
      preset: 'tn',
      asOf: AS_OF,
    });
    expect(again.data!.portability.required).toBe(direct.required);
    await hr.request(`mutation($id: ID!) { removeDistrictRuleOverride(id: $id) }`, { id: tnOverride.id });
  });

  it('lets HR evaluate any educator, with every jurisdiction and its license types; bad ids are named', async () => {
    const ma = await hr.request<{
      portability: { presetId: string; licenseType: string; licenseTypes: Array<{ id: string }>; unitName: string };
    }>(PORTABILITY, {
      id: district.educators.teacherB,
      preset: 'MA',
      asOf: AS_OF,
    });
    expect(ma.errors).toBeUndefined();
    expect(ma.data!.portability).toMatchObject({ presetId: 'ma', unitName: 'PDPs' });
    const other = ma.data!.portability.licenseTypes.find((t) => t.id !== ma.data!.portability.licenseType);
    if (other) {
      const chosen = await hr.request<{ portability: { licenseType: string } }>(PORTABILITY, {
        id: district.educators.teacherB,
        preset: 'ma',
        type: other.id,
        asOf: AS_OF,
      });
      expect(chosen.data!.portability.licenseType).toBe(other.id);
    }
    // Colorado governs a cycle by the version at its start; a 7-year window reaching back before
    // 2021-07-01 is still counted under today's 7-year rules, categories included.
    const co = await hr.request<{
      portability: {
        cycleYears: number;
        windowStart: string;
        categories: Array<{ id: string; required: string }>;
        windowBasis: string;
      };
    }>(PORTABILITY, {
      id: district.educators.teacherA,
      preset: 'co',
      asOf: '2026-06-30',
    });
    expect(co.errors).toBeUndefined();
    expect(co.data!.portability).toMatchObject({ cycleYears: 7, windowStart: '2019-07-01' });
    expect(co.data!.portability.categories).toContainEqual(
      expect.objectContaining({ id: 'special_education_behavioral_health', required: '10' }),
    );
    expect(co.data!.portability.windowBasis).toContain('rules in force on 2026-06-30');
    const presets = await teacher.request<{ rulePresets: Array<{ id: string }> }>(`{ rulePresets { id } }`);
    expect(presets.data!.rulePresets).toHaveLength(51);

    const badPreset = await teacher.request(PORTABILITY, { id: district.educators.teacherA, preset: 'zz' });
    expect(errorCode(badPreset)).toBe('BAD_USER_INPUT');
    expect(badPreset.errors![0]!.message).toContain('Invalid value for presetId: "zz"');
    const badType = await teacher.request(PORTABILITY, { id: district.educators.teacherA, preset: 'tn', type: 'astronaut' });
    expect(errorCode(badType)).toBe('BAD_USER_INPUT');
    expect(badType.errors![0]!.message).toContain('Invalid value for licenseType: "astronaut"');
    const badDate = await teacher.request(PORTABILITY, { id: district.educators.teacherA, preset: 'tn', asOf: '2026-13-01' });
    expect(errorCode(badDate)).toBe('BAD_USER_INPUT');
    // Another teacher's record is not found for a teacher.
    const notMine = await teacher.request(PORTABILITY, { id: district.educators.teacherB, preset: 'tn' });
    expect(errorCode(notMine)).toBe('NOT_FOUND');
  });
});
