import type { DocumentNode } from 'graphql';
import type { ViewerFieldsFragment } from '../gql/graphql';
import { currentSchoolYear } from '../utils/school-year';
import { districtHomeVariables, prefetchHomeQueries, schoolHomeVariables } from './first-screen-queries';

const principal: ViewerFieldsFragment = {
  __typename: 'Viewer',
  accountId: 'a1',
  email: 'principal@example.org',
  role: 'PRINCIPAL',
  displayName: 'Pat Principal',
  district: { __typename: 'District', id: 'd1', name: 'District', stateCode: 'PA' },
  educator: null,
  schools: [{ __typename: 'School', id: 's1', name: 'School one' }],
};

const hr: ViewerFieldsFragment = { ...principal, accountId: 'a2', email: 'hr@example.org', role: 'HR_ADMIN', schools: [] };

/** The variables start-up sends for each query of the home at `search` (the principal's, or `viewer`'s). */
function prefetched(search: string, viewer = principal): Map<string, object> {
  const sent = new Map<string, object>();
  const client = {
    query({ query, variables }: { query: DocumentNode; variables?: object }) {
      const definition = query.definitions[0];
      sent.set(definition && 'name' in definition ? (definition.name?.value ?? '?') : '?', variables ?? {});
      return Promise.resolve({});
    },
  };
  prefetchHomeQueries(client as never, viewer, { pathname: '/', search });
  return sent;
}

describe('prefetchHomeQueries', () => {
  it('starts the school home with the Needs attention page and filter of the URL, as the page asks for it', () => {
    const year = currentSchoolYear();
    expect(prefetched('').get('SchoolDashboard')).toEqual({
      schoolId: 's1',
      schoolYear: year,
      attentionReason: null,
      attentionOffset: 0,
    });
    expect(prefetched('?why=no-pd&apage=3').get('SchoolDashboard')).toEqual({
      schoolId: 's1',
      schoolYear: year,
      attentionReason: 'NO_PD_THIS_YEAR',
      attentionOffset: 20,
    });
    // The page builds the same variables from the same URL (its useAttentionParams parses alike).
    expect(schoolHomeVariables('s1', year, { reason: 'NO_PD_THIS_YEAR', page: 3 })).toEqual(
      prefetched('?why=no-pd&apage=3').get('SchoolDashboard'),
    );
    // Bad values are the defaults.
    expect(prefetched('?why=nonsense&apage=-2').get('SchoolDashboard')).toMatchObject({
      attentionReason: null,
      attentionOffset: 0,
    });
  });

  it("starts HR's home with the number of expiring licenses the URL shows (25 by default), as the page asks for it", () => {
    const year = currentSchoolYear();
    expect(prefetched('', hr).get('DistrictDashboard')).toEqual({ schoolYear: year, expiringLimit: 25 });
    expect(prefetched('?within=180&expiring=75', hr).get('DistrictDashboard')).toEqual({ schoolYear: year, expiringLimit: 75 });
    // Clamped and in steps of 25, as the page parses it (parseExpiringParams).
    expect(prefetched('?expiring=9999', hr).get('DistrictDashboard')).toEqual({ schoolYear: year, expiringLimit: 500 });
    expect(prefetched('?expiring=60', hr).get('DistrictDashboard')).toEqual({ schoolYear: year, expiringLimit: 50 });
    // The page builds the same variables (districtHomeVariables) from the same URL.
    expect(districtHomeVariables(year, 75)).toEqual(prefetched('?expiring=75', hr).get('DistrictDashboard'));
    expect(prefetched('?expiring=75', hr).get('DistrictSchools')).toEqual({ schoolYear: year });
  });
});
