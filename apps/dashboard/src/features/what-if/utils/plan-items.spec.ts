import {
  emptyDraft,
  MAX_PLANNED_RECORDS,
  parsePlan,
  plannedRecordCount,
  serializeItem,
  toHypotheticals,
  validateDraft,
  type PlanItem,
} from './plan-items';

const literacyBadges: PlanItem = {
  activityType: 'MICRO_CREDENTIAL',
  amount: '1',
  unit: 'MICRO_CREDENTIAL',
  count: 2,
  categories: ['Literacy'],
  statedHours: '15',
  level: null,
  inDistrict: false,
  preApproved: true,
  title: null,
};

describe('validateDraft', () => {
  it('accepts "2 more micro-credentials in literacy" with stated hours', () => {
    const { item, errors } = validateDraft({ ...emptyDraft, count: '2', otherCategories: ' Literacy, ', statedHours: '15' });
    expect(errors).toEqual({});
    expect(item).toEqual(literacyBadges);
  });

  it.each([
    [{ amount: '' }, 'amount', 'Enter the amount of one activity, e.g. 3 or 1.5.'],
    [{ amount: '0' }, 'amount', '“0” is not a positive number with at most 4 decimal places.'],
    [{ amount: '1.23456' }, 'amount', '“1.23456” is not a positive number with at most 4 decimal places.'],
    [{ amount: '-3' }, 'amount', '“-3” is not a positive number with at most 4 decimal places.'],
    [{ count: '0' }, 'count', '“0” is not a whole number of activities (1 or more).'],
    [{ count: 'two' }, 'count', '“two” is not a whole number of activities (1 or more).'],
    [{ statedHours: '1.234' }, 'statedHours', '“1.234” is not a number of hours with at most 2 decimal places.'],
    [{ unit: 'FURLONG' }, 'unit', 'Choose a unit.'],
    [{ level: 'doctoral' }, 'level', 'Choose graduate or undergraduate.'],
  ])('rejects %j with a message naming the value', (change, field, message) => {
    const { item, errors } = validateDraft({ ...emptyDraft, ...change });
    expect(item).toBeNull();
    expect(errors).toEqual({ [field]: message });
  });

  it('keeps the plan within the API limit of 50 planned records', () => {
    expect(validateDraft({ ...emptyDraft, count: '5' }, MAX_PLANNED_RECORDS - 3).errors.count).toBe(
      'A plan holds at most 50 activities; 3 more fit.',
    );
    expect(validateDraft({ ...emptyDraft, count: '1' }, MAX_PLANNED_RECORDS).errors.count).toBe(
      'A plan holds at most 50 activities; remove one first.',
    );
  });
});

describe('the plan in the URL', () => {
  it('round-trips every field, including a title with the separator in it', () => {
    const course: PlanItem = {
      ...literacyBadges,
      activityType: 'COURSE',
      amount: '3',
      unit: 'SEMESTER_CREDIT',
      count: 1,
      categories: [],
      statedHours: null,
      level: 'graduate',
      inDistrict: true,
      preApproved: false,
      title: 'EDUC 600 ~ Reading',
    };
    const { items, problems } = parsePlan([serializeItem(literacyBadges), serializeItem(course)]);
    expect(problems).toEqual([]);
    expect(items).toEqual([literacyBadges, course]);
    expect(serializeItem(literacyBadges)).toBe('MICRO_CREDENTIAL~1~MICRO_CREDENTIAL~2~Literacy~15~~~1~');
  });

  it('reports a hand-edited entry instead of dropping it silently', () => {
    const { items, problems } = parsePlan(['WORKSHOP~abc~CLOCK_HOUR~1', 'garbage', serializeItem(literacyBadges)]);
    expect(items).toEqual([literacyBadges]);
    expect(problems).toEqual([
      'Planned activity 1 in the link was left out: “abc” is not a positive number with at most 4 decimal places.',
      'Planned activity 2 in the link was left out: it is incomplete.',
    ]);
  });
});

describe('toHypotheticals', () => {
  it('expands counts into planned records completed on the given day, with rule-set category ids', () => {
    const records = toHypotheticals([literacyBadges], '2026-12-03', new Map([['literacy', 'literacy_id']]));
    expect(plannedRecordCount([literacyBadges])).toBe(2);
    expect(records).toEqual([
      {
        title: 'Planned micro-credential (plan line 1, 1 of 2)',
        activityType: 'MICRO_CREDENTIAL',
        amount: '1',
        unit: 'MICRO_CREDENTIAL',
        completedOn: '2026-12-03',
        categories: ['literacy_id'],
        statedHours: '15',
        level: null,
        inDistrict: false,
        preApproved: true,
      },
      {
        title: 'Planned micro-credential (plan line 1, 2 of 2)',
        activityType: 'MICRO_CREDENTIAL',
        amount: '1',
        unit: 'MICRO_CREDENTIAL',
        completedOn: '2026-12-03',
        categories: ['literacy_id'],
        statedHours: '15',
        level: null,
        inDistrict: false,
        preApproved: true,
      },
    ]);
  });
});
