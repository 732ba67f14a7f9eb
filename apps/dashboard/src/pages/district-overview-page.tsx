import { useQuery } from '@apollo/client/react';
import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { districtHomeVariables, useFirstScreenFetch } from '../app/first-screen-queries';
import { EmptyState } from '../components/ui/empty-state';
import { ErrorState } from '../components/ui/error-state';
import { PageLoader } from '../components/ui/page-loader';
import { useViewer } from '../features/auth/hooks/use-viewer';
import { SchoolsTable } from '../features/district/components/schools-table';
import { ActionQueue } from '../features/dashboards/components/action-queue';
import { ExpiringLicenses } from '../features/dashboards/components/expiring-licenses';
import {
  LazyHoursBreakdownChart,
  LazyPdTrendChart,
  preloadDashboardCharts,
} from '../features/dashboards/components/lazy-dashboard-charts';
import { StatCard } from '../features/dashboards/components/stat-card';
import { StatusBars } from '../features/dashboards/components/status-bars';
import { useExpiringParams, type ExpiringWindow } from '../features/dashboards/hooks/use-expiring-params';
import { needingAction, STATUS_PARAM } from '../features/dashboards/utils/renewal-status';
import { LazyHoursBySchoolChart, preloadHoursBySchoolChart } from '../features/pd-activity/components/lazy-charts';
import { SchoolYearSelect } from '../features/school-year/components/school-year-select';
import { useSchoolYearParam } from '../features/school-year/hooks/use-school-year-param';
import { DistrictDashboardDocument, DistrictSchoolsDocument, type RenewalStatus } from '../gql/graphql';
import { formatCount, formatDate, schoolYearLabel } from '../utils/format';
import { useKeepEqual } from '../utils/keep-equal';

// The charts download while this page asks for its data, instead of after the data arrives.
preloadDashboardCharts();
preloadHoursBySchoolChart();

const LINKS: Array<{ to: string; label: string; description: string }> = [
  { to: '/reports', label: 'Reports and exports', description: 'Relicensure and lane-change reports, CSV, Excel and PDF' },
  {
    to: '/rules',
    label: 'Rules and schedules',
    description: 'State presets with citations, district overrides with effective dates',
  },
  { to: '/imports', label: 'Imports', description: 'Rosters and vendor transcripts' },
  { to: '/audit', label: 'Audit log', description: 'Who changed what, and when' },
];

