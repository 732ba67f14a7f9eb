import { EVERYONE_SIGNED_IN, HR_ONLY, MatrixOperation } from './authorization-matrix';

/**
 * The district salary schedule: everyone reads the one in force with its rules and citations; HR
 * lists the presets and sets a version. Versions set here start in 2099, so no other row's lane or
 * compensation figures move.
 */
export const salaryScheduleOperations: MatrixOperation[] = [
  {
    name: 'salarySchedule',
    run: (c) =>
      c.request(
        `{ salarySchedule(asOf: "2099-06-01") { asOf schedule { presetId compensationRules { ruleId citation { url } } } } }`,
      ),
    expect: EVERYONE_SIGNED_IN,
    check: (response) => {
      const { schedule } = (response.data as { salarySchedule: { schedule: { presetId: string } | null } }).salarySchedule;
      // Only what this district set (the setSalarySchedule row) or nothing.
      if (schedule) expect(schedule.presetId).toBe('harmony-stipend');
    },
  },
  {
    name: 'salarySchedulePresets',
    run: (c) => c.request(`{ salarySchedulePresets { presetId compensationRules { kind } } }`),
    expect: HR_ONLY,
    check: (response) =>
      expect(
        (response.data as { salarySchedulePresets: Array<{ presetId: string }> }).salarySchedulePresets.map((p) => p.presetId),
      ).toContain('harmony-stipend'),
  },
  {
    name: 'setSalarySchedule',
    run: (c) =>
      c.request(
        `mutation { setSalarySchedule(input: { presetId: "harmony-stipend", effectiveFrom: "2099-01-01" }) { presetId effectiveFrom } }`,
      ),
    expect: HR_ONLY,
    check: (response) =>
      expect((response.data as { setSalarySchedule: { presetId: string; effectiveFrom: string } }).setSalarySchedule).toEqual({
        presetId: 'harmony-stipend',
        effectiveFrom: '2099-01-01',
      }),
  },
];
