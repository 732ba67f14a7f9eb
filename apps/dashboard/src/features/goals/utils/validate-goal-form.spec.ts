import { toCreateGoalInput, toUpdateGoalInput, validateGoalForm, type GoalFormValues } from './validate-goal-form';

const base: GoalFormValues = {
  title: 'On track',
  schoolId: 's1',
  measure: 'RENEWAL_ON_TRACK',
  target: '90',
  minimumCount: '1',
  competencyArea: '',
  counting: 'since',
  startsOn: '2026-07-01',
  deadline: '2027-06-30',
};

describe('validateGoalForm', () => {
  it.each([
    ['100', true],
    ['100.01', false],
    ['0', false],
    ['0.01', true],
    ['62.5', true],
    ['62.555', false],
    ['1e2', false],
    ['-5', false],
  ])('share target %s valid: %s', (target, valid) => {
    expect(validateGoalForm({ ...base, target }, { requireSchool: true }).target === undefined).toBe(valid);
  });

  it('lets the average go above 100 hour equivalents, up to 10,000', () => {
    expect(
      validateGoalForm({ ...base, measure: 'AVERAGE_PD_HOURS', target: '120' }, { requireSchool: true }).target,
    ).toBeUndefined();
    expect(
      validateGoalForm({ ...base, measure: 'AVERAGE_PD_HOURS', target: '10000.01' }, { requireSchool: true }).target,
    ).toMatch(/hour equivalents/);
  });

  it('needs a school for principals, N for micro-credentials, and a deadline after the start', () => {
    const errors = validateGoalForm(
      { ...base, schoolId: '', measure: 'MICRO_CREDENTIALS', minimumCount: '1.5', deadline: '2026-07-01' },
      { requireSchool: true },
    );
    expect(Object.keys(errors).sort()).toEqual(['deadline', 'minimumCount', 'schoolId']);
    expect(validateGoalForm({ ...base, schoolId: '' }, { requireSchool: false })).toEqual({});
  });
});

describe('toCreateGoalInput / toUpdateGoalInput', () => {
  it('sends N and the area only for micro-credentials, and null for the whole district', () => {
    expect(toCreateGoalInput({ ...base, schoolId: '', minimumCount: '3', competencyArea: 'Equity' })).toEqual({
      title: 'On track',
      schoolId: null,
      measure: 'RENEWAL_ON_TRACK',
      target: '90',
      minimumCount: null,
      competencyArea: null,
      earnedSinceStart: null,
      startsOn: '2026-07-01',
      deadline: '2027-06-30',
    });
    expect(toUpdateGoalInput({ ...base, measure: 'MICRO_CREDENTIALS', minimumCount: '3', competencyArea: '' })).toMatchObject({
      minimumCount: 3,
      competencyArea: '',
      earnedSinceStart: true,
    });
    expect(toCreateGoalInput({ ...base, measure: 'MICRO_CREDENTIALS', counting: 'all' })).toMatchObject({
      earnedSinceStart: false,
    });
  });
});
