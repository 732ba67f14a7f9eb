import { daysLeftText, missingSentence, recordUnitLabel, statusExplanation } from './renewal-text';

describe('renewal text', () => {
  it('says what is missing, including unmet categories', () => {
    expect(
      missingSentence({
        unitName: 'points',
        remaining: '40',
        deadline: '2027-06-30',
        status: 'AT_RISK',
        categories: [
          { label: 'Students with disabilities', required: '20', earned: '5', met: false },
          { label: 'Literacy', required: '10', earned: '10', met: true },
        ],
      }),
    ).toBe('Still needed by Jun 30, 2027: 40 more points and Students with disabilities (5 of 20 so far).');
  });

  it('says nothing is missing when complete', () => {
    expect(
      missingSentence({ unitName: 'hours', remaining: '0', deadline: '2027-06-30', status: 'COMPLETE', categories: [] }),
    ).toMatch(/^Nothing is missing/);
  });

  it('names record units, plural unless one', () => {
    expect(recordUnitLabel('semester_credit', '3')).toBe('semester credits');
    expect(recordUnitLabel('clock_hour', '1')).toBe('clock hour');
    expect(recordUnitLabel('ceu', '0.5')).toBe('CEUs');
  });

  it('explains "behind" by whether the deadline has passed', () => {
    expect(statusExplanation('BEHIND', 100)).toMatch(/less than half of the expected pace/);
    expect(statusExplanation('BEHIND', -1)).toMatch(/deadline has passed/);
  });

  it('counts days in words', () => {
    expect(daysLeftText(1)).toBe('1 day left');
    expect(daysLeftText(1096)).toBe('1,096 days left');
    expect(daysLeftText(-3)).toBe('3 days ago');
  });
});
