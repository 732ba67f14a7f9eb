// End to end on the demo's four pay-model districts: each teacher sees her next pay change with its
// working under her district's model; HR's compensation report totals equal the sum of the
// teachers' own figures; HR reads the schedule with citations, switches it, and edits are validated.
import { parse } from 'csv-parse/sync';
import { todayIsoDate } from '../common/school-year';
import { DemoSeedService } from '../seed/demo-seed.service';
import { holdDemoDistricts } from '../testing/demo-districts-lock';
import { DEMO_PASSWORD } from '../seed/demo-dataset';
import { PAY_MODEL_DISTRICTS } from '../seed/demo-pay-models';
import { errorCode, GraphQLClient } from '../testing/graphql-client';
import { startTestApp, TestApp } from '../testing/test-app';
import { download } from '../testing/upload-client';

interface Pay {
  totalCents: string;
  stipendsCents: string;
  increasesCents: string;
  nextPayChange: { text: string; cents: string; credentialsNeeded: number } | null;
  rules: Array<{
    ruleId: string;
    label: string;
    budgetYearCents: string;
    citation: { url: string };
    uncertain: string | null;
    lines: Array<{ text: string; cents: string }>;
  }>;
}
const PAY = `compensation { totalCents stipendsCents increasesCents nextPayChange { text cents credentialsNeeded }
  rules { ruleId label budgetYearCents citation { url } uncertain lines { text cents } } }`;

