import { nameOfTotal, trendSummary } from './dashboard-charts';

const month = (
  m: string,
  cumulative: string | null,
  previousCumulative: string,
  previousThrough = `${Number(m.slice(0, 4)) - 1}${m.slice(4)}-28`,
) => ({
  __typename: 'TrendMonth' as const,
  month: m,
  cumulative,
  previousCumulative,
  previousThrough,
});

describe('trendSummary', () => {
  it('compares the latest month so far with the same point last year, in words', () => {
    const trend = [
      month('2026-07', '10', '5', '2025-07-31'),
      month('2026-08', '25.5', '40', '2025-08-31'),
      month('2026-09', null, '60'),
    ];
    expect(trendSummary(trend, 2026)).toBe(
      "25.5 hour equivalents of approved PD in 2026–27 by Aug 31, behind last year's 40 by Aug 31, 2025.",
    );
    expect(trendSummary([month('2026-07', '10', '5')], 2026)).toContain("ahead of last year's 5");
    expect(trendSummary([month('2026-07', '10', '0')], 2026)).toContain('nothing was recorded by');
  });

  it('compares a month under way with the same day last year, as the API counts it', () => {
    const trend = [
      month('2026-11', '100', '90', '2025-11-30'),
      month('2026-12', '104', '96', '2025-12-06'),
      month('2027-01', null, '130'),
    ];
    expect(trendSummary(trend, 2026)).toBe(
      "104 hour equivalents of approved PD in 2026–27 by Dec 6, ahead of last year's 96 by Dec 6, 2025.",
    );
  });

  it('says when nothing is recorded yet', () => {
    expect(trendSummary([month('2026-07', null, '5')], 2026)).toBe('No approved PD recorded in 2026–27 yet.');
  });
});

describe('nameOfTotal', () => {
  it('names categories and activity types for people', () => {
    expect(nameOfTotal({ __typename: 'NamedTotal', key: null, hourEquivalents: '1', recordCount: 1 }, 'category')).toBe(
      'No category',
    );
    expect(
      nameOfTotal({ __typename: 'NamedTotal', key: 'MICRO_CREDENTIAL', hourEquivalents: '1', recordCount: 1 }, 'activityType'),
    ).toBe('Micro-credential');
  });
});
