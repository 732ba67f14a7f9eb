import { meetsPassingRule, panelOutcome, parseRubric, parseScores } from './rubric';

const rubric = parseRubric({
  criteria: [
    { name: 'Plans checks for understanding', description: 'Lesson plans show planned checks.' },
    { name: 'Acts on the evidence', description: 'Instruction changes with what the checks show.' },
  ],
  levels: [
    { name: 'Beginning', points: 1 },
    { name: 'Developing', points: 2 },
    { name: 'Proficient', points: 3 },
  ],
  passingLevelId: 'developing',
  minimumTotalPoints: 5,
});

describe('parseRubric', () => {
  it('gives criteria and levels ids from their names', () => {
    expect(rubric.criteria.map((c) => c.id)).toEqual(['plans-checks-for-understanding', 'acts-on-the-evidence']);
    expect(rubric.passing).toEqual({ minimumLevelId: 'developing', minimumTotalPoints: 5 });
  });

  it('refuses a passing level that is not a level, unordered levels and an unreachable total', () => {
    const base = {
      criteria: [{ name: 'A', description: 'a' }],
      levels: [
        { name: 'Low', points: 1 },
        { name: 'High', points: 2 },
      ],
    };
    expect(() => parseRubric({ ...base, passingLevelId: 'nope' })).toThrow(/passingLevelId/);
    expect(() => parseRubric({ ...base, levels: [...base.levels].reverse(), passingLevelId: 'low' })).toThrow(/increasing/);
    expect(() => parseRubric({ ...base, passingLevelId: 'low', minimumTotalPoints: 3 })).toThrow(/from 0 to 2/);
  });
});

describe('scores and the passing rule', () => {
  const score = (a: string, b: string) =>
    parseScores(rubric, [
      { criterionId: 'plans-checks-for-understanding', levelId: a, feedback: 'ok' },
      { criterionId: 'acts-on-the-evidence', levelId: b, feedback: 'ok' },
    ]);

  it('passes when every criterion reaches the level and the total is met', () => {
    expect(meetsPassingRule(rubric, score('proficient', 'developing'))).toBe(true);
    // Both at the minimum level: 4 points, below the total of 5.
    expect(meetsPassingRule(rubric, score('developing', 'developing'))).toBe(false);
    // One criterion below the level fails whatever the total.
    expect(meetsPassingRule(rubric, score('proficient', 'beginning'))).toBe(false);
  });

  it('requires every criterion once, with feedback', () => {
    expect(() => parseScores(rubric, [{ criterionId: 'acts-on-the-evidence', levelId: 'proficient', feedback: 'x' }])).toThrow(
      /every criterion/,
    );
    expect(() => score('proficient', 'bogus')).toThrow(/levelId/);
    expect(() =>
      parseScores(rubric, [
        { criterionId: 'plans-checks-for-understanding', levelId: 'proficient', feedback: ' ' },
        { criterionId: 'acts-on-the-evidence', levelId: 'proficient', feedback: 'x' },
      ]),
    ).toThrow(/feedback/);
  });
});

describe('panelOutcome', () => {
  it('needs two agreeing assessors; a split goes to a third', () => {
    expect(panelOutcome([true])).toBe('WAITING');
    expect(panelOutcome([true, true])).toBe('PASSED');
    expect(panelOutcome([false, false])).toBe('NOT_PASSED');
    expect(panelOutcome([true, false])).toBe('NEEDS_THIRD_ASSESSOR');
    expect(panelOutcome([true, false, true])).toBe('PASSED');
    expect(panelOutcome([true, false, false])).toBe('NOT_PASSED');
  });
});
