import { GoalMeasure } from './goal-measure';
import { countedOn, evaluateRecordGoal, GoalRecord, summarize, trendDates } from './goal-progress';

describe('trendDates', () => {
  it('gives the start, each month end in between and the last date', () => {
    expect(trendDates('2025-09-15', '2025-12-02')).toEqual([
      '2025-09-15',
      '2025-09-30',
      '2025-10-31',
      '2025-11-30',
      '2025-12-02',
    ]);
  });

  it('does not repeat a start or end that falls on a month end, and knows leap years', () => {
    expect(trendDates('2024-01-31', '2024-03-31')).toEqual(['2024-01-31', '2024-02-29', '2024-03-31']);
  });

  it('is empty before the start', () => {
    expect(trendDates('2026-01-01', '2025-12-31')).toEqual([]);
  });

  it('steps over months for long goals, keeping at most maxPoints and the last month end', () => {
    const dates = trendDates('2020-07-01', '2026-06-15', 13);
    expect(dates.length).toBeLessThanOrEqual(13);
    expect(dates[0]).toBe('2020-07-01');
    expect(dates.slice(-2)).toEqual(['2026-05-31', '2026-06-15']);
  });
});

describe('summarize', () => {
  const person = (counted: boolean, value: string) => ({ educatorId: value, counted, value, detail: '' });

  it('compares shares exactly and rounds only the shown value', () => {
    const oneOfThree = [person(true, '1'), person(false, '2'), person(false, '3')];
    expect(summarize({ measure: GoalMeasure.ANY_PD_THIS_YEAR, target: '33.33' }, oneOfThree)).toMatchObject({
      value: '33.33',
      met: true,
    });
    // 33.333... is below 33.34 although it is shown as 33.33.
    expect(summarize({ measure: GoalMeasure.ANY_PD_THIS_YEAR, target: '33.34' }, oneOfThree)).toMatchObject({
      value: '33.33',
      met: false,
    });
  });

  it('averages hour equivalents exactly', () => {
    const people = [person(true, '10.1'), person(false, '0.2'), person(false, '0')];
    // 10.3 / 3 = 3.4333...; met compares 10.3 >= 3.44 x 3 = 10.32: no.
    expect(summarize({ measure: GoalMeasure.AVERAGE_PD_HOURS, target: '3.44' }, people)).toMatchObject({
      value: '3.43',
      met: false,
      counted: 1,
      total: 3,
    });
    expect(summarize({ measure: GoalMeasure.AVERAGE_PD_HOURS, target: '3.43' }, people)).toMatchObject({ met: true });
  });

  it('is 0 and not met without staff', () => {
    expect(summarize({ measure: GoalMeasure.RENEWAL_ON_TRACK, target: '1' }, [])).toEqual({
      value: '0',
      met: false,
      counted: 0,
      total: 0,
      people: [],
    });
  });
});

describe('countedOn', () => {
  const record: GoalRecord = {
    educatorId: 'e',
    status: 'APPROVED',
    unit: 'CLOCK_HOUR',
    amount: '3',
    completedOn: '2025-09-10',
    microCredentialKey: 'r',
    competencyArea: null,
    statedHours: null,
    decidedOn: '2025-10-01',
  };

  it('counts a record once it was both completed and decided', () => {
    expect(countedOn(record, '2025-09-30')).toBe(false);
    expect(countedOn(record, '2025-10-01')).toBe(true);
    expect(countedOn({ ...record, status: 'SUBMITTED' }, '2026-01-01')).toBe(false);
  });
});

describe('evaluateRecordGoal: micro-credentials earned since the goal started', () => {
  const credential = (educatorId: string, key: string, completedOn: string): GoalRecord => ({
    educatorId,
    status: 'VERIFIED',
    unit: 'MICRO_CREDENTIAL',
    amount: '1',
    completedOn,
    microCredentialKey: key,
    competencyArea: null,
    statedHours: '15',
    decidedOn: completedOn,
  });
  const records = new Map([
    ['before', [credential('before', 'a', '2025-03-01')]],
    ['after', [credential('after', 'b', '2026-09-01')]],
  ]);
  const goal = {
    measure: GoalMeasure.MICRO_CREDENTIALS,
    target: '50',
    minimumCount: 1,
    competencyArea: null,
    startsOn: '2026-08-01',
    deadline: '2027-06-30',
  };

  it('counts every credential held by default, so a new goal can start above zero', () => {
    const standing = evaluateRecordGoal({ ...goal, earnedSinceStart: false }, ['before', 'after'], records, '2026-12-01');
    expect(standing).toMatchObject({ counted: 2, total: 2 });
  });

  it('counts only credentials earned on or after the start when asked, and says so', () => {
    const standing = evaluateRecordGoal({ ...goal, earnedSinceStart: true }, ['before', 'after'], records, '2026-12-01');
    expect(standing).toMatchObject({ counted: 1, total: 2 });
    expect(standing.people.find((p) => p.educatorId === 'before')!.detail).toBe(
      '0 of 1 micro-credential earned since 2026-08-01',
    );
  });
});
