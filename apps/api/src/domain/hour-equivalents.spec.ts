import { hourEquivalents, hourEquivalentsSql } from './hour-equivalents';
import { PdUnit } from './pd-enums';

describe('hourEquivalents', () => {
  it.each([
    ['2.5', PdUnit.CLOCK_HOUR, null, '2.5'],
    ['0.1', PdUnit.CEU, null, '1'],
    ['1.5', PdUnit.CEU, null, '15'],
    ['3', PdUnit.SEMESTER_CREDIT, null, '45'],
    ['4', PdUnit.QUARTER_CREDIT, null, '40'],
    ['1', PdUnit.MICRO_CREDENTIAL, '15', '15'],
    ['1', PdUnit.MICRO_CREDENTIAL, null, '0'],
  ])('%s %s (stated %p) -> %s', (amount, unit, stated, expected) => {
    expect(hourEquivalents(amount, unit, stated)).toBe(expected);
  });

  it('is exact where floating point is not', () => {
    // 0.1 + 0.2 style drift would show here with JavaScript numbers.
    expect(hourEquivalents('0.07', PdUnit.CEU, null)).toBe('0.7');
  });

  it('builds one CASE expression covering every unit', () => {
    const sql = hourEquivalentsSql('r', 'c');
    for (const unit of Object.values(PdUnit)) expect(sql).toContain(`'${unit}'`);
    expect(sql).toContain('COALESCE(c.stated_hours, 0)');
  });
});