/** HR's home: "Is the district compliant, and what needs my action today?" */
export function DistrictOverviewPage() {
  const viewer = useViewer();
  const [searchParams] = useSearchParams();
  const [schoolYear, setSchoolYear] = useSchoolYearParam();
  const [{ window, shown }, updateExpiring] = useExpiringParams();
  const variables = districtHomeVariables(schoolYear, shown);
  const { data, previousData, error, loading, refetch } = useQuery(DistrictDashboardDocument, {
    variables,
    ...useFirstScreenFetch(DistrictDashboardDocument, variables),
  });
  const schoolsVariables = { schoolYear };
  const schoolsResult = useQuery(DistrictSchoolsDocument, {
    variables: schoolsVariables,
    ...useFirstScreenFetch(DistrictSchoolsDocument, schoolsVariables),
  });
  // While more expiring licenses load (another `expiringLimit`, a separate answer), the previous
  // answer of the same year stays on screen and only that list says it is busy. The parts of the
  // new answer that equal the previous one keep their objects, so the memoized blocks (action
  // queue, compliance by school, charts) do not render again.
  const previous = previousData?.districtDashboard;
  const home = useKeepEqual(data?.districtDashboard ?? (previous?.schoolYear === schoolYear ? previous : undefined));
  const expiringBusy = loading && data === undefined && home !== undefined;
  // More licenses were asked for and the answer failed: the previous list stays, with the error.
  const expiringError = !loading && data === undefined && home !== undefined ? error : undefined;
  const period = schoolYearLabel(schoolYear);
  const yearParam = searchParams.get('year');

  const setWindow = useCallback((next: ExpiringWindow) => updateExpiring({ window: next }), [updateExpiring]);
  const showMore = useCallback((next: number) => updateExpiring({ shown: next }), [updateExpiring]);

  const schools = home?.schools;
  const complianceRows = useMemo(() => {
    const schoolHref = (schoolId: string, status?: RenewalStatus) => {
      const params = new URLSearchParams({ school: schoolId });
      if (yearParam) params.set('year', yearParam);
      if (status) params.set('status', STATUS_PARAM[status]);
      return `/school?${params.toString()}${status ? '#staff-heading' : ''}`;
    };
    return (schools ?? []).map((entry) => ({
      id: entry.school.id,
      label: entry.school.name,
      counts: entry.renewalStatus,
      href: schoolHref(entry.school.id),
      segmentHref: (status: RenewalStatus) => schoolHref(entry.school.id, status),
    }));
  }, [schools, yearParam]);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>District overview</Title>
        <Text c="dimmed">
          Is {viewer.district.name} ({viewer.district.stateCode}) compliant, and what needs your action today? Renewal figures are
          as of {home ? formatDate(home.asOf) : 'today'}; PD totals count approved and verified records in the {period} school
          year.
        </Text>
      </div>
      <SchoolYearSelect value={schoolYear} onChange={setSchoolYear} />

      {error && !home ? (
        <ErrorState error={error} title="The district overview could not be loaded" onRetry={() => void refetch()} />
      ) : loading && !home ? (
        <PageLoader label="Loading the district overview…" />
      ) : !home ? null : home.schools.length === 0 ? (
        <EmptyState title="No schools yet">
          Schools appear here once they are added to the district:{' '}
          <Anchor component={Link} to="/imports">
            import a roster
          </Anchor>
          .
        </EmptyState>
      ) : (
        <>
          <ActionQueue queue={home.actionQueue} />

          <Paper withBorder p="md" radius="md" component="nav" aria-label="HR tools">
            <Title order={2} size="h4" mb="xs">
              Go to
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
              {LINKS.map((link) => (
                <div key={link.to}>
                  <Anchor component={Link} to={link.to} fw={600}>
                    {link.label}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {link.description}
                  </Text>
                </div>
              ))}
            </SimpleGrid>
          </Paper>

          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
            <StatCard label="Current educators" value={formatCount(home.renewalStatus.total)} />
            <StatCard
              label="Renewals complete or on track"
              value={formatCount(home.renewalStatus.complete + home.renewalStatus.onTrack)}
              hint={`${formatCount(home.renewalStatus.complete)} complete, ${formatCount(home.renewalStatus.onTrack)} on track`}
            />
            <StatCard
              label="At risk, behind or lapsed"
              value={formatCount(needingAction(home.renewalStatus))}
              hint={`${formatCount(home.renewalStatus.atRisk)} at risk, ${formatCount(home.renewalStatus.behind)} behind, ${formatCount(home.renewalStatus.lapsed)} lapsed`}
            />
            <StatCard label="Deadlines within 90 days, short" value={formatCount(home.expiring.within90)} />
          </SimpleGrid>

          <StatusBars
            title="Compliance by school"
            summary={`Renewal status of each school's current staff as of ${formatDate(home.asOf)}. Across the district, ${formatCount(home.renewalStatus.complete + home.renewalStatus.onTrack)} of ${formatCount(home.renewalStatus.total)} are complete or on track and ${formatCount(needingAction(home.renewalStatus))} are at risk, behind or lapsed. Select a school to open its view, or a part of its bar to list those staff. Someone at two schools counts in both.`}
            rows={complianceRows}
            rowHeader="School"
            caption={`Staff renewal status by school, ${viewer.district.name}, as of ${formatDate(home.asOf)}`}
          />

          <ExpiringLicenses
            expiring={home.expiring}
            window={window}
            onWindowChange={setWindow}
            shown={shown}
            onShowMore={showMore}
            busy={expiringBusy}
          />
          {expiringError && (
            <ErrorState error={expiringError} title="More expiring licenses could not be loaded" onRetry={() => void refetch()} />
          )}

          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <LazyHoursBreakdownChart
              title="PD hour equivalents by category"
              totals={home.hoursByCategory}
              kind="category"
              schoolYear={schoolYear}
              note="A record in two categories counts in both."
            />
            <LazyHoursBreakdownChart
              title="PD hour equivalents by activity type"
              totals={home.hoursByActivityType}
              kind="activityType"
              schoolYear={schoolYear}
            />
          </SimpleGrid>

          <LazyPdTrendChart trend={home.trend} schoolYear={schoolYear} />

          <section aria-labelledby="schools-heading">
            <Title order={2} size="h3" id="schools-heading" mb="xs">
              Schools
            </Title>
            {schoolsResult.error && !schoolsResult.data ? (
              <ErrorState
                error={schoolsResult.error}
                title="The schools table could not be loaded"
                onRetry={() => void schoolsResult.refetch()}
              />
            ) : !schoolsResult.data ? (
              <PageLoader label="Loading the schools…" />
            ) : (
              <Stack gap="md">
                <SchoolsTable
                  schools={schoolsResult.data.schools}
                  caption={`Schools in ${viewer.district.name}, ${period}`}
                  schoolYearParam={yearParam}
                />
                <LazyHoursBySchoolChart schools={schoolsResult.data.schools} schoolYear={schoolYear} />
              </Stack>
            )}
          </section>
        </>
      )}
    </Stack>
  );
}
