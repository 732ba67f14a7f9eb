import { rubricFromText } from './hr-micro-credentials';

describe('rubricFromText', () => {
  it('reads criteria as “Name: description” and levels as “Name = points”, naming the passing level by its id', () => {
    expect(
      rubricFromText(
        'Plans checks: Lesson plans show checks\nActs on evidence: Teaching: adjusted',
        'Beginning = 1\nDeveloping = 2\n\n',
        'Developing',
        null,
      ),
    ).toEqual({
      criteria: [
        { name: 'Plans checks', description: 'Lesson plans show checks' },
        { name: 'Acts on evidence', description: 'Teaching: adjusted' },
      ],
      levels: [
        { name: 'Beginning', points: 1 },
        { name: 'Developing', points: 2 },
      ],
      passingLevelId: 'developing',
      minimumTotalPoints: null,
    });
  });

  it('uses the name as the description when none is given', () => {
    expect(rubricFromText('Reflection', 'Low = 0\nHigh = 1', 'High', 1).criteria).toEqual([
      { name: 'Reflection', description: 'Reflection' },
    ]);
  });
});
