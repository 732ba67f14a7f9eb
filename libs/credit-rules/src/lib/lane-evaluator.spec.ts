// Lane cases worked by hand from the rules cited in the two salary-schedule presets.
import { getSalarySchedulePreset, SALARY_SCHEDULE_PRESET_IDS } from '../salary-schedules/salary-schedule-presets';
import { evaluateLane, evaluateLaneWhatIf } from './lane-evaluator';
import type { PdRecordInput } from './pd-record';

const maplewood = getSalarySchedulePreset('maplewood-traditional');
const mcLanes = getSalarySchedulePreset('micro-credential-lanes');
const baTeacher = { id: 'e1', lane: 'BA', step: 5, hireDate: '2016-08-01', highestDegree: 'BA', highestDegreeOn: '2015-06-01' };

const r = (
  id: string,
  completedOn: string,
  activityType: PdRecordInput['activityType'],
  amount: string,
  unit: PdRecordInput['unit'],
  extra: Partial<PdRecordInput> = {},
): PdRecordInput => ({ id, completedOn, activityType, amount, unit, ...extra });

describe('evaluateLane', () => {
  it('ships the salary schedules with the demo lane names', () => {
    expect(SALARY_SCHEDULE_PRESET_IDS).toEqual([
      'maplewood-traditional',
      'micro-credential-lanes',
      'harmony-stipend',
      'dysart-steps',
      'muskego-equivalency',
      'kettle-moraine-base',
    ]);
    expect(maplewood.lanes.map((l) => l.id)).toEqual(['BA', 'BA+15', 'BA+30', 'MA', 'MA+15', 'MA+30', 'PhD']);
  });

  it('BA -> BA+15: 9 semester + 3 quarter (2) + 45 in-district hours (3) + a 15-hour micro-credential (1) = 15 credits; STMA fall window; pay from Nov 1', () => {
    const records = [
      r('c1', '2024-01-10', 'course', '9', 'semester_credit', { level: 'graduate' }),
      r('c2', '2024-03-01', 'course', '3', 'quarter_credit'),
      r('w1', '2024-05-01', 'workshop', '45', 'clock_hour', { inDistrict: true }),
      r('m1', '2024-06-01', 'micro_credential', '1', 'micro_credential', { statedHours: '15' }),
      r('old', '2014-06-01', 'course', '3', 'semester_credit'),
    ];
    const lane = evaluateLane({ schedule: maplewood, educator: baTeacher, records, asOf: '2025-07-15' });
    expect(lane.nextLane).toBe('BA+15');
    expect([lane.creditsNeeded, lane.creditsEarned, lane.creditsRemaining]).toEqual(['15', '15', '0']);
    expect(lane.byKind.map((k) => [k.ruleId, k.credits])).toEqual([
      ['mw-semester', '9'],
      ['mw-quarter', '2'],
      ['mw-in-district', '3'],
      ['mw-micro-credential', '1'],
    ]);
    expect(lane.qualifiesOn).toBe('2024-06-01');
    expect(lane.application).toEqual({
      opens: '2025-08-01',
      closes: '2025-09-15',
      effective: '2025-11-01',
      ruleId: 'mw-fall-window',
    });
    // Step 5 (interpolated from PWC steps 4 and 10): BA 51,815.00; BA+15 53,165.00; 242 of 365 days from Nov 1.
    expect(lane.salary).toEqual(
      expect.objectContaining({
        contractYear: 2025,
        currentCents: 5_181_500,
        nextCents: 5_316_500,
        annualDifferenceCents: 135_000,
        thisContractYearCents: 89_506,
      }),
    );
    expect(lane.salary!.nextFiveYears).toHaveLength(5);
    expect(lane.explanation.find((l) => l.recordId === 'old')!.reason).toContain('earned before the highest degree');
    expect(lane.explanation.reduce((a, l) => a + Number(l.credited), 0)).toBe(15);
  });

  it('a voided course counts no lane credit and says why; a rejected one says rejected', () => {
    const records = [
      r('kept', '2024-01-10', 'course', '3', 'semester_credit', { level: 'graduate' }),
      r('voided', '2024-02-10', 'course', '6', 'semester_credit', { level: 'graduate', status: 'voided' }),
      r('rejected', '2024-03-10', 'course', '6', 'semester_credit', { level: 'graduate', status: 'rejected' }),
    ];
    const lane = evaluateLane({ schedule: maplewood, educator: baTeacher, records, asOf: '2025-07-15' });
    expect(lane.creditsEarned).toBe('3');
    expect(lane.explanation.find((l) => l.recordId === 'voided')).toMatchObject({
      credited: '0',
      reason: expect.stringContaining('voided'),
    });
    expect(lane.explanation.find((l) => l.recordId === 'rejected')!.reason).toBe('rejected records do not count');
  });

  it('a semester-credit course with no level is not counted as graduate credit (both schedules)', () => {
    const records = [
      r('graduate', '2024-01-10', 'course', '3', 'semester_credit', { level: 'graduate' }),
      r('unknown', '2024-02-10', 'course', '6', 'semester_credit'),
      r('undergraduate', '2024-03-10', 'course', '2', 'semester_credit', { level: 'undergraduate' }),
    ];
    const lane = evaluateLane({ schedule: maplewood, educator: baTeacher, records, asOf: '2025-07-15' });
    expect(lane.creditsEarned).toBe('5');
    expect(lane.explanation.find((l) => l.recordId === 'unknown')).toMatchObject({ credited: '0' });
    expect(lane.byKind.map((k) => [k.ruleId, k.credits])).toEqual([
      ['mw-undergraduate', '2'],
      ['mw-semester', '3'],
    ]);
    const preApproved = records.map((record) => ({ ...record, preApproved: true }));
    const mc = evaluateLane({ schedule: mcLanes, educator: baTeacher, records: preApproved, asOf: '2025-07-15' });
    expect(mc.creditsEarned).toBe('3');
    expect(mc.explanation.find((l) => l.recordId === 'unknown')).toMatchObject({ credited: '0' });
  });

  it('caps district credits at 6 per lane change (Campbell County) and quarter credits stay exact', () => {
    const lane = evaluateLane({
      schedule: maplewood,
      educator: baTeacher,
      records: [
        r('w', '2024-01-10', 'workshop', '120', 'clock_hour', { inDistrict: true }),
        r('q', '2024-02-10', 'course', '1', 'quarter_credit'),
        r('q2', '2024-02-11', 'course', '1', 'quarter_credit'),
      ],
      asOf: '2024-07-01',
    });
    expect(lane.adjustments.map((a) => [a.ruleId, a.removed])).toEqual([['mw-district-cap', '2']]);
    expect(lane.creditsEarned).toBe('7.3333');
    expect(lane.creditsRemaining).toBe('7.6667');
    expect(lane.explanation.map((l) => l.credited)).toEqual(['6', '0.6667', '0.6666']);
  });

  it('micro-credential lanes: one pre-approved NEA micro-credential = 1 credit; not pre-approved does not count; 36 credits reach MA without the degree', () => {
    const educator = { lane: 'BA+30', step: 3, hireDate: '2018-08-01', highestDegree: 'BA' };
    const mcs = Array.from({ length: 36 }, (_, i) =>
      r(`mc${i}`, `2024-0${1 + (i % 9)}-1${i % 10}`, 'micro_credential', '1', 'micro_credential', { preApproved: i !== 0 }),
    );
    const lane = evaluateLane({ schedule: mcLanes, educator, records: mcs, asOf: '2024-12-01' });
    expect([lane.nextLane, lane.attainableByCredits, lane.creditsNeeded, lane.creditsEarned]).toEqual(['MA', true, '36', '35']);
    expect(lane.explanation.find((l) => l.recordId === 'mc0')!.reason).toBe('needs pre-approval');
    const whatIf = evaluateLaneWhatIf({ schedule: mcLanes, educator, records: mcs, asOf: '2024-12-01' }, [
      r('plan', '2025-03-01', 'micro_credential', '1', 'micro_credential', { preApproved: true }),
    ]);
    expect([
      whatIf.withHypothetical.creditsEarned,
      whatIf.withHypothetical.qualifiesOn,
      whatIf.withHypothetical.application?.effective,
    ]).toEqual(['36', '2025-03-01', '2025-11-01']);
  });

  it('says when the next lane needs a degree credits cannot replace', () => {
    const lane = evaluateLane({
      schedule: maplewood,
      educator: { lane: 'BA+30', step: 2, hireDate: '2018-08-01', highestDegree: 'BA' },
      records: [],
      asOf: '2025-01-01',
    });
    expect([lane.nextLane, lane.attainableByCredits, lane.application]).toEqual(['MA', false, null]);
  });
});
