import { useQuery } from '@apollo/client/react';
import { Anchor, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { schoolHomeVariables, useFirstScreenFetch } from '../app/first-screen-queries';
import { EmptyState } from '../components/ui/empty-state';
import { ErrorState } from '../components/ui/error-state';
import { PageLoader } from '../components/ui/page-loader';
import { useViewer } from '../features/auth/hooks/use-viewer';
import { GoalProgressCards } from '../features/goals/components/goal-progress-cards';
import { LazyCompetencyAreasChart, preloadDashboardCharts } from '../features/dashboards/components/lazy-dashboard-charts';
import { NeedsAttentionList } from '../features/dashboards/components/needs-attention-list';
import { StatCard } from '../features/dashboards/components/stat-card';
import { StatusBars } from '../features/dashboards/components/status-bars';
import { useAttentionParams } from '../features/dashboards/hooks/use-attention-params';
import { needingAction, STATUS_LABELS, STATUS_PARAM } from '../features/dashboards/utils/renewal-status';
import { LazyPdHoursByMonthFigure, preloadPdHoursByMonthChart } from '../features/pd-activity/components/lazy-charts';
import { SchoolYearSelect } from '../features/school-year/components/school-year-select';
import { useSchoolYearParam } from '../features/school-year/hooks/use-school-year-param';
import { RenewalStatusSelect } from '../features/staff/components/renewal-status-select';
import { SchoolSelect } from '../features/staff/components/school-select';
import { StaffSearchInput } from '../features/staff/components/staff-search-input';
import { StaffTable } from '../features/staff/components/staff-table';
import { staffQueryVariables, useStaffViewParams } from '../features/staff/hooks/use-staff-view-params';
import { SchoolDashboardDocument, SchoolOptionsDocument, StaffDocument, type RenewalStatus } from '../gql/graphql';
import { sumDecimalStrings } from '../utils/decimal';
import { formatCount, formatDate, formatDecimal, schoolYearLabel } from '../utils/format';

// The charts download while this page asks for its data, instead of after the data arrives.
preloadDashboardCharts();
preloadPdHoursByMonthChart();

// One element for every render, so the goal cards (memoized) do not render again with the page.
const NO_SCHOOL_GOALS = (
  <EmptyState title="No goals for this school yet">Set one on the Goals page to track progress here.</EmptyState>
);

/**
 * A school's home — the principal's "/" and where HR drills in from the district's compliance
 * chart (/school?school=<id>&status=at-risk). It answers "Is my school moving toward its goals,
 * and who needs help?": renewal standing, who needs attention, PD by month, competency areas,
 * and the staff table. The school, year, filters and pages are all in the URL.
 */
export function SchoolHomePage() {
  const viewer = useViewer();
  const isHr = viewer.role === 'HR_ADMIN';
  const [searchParams] = useSearchParams();
  const [params, updateParams] = useStaffViewParams();
  const [schoolYear, setSchoolYear] = useSchoolYearParam();
  const [attention, updateAttention] = useAttentionParams();

  const schoolsResult = useQuery(SchoolOptionsDocument, useFirstScreenFetch(SchoolOptionsDocument));
  const schools = schoolsResult.data?.schools ?? (isHr ? [] : viewer.schools);
  const requestedSchool = schools.find((school) => school.id === params.schoolId) ?? null;
  const school = requestedSchool ?? (isHr ? null : (schools[0] ?? null));
  const unknownSchoolInUrl = params.schoolId !== null && requestedSchool === null && schoolsResult.data !== undefined;

  const dashboardVariables = schoolHomeVariables(school?.id ?? '', schoolYear, attention);
  const dashboard = useQuery(SchoolDashboardDocument, {
    skip: school === null,
    variables: dashboardVariables,
    ...useFirstScreenFetch(SchoolDashboardDocument, dashboardVariables),
  });
  const staffVariables = staffQueryVariables(school?.id ?? null, params, schoolYear);
  const staffResult = useQuery(StaffDocument, {
    skip: school === null,
    variables: staffVariables,
    ...useFirstScreenFetch(StaffDocument, staffVariables),
  });

  // While another page of the Needs attention list (or another school or year) loads, the previous
  // answer stays on screen rather than the page loader; the list says it is busy.
  const home = dashboard.data?.schoolDashboard ?? dashboard.previousData?.schoolDashboard;
  const homeBusy = dashboard.loading && dashboard.data === undefined;
  const staff = staffResult.data?.staff ?? staffResult.previousData?.staff;
  const period = schoolYearLabel(schoolYear);
  const subject = school?.name ?? 'Your school';

  // Links inside this view keep the school (and the year) and change one filter.
  const withParams = (changes: Record<string, string | null>, hash = ''): string => {
    const next = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    next.delete('page');
    const query = next.toString();
    return `${isHr ? '/school' : '/'}${query ? `?${query}` : ''}${hash}`;
  };
  const statusHref = (status: RenewalStatus) => withParams({ status: STATUS_PARAM[status] }, '#staff-heading');

  return (
    <Stack gap="lg">
      <div>
        {isHr && (
          <Anchor component={Link} to="/" size="sm">
            ← District overview
          </Anchor>
        )}
        <Title order={1}>{school ? school.name : isHr ? 'A school’s view' : 'Your school'}</Title>
        <Text c="dimmed">
          Is {subject} moving toward its goals, and who needs help? Renewal figures are as of{' '}
          {home ? formatDate(home.asOf) : 'today'}; PD totals count approved and verified records in the {period} school year.
        </Text>
      </div>

      {unknownSchoolInUrl && (
        <Text role="status" c="red.9">
          The school in this link is not one you can see{school ? `; showing ${school.name} instead` : ''}.
        </Text>
      )}

      <Group gap="md" align="flex-end" wrap="wrap">
        {(isHr || schools.length > 1) && (
          <SchoolSelect
            schools={schools}
            value={school?.id ?? null}
            allowAll={false}
            onChange={(schoolId) => updateParams({ schoolId, status: null })}
          />
        )}
        <SchoolYearSelect value={schoolYear} onChange={setSchoolYear} />
      </Group>

      {schoolsResult.error && !schoolsResult.data ? (
        <ErrorState
          error={schoolsResult.error}
          title="Your schools could not be loaded"
          onRetry={() => void schoolsResult.refetch()}
        />
      ) : school === null ? (
        schoolsResult.loading ? (
          <PageLoader label="Loading your school…" />
        ) : isHr ? (
          <EmptyState title="Choose a school">
            Pick a school above, or go back to the district overview and select one in the compliance chart.
          </EmptyState>
        ) : (
          <EmptyState title="No school is linked to your account">
            Ask your district HR administrator to assign your school.
          </EmptyState>
        )
      ) : (
        <>
          <section aria-labelledby="school-goals-heading">
            <Group justify="space-between" align="baseline" mb="xs">
              <Title order={2} id="school-goals-heading" size="h3">
                Goals
              </Title>
              <Anchor component={Link} to="/goals" size="sm">
                All goals →
              </Anchor>
            </Group>
            <GoalProgressCards schoolId={school.id} limit={3} headingOrder={3} empty={NO_SCHOOL_GOALS} />
          </section>

          {dashboard.error && !home ? (
            <ErrorState
              error={dashboard.error}
              title={`The figures for ${school.name} could not be loaded`}
              onRetry={() => void dashboard.refetch()}
            />
          ) : !home ? (
            <PageLoader label={`Loading ${school.name}’s figures…`} />
          ) : (
            <>
              <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" data-testid="school-home-stats">
                <StatCard
                  label="Current staff"
                  value={formatCount(home.renewalStatus.total)}
                  to={withParams({ status: null }, '#staff-heading')}
                />
                <StatCard
                  label="Need attention"
                  value={formatCount(home.attention.total)}
                  hint="Renewal at risk, behind or lapsed; deadline soon; or no PD this year"
                />
                <StatCard
                  label="Renewals at risk, behind or lapsed"
                  value={formatCount(needingAction(home.renewalStatus))}
                  hint={`${formatCount(home.renewalStatus.complete)} complete, ${formatCount(home.renewalStatus.onTrack)} on track`}
                />
                <StatCard
                  label={`PD hour equivalents, ${period}`}
                  value={formatDecimal(sumDecimalStrings(home.pdByMonth.map((month) => month.hourEquivalents)))}
                />
              </SimpleGrid>

              <StatusBars
                title="Staff renewal status"
                summary={
                  home.renewalStatus.total === 0
                    ? `${school.name} has no current staff.`
                    : `Of ${formatCount(home.renewalStatus.total)} staff, ${formatCount(home.renewalStatus.complete)} ${STATUS_LABELS.COMPLETE.toLowerCase()}, ${formatCount(home.renewalStatus.onTrack)} on track, ${formatCount(home.renewalStatus.atRisk)} at risk, ${formatCount(home.renewalStatus.behind)} behind, ${formatCount(home.renewalStatus.lapsed)} lapsed${home.renewalStatus.noLicense ? `, ${formatCount(home.renewalStatus.noLicense)} without a license on file` : ''}. Select a part of the bar to list those staff below.`
                }
                rows={[{ id: school.id, label: school.name, counts: home.renewalStatus, segmentHref: statusHref }]}
                rowHeader="School"
                caption={`Staff renewal status at ${school.name}, as of ${formatDate(home.asOf)}`}
              />

              <NeedsAttentionList
                attention={home.attention}
                schoolYear={schoolYear}
                reason={attention.reason}
                busy={homeBusy}
                onChange={updateAttention}
              />

              <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
                <LazyPdHoursByMonthFigure months={home.pdByMonth} schoolYear={schoolYear} subject={school.name} />
                <LazyCompetencyAreasChart areas={home.competencyAreas} subject={school.name} schoolYear={schoolYear} />
              </SimpleGrid>
            </>
          )}

          <section aria-labelledby="staff-heading">
            <Group justify="space-between" align="flex-end" wrap="wrap" mb="sm" gap="sm">
              <Title order={2} size="h3" id="staff-heading">
                Staff
              </Title>
              <Group gap="sm" align="flex-end" wrap="wrap">
                <RenewalStatusSelect value={params.status} onChange={(status) => updateParams({ status })} />
                <StaffSearchInput value={params.search} onSearch={(search) => updateParams({ search })} />
              </Group>
            </Group>
            {params.status && (
              <Text size="sm" mb="xs" role="status">
                Showing staff whose renewal is {STATUS_LABELS[params.status].toLowerCase()}.{' '}
                <Anchor component="button" type="button" size="sm" onClick={() => updateParams({ status: null })}>
                  Show all staff
                </Anchor>
              </Text>
            )}
            {staffResult.error && !staff ? (
              <ErrorState
                error={staffResult.error}
                title="The staff list could not be loaded"
                onRetry={() => void staffResult.refetch()}
              />
            ) : !staff ? (
              <PageLoader label="Loading staff…" />
            ) : staff.totalCount === 0 ? (
              <EmptyState
                title={
                  params.search
                    ? `No staff match “${params.search}”`
                    : params.status
                      ? `Nobody’s renewal is ${STATUS_LABELS[params.status].toLowerCase()}`
                      : 'No staff yet'
                }
              >
                {params.search
                  ? 'Check the spelling, or search by email instead.'
                  : params.status
                    ? 'Choose another renewal status, or “Any status”.'
                    : 'Staff appear here once they are assigned to this school.'}
              </EmptyState>
            ) : staff.rows.length === 0 ? (
              <EmptyState title="This page is past the end of the list">
                <Anchor component="button" type="button" onClick={() => updateParams({ page: 1 })}>
                  Go to the first page
                </Anchor>
              </EmptyState>
            ) : (
              <StaffTable
                rows={staff.rows}
                totalCount={staff.totalCount}
                params={params}
                onChange={updateParams}
                caption={`${school.name} staff, ${period} school year`}
                period={period}
                busy={staffResult.loading}
              />
            )}
          </section>
        </>
      )}
    </Stack>
  );
}
