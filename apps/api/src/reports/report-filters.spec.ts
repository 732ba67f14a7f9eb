import { DomainError } from '../common/errors';
import { RenewalStatus } from '../domain/evaluation.models';
import { addDays } from '../domain/dates';
import { parseLaneChangeQuery, parseRelicensureQuery, parseTranscriptQuery } from './report-filters';
import { normaliseLicenseType } from '../domain/license-type';

function failure(run: () => unknown): { message: string; field: unknown } {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { message: error.message, field: error.field };
    throw error;
  }
  throw new Error('expected a BAD_USER_INPUT error');
}

describe('report filters from URLs', () => {
  it("reads the dashboard's parameters", () => {
    expect(
      parseRelicensureQuery({
        school: 'abc',
        status: 'at_risk,BEHIND',
        deadlineWithinDays: '90',
        licenseType: 'Instructional II',
        asOf: '2026-06-30',
      }),
    ).toEqual({
      schoolId: 'abc',
      statuses: [RenewalStatus.AT_RISK, RenewalStatus.BEHIND],
      deadlineWithinDays: 90,
      licenseType: 'Instructional II',
      asOf: '2026-06-30',
    });
    expect(parseRelicensureQuery({})).toEqual({
      schoolId: null,
      statuses: null,
      deadlineWithinDays: null,
      licenseType: null,
      asOf: null,
    });
    expect(parseLaneChangeQuery({ asOf: '2026-06-30' })).toEqual({ schoolId: null, asOf: '2026-06-30' });
    expect(parseTranscriptQuery({ licenseId: 'x' })).toEqual({ licenseId: 'x', asOf: null });
  });

  it.each([
    [{ status: 'late' }, 'status', '"late"'],
    [{ deadlineWithinDays: 'soon' }, 'deadlineWithinDays', '"soon"'],
    [{ deadlineWithinDays: '-3' }, 'deadlineWithinDays', '"-3"'],
    [{ sort: 'name' }, 'sort', '"name"'],
    [{ school: ['a', 'b'] }, 'school', 'once'],
  ])('refuses %j naming the field and the value', (query, field, text) => {
    const error = failure(() => parseRelicensureQuery(query));
    expect(error.field).toBe(field);
    expect(error.message).toContain(text);
  });

  it('compares license types as the converter does', () => {
    expect(normaliseLicenseType(' Instructional II ')).toBe('instructional_ii');
    expect(normaliseLicenseType('instructional_ii')).toBe('instructional_ii');
  });

  it('adds calendar days without time zones', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 0)).toBe('2026-12-31');
  });
});