describe('micro-credential compensation: teachers, HR report and schedule choice', () => {
  let testApp: TestApp;
  const clients = new Map<string, GraphQLClient>();
  const signIn = async (email: string) => {
    let client = clients.get(email);
    if (!client) {
      client = new GraphQLClient(testApp.baseUrl);
      const response = await client.signIn(email, DEMO_PASSWORD);
      expect(response.errors).toBeUndefined();
      clients.set(email, client);
    }
    return client;
  };
  const domain = (presetId: string) => PAY_MODEL_DISTRICTS.find((d) => d.presetId === presetId)!.domain;
  const teacherPay = async (presetId: string): Promise<Pay> => {
    const teacher = await signIn(`teacher@${domain(presetId)}`);
    const response = await teacher.request<{ me: { educator: { lane: { compensation: Pay | null } } } }>(
      `{ me { educator { lane { currentLane ${PAY} } } } }`,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.me.educator.lane.compensation!;
  };

  let releaseDemoDistricts: (() => void) | undefined;

  beforeAll(async () => {
    testApp = await startTestApp();
    // Other test files reseed the demo districts too (ending these sessions): one file at a time.
    releaseDemoDistricts = await holdDemoDistricts();
    await testApp.app.get(DemoSeedService).reseed(todayIsoDate());
  }, 240_000);

  afterAll(async () => {
    releaseDemoDistricts?.();
    await testApp?.close();
  });

  it('each demo teacher sees her next pay change with its working under her district model', async () => {
    const harmony = await teacherPay('harmony-stipend');
    expect(harmony.stipendsCents).toBe('60000');
    expect(harmony.nextPayChange!.text).toBe(
      '1 more micro-credential this contract year: +$200.00 (stipend, 3 of 8 paid so far)',
    );
    expect(harmony.rules[0]!.lines[0]!.text).toContain('3 micro-credentials');
    expect(harmony.rules[0]!.citation.url).toBe('https://www.harmonytx.org/');

    const dysart = await teacherPay('dysart-steps');
    expect(dysart.totalCents).toBe('0');
    expect(dysart.nextPayChange!.credentialsNeeded).toBe(2);
    expect(dysart.nextPayChange!.text).toMatch(
      /^2 more micro-credentials to step 1 of Micro-credential growth steps: \+\$[\d,]+\.\d\d a year/,
    );

    const muskego = await teacherPay('muskego-equivalency');
    expect(muskego.nextPayChange!.text).toMatch(
      /^1 more foundational credential to the master's equivalency: \+\$[\d,]+\.\d\d a year$/,
    );
    expect(muskego.rules[0]!.lines[0]!.text).toContain('14 of 15 from "foundational"');

    const kettle = await teacherPay('kettle-moraine-base');
    expect(kettle.increasesCents).toBe('150000');
    expect(kettle.rules[0]!.lines.map((l) => l.cents)).toEqual(['50000', '50000', '50000', '0']);
    expect(kettle.rules[0]!.uncertain).toContain('illustrative');
  });

  it.each(PAY_MODEL_DISTRICTS.map((d) => [d.presetId]))(
    "%s: HR's compensation report totals equal the sum of the teachers' own figures",
    async (presetId) => {
      const hr = await signIn(`hr@${domain(presetId)}`);
      const report = await hr.request<{
        laneChangeReport: {
          totals: { totalCostCents: string };
          compensation: {
            rows: Array<{ educatorId: string; totalCents: string; stipendsCents: string; increasesCents: string }>;
            stipendsCents: string;
            increasesCents: string;
            totalCents: string;
            budgetYearTotalCents: string;
          };
        };
      }>(
        `{ laneChangeReport { totals { totalCostCents } compensation { rows { educatorId totalCents stipendsCents increasesCents }
            stipendsCents increasesCents totalCents budgetYearTotalCents } } }`,
      );
      expect(report.errors).toBeUndefined();
      const c = report.data!.laneChangeReport.compensation;
      const staff = await hr.request<{
        staff: { rows: Array<{ educator: { id: string; lane: { compensation: Pay | null } | null } }> };
      }>(`{ staff(limit: 100) { rows { educator { id lane { ${PAY} } } } } }`);
      expect(staff.errors).toBeUndefined();
      const own = staff.data!.staff.rows.map((r) => r.educator);
      expect(own).toHaveLength(4);
      const sum = (pick: (p: Pay) => string) => own.reduce((a, e) => a + BigInt(pick(e.lane!.compensation!)), 0n);
      expect(BigInt(c.totalCents)).toBe(sum((p) => p.totalCents));
      expect(BigInt(c.stipendsCents)).toBe(sum((p) => p.stipendsCents));
      expect(BigInt(c.increasesCents)).toBe(sum((p) => p.increasesCents));
      expect(c.totalCents).not.toBe('0');
      for (const row of c.rows)
        expect(row.totalCents).toBe(own.find((e) => e.id === row.educatorId)!.lane!.compensation!.totalCents);
      expect(BigInt(c.budgetYearTotalCents)).toBe(
        BigInt(c.totalCents) + BigInt(report.data!.laneChangeReport.totals.totalCostCents),
      );
      // The download has the same rows: its totals (dollars with cents) add up to the report's.
      const csv = await download(hr, testApp.baseUrl, '/api/reports/compensation/csv');
      expect(csv.status).toBe(200);
      const lines = parse(Buffer.from(await csv.arrayBuffer()), { columns: true, bom: true }) as Array<Record<string, string>>;
      expect(lines.map((l) => l['Educator ID']).sort()).toEqual(c.rows.map((r) => r.educatorId).sort());
      const cents = lines.reduce((a, l) => a + BigInt(l['Total (USD)']!.replace('.', '')), 0n);
      expect(cents).toBe(BigInt(c.totalCents));
    },
  );

  it('the what-if counts a planned micro-credential for pay only when it names a district catalog item', async () => {
    const teacher = await signIn(`teacher@${domain('harmony-stipend')}`);
    const me = await teacher.request<{ me: { educator: { id: string } } }>(`{ me { educator { id } } }`);
    const educatorId = me.data!.me.educator.id;
    const catalog = await teacher.request<{ catalogItems: Array<{ id: string; name: string }> }>(
      `{ catalogItems(limit: 100) { id name } }`,
    );
    const own = await teacherPay('harmony-stipend');
    // A catalog item she has not earned yet (each catalog item counts once).
    const unused = catalog.data!.catalogItems.find((item) => item.name === 'Micro-credential: Civic Discourse')!;
    const WHAT_IF = `query($id: ID!, $h: [HypotheticalRecordInput!]!) { laneWhatIf(educatorId: $id, hypotheticals: $h) {
      baseline { compensation { stipendsCents } } withHypothetical { compensation { stipendsCents nextPayChange { text } } } } }`;
    const planned = { activityType: 'MICRO_CREDENTIAL', amount: '1', unit: 'MICRO_CREDENTIAL', completedOn: todayIsoDate() };
    type WhatIf = {
      laneWhatIf: {
        baseline: { compensation: { stipendsCents: string } };
        withHypothetical: { compensation: { stipendsCents: string } };
      };
    };
    const fromCatalog = await teacher.request<WhatIf>(WHAT_IF, { id: educatorId, h: [{ ...planned, catalogItemId: unused.id }] });
    expect(fromCatalog.errors).toBeUndefined();
    expect(fromCatalog.data!.laneWhatIf.baseline.compensation.stipendsCents).toBe(own.stipendsCents);
    expect(BigInt(fromCatalog.data!.laneWhatIf.withHypothetical.compensation.stipendsCents)).toBe(
      BigInt(own.stipendsCents) + 20_000n,
    );
    // A typed title without a catalog item is not a micro-credential for pay.
    const typed = await teacher.request<WhatIf>(WHAT_IF, {
      id: educatorId,
      h: [{ ...planned, title: 'Micro-credential: Civic Discourse' }],
    });
    expect(typed.data!.laneWhatIf.withHypothetical.compensation.stipendsCents).toBe(own.stipendsCents);
    // Another district's (or no) catalog item is refused, naming the field.
    const foreign = await teacher.request(WHAT_IF, {
      id: educatorId,
      h: [{ ...planned, catalogItemId: '5eed0000-0000-4000-8000-00000000ffff' }],
    });
    expect(errorCode(foreign)).toBe('BAD_USER_INPUT');
    expect(foreign.errors![0]!.extensions!['field']).toBe('hypotheticals[0].catalogItemId');
  });

  it('everyone reads the schedule with its compensation rules and citations; HR switches it (audited) and edits are validated', async () => {
    const teacher = await signIn(`teacher@${domain('muskego-equivalency')}`);
    const read = await teacher.request<{
      salarySchedule: {
        schedule: {
          presetId: string;
          compensationRules: Array<{ ruleId: string; description: string; citation: { url: string }; uncertain: string | null }>;
          sets: Array<{ name: string; members: string[] }>;
        };
      };
    }>(
      `{ salarySchedule { schedule { presetId compensationRules { ruleId description citation { url } uncertain } sets { name members } } } }`,
    );
    const schedule = read.data!.salarySchedule.schedule;
    expect(schedule.presetId).toBe('muskego-equivalency');
    expect(schedule.compensationRules[0]!.description).toBe('15 from "foundational" + 15 electives = pay in lane MA');
    expect(schedule.compensationRules[0]!.citation.url).toBe('https://www.mnsd.k12.wi.us/');
    expect(schedule.sets[0]!.members[0]).toBe('name: Foundational: Formative Assessment');
    expect(errorCode(await teacher.request(`{ salarySchedulePresets { presetId } }`))).toBe('FORBIDDEN');
    const refused = await download(teacher, testApp.baseUrl, '/api/reports/compensation/csv');
    expect(refused.status).toBe(403);
    // Refused for the role, not for want of same-site intent.
    expect(await refused.text()).not.toMatch(/another site/);

    const hr = await signIn(`hr@${domain('harmony-stipend')}`);
    const presets = await hr.request<{
      salarySchedulePresets: Array<{ presetId: string; compensationRules: Array<{ kind: string }> }>;
    }>(`{ salarySchedulePresets { presetId compensationRules { kind } } }`);
    expect(presets.data!.salarySchedulePresets.map((p) => [p.presetId, p.compensationRules.map((r) => r.kind)])).toEqual([
      ['maplewood-traditional', []],
      ['micro-credential-lanes', []],
      ['harmony-stipend', ['stipend']],
      ['dysart-steps', ['count_step']],
      ['muskego-equivalency', ['equivalency']],
      ['kettle-moraine-base', ['base_increase']],
    ]);

    // An edited definition is validated field by field, and nothing is stored.
    const current = await hr.request<{ salarySchedule: { schedule: { definitionJson: string } } }>(
      `{ salarySchedule { schedule { definitionJson } } }`,
    );
    const edited = JSON.parse(current.data!.salarySchedule.schedule.definitionJson) as {
      compensation: { rules: Array<{ amountCents: number }> };
    };
    edited.compensation.rules[0]!.amountCents = 12.5;
    const SET = `mutation($input: SetSalaryScheduleInput!) { setSalarySchedule(input: $input) { presetId name compensationRules { kind description } } }`;
    const bad = await hr.request(SET, { input: { definitionJson: JSON.stringify(edited), effectiveFrom: todayIsoDate() } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions!['field']).toBe('definitionJson.compensation.rules[0].amountCents');

    // A valid edit: $250 each, at most 4 a year; the teacher's figures follow at once.
    edited.compensation.rules[0]!.amountCents = 25_000;
    Object.assign(edited.compensation.rules[0]!, { maxPerYear: 4 });
    const ok = await hr.request<{ setSalarySchedule: { compensationRules: Array<{ description: string }> } }>(SET, {
      input: { definitionJson: JSON.stringify(edited), effectiveFrom: todayIsoDate() },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.setSalarySchedule.compensationRules[0]!.description).toBe(
      '$250.00 stipend per micro-credential, at most 4 a year',
    );
    expect((await teacherPay('harmony-stipend')).stipendsCents).toBe('75000');

    // Switching to another preset.
    const switched = await hr.request(SET, { input: { presetId: 'kettle-moraine-base', effectiveFrom: todayIsoDate() } });
    expect(switched.errors).toBeUndefined();
    const after = await teacherPay('harmony-stipend');
    expect(after.rules.map((r) => r.ruleId)).toEqual(['km-base-increase']);
    const audited: Array<{ n: number }> = await testApp.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'SALARY_SCHEDULE_SET' AND district_id = $1`,
      [PAY_MODEL_DISTRICTS[0].id],
    );
    expect(audited[0]!.n).toBe(2);
    expect(errorCode(await hr.request(SET, { input: { presetId: 'nowhere', effectiveFrom: todayIsoDate() } }))).toBe(
      'BAD_USER_INPUT',
    );
  });
});
