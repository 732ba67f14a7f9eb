import { nameOfTotal, trendSummary } from './dashboard-charts';

const month = (m: string, cumulative: string | null, previousCumulative: string) => ({
  __typename: 'TrendMonth' as const,
  month: m,
  cumulative,
  previousCumulative,
});

describe('trendSummary', () => {
  it('compares the latest month so far with the same point last year, in words', () => {
    const trend = [month('2026-07', '10', '5'), month('2026-08', '25.5', '40'), month('2026-09', null, '60')];
    expect(trendSummary(trend, 2026)).toBe(
      "25.5 hour equivalents of approved PD by the end of Aug in 2026–27, behind last year's 40 at the same point.",
    );
    expect(trendSummary([month('2026-07', '10', '5')], 2026)).toContain("ahead of last year's 5");
    expect(trendSummary([month('2026-07', '10', '0')], 2026)).toContain('nothing was recorded by then last year');
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
