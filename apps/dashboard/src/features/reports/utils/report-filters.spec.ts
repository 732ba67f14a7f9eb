import type { RelicensureParams } from '../hooks/use-relicensure-params';
import { exportQuery, relicensureFilter } from './report-filters';

const base: RelicensureParams = {
  schoolId: null,
  statuses: [],
  due: '',
  licenseType: '',
  asOf: '',
  sort: 'name',
  direction: 'ASC',
  page: 1,
  pageSize: 25,
};

describe('relicensure report filters', () => {
  it('sends nothing when nothing is filtered', () => {
    expect(exportQuery(base)).toBe('');
    expect(relicensureFilter(base)).toEqual({
      schoolId: null,
      statuses: null,
      deadlineWithinDays: null,
      licenseType: null,
      asOf: null,
    });
  });

  it("gives the export links the screen's filters under the API's names, never the sort or page", () => {
    const params: RelicensureParams = {
      ...base,
      schoolId: 's1',
      statuses: ['AT_RISK', 'BEHIND'],
      due: '90',
      licenseType: 'Instructional II',
      asOf: '2026-06-30',
      sort: 'deadline',
      page: 3,
    };
    expect(exportQuery(params)).toBe(
      '?school=s1&status=at_risk%2Cbehind&deadlineWithinDays=90&licenseType=Instructional+II&asOf=2026-06-30',
    );
    expect(relicensureFilter(params)).toEqual({
      schoolId: 's1',
      statuses: ['AT_RISK', 'BEHIND'],
      deadlineWithinDays: 90,
      licenseType: 'Instructional II',
      asOf: '2026-06-30',
    });
  });

  it('passes a bad "deadline within" on, for the API to refuse by name', () => {
    expect(relicensureFilter({ ...base, due: 'soon' }).deadlineWithinDays).toBe(-1);
  });
});
